import { defineMessages, MppError, renderEveryLocale, type LocaleText } from '@mpp-kit/schemas';
import { join } from 'node:path';

/**
 * Why {@link writeCatalogueSite} refused to write: `foreign_files` (the output folder holds files
 * at the site's paths that no earlier run wrote, for example someone else's `index.html`; pass
 * `force` to overwrite them), `not_a_directory` (the output path is a file) or `symbolic_link` (a
 * path the writer would write, overwrite or delete inside the folder, or a folder on the way to it,
 * is a symbolic link, which could reach outside the folder; `force` does not override it).
 *
 * @example
 * ```ts
 * catalogueSiteErrorCodes.includes('foreign_files'); // true
 * ```
 */
export const catalogueSiteErrorCodes = [
  'foreign_files',
  'not_a_directory',
  'symbolic_link',
] as const;
/**
 * A code of {@link CatalogueSiteError}; see {@link catalogueSiteErrorCodes}.
 *
 * @example
 * ```ts
 * const code: CatalogueSiteErrorCode = 'foreign_files';
 * ```
 */
export type CatalogueSiteErrorCode = (typeof catalogueSiteErrorCodes)[number];

/** What the site writer tells about the output folder (`outDir`) and the files in the way. */
interface SiteErrorParams {
  readonly outDir: string;
  readonly files: readonly string[];
}

const messages = defineMessages({
  foreign_files: ({ outDir, files }: SiteErrorParams): LocaleText => ({
    en: `${outDir} already holds ${files.join(', ')}, not written by an earlier catalogue site run (no ${manifestName} lists it). Choose an empty folder, or overwrite with force (--force).`,
    id: `${outDir} sudah berisi ${files.join(', ')} yang tidak ditulis oleh pembuatan situs katalog sebelumnya (tidak tercantum di ${manifestName}). Pilih folder kosong, atau timpa dengan force (--force).`,
  }),
  not_a_directory: ({ outDir }: SiteErrorParams): LocaleText => ({
    en: `${outDir} is a file, not a folder.`,
    id: `${outDir} adalah berkas, bukan folder.`,
  }),
  symbolic_link: ({ outDir, files }: SiteErrorParams): LocaleText => {
    const links = files.map((file) => join(outDir, ...file.split('/'))).join(', ');
    return {
      en: `${links}: a symbolic link inside the output folder ${outDir}, where the catalogue site would write or delete. The site writer never writes, overwrites or deletes through a link, because a link can reach files outside the folder; nothing was written. Remove the link, or choose a folder of the site's own (for example an empty one), and run again.`,
      id: `${links}: tautan simbolik di dalam folder tujuan ${outDir}, di tempat situs katalog akan menulis atau menghapus. Penulis situs tidak pernah menulis, menimpa, atau menghapus melalui tautan, karena tautan dapat menjangkau berkas di luar folder; tidak ada yang ditulis. Hapus tautan tersebut, atau pilih folder khusus untuk situs (misalnya folder kosong), lalu jalankan lagi.`,
    };
  },
}) satisfies Record<CatalogueSiteErrorCode, unknown>;

/**
 * Name of the manifest file the site writer keeps in the output folder: the list of files it wrote,
 * so a later run removes only its own stale pages.
 *
 * @example
 * ```ts
 * join(outDir, catalogueSiteManifestName); // '<outDir>/.mpp-site-manifest.json'
 * ```
 */
export const catalogueSiteManifestName = '.mpp-site-manifest.json';
const manifestName = catalogueSiteManifestName;

/**
 * Thrown by {@link writeCatalogueSite} when writing would overwrite files it did not create, the
 * output path is not a folder, or a symbolic link is in the way. Nothing has been written when it is thrown. `message` is English;
 * `messageId` is the same message in Indonesian.
 *
 * @example
 * ```ts
 * try {
 *   await writeCatalogueSite(mall, { outDir: 'public' });
 * } catch (error) {
 *   if (error instanceof CatalogueSiteError && error.code === 'foreign_files') {
 *     console.error(error.files); // ['index.html']
 *   }
 * }
 * ```
 */
export class CatalogueSiteError extends MppError {
  /** Always `'CatalogueSiteError'`. */
  override readonly name = 'CatalogueSiteError';
  /** Stable error code. */
  declare readonly code: CatalogueSiteErrorCode;
  /** The output folder. */
  readonly outDir: string;
  /** The files (or links) in the way, relative to `outDir` with `/` separators. */
  readonly files: readonly string[];

  /**
   * @param code - why the site was not written.
   * @param details - the output folder and the files in the way.
   * @throws never
   * @example
   * ```ts
   * new CatalogueSiteError('foreign_files', { outDir: 'public', files: ['index.html'] });
   * ```
   */
  constructor(
    code: CatalogueSiteErrorCode,
    details: { outDir: string; files?: readonly string[] },
  ) {
    const files = details.files ?? [];
    const text = renderEveryLocale(messages[code], { outDir: details.outDir, files });
    super(code, text);
    this.outDir = details.outDir;
    this.files = Object.freeze([...files]);
  }
}
