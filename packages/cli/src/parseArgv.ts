import type { CliText } from './cliMessages.js';
import { didYouMean } from './_didYouMean.js';

/**
 * How a flag takes its value: `string` (`--format json`, `--format=json`) or `boolean` (`--help`).
 *
 * @example
 * ```ts
 * flagTypes.includes('boolean'); // true
 * ```
 */
export const flagTypes = ['string', 'boolean'] as const;
/** One of {@link flagTypes}. @example `const type: FlagType = 'string';` */
export type FlagType = (typeof flagTypes)[number];

/**
 * A flag a command accepts.
 *
 * @example
 * ```ts
 * const format: FlagSpec = {
 *   name: 'format',
 *   type: 'string',
 *   choices: ['pretty', 'json', 'sarif'],
 *   default: 'pretty',
 *   description: { en: 'Output format.', id: 'Format keluaran.' },
 * };
 * ```
 */
export interface FlagSpec {
  /** Long name without dashes: `format` is `--format`. */
  readonly name: string;
  readonly type: FlagType;
  /** One-letter alias without the dash: `h` is `-h`. */
  readonly short?: string;
  /** The only values allowed (string flags). */
  readonly choices?: readonly string[];
  /** Value when the flag is absent (string flags); booleans default to `false`. */
  readonly default?: string;
  /** A string flag that may be given several times; its value is then the list (empty when absent). */
  readonly multiple?: boolean;
  /** Placeholder in the help text: `--format <pretty|json|sarif>`. Default: the choices, or `value`. */
  readonly valueName?: string;
  readonly description: CliText;
}

/**
 * A problem with the command line; `main` turns it into a message and exit code 2.
 *
 * @example
 * ```ts
 * const error: ArgvError = { kind: 'unknown_flag', flag: '--formt', suggestion: '--format' };
 * ```
 */
export type ArgvError =
  | { readonly kind: 'unknown_flag'; readonly flag: string; readonly suggestion?: string }
  | { readonly kind: 'missing_value'; readonly flag: string; readonly spec: FlagSpec }
  | {
      readonly kind: 'invalid_choice';
      readonly flag: string;
      readonly value: string;
      readonly choices: readonly string[];
    }
  | { readonly kind: 'unexpected_value'; readonly flag: string; readonly value: string };

/**
 * A parsed command line: flag values by long name, and positional arguments in order.
 *
 * @example
 * ```ts
 * const parsed: ParsedArgv = { flags: { format: 'json', help: false }, positionals: ['mall/'] };
 * ```
 */
export interface ParsedArgv {
  readonly flags: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * What {@link parseArgv} returns: the parsed command line, or every problem found in it.
 *
 * @example
 * ```ts
 * const result: ParseArgvResult = parseArgv(process.argv.slice(2), specs);
 * if (!result.ok) console.error(result.errors);
 * ```
 */
export type ParseArgvResult =
  | { readonly ok: true; readonly value: ParsedArgv }
  | { readonly ok: false; readonly errors: readonly ArgvError[]; readonly value: ParsedArgv };

const booleanWords: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
};

/**
 * Parses command-line arguments against flag specs, with no dependency: `--flag value`,
 * `--flag=value`, boolean `--flag` (or `--flag=true|false`), `-h` one-letter aliases, positional
 * arguments, and `--` to end the flags. The last of a repeated flag wins, except for a `multiple`
 * flag, which collects every value. Unknown flags come back
 * as errors with the nearest known flag as a suggestion; every problem is reported, and the
 * partial `value` is returned too (so `--help` can still be honoured).
 *
 * @example
 * ```ts
 * const result = parseArgv(['mall/', '--format=json'], [
 *   { name: 'format', type: 'string', choices: ['pretty', 'json'], default: 'pretty', description },
 * ]);
 * // { ok: true, value: { flags: { format: 'json' }, positionals: ['mall/'] } }
 * parseArgv(['--formt', 'json'], specs);
 * // { ok: false, errors: [{ kind: 'unknown_flag', flag: '--formt', suggestion: '--format' }], ... }
 * ```
 */
export function parseArgv(argv: readonly string[], specs: readonly FlagSpec[]): ParseArgvResult {
  const flags: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const spec of specs)
    flags[spec.name] = spec.type === 'boolean' ? false : spec.multiple === true ? [] : spec.default;
  const positionals: string[] = [];
  const errors: ArgvError[] = [];
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const byShort = new Map(
    specs.flatMap((spec) => (spec.short === undefined ? [] : [[spec.short, spec] as const])),
  );

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      positionals.push(token);
      continue;
    }
    const long = token.startsWith('--');
    const eq = token.indexOf('=');
    const name = token.slice(long ? 2 : 1, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : token.slice(eq + 1);
    const flag = token.slice(0, eq === -1 ? undefined : eq);
    const spec = long ? byName.get(name) : byShort.get(name);
    if (spec === undefined) {
      const suggestion = didYouMean(
        name,
        specs.map((s) => s.name),
      );
      errors.push({
        kind: 'unknown_flag',
        flag,
        ...(suggestion === undefined ? {} : { suggestion: `--${suggestion}` }),
      });
      continue;
    }
    if (spec.type === 'boolean') {
      if (inline === undefined) flags[spec.name] = true;
      else if (Object.hasOwn(booleanWords, inline.toLowerCase()))
        flags[spec.name] = booleanWords[inline.toLowerCase()];
      else errors.push({ kind: 'unexpected_value', flag, value: inline });
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !(next.startsWith('-') && next !== '-')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') {
      errors.push({ kind: 'missing_value', flag, spec });
    } else if (spec.choices !== undefined && !spec.choices.includes(value)) {
      errors.push({ kind: 'invalid_choice', flag, value, choices: spec.choices });
    } else if (spec.multiple === true) {
      flags[spec.name] = [...((flags[spec.name] as readonly string[] | undefined) ?? []), value];
    } else {
      flags[spec.name] = value;
    }
  }
  const value = { flags, positionals };
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors, value };
}
