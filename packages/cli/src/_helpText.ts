import type { Locale } from '@mpp-kit/schemas';
import type { Command } from './Command.js';
import { cliMessages } from './cliMessages.js';
import { exitCodes } from './exitCodes.js';
import type { FlagSpec } from './parseArgv.js';

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`.trimEnd());
}

function flagLabel(spec: FlagSpec): string {
  const names = spec.short === undefined ? `--${spec.name}` : `-${spec.short}, --${spec.name}`;
  if (spec.type === 'boolean') return names;
  return `${names} <${spec.valueName ?? spec.choices?.join('|') ?? 'value'}>`;
}

function flagRows(specs: readonly FlagSpec[], locale: Locale): [string, string][] {
  return specs.map((spec) => {
    const fallback =
      spec.default === undefined ? '' : ` ${cliMessages.defaultValue[locale](spec.default)}`;
    return [flagLabel(spec), `${spec.description[locale]}${fallback}`];
  });
}

/** `mpp validate <file-or-folder>` */
export function commandSynopsis(command: Command): string {
  const args = command.positionals.map(
    (p) =>
      `${p.required === false ? `[${p.name}]` : `<${p.name}>`}${p.variadic === true ? '...' : ''}`,
  );
  return ['mpp', command.name, ...args].join(' ');
}

/** The help of `mpp --help` and `mpp help`: what mpp is, its commands, global options, exit codes. */
export function globalHelp(
  commands: readonly Command[],
  globalFlags: readonly FlagSpec[],
  locale: Locale,
): string {
  const m = cliMessages;
  return [
    m.tagline[locale],
    '',
    `${m.usageHeading[locale]}: mpp ${m.commandPlaceholder[locale]} ${m.optionsPlaceholder[locale]}`,
    '',
    `${m.commandsHeading[locale]}:`,
    ...table([
      ...commands.map((c): [string, string] => [
        commandSynopsis(c).slice('mpp '.length),
        c.summary[locale],
      ]),
      [`help [${m.commandPlaceholder[locale].slice(1, -1)}]`, m.helpSummary[locale]],
    ]),
    '',
    `${m.optionsHeading[locale]}:`,
    ...table(flagRows(globalFlags, locale)),
    '',
    `${m.exitStatusHeading[locale]}:`,
    ...table(
      Object.entries(exitCodes).map(([key, code]): [string, string] => [
        String(code),
        m.exitCodeMeaning[key as keyof typeof exitCodes][locale],
      ]),
    ),
    '',
    m.moreHelp[locale],
    '',
  ].join('\n');
}

/** The help of `mpp <command> --help` and `mpp help <command>`: usage, what it does, options, exit codes, examples. */
export function commandHelp(
  command: Command,
  globalFlags: readonly FlagSpec[],
  locale: Locale,
): string {
  const m = cliMessages;
  const lines = [
    `${m.usageHeading[locale]}: ${commandSynopsis(command)} ${m.optionsPlaceholder[locale]}`,
    '',
    command.summary[locale],
    '',
    `${m.optionsHeading[locale]}:`,
    ...table(flagRows([...command.flags, ...globalFlags], locale)),
  ];
  if (command.description !== undefined) lines.push('', command.description[locale]);
  lines.push('', m.otherExitCodes[locale]);
  if (command.examples !== undefined && command.examples.length > 0) {
    lines.push(
      '',
      `${m.examplesHeading[locale]}:`,
      ...command.examples.map((example) => `  ${example}`),
    );
  }
  lines.push('');
  return lines.join('\n');
}
