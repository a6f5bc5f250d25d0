import type { Locale } from '@mpp-kit/schemas';
import type { NotificationEntry, NotificationStatus } from '@mpp-kit/core';
import { defineCommand } from '../Command.js';
import { escapeControl } from '../_ansi.js';
import { storeFlag, withServedStore } from './_serverCommand.js';
import { formatTextTable } from './report.js';

const actions = ['list', 'retry'] as const;
const statuses = ['pending', 'delivered', 'dead'] as const satisfies readonly NotificationStatus[];

/** What `mpp notifications` prints, in English and Indonesian. */
export const notificationsMessages = {
  badAction: {
    en: (action: string) => `the first argument must be list or retry, not "${action}".`,
    id: (action: string) => `argumen pertama harus list atau retry, bukan "${action}".`,
  },
  retryWhat: {
    en: 'retry needs either the ids of dead notifications or --all-dead, not both (list them with `mpp notifications list <mall> --status dead`).',
    id: 'retry memerlukan id notifikasi mati atau --all-dead, tidak keduanya (tampilkan dengan `mpp notifications list <mal> --status dead`).',
  },
  listExtra: {
    en: (id: string) => `list takes no ids ("${id}"): filter with --status.`,
    id: (id: string) => `list tidak menerima id ("${id}"): saring dengan --status.`,
  },
  badLimit: {
    en: (value: string) => `--limit must be a whole number from 1 to 1000, not "${value}".`,
    id: (value: string) => `--limit harus bilangan bulat 1 sampai 1000, bukan "${value}".`,
  },
  noOutbox: {
    en: 'This store keeps no notification outbox.',
    id: 'Penyimpanan ini tidak memiliki kotak keluar notifikasi.',
  },
  notDead: {
    en: (ids: string) =>
      `No dead notification with the id ${ids}: nothing was retried for it (see \`mpp notifications list <mall> --status dead\`).`,
    id: (ids: string) =>
      `Tidak ada notifikasi mati dengan id ${ids}: tidak ada yang dicoba ulang untuknya (lihat \`mpp notifications list <mal> --status dead\`).`,
  },
  retried: {
    en: (count: number) => `${count} notification${count === 1 ? '' : 's'} pending again.`,
    id: (count: number) => `${count} notifikasi menunggu dikirim lagi.`,
  },
  head: {
    en: [
      'Id',
      'Status',
      'Channel',
      'Target',
      'Type',
      'About',
      'Attempts',
      'Due or delivered',
      'Error',
    ],
    id: [
      'Id',
      'Status',
      'Kanal',
      'Tujuan',
      'Jenis',
      'Perihal',
      'Percobaan',
      'Jatuh tempo/terkirim',
      'Galat',
    ],
  },
} as const;

/** The rows `retry --all-dead` works through in one pass (the store lists at most 1000). */
const PAGE = 1000;

/**
 * `mpp notifications list|retry <mall> --store S …`: the notification outbox of a served mall,
 * for operators. `list` shows rows (`--status dead` for the dead letters, `--json` for scripts);
 * `retry` puts dead letters back to pending, due now, with their attempts counted from zero — by
 * id, or all of them with `--all-dead`. A running `mpp serve` delivers them on its next pass.
 *
 * @example
 * ```sh
 * mpp notifications list examples/batang --store var/{mall}.sqlite --status dead
 * mpp notifications retry examples/batang --store var/{mall}.sqlite --all-dead
 * ```
 */
export const notificationsCommand = defineCommand({
  name: 'notifications',
  summary: {
    en: 'List the notification outbox of a store and retry dead letters.',
    id: 'Tampilkan kotak keluar notifikasi penyimpanan dan coba ulang surat mati.',
  },
  description: {
    en: 'The first argument is list or retry. retry takes the ids of dead notifications, or --all-dead. Exit codes: 0 done; 1 the mall does not load, the store cannot be opened, or an id is not a dead notification (the others are retried); 2 usage error.',
    id: 'Argumen pertama list atau retry. retry menerima id notifikasi mati, atau --all-dead. Kode keluar: 0 selesai; 1 mal tidak dapat dimuat, penyimpanan tidak dapat dibuka, atau sebuah id bukan notifikasi mati (yang lain tetap dicoba ulang); 2 kesalahan penggunaan.',
  },
  positionals: [
    { name: 'action' },
    { name: 'mall' },
    { name: 'id', required: false, variadic: true },
  ],
  flags: [
    storeFlag,
    {
      name: 'status',
      type: 'string',
      choices: statuses,
      valueName: statuses.join('|'),
      description: {
        en: 'list: only notifications in this state (dead = given up after the last try).',
        id: 'list: hanya notifikasi dalam keadaan ini (dead = dihentikan setelah percobaan terakhir).',
      },
    },
    {
      name: 'limit',
      type: 'string',
      default: '100',
      valueName: 'n',
      description: {
        en: 'list: at most this many rows, oldest first (1 to 1000).',
        id: 'list: paling banyak sekian baris, yang terlama dulu (1 sampai 1000).',
      },
    },
    {
      name: 'json',
      type: 'boolean',
      description: {
        en: 'list: print the rows as JSON (with their messages).',
        id: 'list: cetak baris sebagai JSON (beserta pesannya).',
      },
    },
    {
      name: 'all-dead',
      type: 'boolean',
      description: {
        en: 'retry: every dead notification.',
        id: 'retry: semua notifikasi mati.',
      },
    },
  ],
  examples: [
    'mpp notifications list examples/batang --store var/{mall}.sqlite --status dead',
    'mpp notifications retry examples/batang --store var/{mall}.sqlite msg_01J2…',
    'mpp notifications retry examples/batang --store postgres://db/mpp --all-dead',
  ],
  async run(context) {
    const { flags, io, locale } = context;
    const action = context.positionals[0] as (typeof actions)[number];
    const ids = context.positionals.slice(2);
    const fail = (code: number, text: string) => {
      io.stderr(`mpp: ${text}\n`);
      return code;
    };
    if (!actions.includes(action)) return fail(2, notificationsMessages.badAction[locale](action));
    const limit = Number(flags.limit);
    if (!/^\d+$/.test(flags.limit) || limit < 1 || limit > PAGE)
      return fail(2, notificationsMessages.badLimit[locale](flags.limit));
    if (action === 'list' && ids[0] !== undefined)
      return fail(2, notificationsMessages.listExtra[locale](ids[0]));
    if (action === 'retry' && ids.length > 0 === flags['all-dead'])
      return fail(2, notificationsMessages.retryWhat[locale]);
    return withServedStore(
      context,
      context.positionals[1] ?? '.',
      flags.store,
      async (_mall, opened) => {
        const outbox = opened.store.outbox;
        if (outbox === undefined) return fail(1, notificationsMessages.noOutbox[locale]);
        if (action === 'list') {
          const rows = await outbox.list({
            limit,
            ...(flags.status === undefined ? {} : { status: flags.status }),
          });
          io.stdout(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : listTable(rows, locale));
          return 0;
        }
        const now = new Date().toISOString();
        let retried = 0;
        const unknown: string[] = [];
        for (const id of ids) {
          if (await outbox.retry(id, now)) retried += 1;
          else unknown.push(id);
        }
        if (flags['all-dead']) {
          // Retried rows leave `dead`, so each page is new until none is left.
          for (;;) {
            const dead = await outbox.list({ status: 'dead', limit: PAGE });
            for (const row of dead) if (await outbox.retry(row.id, now)) retried += 1;
            if (dead.length < PAGE) break;
          }
        }
        io.stdout(`${notificationsMessages.retried[locale](retried)}\n`);
        if (unknown.length > 0)
          return fail(
            1,
            notificationsMessages.notDead[locale](
              unknown.map((id) => `"${escapeControl(id)}"`).join(', '),
            ),
          );
        return 0;
      },
    );
  },
});

function listTable(rows: readonly NotificationEntry[], locale: Locale): string {
  return formatTextTable(
    notificationsMessages.head[locale],
    rows.map((row) => [
      row.id,
      row.status,
      row.channel,
      row.target,
      row.type,
      row.sourceId ?? '',
      String(row.attempts),
      row.status === 'pending' ? row.nextAttemptAt : (row.deliveredAt ?? ''),
      row.lastError ?? '',
    ]),
    [6],
  );
}
