import type { MallConfig } from '@mpp-kit/schemas';
import { localize } from '@mpp-kit/schemas/issues';
import { defineCommand } from '../Command.js';
import { loadMallForCommand } from '../_loadForCommand.js';
import { reportServerError, roleFlag, storeFlag } from './_serverCommand.js';

/** What `mpp token` prints about its command line, in English and Indonesian. */
export const tokenMessages = {
  missingSub: {
    en: '--sub is required: the id of the user the token is for.',
    id: '--sub wajib: id pengguna yang memakai token.',
  },
} as const;

/**
 * `mpp token <mall> --store S --sub ID [--role role@agency]... [--ttl 1h]`: prints a bearer token
 * that `mpp serve` on the same store accepts, signed with the mall's own key (made on first use):
 * an applicant without `--role`, an officer with. For operators, scripts and tests.
 *
 * @example
 * ```sh
 * mpp token examples/batang --store var/{mall}.sqlite --sub nip-1987 --role front-office@dpmptsp --ttl 8h
 * ```
 */
export const tokenCommand = defineCommand({
  name: 'token',
  summary: {
    en: 'Print a bearer token the server accepts (signed with the mall’s own key).',
    id: 'Cetak token bearer yang diterima server (ditandatangani kunci mal sendiri).',
  },
  description: {
    en: 'Without --role the token is an applicant’s (their account id is --sub). Exit codes: 0 printed; 1 the mall does not load or the store cannot be opened; 2 usage error (an unknown role@agency, a bad --ttl).',
    id: 'Tanpa --role token adalah milik pemohon (id akunnya --sub). Kode keluar: 0 tercetak; 1 mal tidak dapat dimuat atau penyimpanan tidak dapat dibuka; 2 kesalahan penggunaan (peran@instansi tidak dikenal, --ttl salah).',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    storeFlag,
    {
      name: 'sub',
      type: 'string',
      valueName: 'id',
      description: {
        en: 'The user: an applicant’s account id or an officer’s NIP (required).',
        id: 'Pengguna: id akun pemohon atau NIP petugas (wajib).',
      },
    },
    roleFlag,
    {
      name: 'ttl',
      type: 'string',
      default: '1h',
      valueName: 'duration',
      description: { en: 'Lifetime: 90s, 15m, 1h, 7d.', id: 'Masa berlaku: 90s, 15m, 1h, 7d.' },
    },
  ],
  examples: [
    'mpp token examples/batang --sub akun-siti',
    'mpp token examples/batang --sub nip-1987 --role front-office@dpmptsp --ttl 8h',
  ],
  async run(context) {
    const { flags, io, locale } = context;
    if (flags.sub === undefined) {
      io.stderr(`mpp: ${localize(tokenMessages.missingSub, locale)}\n`);
      return 2;
    }
    const loaded = await loadMallForCommand(context, context.positionals[0] ?? '.');
    if (!loaded.ok) return loaded.exitCode;
    const mall = loaded.result.mall as MallConfig;
    try {
      const server = await import('@mpp-kit/server');
      const ttlSeconds = server.parseDuration(flags.ttl, '--ttl');
      server.checkRoles(mall, flags.role);
      const opened = await server.openMallStore(
        server.resolveStoreLocation(flags.store, mall.mall.id, 1, io.cwd),
      );
      try {
        const token = await server.issueLocalToken(opened.state, mall, {
          subject: flags.sub,
          roles: flags.role,
          ttlSeconds,
        });
        io.stdout(`${token}\n`);
        return 0;
      } finally {
        await opened.close();
      }
    } catch (error) {
      return reportServerError(context, error);
    }
  },
});
