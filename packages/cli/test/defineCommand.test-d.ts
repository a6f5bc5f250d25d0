import { expectTypeOf, test } from 'vitest';
import { defineCommand, validateCommand, type CommandContext } from '../src/index.js';

const description = { en: '', id: '' };

test('flag values are typed from the specs', () => {
  defineCommand({
    name: 'demo',
    summary: description,
    positionals: [],
    flags: [
      { name: 'format', type: 'string', choices: ['a', 'b'], default: 'a', description },
      { name: 'target', type: 'string', choices: ['x', 'y'], description },
      { name: 'out', type: 'string', description },
      { name: 'dry-run', type: 'boolean', description },
    ],
    async run({ flags }) {
      expectTypeOf(flags.format).toEqualTypeOf<'a' | 'b'>();
      expectTypeOf(flags.target).toEqualTypeOf<'x' | 'y' | undefined>();
      expectTypeOf(flags.out).toEqualTypeOf<string | undefined>();
      expectTypeOf(flags['dry-run']).toEqualTypeOf<boolean>();
      await Promise.resolve();
      return 0;
    },
  });
  type ValidateFlags =
    Parameters<typeof validateCommand.run>[0] extends CommandContext<infer F> ? F : never;
  expectTypeOf<CommandContext<ValidateFlags>['flags']['format']>().toEqualTypeOf<
    'pretty' | 'json' | 'sarif'
  >();
});
