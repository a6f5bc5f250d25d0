import type { MallConfig } from '@mpp-kit/schemas';
import { defineCommand } from '../Command.js';
import { loadMallForCommand } from '../_loadForCommand.js';
import { reportServerError, storeFlag } from './_serverCommand.js';

/**
 * `mpp keys <mall> --store S [--rotate] [--retire KID]`: lists the mall's own signing keys; with
 * `--rotate` makes a new one (it signs from now on; the old ones still verify), with `--retire`
 * stops one verifying (running servers notice within a minute).
 *
 * @example
 * ```sh
 * mpp keys examples/batang --store var/{mall}.sqlite --rotate
 * ```
 */
export const keysCommand = defineCommand({
  name: 'keys',
  summary: {
    en: 'List, rotate or retire the mall’s own token signing keys.',
    id: 'Daftar, ganti atau pensiunkan kunci penandatangan token mal sendiri.',
  },
  description: {
    en: 'Rotate: a new key signs; older keys still verify until retired. Exit codes: 0 done; 1 the mall does not load or the store cannot be opened; 2 usage error (an unknown key).',
    id: 'Ganti: kunci baru menandatangani; kunci lama tetap memverifikasi sampai dipensiunkan. Kode keluar: 0 selesai; 1 mal tidak dapat dimuat atau penyimpanan tidak dapat dibuka; 2 kesalahan penggunaan (kunci tidak dikenal).',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    storeFlag,
    {
      name: 'rotate',
      type: 'boolean',
      description: { en: 'Make a new signing key.', id: 'Buat kunci penandatangan baru.' },
    },
    {
      name: 'retire',
      type: 'string',
      valueName: 'kid',
      description: {
        en: 'Retire this key: its tokens stop verifying.',
        id: 'Pensiunkan kunci ini: tokennya tidak lagi diterima.',
      },
    },
  ],
  examples: [
    'mpp keys examples/batang --rotate',
    'mpp keys examples/batang --retire k-20261204-3f9a1c2b',
  ],
  async run(context) {
    const { flags, io } = context;
    const loaded = await loadMallForCommand(context, context.positionals[0] ?? '.');
    if (!loaded.ok) return loaded.exitCode;
    const mall = loaded.result.mall as MallConfig;
    try {
      const server = await import('@mpp-kit/server');
      const opened = await server.openMallStore(
        server.resolveStoreLocation(flags.store, mall.mall.id, 1, io.cwd),
      );
      try {
        if (flags.rotate) await server.rotateSigningKey(opened.state);
        if (flags.retire !== undefined) await server.retireSigningKey(opened.state, flags.retire);
        const keys = await opened.state.keys();
        const active = keys.find((key) => key.retiredAt === null)?.kid;
        for (const key of keys) {
          const status =
            key.retiredAt !== null
              ? `retired ${key.retiredAt}`
              : key.kid === active
                ? 'signing'
                : 'verifying';
          io.stdout(`${key.kid}  created ${key.createdAt}  ${status}\n`);
        }
        return 0;
      } finally {
        await opened.close();
      }
    } catch (error) {
      return reportServerError(context, error);
    }
  },
});
