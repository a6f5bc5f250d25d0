/** What `mpp serve`, `mpp token` and `mpp keys` share: the --store flag and their error report. */
import { existsSync } from 'node:fs';
import { defineMessages } from '@mpp-kit/schemas/issues';
import type { MallConfig } from '@mpp-kit/schemas';
import type { OpenedStore } from '@mpp-kit/server';
import type { CommandContext } from '../Command.js';
import { errorText } from '../_errorText.js';
import { loadMallForCommand } from '../_loadForCommand.js';

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
  context.io.stderr(`mpp: ${errorText(error, context.locale)}\n`);
  return (error as { name?: string }).name === 'ServeError' ? 2 : 1;
}

/** What the server commands print themselves, in English and Indonesian. */
export const serverCommandMessages = defineMessages({
  noStore: (p: { file: string }) => ({
    en: `Cannot read the store "${p.file}": the file does not exist. Give the --store that \`mpp serve\` uses.`,
    id: `Tidak dapat membaca penyimpanan "${p.file}": berkas tidak ada. Berikan --store yang dipakai \`mpp serve\`.`,
  }),
});

/**
 * Opens the store of a mall that `mpp serve` already uses, for commands that read it: a SQLite
 * file that does not exist is reported (the --store is wrong) instead of created; `undefined` then.
 * Errors of the server package are thrown, for {@link reportServerError}.
 */
async function openServedStore(
  context: CommandContext,
  store: string,
  mallId: string,
): Promise<OpenedStore | undefined> {
  const server = await import('@mpp-kit/server');
  const location = server.resolveStoreLocation(store, mallId, 1, context.io.cwd);
  if (location.kind === 'sqlite' && location.file !== ':memory:' && !existsSync(location.file)) {
    context.io.stderr(
      `mpp: ${serverCommandMessages.noStore[context.locale]({ file: location.file })}\n`,
    );
    return undefined;
  }
  return server.openMallStore(location);
}

/**
 * Loads the mall at `mallPath`, opens the store `mpp serve` uses for it and runs `use`, closing the
 * store afterwards: the frame of the commands that read or repair a served store (`mpp audit`,
 * `mpp notifications`). A mall that does not load gives its exit code, a missing SQLite file 1,
 * and an error of the server package is reported by {@link reportServerError}.
 */
export async function withServedStore(
  context: CommandContext,
  mallPath: string,
  store: string,
  use: (mall: MallConfig, opened: OpenedStore) => Promise<number>,
): Promise<number> {
  const loaded = await loadMallForCommand(context, mallPath);
  if (!loaded.ok) return loaded.exitCode;
  const mall = loaded.result.mall as MallConfig;
  try {
    const opened = await openServedStore(context, store, mall.mall.id);
    if (opened === undefined) return 1;
    try {
      return await use(mall, opened);
    } finally {
      await opened.close();
    }
  } catch (error) {
    return reportServerError(context, error);
  }
}
