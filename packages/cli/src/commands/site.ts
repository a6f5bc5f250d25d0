import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineMessages, localize } from '@mpp-kit/schemas/issues';
import { defineCommand } from '../Command.js';
import { loadMallForCommand } from '../_loadForCommand.js';

/** What `mpp site` prints, in English and Indonesian. */
export const siteMessages = {
  missingOut: {
    en: 'Give the folder to write the site into as --out <dir>, for example --out public/katalog.',
    id: 'Berikan folder tujuan situs sebagai --out <dir>, misalnya --out public/katalog.',
  },
  ...defineMessages({
    cannotWrite: (p: { outDir: string; reason: string }) => ({
      en: `Could not write the site into ${p.outDir}: ${p.reason}`,
      id: `Situs tidak dapat ditulis ke ${p.outDir}: ${p.reason}`,
    }),
    written: (p: { services: number; agencies: number; files: number; outDir: string }) => ({
      en: `Wrote the catalogue site (${p.services} services, ${p.agencies} agencies, ${p.files} files) to ${p.outDir}`,
      id: `Situs katalog ditulis (${p.services} layanan, ${p.agencies} instansi, ${p.files} berkas) ke ${p.outDir}`,
    }),
    removed: (p: { count: number }) => ({
      en: `Removed ${p.count} stale file(s) of an earlier run.`,
      id: `${p.count} berkas lama dari pembuatan sebelumnya dihapus.`,
    }),
    open: (p: { url: string }) => ({
      en: `Open it in a browser (no server or internet needed): ${p.url}`,
      id: `Buka di peramban (tanpa server atau internet): ${p.url}`,
    }),
  }),
} as const;

/**
 * `mpp site <mall> --out <dir> [--force]`: writes the static catalogue site of the mall (a home page
 * with search and filters, a page per service and per agency) into `<dir>` and says how to open it.
 * The site needs no server and no internet: open `index.html` from the folder. Exit 0 when written;
 * 1 when the mall has errors or the folder holds files the site did not write (`--force` overwrites
 * those); 2 for a bad command line or an unreadable mall path.
 *
 * @example
 * ```sh
 * mpp site examples/batang --out public/katalog
 * ```
 */
export const siteCommand = defineCommand({
  name: 'site',
  summary: {
    en: 'Write the static, searchable catalogue site of a mall.',
    id: 'Tulis situs katalog layanan yang statis dan dapat dicari.',
  },
  description: {
    en: 'Writes index.html, a page per service and per agency, and local CSS/JS into --out; it opens from the folder, offline. A rewrite removes only stale pages it wrote before (listed in .mpp-site-manifest.json) and never deletes other files. Exit codes: 0 written, 1 mall errors or foreign files in the folder (use --force), 2 usage or unreadable path.',
    id: 'Menulis index.html, satu halaman per layanan dan per instansi, serta CSS/JS lokal ke --out; situs dibuka langsung dari folder, tanpa internet. Penulisan ulang hanya menghapus halaman lama yang pernah ditulisnya (tercatat di .mpp-site-manifest.json) dan tidak pernah menghapus berkas lain. Kode keluar: 0 tertulis, 1 galat mal atau berkas lain di folder (pakai --force), 2 penggunaan salah atau jalur tak terbaca.',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    {
      name: 'out',
      type: 'string',
      valueName: 'dir',
      description: {
        en: 'Folder to write the site into (created when missing).',
        id: 'Folder tujuan situs (dibuat bila belum ada).',
      },
    },
    {
      name: 'force',
      type: 'boolean',
      description: {
        en: 'Overwrite files at the site’s paths that an earlier run did not write (such as another index.html).',
        id: 'Timpa berkas di jalur situs yang tidak ditulis oleh pembuatan sebelumnya (misalnya index.html lain).',
      },
    },
  ],
  examples: [
    'mpp site examples/batang --out public/katalog',
    'mpp site examples/batang --out /tmp/batang-site --force',
  ],
  async run(context) {
    const { io, locale, flags } = context;
    const [path = '.'] = context.positionals;
    const m = siteMessages;
    if (flags.out === undefined || flags.out === '') {
      io.stderr(`${localize(m.missingOut, locale)}\n`);
      return 2;
    }
    const loadedMall = await loadMallForCommand(context, path, { showWarnings: true });
    if (!loadedMall.ok) return loadedMall.exitCode;
    const { result } = loadedMall;

    const { writeCatalogueSite, CatalogueSiteError } = await import('@mpp-kit/core');
    const mall = result.mall as Parameters<typeof writeCatalogueSite>[0];
    const outDir = resolve(io.cwd, flags.out);
    let site;
    try {
      site = await writeCatalogueSite(mall, { outDir, force: flags.force });
    } catch (error) {
      if (error instanceof CatalogueSiteError) {
        io.stderr(`${error.localizedMessage(locale)}\n`);
        return 1;
      }
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`${m.cannotWrite[locale]({ outDir, reason })}\n`);
      return 1;
    }
    const lines = [
      m.written[locale]({
        services: mall.services.length,
        agencies: mall.agencies.length,
        files: site.files.length,
        outDir: site.outDir,
      }),
    ];
    if (site.removed.length > 0) lines.push(m.removed[locale]({ count: site.removed.length }));
    lines.push(m.open[locale]({ url: pathToFileURL(site.index).href }));
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
});
