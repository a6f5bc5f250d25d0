/** What `mpp serve`, `mpp token` and `mpp keys` share: the --store flag and their error report. */
import { existsSync } from 'node:fs';
import type { Locale } from '@mpp-kit/schemas';
import type { OpenedStore } from '@mpp-kit/server';
import type { CommandContext } from '../Command.js';

/** The `--store` flag. */
export const storeFlag = {
  name: 'store',
  type: 'string',
  default: 'mpp-{mall}.sqlite',
  valueName: 'sqlite-file|postgres-url',
  description: {
    en: 'Where applications are kept: a SQLite file ({mall} = the mall id; created on first start) or postgres://… (one schema per mall).',
    id: 'Tempat permohonan disimpan: berkas SQLite ({mall} = id mal; dibuat saat pertama jalan) atau postgres://… (satu skema per mal).',
  },
} as const;

/** The repeatable `--role role@agency` flag of `mpp token` and `mpp account`. */
export const roleFlag = {
  name: 'role',
  type: 'string',
  multiple: true,
  valueName: 'role@agency',
  description: {
    en: 'An officer’s role at an agency (repeat for several).',
    id: 'Peran petugas di sebuah instansi (ulangi untuk beberapa).',
  },
} as const;

/**
 * Reports an error of the server package: a `ServeError` (bad option, exit 2) or anything else
 * (a store that cannot be opened, exit 1), in the CLI's language.
 */
export function reportServerError(context: CommandContext, error: unknown): number {
  const e = error as { name?: string; message?: string; messageId?: string };
  const text = (locale: Locale) =>
    locale === 'id' && typeof e.messageId === 'string' ? e.messageId : String(e.message ?? error);
  context.io.stderr(`mpp: ${text(context.locale)}\n`);
  return e.name === 'ServeError' ? 2 : 1;
}

const noStore = {
  en: (file: string) =>
    `Cannot read the store "${file}": the file does not exist. Give the --store that \`mpp serve\` uses.`,
  id: (file: string) =>
    `Tidak dapat membaca penyimpanan "${file}": berkas tidak ada. Berikan --store yang dipakai \`mpp serve\`.`,
} as const;

/**
 * Opens the store of a mall that `mpp serve` already uses, for commands that read it: a SQLite
 * file that does not exist is reported (the --store is wrong) instead of created; `undefined` then.
 * Errors of the server package are thrown, for {@link reportServerError}.
 */
export async function openServedStore(
  context: CommandContext,
  store: string,
  mallId: string,
): Promise<OpenedStore | undefined> {
  const server = await import('@mpp-kit/server');
  const location = server.resolveStoreLocation(store, mallId, 1, context.io.cwd);
  if (location.kind === 'sqlite' && location.file !== ':memory:' && !existsSync(location.file)) {
    context.io.stderr(`mpp: ${noStore[context.locale](location.file)}\n`);
    return undefined;
  }
  return server.openMallStore(location);
}
