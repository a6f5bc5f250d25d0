import { describe, expect, it } from 'vitest';
import { parseArgv, type FlagSpec } from '../src/index.js';

const description = { en: '', id: '' };
const specs: readonly FlagSpec[] = [
  {
    name: 'format',
    type: 'string',
    choices: ['pretty', 'json', 'sarif'],
    default: 'pretty',
    description,
  },
  { name: 'out', type: 'string', description },
  { name: 'help', type: 'boolean', short: 'h', description },
];
const defaults = { format: 'pretty', out: undefined, help: false };

describe('parseArgv', () => {
  it.each([
    [[], {}, []],
    [['mall/'], {}, ['mall/']],
    [['mall/', '--format', 'json'], { format: 'json' }, ['mall/']],
    [['--format=sarif', 'mall/'], { format: 'sarif' }, ['mall/']],
    [['--out', 'a b.json', 'x'], { out: 'a b.json' }, ['x']],
    [['--out=x=y'], { out: 'x=y' }, []],
    [['--help'], { help: true }, []],
    [['-h', 'a'], { help: true }, ['a']],
    [['--help=false'], { help: false }, []],
    [['--format', 'json', '--format', 'sarif'], { format: 'sarif' }, []],
    [['--out', '-'], { out: '-' }, []],
    [['a', '--', '--help', '-x'], {}, ['a', '--help', '-x']],
  ])('%j', (argv, flags, positionals) => {
    expect(parseArgv(argv, specs)).toEqual({
      ok: true,
      value: { flags: { ...defaults, ...flags }, positionals },
    });
  });

  it.each([
    [['--formt', 'json'], [{ kind: 'unknown_flag', flag: '--formt', suggestion: '--format' }]],
    [['--fromat=json'], [{ kind: 'unknown_flag', flag: '--fromat', suggestion: '--format' }]],
    [['--verbose'], [{ kind: 'unknown_flag', flag: '--verbose' }]],
    [['-x'], [{ kind: 'unknown_flag', flag: '-x' }]],
    [
      ['--format', 'xml'],
      [
        {
          kind: 'invalid_choice',
          flag: '--format',
          value: 'xml',
          choices: ['pretty', 'json', 'sarif'],
        },
      ],
    ],
    [['--help=yes'], [{ kind: 'unexpected_value', flag: '--help', value: 'yes' }]],
  ])('reports %j', (argv, errors) => {
    expect(parseArgv(argv, specs)).toMatchObject({ ok: false, errors });
  });

  it.each([[['--format']], [['--format', '--help']], [['--out=']]])(
    'reports a missing value in %j',
    (argv) => {
      const result = parseArgv(argv, specs);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.errors.map((e) => e.kind)).toEqual(['missing_value']);
    },
  );

  it('reports every problem and still returns what it parsed', () => {
    const result = parseArgv(['--formt', 'x', '--nope', '--help'], specs);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ kind: 'unknown_flag' }, { kind: 'unknown_flag' }],
      value: { flags: { help: true }, positionals: ['x'] },
    });
  });
});
