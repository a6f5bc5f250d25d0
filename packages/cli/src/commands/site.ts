import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCommand } from '../Command.js';
import { loadMallForCommand } from '../_loadForCommand.js';

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
    const say = (en: string, id: string) => (locale === 'id' ? id : en);
    if (flags.out === undefined || flags.out === '') {
      io.stderr(
        `${say('Give the folder to write the site into as --out <dir>, for example --out public/katalog.', 'Berikan folder tujuan situs sebagai --out <dir>, misalnya --out public/katalog.')}\n`,
      );
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
      io.stderr(
        `${say(`Could not write the site into ${outDir}: ${reason}`, `Situs tidak dapat ditulis ke ${outDir}: ${reason}`)}\n`,
      );
      return 1;
    }
    const url = pathToFileURL(site.index).href;
    const services = mall.services.length;
    const agencies = mall.agencies.length;
    const lines = [
      say(
        `Wrote the catalogue site (${services} services, ${agencies} agencies, ${site.files.length} files) to ${site.outDir}`,
        `Situs katalog ditulis (${services} layanan, ${agencies} instansi, ${site.files.length} berkas) ke ${site.outDir}`,
      ),
    ];
    if (site.removed.length > 0) {
      lines.push(
        say(
          `Removed ${site.removed.length} stale file(s) of an earlier run.`,
          `${site.removed.length} berkas lama dari pembuatan sebelumnya dihapus.`,
        ),
      );
    }
    lines.push(
      say(
        `Open it in a browser (no server or internet needed): ${url}`,
        `Buka di peramban (tanpa server atau internet): ${url}`,
      ),
    );
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
});
