import type { MallConfig } from '@mpp-kit/schemas';
import { defineCommand } from '../Command.js';
import { loadMallForCommand } from '../_loadForCommand.js';

/** What `mpp export` prints, in English and Indonesian. */
export const exportMessages = {
  missingFormat: {
    en: 'Name the format with --format cpsv-ap or --format sippn.',
    id: 'Sebutkan formatnya dengan --format cpsv-ap atau --format sippn.',
  },
} as const;

/**
 * `mpp export <mall> --format cpsv-ap|sippn [--service <id>]`: writes the mall's services as JSON
 * to stdout — a CPSV-AP 3.2 JSON-LD document (context inlined), or SIPPN service entries
 * (`[{ "id", "entry" }]`, or the single entry with `--service`). Exit 0 on success; 1 when the
 * mall does not load; 2 on a usage error or an unknown service (with a "did you mean").
 *
 * @example
 * ```sh
 * mpp export examples/batang --format cpsv-ap > batang.jsonld
 * mpp export examples/batang --format sippn --service pbg
 * ```
 */
export const exportCommand = defineCommand({
  name: 'export',
  summary: {
    en: 'Export services as CPSV-AP 3.2 JSON-LD or SIPPN entries.',
    id: 'Ekspor layanan sebagai JSON-LD CPSV-AP 3.2 atau entri SIPPN.',
  },
  description: {
    en: 'Writes JSON to stdout. SIPPN has no public import format: the entry is the service as SIPPN shows it. Exit codes: 0 success; 1 the mall does not load; 2 usage error or unknown service.',
    id: 'Menulis JSON ke stdout. SIPPN tidak memiliki format impor publik: entri adalah layanan sebagaimana ditampilkan SIPPN. Kode keluar: 0 berhasil; 1 mal tidak dapat dimuat; 2 kesalahan penggunaan atau layanan tidak dikenal.',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    {
      name: 'format',
      type: 'string',
      choices: ['cpsv-ap', 'sippn'] as const,
      description: { en: 'Export format.', id: 'Format ekspor.' },
    },
    {
      name: 'service',
      type: 'string',
      valueName: 'id',
      description: {
        en: 'Export only this service (default: every service).',
        id: 'Ekspor hanya layanan ini (bawaan: semua layanan).',
      },
    },
    {
      name: 'base-iri',
      type: 'string',
      valueName: 'iri',
      description: {
        en: 'Prefix of the IRIs in CPSV-AP (default urn:mpp-kit:<mall id>:).',
        id: 'Awalan IRI dalam CPSV-AP (bawaan urn:mpp-kit:<id mal>:).',
      },
    },
  ],
  examples: [
    'mpp export examples/batang --format cpsv-ap > batang.jsonld',
    'mpp export examples/batang --format sippn --service pbg',
  ],
  async run(context) {
    const { io, locale, flags } = context;
    const [path = '.'] = context.positionals;
    const format = flags.format;
    if (format === undefined) {
      io.stderr(`${exportMessages.missingFormat[locale]}\n`);
      return 2;
    }
    const loadedMall = await loadMallForCommand(context, path);
    if (!loadedMall.ok) return loadedMall.exitCode;
    const { result } = loadedMall;
    const mall = result.mall as MallConfig;
    const { toCpsvAp, toSippn, UnknownServiceError } = await import('@mpp-kit/core');
    const serviceId = flags.service;
    try {
      if (serviceId !== undefined && !mall.services.some((service) => service.id === serviceId)) {
        throw new UnknownServiceError(
          serviceId,
          mall.services.map((service) => service.id),
        );
      }
      let output: unknown;
      if (format === 'cpsv-ap') {
        const part =
          serviceId === undefined
            ? mall
            : { ...mall, services: mall.services.filter((service) => service.id === serviceId) };
        const baseIri = flags['base-iri'];
        output = toCpsvAp(part, baseIri === undefined ? {} : { baseIri });
      } else {
        output =
          serviceId === undefined
            ? mall.services.map((service) => ({ id: service.id, entry: toSippn(mall, service.id) }))
            : toSippn(mall, serviceId);
      }
      io.stdout(`${JSON.stringify(output, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof UnknownServiceError)) throw error;
      io.stderr(`${error.localizedMessage(locale)}\n`);
      return 2;
    }
  },
});
