import type { MallConfig } from '@mpp-kit/schemas';
import { defineMessages } from '@mpp-kit/schemas/issues';
import { defineCommand } from '../Command.js';
import { loadMallForCommand } from '../_loadForCommand.js';
import { reportServerError, storeFlag } from './_serverCommand.js';

/** What `mpp serve` prints about its command line, in English and Indonesian. */
export const serveMessages = defineMessages({
  notANumber: (p: { option: string; min: number; max: number; value: string }) => ({
    en: `--${p.option} must be a whole number from ${String(p.min)} to ${String(p.max)}, got "${p.value}".`,
    id: `--${p.option} harus bilangan bulat ${String(p.min)} sampai ${String(p.max)}, bukan "${p.value}".`,
  }),
});

/**
 * `mpp serve <mall>... [--port P] [--host H] [--store S] [--workers N] [--clock ISO] [--cors ORIGIN]...
 * [--rate-limit N] [--tick SECONDS]`: runs the HTTP API of one or several malls (see
 * `@mpp-kit/server`). Prints `listening on http://HOST:PORT`, then JSON log lines; stops cleanly
 * on SIGTERM or SIGINT (exit 0). Exit 1 when a mall does not load or a store cannot be opened,
 * 2 on a usage error.
 *
 * @example
 * ```sh
 * mpp serve examples/batang --port 8080 --store /var/lib/mpp/{mall}.sqlite
 * mpp serve malls/batang malls/pekalongan --store postgres://mpp@db/mpp --workers 4
 * ```
 */
export const serveCommand = defineCommand({
  name: 'serve',
  summary: {
    en: 'Serve malls over HTTP: an authenticated API on SQLite or PostgreSQL.',
    id: 'Layani mal lewat HTTP: API berautentikasi di atas SQLite atau PostgreSQL.',
  },
  description: {
    en: 'Prints "listening on http://HOST:PORT" when ready; GET /health, /ready, /openapi.json, /docs. Stops cleanly on SIGTERM or SIGINT. Exit codes: 0 stopped cleanly; 1 a mall does not load or a store cannot be opened; 2 usage error.',
    id: 'Mencetak "listening on http://HOST:PORT" bila siap; GET /health, /ready, /openapi.json, /docs. Berhenti dengan rapi pada SIGTERM atau SIGINT. Kode keluar: 0 berhenti rapi; 1 mal tidak dapat dimuat atau penyimpanan tidak dapat dibuka; 2 kesalahan penggunaan.',
  },
  positionals: [{ name: 'mall', variadic: true }],
  flags: [
    {
      name: 'port',
      type: 'string',
      default: '8080',
      valueName: 'port',
      description: { en: 'TCP port; 0 picks a free one.', id: 'Port TCP; 0 memilih yang bebas.' },
    },
    {
      name: 'host',
      type: 'string',
      default: '127.0.0.1',
      valueName: 'address',
      description: { en: 'Address to listen on.', id: 'Alamat yang didengarkan.' },
    },
    storeFlag,
    {
      name: 'workers',
      type: 'string',
      default: '1',
      valueName: 'n',
      description: {
        en: 'Processes sharing the port (use PostgreSQL, or SQLite on one machine).',
        id: 'Jumlah proses yang berbagi port (pakai PostgreSQL, atau SQLite di satu mesin).',
      },
    },
    {
      name: 'clock',
      type: 'string',
      valueName: 'ISO-instant',
      description: {
        en: 'Start the clock at this instant (demonstrations on a day the calendars cover).',
        id: 'Mulai jam pada instan ini (demonstrasi pada hari yang dicakup kalender).',
      },
    },
    {
      name: 'cors',
      type: 'string',
      multiple: true,
      valueName: 'origin',
      description: {
        en: 'Allow this browser origin (repeat for several); CORS is off without it.',
        id: 'Izinkan asal peramban ini (ulangi untuk beberapa); CORS mati tanpanya.',
      },
    },
    {
      name: 'rate-limit',
      type: 'string',
      default: '600',
      valueName: 'n',
      description: {
        en: 'Requests per caller per minute and process; 0 turns it off.',
        id: 'Permintaan per pemanggil per menit per proses; 0 mematikannya.',
      },
    },
    {
      name: 'tick',
      type: 'string',
      default: '30',
      valueName: 'seconds',
      description: {
        en: 'Seconds between two runs of the deadline scheduler.',
        id: 'Detik antara dua putaran penjadwal tenggat.',
      },
    },
  ],
  examples: [
    'mpp serve examples/batang --port 8080 --store var/{mall}.sqlite',
    'mpp serve examples/batang --store postgres://postgres:postgres@127.0.0.1/postgres --workers 4',
  ],
  async run(context) {
    const { flags, io, locale } = context;
    const number = (
      option: string,
      value: string,
      min: number,
      max: number,
    ): number | undefined => {
      const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
      if (n >= min && n <= max) return n;
      io.stderr(`mpp: ${serveMessages.notANumber[locale]({ option, min, max, value })}\n`);
      return undefined;
    };
    const port = number('port', flags.port, 0, 65535);
    const workers = number('workers', flags.workers, 1, 64);
    const rateLimit = number('rate-limit', flags['rate-limit'], 0, 1_000_000);
    const tick = number('tick', flags.tick, 1, 86_400);
    if (
      port === undefined ||
      workers === undefined ||
      rateLimit === undefined ||
      tick === undefined
    )
      return 2;
    const malls: { mall: MallConfig; path: string }[] = [];
    for (const path of context.positionals) {
      const loaded = await loadMallForCommand(context, path);
      if (!loaded.ok) return loaded.exitCode;
      malls.push({ mall: loaded.result.mall as MallConfig, path });
    }
    try {
      const { serveMalls } = await import('@mpp-kit/server');
      await serveMalls({
        malls,
        store: flags.store,
        port,
        host: flags.host,
        workers,
        cwd: io.cwd,
        corsOrigins: flags.cors,
        rateLimitPerMinute: rateLimit,
        tickSeconds: tick,
        announce: (line) => {
          io.stdout(`${line}\n`);
        },
        ...(flags.clock === undefined ? {} : { clockStart: flags.clock }),
      });
      return 0;
    } catch (error) {
      return reportServerError(context, error);
    }
  },
});
