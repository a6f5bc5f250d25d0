import type { MallConfig } from '@mpp-kit/schemas';
import { defineCommand } from '../Command.js';
import { escapeControl } from '../_ansi.js';
import { formatPretty } from '../formatPretty.js';
import { loadForCommand } from '../_loadForCommand.js';

/** What `mpp standard` prints, in English and Indonesian. */
export const standardMessages = {
  missingService: {
    en: (known: string) => `Name the service with --service <id>. Services of this mall: ${known}.`,
    id: (known: string) => `Sebutkan layanan dengan --service <id>. Layanan mal ini: ${known}.`,
  },
} as const;

/** Lists at most a dozen ids, then how many more. */
function someIds(ids: readonly string[]): string {
  return ids.length <= 12
    ? ids.join(', ')
    : `${ids.slice(0, 12).join(', ')} … (+${ids.length - 12})`;
}

/**
 * `mpp standard <mall> --service <id> [--format markdown|html] [--lang id|en]`: prints the
 * published service standard (*standar pelayanan*) of one service with all 14 components of
 * PermenPANRB 15/2014 in the legal order, as Markdown or as a self-contained HTML page; components
 * the configuration does not declare are marked. Exit 0 on success; 1 when the mall does not
 * load; 2 on a usage error, an unreadable path or an unknown service (with a "did you mean").
 *
 * @example
 * ```sh
 * mpp standard examples/batang --service pbg --format html --lang id > pbg.html
 * ```
 */
export const standardCommand = defineCommand({
  name: 'standard',
  summary: {
    en: 'Print the service standard (14 components) of a service.',
    id: 'Cetak standar pelayanan (14 komponen) sebuah layanan.',
  },
  description: {
    en: 'Exit codes: 0 success; 1 the mall does not load; 2 usage error, unreadable path or unknown service.',
    id: 'Kode keluar: 0 berhasil; 1 mal tidak dapat dimuat; 2 kesalahan penggunaan, path tidak terbaca, atau layanan tidak dikenal.',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    {
      name: 'service',
      type: 'string',
      valueName: 'id',
      description: { en: 'Id of the service.', id: 'Id layanan.' },
    },
    {
      name: 'format',
      type: 'string',
      choices: ['markdown', 'html'] as const,
      default: 'markdown',
      description: { en: 'Output format.', id: 'Format keluaran.' },
    },
  ],
  examples: [
    'mpp standard examples/batang --service pbg',
    'mpp standard examples/batang --service pbg --format html --lang en > pbg.html',
  ],
  async run(context) {
    const { io, locale, flags } = context;
    const [path = '.'] = context.positionals;
    const { result, issues, exitCode } = await loadForCommand(context, path);
    if (!result.ok) {
      io.stderr(
        formatPretty(issues, {
          color: context.color.stderr,
          docs: context.issueDocs,
          locale,
          readLine: context.readLine,
          fileCount: result.files.length,
        }),
      );
      return exitCode === 0 ? 1 : exitCode;
    }
    const mall = result.mall as MallConfig;
    if (flags.service === undefined) {
      io.stderr(
        `${standardMessages.missingService[locale](someIds(mall.services.map((service) => service.id)))}\n`,
      );
      return 2;
    }
    const { renderServiceStandard, UnknownServiceError } = await import('@mpp-kit/core');
    try {
      const standard = renderServiceStandard(mall, flags.service, { format: flags.format, locale });
      io.stdout(escapeControl(standard, { keepLineBreaks: true }));
    } catch (error) {
      if (!(error instanceof UnknownServiceError)) throw error;
      io.stderr(`${error.localizedMessage(locale)}\n`);
      return 2;
    }
    return 0;
  },
});
