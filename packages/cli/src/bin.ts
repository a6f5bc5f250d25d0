import { locales, type Locale } from '@mpp-kit/schemas';
import { createPalette } from './_ansi.js';
import { didYouMean } from './_didYouMean.js';
import { commandHelp, commandSynopsis, globalHelp } from './_helpText.js';
import { createNodeIo } from './_nodeIo.js';
import { createLineReader } from './_sourceLines.js';
import { readCliVersion } from './_version.js';
import type { CliIo } from './CliIo.js';
import { cliMessages } from './cliMessages.js';
import type { Command, CommandContext } from './Command.js';
import { commandTable } from './commandTable.js';
import { parseArgv, type ArgvError, type FlagSpec } from './parseArgv.js';
import { resolveColor } from './resolveColor.js';
import { resolveLocale } from './resolveLocale.js';

/** Flags every command accepts, handled here rather than by the commands. */
const globalFlags: readonly FlagSpec[] = [
  { name: 'lang', type: 'string', choices: locales, description: cliMessages.langFlag },
  { name: 'help', type: 'boolean', short: 'h', description: cliMessages.helpFlag },
  { name: 'version', type: 'boolean', description: cliMessages.versionFlag },
];

/** Exit code of a usage error (and of a path that cannot be read). */
const usageExit = 2;

/** The value of the last valid `--lang`, looked for before parsing so errors are in that language. */
function langFromArgv(argv: readonly string[]): Locale | undefined {
  let found: Locale | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const token = argv[i] ?? '';
    const value =
      token === '--lang' ? argv[i + 1] : token.startsWith('--lang=') ? token.slice(7) : undefined;
    const locale = locales.find((l) => l === value);
    if (locale !== undefined) found = locale;
  }
  return found;
}

/**
 * Where the command name is: the first positional argument that names a command, else the first
 * positional argument (an unknown command); -1 when there is none. Values of known string flags
 * are skipped (`--lang id`).
 */
function findCommand(argv: readonly string[], commands: readonly Command[]): number {
  const stringFlags = new Set(
    [...globalFlags, ...commands.flatMap((c) => c.flags)]
      .filter((f) => f.type === 'string')
      .map((f) => `--${f.name}`),
  );
  const positions: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      if (i + 1 < argv.length) positions.push(i + 1);
      break;
    }
    if (stringFlags.has(token)) i++;
    else if (!token.startsWith('-') || token === '-') positions.push(i);
  }
  const known = positions.find((i) => commands.some((c) => c.name === argv[i]));
  return known ?? positions[0] ?? -1;
}

function describeArgvError(error: ArgvError, locale: Locale): string {
  switch (error.kind) {
    case 'unknown_flag':
      return cliMessages.unknownFlag[locale](error);
    case 'missing_value':
      return cliMessages.missingValue[locale]({
        flag: error.flag,
        example: error.spec.choices?.[0] ?? error.spec.valueName ?? 'value',
      });
    case 'invalid_choice':
      return cliMessages.invalidChoice[locale](error);
    case 'unexpected_value':
      return cliMessages.unexpectedValue[locale](error);
  }
}

/**
 * Runs the `mpp` command line and resolves to its exit code: 0 success (warnings allowed), 1 the
 * configuration has errors, 2 a usage error or a path that cannot be read. Only the requested
 * output goes to stdout; usage, errors and help-on-error go to stderr.
 *
 * `io` replaces parts of the process (output streams, environment, terminal detection, working
 * folder, file reading, and `loadMall`), which is how tests run it; by default `loadMall` is
 * imported lazily from `@mpp-kit/core`.
 *
 * @example
 * ```ts
 * // bin/mpp.mjs
 * import { main } from '../dist/bin.js';
 * process.exitCode = await main(process.argv.slice(2));
 * ```
 * @example
 * ```ts
 * const out: string[] = [];
 * const code = await main(['validate', 'mall/', '--format', 'json'], {
 *   stdout: (text) => out.push(text),
 *   loadMall: async () => ({ ok: true, mall: {}, document: {}, issues: [], files: ['mall/mall.yaml'] }),
 * });
 * // code === 0, out.join('') === '{\n  "valid": true,\n  "issues": []\n}\n'
 * ```
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const cli = createNodeIo(io);
  const locale = langFromArgv(argv) ?? resolveLocale(cli.env);
  const color = {
    stdout: resolveColor({ env: cli.env, isTTY: cli.isTTY }),
    stderr: resolveColor({ env: cli.env, isTTY: cli.isStderrTTY }),
  };
  const palette = createPalette(color.stderr);
  const commands = commandTable;

  const usageError = (messages: readonly string[], help: string): number => {
    const prefix = palette.bold(palette.red('mpp:'));
    cli.stderr(`${messages.map((message) => `${prefix} ${message}`).join('\n')}\n\n${help}`);
    return usageExit;
  };
  const version = (): number => {
    cli.stdout(`${readCliVersion()}\n`);
    return 0;
  };

  const at = findCommand(argv, commands);
  const name = at === -1 ? undefined : argv[at];
  const command = commands.find((c) => c.name === name);

  if (command === undefined) {
    const rest = at === -1 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];
    const parsed = parseArgv(rest, globalFlags);
    const help = globalHelp(commands, globalFlags, locale);
    if (parsed.value.flags['help'] === true) {
      cli.stdout(help);
      return 0;
    }
    if (parsed.value.flags['version'] === true && name === undefined) return version();
    if (name !== undefined) {
      const suggestion = didYouMean(
        name,
        commands.map((c) => c.name),
      );
      return usageError([cliMessages.unknownCommand[locale]({ command: name, suggestion })], help);
    }
    if (!parsed.ok)
      return usageError(
        parsed.errors.map((e) => describeArgvError(e, locale)),
        help,
      );
    return usageError([cliMessages.missingCommand[locale]()], help);
  }

  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  const parsed = parseArgv(rest, [...command.flags, ...globalFlags]);
  const help = commandHelp(command, globalFlags, locale);
  const { help: wantsHelp, version: wantsVersion, lang: _lang, ...flags } = parsed.value.flags;
  if (wantsHelp === true) {
    cli.stdout(help);
    return 0;
  }
  if (wantsVersion === true) return version();
  if (!parsed.ok)
    return usageError(
      parsed.errors.map((e) => describeArgvError(e, locale)),
      help,
    );

  const { positionals } = parsed.value;
  const missing = command.positionals.slice(positionals.length).find((p) => p.required !== false);
  if (missing !== undefined) {
    const usage = commandSynopsis(command);
    return usageError([cliMessages.missingArgument[locale]({ name: missing.name, usage })], help);
  }
  const extra = positionals[command.positionals.length];
  if (extra !== undefined)
    return usageError([cliMessages.unexpectedArgument[locale]({ argument: extra })], help);

  const context: CommandContext = {
    flags,
    positionals,
    locale,
    io: cli,
    color,
    readLine: createLineReader(cli.cwd, (path) => cli.readTextFile(path)),
    version: readCliVersion,
  };
  try {
    return await command.run(context);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    cli.stderr(
      `${palette.bold(palette.red('mpp:'))} ${cliMessages.internalError[locale]({ detail })}\n`,
    );
    return usageExit;
  }
}
