import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { textFor } from '@mpp-kit/schemas/issues';
import type { MallConfig } from '@mpp-kit/schemas';
import type { MallStore } from '@mpp-kit/core';
import { defineCommand } from '../Command.js';
import { prettyOrJsonFlag } from '../_commonFlags.js';
import { loadMallForCommand } from '../_loadForCommand.js';
import { createProgressReporter } from '../simulate/createProgressReporter.js';
import { formatSimulation, type SimulationReport } from '../simulate/formatSimulation.js';
import { simulateMessages } from '../simulate/simulateMessages.js';

/**
 * `mpp simulate <mall> [--days N] [--seed S] [--store <sqlite-file>] [--from YYYY-MM-DD]
 * [--per-day N] [--format pretty|json]`: runs the mall for `N` working days on a SQLite store — a
 * realistic stream of applications (about `--per-day` a day, busier on Monday and Tuesday),
 * returns for correction, slow reviewers, the scheduler delivering deadlines — and prints deadline
 * compliance per agency and step, and per service. The same seed gives the same store and report.
 *
 * The store must be new or empty; without `--store` a temporary SQLite file is used (its path is
 * printed). The SQLite file is opened with `synchronous: 'normal'` (WAL): a simulation trades the
 * last commits on a power cut for speed. Progress goes to standard error: one updating line on a
 * terminal, plain lines otherwise. `--from` defaults to the first working day of the latest month
 * that leaves the run and its deadlines within the calendar's years.
 *
 * Every figure comes from core: `simulateMall` (`@mpp-kit/core/simulate`) runs the mall and
 * `reportDeadlineCompliance` judges the store, the same computation `mpp report` prints; this
 * command only checks its flags and formats.
 *
 * JSON: `{ "mall", "seed", "store", "temporaryStore", "from", "to", "endsAt", "submitted",
 * "actions", "deadlineEvents", "refused", "outcomes", "agencies": [agencySteps rows], "total":
 * agencyStepTotal, "services" }` (the fields of `DeadlineComplianceReport`).
 * Exit 0 on success; 1 when the mall does not load or the simulation fails; 2 on a usage error,
 * an unreadable path or a store that is not empty.
 *
 * @example
 * ```sh
 * mpp simulate examples/batang --days 30 --seed 1 --store /tmp/sim.sqlite
 * mpp simulate examples/batang --days 5 --format json
 * ```
 */
export const simulateCommand = defineCommand({
  name: 'simulate',
  summary: {
    en: 'Simulate the mall at work on a SQLite store and report deadline compliance.',
    id: 'Simulasikan mal bekerja pada penyimpanan SQLite dan laporkan kepatuhan tenggat.',
  },
  description: {
    en: 'Deterministic for a given seed on an empty store. Exit codes: 0 success; 1 the mall does not load or the simulation fails; 2 usage error, unreadable path or a store that is not empty.',
    id: 'Deterministik untuk benih (seed) yang sama pada penyimpanan kosong. Kode keluar: 0 berhasil; 1 mal tidak dapat dimuat atau simulasi gagal; 2 kesalahan penggunaan, path tidak terbaca, atau penyimpanan tidak kosong.',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    {
      name: 'days',
      type: 'string',
      default: '30',
      valueName: 'n',
      description: { en: 'Working days to simulate.', id: 'Jumlah hari kerja yang disimulasikan.' },
    },
    {
      name: 'seed',
      type: 'string',
      default: '1',
      valueName: 's',
      description: {
        en: 'Seed of the random stream (a number or any text).',
        id: 'Benih aliran acak (angka atau teks apa saja).',
      },
    },
    {
      name: 'store',
      type: 'string',
      valueName: 'sqlite-file',
      description: {
        en: 'SQLite file to write (new or empty); default: a temporary file.',
        id: 'Berkas SQLite yang ditulis (baru atau kosong); bawaan: berkas sementara.',
      },
    },
    {
      name: 'from',
      type: 'string',
      valueName: 'YYYY-MM-DD',
      description: {
        en: 'First simulated day (a working day in the calendar’s years).',
        id: 'Hari pertama simulasi (hari kerja dalam tahun kalender).',
      },
    },
    {
      name: 'per-day',
      type: 'string',
      default: '100',
      valueName: 'n',
      description: {
        en: 'Mean applications on an average weekday.',
        id: 'Rata-rata permohonan pada hari kerja biasa.',
      },
    },
    prettyOrJsonFlag,
  ],
  examples: [
    'mpp simulate examples/batang --days 30 --seed 1 --store /tmp/sim.sqlite',
    'mpp simulate examples/batang --days 5 --from 2026-03-02 --format json',
  ],
  async run(context) {
    const { io, locale, flags } = context;
    const m = simulateMessages;
    const [path = '.'] = context.positionals;
    const usage = (text: string) => {
      io.stderr(`${text}\n`);
      return 2;
    };
    if (!/^\d{1,3}$/.test(flags.days) || Number(flags.days) < 1 || Number(flags.days) > 260)
      return usage(m.badDays[locale](flags.days));
    const days = Number(flags.days);
    if (
      !/^\d{1,4}$/.test(flags['per-day']) ||
      Number(flags['per-day']) < 1 ||
      Number(flags['per-day']) > 5000
    ) {
      return usage(m.badArrivals[locale](flags['per-day']));
    }
    const perDay = Number(flags['per-day']);
    const seed: number | string = /^\d{1,9}$/.test(flags.seed) ? Number(flags.seed) : flags.seed;
    if (
      flags.from !== undefined &&
      (!/^\d{4}-\d{2}-\d{2}$/.test(flags.from) ||
        Number.isNaN(Date.parse(`${flags.from}T00:00:00Z`)))
    ) {
      return usage(m.badFrom[locale](flags.from));
    }

    const loadedMall = await loadMallForCommand(context, path);
    if (!loadedMall.ok) return loadedMall.exitCode;
    const { result: loaded } = loadedMall;
    const mall = loaded.mall as MallConfig;
    const [core, simulation] = await Promise.all([
      import('@mpp-kit/core'),
      import('@mpp-kit/core/simulate'),
    ]);
    const calendar = core.createMallCalendar(mall);
    const years = calendar.years.join(', ');
    let from: string;
    if (flags.from !== undefined) {
      let start: string;
      try {
        start = calendar.isWorkingDay(flags.from)
          ? flags.from
          : calendar.addWorkingDays(flags.from, 1);
      } catch {
        return usage(m.fromOutside[locale](flags.from, years));
      }
      if (!simulation.fitsCalendar(calendar, start, days))
        return usage(m.fromOutside[locale](flags.from, years));
      from = start;
    } else {
      const chosen = simulation.chooseSimulationStart(calendar, days);
      if (chosen === undefined) return usage(m.noRoom[locale](days, years));
      from = chosen;
    }

    const temporary = flags.store === undefined;
    const file = temporary
      ? join(mkdtempSync(join(tmpdir(), 'mpp-simulate-')), 'simulate.sqlite')
      : resolve(io.cwd, flags.store);
    const { createSqliteStore } = await import('@mpp-kit/core/store/sqlite');
    let store: MallStore | undefined;
    const progress = createProgressReporter(
      {
        write: (text) => {
          io.stderr(text);
        },
        isTTY: io.isStderrTTY,
      },
      locale,
    );
    try {
      store = createSqliteStore({ file, synchronous: 'normal' });
      const existing = existsSync(file) ? await store.count() : 0;
      if (existing > 0) return usage(m.storeNotEmpty[locale](file, existing));
      const result = await simulation.simulateMall({
        mall,
        store,
        calendar,
        days,
        from,
        seed,
        arrivalsPerDay: perDay,
        onProgress: (p) => {
          progress.update(p);
        },
      });
      progress.done();
      const compliance = await core.reportDeadlineCompliance(mall, store, { now: result.endsAt });
      const { runtime: _runtime, ...counts } = result;
      const report: SimulationReport = {
        mallName: mall.mall.shortName ?? textFor(mall.mall.name, locale),
        seed: String(seed),
        store: file,
        temporaryStore: temporary,
        result: counts,
        compliance,
        asOf: core.formatDateTime(result.endsAt, mall.mall.timeZone, locale),
      };
      if (flags.format === 'json') {
        io.stdout(
          `${JSON.stringify(
            {
              mall: mall.mall.id,
              seed: report.seed,
              store: file,
              temporaryStore: temporary,
              from: counts.from,
              to: counts.to,
              endsAt: counts.endsAt,
              submitted: counts.submitted,
              actions: counts.actions,
              deadlineEvents: counts.deadlineEvents,
              refused: counts.refused,
              outcomes: compliance.outcomes,
              agencies: compliance.agencySteps,
              total: compliance.agencyStepTotal,
              services: compliance.services,
            },
            null,
            2,
          )}\n`,
        );
      } else {
        io.stdout(formatSimulation(report, locale));
      }
      return 0;
    } catch (error) {
      progress.done();
      io.stderr(`${m.failed[locale](error instanceof Error ? error.message : String(error))}\n`);
      return 1;
    } finally {
      await store?.close();
    }
  },
});
