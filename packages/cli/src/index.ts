export { main } from './bin.js';
export type { CliIo, LoadMall, LoadMallOptions, LoadMallResult } from './CliIo.js';
export { defineCommand } from './Command.js';
export type { Command, CommandContext, FlagValues, PositionalSpec } from './Command.js';
export { commandTable } from './commandTable.js';
export { validateCommand, outputFormats } from './commands/validate.js';
export type { OutputFormat } from './commands/validate.js';
export { bundleCommand } from './commands/bundle.js';
export { parseArgv, flagTypes } from './parseArgv.js';
export type { ArgvError, FlagSpec, FlagType, ParseArgvResult, ParsedArgv } from './parseArgv.js';
export { formatPretty } from './formatPretty.js';
export type { FormatPrettyOptions } from './formatPretty.js';
export { formatJson, toJsonReport } from './formatJson.js';
export type { JsonIssue, JsonReport } from './formatJson.js';
export { formatSarif, toSarifLog } from './formatSarif.js';
export type {
  FormatSarifOptions,
  SarifLevel,
  SarifLocation,
  SarifLog,
  SarifResult,
  SarifRule,
  SarifRun,
} from './formatSarif.js';
export { issueDocsFile, issueDocsLink, issueDocsPath, locateIssueDocs } from './issueDocsLink.js';
export { exitCodes } from './exitCodes.js';
export { cliMessages } from './cliMessages.js';
export type { CliText, SummaryCounts } from './cliMessages.js';
export { resolveLocale } from './resolveLocale.js';
export { resolveColor } from './resolveColor.js';
export type { ColorContext } from './resolveColor.js';
