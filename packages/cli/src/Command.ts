import type { Locale } from '@mpp-kit/schemas';
import type { CliIo } from './CliIo.js';
import type { CliText } from './cliMessages.js';
import type { FlagSpec } from './parseArgv.js';

/**
 * A positional argument of a command.
 *
 * @example
 * ```ts
 * const path: PositionalSpec = { name: 'file-or-folder' }; // shown as <file-or-folder>
 * ```
 */
export interface PositionalSpec {
  readonly name: string;
  /** Default `true`. */
  readonly required?: boolean;
  /** Takes every remaining argument (the last positional only): `serve <mall>...`. */
  readonly variadic?: boolean;
}

type StringFlagValue<F extends FlagSpec> = F extends {
  readonly choices: readonly (infer C extends string)[];
}
  ? F extends { readonly default: string }
    ? C
    : C | undefined
  : F extends { readonly default: string }
    ? string
    : string | undefined;

type FlagValueOf<F extends FlagSpec> = [F['type']] extends ['boolean']
  ? boolean
  : F extends { readonly multiple: true }
    ? readonly string[]
    : [F['type']] extends ['string']
      ? StringFlagValue<F>
      : string | boolean | readonly string[] | undefined;

/**
 * The values of a command's flags, typed from its specs.
 *
 * @example
 * ```ts
 * type Values = FlagValues<typeof validateCommand.flags>; // { readonly format: 'pretty' | 'json' | 'sarif' }
 * ```
 */
export type FlagValues<Flags extends readonly FlagSpec[]> = {
  readonly [F in Flags[number] as F['name']]: FlagValueOf<F>;
};

/**
 * What a command's `run` gets: its parsed arguments and the CLI's environment.
 *
 * @example
 * ```ts
 * async run({ positionals, io, locale }: CommandContext) {
 *   io.stdout(`${positionals[0]} (${locale})\n`);
 *   return 0;
 * }
 * ```
 */
export interface CommandContext<Flags extends readonly FlagSpec[] = readonly FlagSpec[]> {
  readonly flags: FlagValues<Flags>;
  /** Positional arguments, already checked against the command's {@link PositionalSpec}s. */
  readonly positionals: readonly string[];
  /** Language of messages (from `--lang`, else the environment). */
  readonly locale: Locale;
  readonly io: CliIo;
  /** Whether to colour what goes to stdout and to stderr. */
  readonly color: { readonly stdout: boolean; readonly stderr: boolean };
  /** Source lines for snippets, read relative to `io.cwd` and cached per file. */
  readonly readLine: (file: string, line: number) => string | undefined;
  /** The version of `@mpp-kit/cli`. */
  readonly version: () => string;
  /** The issue-code reference pretty output links to ({@link locateIssueDocs} of `io.cwd`). */
  readonly issueDocs: string;
}

/**
 * One `mpp` subcommand: its name, help texts, arguments, and what it does. `run` returns the exit
 * code. The global flags `--help`, `--lang` and `--version` are handled by `main`.
 *
 * @example
 * ```ts
 * const names = commandTable.map((command: Command) => command.name);
 * ```
 */
export interface Command<Flags extends readonly FlagSpec[] = readonly FlagSpec[]> {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: CliText;
  /** More text for `mpp <command> --help` (exit codes ...). */
  readonly description?: CliText;
  readonly positionals: readonly PositionalSpec[];
  readonly flags: Flags;
  /** Example command lines for the help. */
  readonly examples?: readonly string[];
  run(context: CommandContext<Flags>): Promise<number>;
}

/**
 * Declares a command, inferring its flag value types from the specs (identity at run time). A new
 * command is one file under `src/commands/` exporting one `defineCommand(...)`, plus one line in
 * the command table.
 *
 * @example
 * ```ts
 * export const schemaCommand = defineCommand({
 *   name: 'schema',
 *   summary: { en: 'Print the JSON Schema.', id: 'Cetak JSON Schema.' },
 *   positionals: [],
 *   flags: [{ name: 'draft', type: 'string', choices: ['07', '2020-12'], default: '2020-12', description }],
 *   async run({ flags, io }) {
 *     io.stdout(schemaFor(flags.draft)); // flags.draft: '07' | '2020-12'
 *     return 0;
 *   },
 * });
 * ```
 */
export function defineCommand<const Flags extends readonly FlagSpec[]>(
  command: Command<Flags>,
): Command<Flags> {
  return command;
}
