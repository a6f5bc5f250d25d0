// The `mpp` command line over a given table of commands: `main` (bin.ts) runs it over every command,
// and the bin script's `mpp validate` fast path (_validateFirst.ts) over `validate` alone.
import { locales, type Locale } from '@mpp-kit/schemas/issues';
import { createPalette } from './_ansi.js';
import { didYouMean } from './_didYouMean.js';
import { commandHelp, commandSynopsis, globalHelp } from './_helpText.js';
import { createNodeIo } from './_nodeIo.js';
import { missingOptionalPackage } from './_missingPackage.js';
import { createLineReader } from './_sourceLines.js';
import { readCliVersion } from './_version.js';
import type { CliIo } from './CliIo.js';
import { cliMessages } from './cliMessages.js';
import type { Command, CommandContext } from './Command.js';
import { exitCodes } from './exitCodes.js';
import { locateIssueDocs } from './issueDocsLink.js';
import { parseArgv, type ArgvError, type FlagSpec } from './parseArgv.js';
import { resolveColor } from './resolveColor.js';
import { resolveLocale } from './resolveLocale.js';

/** Flags every command accepts, handled here rather than by the commands. */
const globalFlags: readonly FlagSpec[] = [
  { name: 'lang', type: 'string', choices: locales, description: cliMessages.langFlag },
  { name: 'help', type: 'boolean', short: 'h', description: cliMessages.helpFlag },
  { name: 'version', type: 'boolean', description: cliMessages.versionFlag },
];

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
 * Where the positional arguments are (indexes into `argv`), values of known string flags skipped
 * (`--lang id`); the first one is the command word. Everything after `--` is positional.
 */
function positionalIndexes(argv: readonly string[], commands: readonly Command[]): number[] {
  const stringFlags = new Set(
    [...globalFlags, ...commands.flatMap((c) => c.flags)]
      .filter((f) => f.type === 'string')
      .map((f) => `--${f.name}`),
  );
  const positions: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      for (let j = i + 1; j < argv.length; j++) positions.push(j);
      break;
    }
    if (stringFlags.has(token)) i++;
    else if (!token.startsWith('-') || token === '-') positions.push(i);
  }
  return positions;
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
 * Runs the command line `argv` over `commands` and resolves to its exit code: what {@link main}
 * does, given the table. Over a table of one command it does the same as over the whole table
 * whenever `argv[0]` is that command's name (see `_validateFirst.ts`).
 */
export async function runCli(
  commands: readonly Command[],
  argv: readonly string[],
  io: Partial<CliIo>,
): Promise<number> {
  const cli = createNodeIo(io);
  const locale = langFromArgv(argv) ?? resolveLocale(cli.env);
  const color = {
    stdout: resolveColor({ env: cli.env, isTTY: cli.isTTY }),
    stderr: resolveColor({ env: cli.env, isTTY: cli.isStderrTTY }),
  };
  const palette = createPalette(color.stderr);

  const usageError = (messages: readonly string[], help: string): number => {
    const prefix = palette.bold(palette.red('mpp:'));
    cli.stderr(`${messages.map((message) => `${prefix} ${message}`).join('\n')}\n\n${help}`);
    return exitCodes.usage;
  };
  const version = (): number => {
    cli.stdout(`${readCliVersion()}\n`);
    return 0;
  };

  const positions = positionalIndexes(argv, commands);
  const at = positions[0] ?? -1;
  const name = at === -1 ? undefined : argv[at];
  const command = commands.find((c) => c.name === name);
  const unknownCommand = (word: string, help: string): number => {
    const suggestion = didYouMean(
      word,
      commands.map((c) => c.name),
    );
    return usageError([cliMessages.unknownCommand[locale]({ command: word, suggestion })], help);
  };

  if (name === 'help') {
    const parsed = parseArgv([...argv.slice(0, at), ...argv.slice(at + 1)], globalFlags);
    const help = globalHelp(commands, globalFlags, locale);
    if (!parsed.ok)
      return usageError(
        parsed.errors.map((e) => describeArgvError(e, locale)),
        help,
      );
    const [topic, extra] = parsed.value.positionals;
    if (extra !== undefined)
      return usageError([cliMessages.unexpectedArgument[locale]({ argument: extra })], help);
    if (topic === undefined) {
      cli.stdout(help);
      return exitCodes.ok;
    }
    const wanted = commands.find((c) => c.name === topic);
    if (wanted === undefined) return unknownCommand(topic, help);
    cli.stdout(commandHelp(wanted, globalFlags, locale));
    return exitCodes.ok;
  }

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
      // `mpp mall/ validate`: the command word came later.
      const later = positions
        .slice(1)
        .map((i) => argv[i] ?? '')
        .find((word) => commands.some((c) => c.name === word));
      if (later !== undefined) {
        const restWords = positions.map((i) => argv[i] ?? '').filter((word) => word !== later);
        return usageError(
          [
            cliMessages.commandFirst[locale]({
              command: later,
              word: name,
              rest: restWords.join(' '),
            }),
          ],
          help,
        );
      }
      return unknownCommand(name, help);
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
  const extra =
    command.positionals.at(-1)?.variadic === true
      ? undefined
      : positionals[command.positionals.length];
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
    issueDocs: locateIssueDocs(cli.cwd),
  };
  try {
    return await command.run(context);
  } catch (error) {
    const prefix = palette.bold(palette.red('mpp:'));
    const missing = missingOptionalPackage(error);
    if (missing !== undefined) {
      cli.stderr(
        `${prefix} ${cliMessages.missingPackage[locale]({ command: command.name, ...missing })}\n`,
      );
      return exitCodes.missingPackage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    cli.stderr(`${prefix} ${cliMessages.internalError[locale]({ detail })}\n`);
    return exitCodes.internal;
  }
}
