import type { MallConfig } from '@mpp-kit/schemas';
import { defineMessages, localize } from '@mpp-kit/schemas/issues';
import { defineCommand } from '../Command.js';
import { loadMallForCommand } from '../_loadForCommand.js';
import { reportServerError, roleFlag, storeFlag } from './_serverCommand.js';

const actions = ['add', 'list', 'disable', 'enable'] as const;

/** What `mpp account` prints about its command line, in English and Indonesian. */
export const accountMessages = {
  passwordStdin: {
    en: 'add needs --password-stdin: pipe the password in (never put it on the command line).',
    id: 'add memerlukan --password-stdin: kirim kata sandi lewat pipa (jangan di baris perintah).',
  },
  ...defineMessages({
    badAction: (p: { actions: string; action: string }) => ({
      en: `the first argument must be one of ${p.actions}, not "${p.action}".`,
      id: `argumen pertama harus salah satu dari ${p.actions}, bukan "${p.action}".`,
    }),
    missingId: (p: { action: string }) => ({
      en: `--id is required for ${p.action}.`,
      id: `--id wajib untuk ${p.action}.`,
    }),
  }),
} as const;

/**
 * `mpp account add|list|disable|enable <mall> --store S …`: the local accounts of the web desks.
 * `add` makes an officer (`--role role@agency`, repeatable) or, without `--role`, an applicant,
 * with the password read from standard input (`--password-stdin`; never an argument, which other
 * users of the machine could see). `disable` ends the account's sessions at once.
 *
 * @example
 * ```sh
 * printf '%s\n' "$PASSWORD" | mpp account add examples/batang --store var/{mall}.sqlite --id nip-1987 --role reviewer@dlh --password-stdin
 * ```
 */
export const accountCommand = defineCommand({
  name: 'account',
  summary: {
    en: 'Add, list, disable or enable the local accounts of the web desks.',
    id: 'Tambah, daftar, nonaktifkan atau aktifkan akun lokal meja layanan web.',
  },
  description: {
    en: 'The first argument is add, list, disable or enable. add needs --id and --password-stdin (the password on standard input, at least 10 characters); --role makes an officer. Exit codes: 0 done; 1 the mall does not load or the store cannot be opened; 2 usage error (a missing flag, an unknown role@agency, a short password, an id in use or unknown).',
    id: 'Argumen pertama add, list, disable atau enable. add memerlukan --id dan --password-stdin (kata sandi dari masukan standar, paling sedikit 10 karakter); --role menjadikannya petugas. Kode keluar: 0 selesai; 1 mal tidak dapat dimuat atau penyimpanan tidak dapat dibuka; 2 kesalahan penggunaan (flag kurang, peran@instansi tidak dikenal, kata sandi pendek, id sudah dipakai atau tidak dikenal).',
  },
  positionals: [{ name: 'action' }, { name: 'mall' }],
  flags: [
    storeFlag,
    {
      name: 'id',
      type: 'string',
      valueName: 'id',
      description: {
        en: 'The account: an officer’s NIP or user name (what they sign in with).',
        id: 'Akun: NIP atau nama pengguna petugas (yang dipakai untuk masuk).',
      },
    },
    {
      name: 'name',
      type: 'string',
      valueName: 'text',
      description: {
        en: 'The name shown on the desks.',
        id: 'Nama yang ditampilkan di meja layanan.',
      },
    },
    roleFlag,
    {
      name: 'password-stdin',
      type: 'boolean',
      description: {
        en: 'Read the password from standard input (its first line).',
        id: 'Baca kata sandi dari masukan standar (baris pertamanya).',
      },
    },
  ],
  examples: [
    'printf \'%s\\n\' "$PASSWORD" | mpp account add examples/batang --id nip-1987 --role reviewer@dlh --password-stdin',
    'mpp account list examples/batang',
    'mpp account disable examples/batang --id nip-1987',
  ],
  async run(context) {
    const { flags, io, locale } = context;
    const action = context.positionals[0] as (typeof actions)[number] | undefined;
    const m = accountMessages;
    const usage = (text: string) => {
      io.stderr(`mpp: ${text}\n`);
      return 2;
    };
    if (action === undefined || !actions.includes(action))
      return usage(m.badAction[locale]({ actions: actions.join(', '), action: action ?? '' }));
    if (action !== 'list' && flags.id === undefined) return usage(m.missingId[locale]({ action }));
    if (action === 'add' && !flags['password-stdin'])
      return usage(localize(m.passwordStdin, locale));
    const loaded = await loadMallForCommand(context, context.positionals[1] ?? '.');
    if (!loaded.ok) return loaded.exitCode;
    const mall = loaded.result.mall as MallConfig;
    try {
      const server = await import('@mpp-kit/server');
      const password = action === 'add' ? ((await io.readStdin()).split(/\r?\n/)[0] ?? '') : '';
      const opened = await server.openMallStore(
        server.resolveStoreLocation(flags.store, mall.mall.id, 1, io.cwd),
      );
      try {
        const web = opened.state.web;
        if (action === 'add') {
          const account = await server.createAccount(web, mall, {
            id: flags.id!,
            password,
            roles: flags.role,
            ...(flags.name === undefined ? {} : { name: flags.name }),
          });
          io.stdout(`${account.id}  ${account.roles.join(' ') || 'applicant'}\n`);
        } else if (action === 'disable' || action === 'enable') {
          if (!(await web.setDisabled(flags.id!, action === 'disable')))
            throw new server.ServeError('unknown_account', { id: flags.id! });
          io.stdout(`${flags.id!}  ${action === 'disable' ? 'disabled' : 'enabled'}\n`);
        } else {
          for (const account of await web.accounts())
            io.stdout(
              `${account.id}  ${account.roles.join(' ') || 'applicant'}  ${account.disabled ? 'disabled' : 'active'}  ${account.name}\n`,
            );
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
