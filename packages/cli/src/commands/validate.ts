import { cliMessages } from '../cliMessages.js';
import { defineCommand } from '../Command.js';
import { formatJson } from '../formatJson.js';
import { formatPretty } from '../formatPretty.js';
import { formatSarif } from '../formatSarif.js';
import { resolve } from 'node:path';
import { judgeLoad, loadForCommand } from '../_loadForCommand.js';
import { loadWithCache } from '../_validationCache.js';
import { ioForValidation } from '../_nodeIo.js';

/** Output formats of `mpp validate`. @example `outputFormats.includes('sarif'); // true` */
export const outputFormats = ['pretty', 'json', 'sarif'] as const;
/** One of {@link outputFormats}. @example `const format: OutputFormat = 'json';` */
export type OutputFormat = (typeof outputFormats)[number];

/** The file SARIF results without a file point at: the mall's main file, else the first file read, else the path. */
function mainFile(files: readonly string[], path: string): string {
  return files.find((file) => /(^|[\\/])mall\.(ya?ml|json)$/.test(file)) ?? files[0] ?? path;
}

/**
 * `mpp validate <file-or-folder> [--format pretty|json|sarif] [--as-of YYYY-MM-DD] [--cache]`: loads the
 * mall and prints every issue on stdout in the chosen format, validating as on `--as-of` (default
 * today: the calendar coverage warning depends on the day). Exit code 0 when there is no error
 * (warnings allowed), 1 when the configuration has errors, 2 for a usage error or a path that
 * cannot be read.
 *
 * @example
 * ```sh
 * mpp validate examples/batang --format sarif > mpp.sarif
 * ```
 */
export const validateCommand = defineCommand({
  name: 'validate',
  summary: cliMessages.validateSummary,
  description: cliMessages.validateDescription,
  positionals: [{ name: 'file-or-folder' }],
  flags: [
    {
      name: 'format',
      type: 'string',
      choices: outputFormats,
      default: 'pretty',
      description: cliMessages.formatFlag,
    },
    {
      name: 'as-of',
      type: 'string',
      valueName: 'YYYY-MM-DD',
      description: cliMessages.asOfFlag,
    },
    { name: 'cache', type: 'boolean', description: cliMessages.cacheFlag },
    {
      name: 'cache-location',
      type: 'string',
      valueName: 'file',
      default: '.mppcache',
      description: cliMessages.cacheLocationFlag,
    },
  ],
  examples: [
    'mpp validate examples/batang',
    'mpp validate mall.yaml --format json',
    'mpp validate examples/batang --format sarif > mpp.sarif',
    'mpp validate examples/batang --as-of 2026-12-04',
    'mpp validate examples/batang --cache',
  ],
  async run(commandContext) {
    const context = { ...commandContext, io: ioForValidation(commandContext.io) };
    const [path = '.'] = context.positionals;
    const asOfText = context.flags['as-of'];
    let asOf: Date | undefined;
    if (asOfText !== undefined) {
      // Noon UTC: the same day in every Indonesian time zone.
      asOf = new Date(`${asOfText}T12:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfText) || asOf.toISOString().slice(0, 10) !== asOfText) {
        context.io.stderr(`${cliMessages.asOfInvalid[context.locale](asOfText)}\n`);
        return 2;
      }
    }
    const options = asOf === undefined ? {} : { asOf };
    const { result, issues, exitCode } = context.flags.cache
      ? await (async () => {
          const cached = await loadWithCache({
            cacheFile: resolve(context.io.cwd, context.flags['cache-location']),
            cwd: context.io.cwd,
            path,
            parts: {
              version: context.version(),
              locale: context.locale,
              asOf: asOfText ?? new Date().toISOString().slice(0, 13),
            },
            load: async () => (await loadForCommand(context, path, options)).result,
          });
          return { result: cached, ...judgeLoad(cached, context.locale) };
        })()
      : await loadForCommand(context, path, options);
    const format = context.flags.format;
    switch (format) {
      case 'json':
        context.io.stdout(formatJson(issues));
        break;
      case 'sarif':
        context.io.stdout(
          formatSarif(issues, {
            toolVersion: context.version(),
            cwd: context.io.cwd,
            defaultFile: mainFile(result.files, path),
          }),
        );
        break;
      case 'pretty':
        context.io.stdout(
          formatPretty(issues, {
            color: context.color.stdout,
            docs: context.issueDocs,
            locale: context.locale,
            readLine: context.readLine,
            fileCount: result.files.length,
          }),
        );
        break;
    }
    return exitCode;
  },
});
