import { defineMessages, localize, textFor } from '@mpp-kit/schemas/issues';
import { defineCommand } from '../Command.js';
import { prettyOrJsonFlag } from '../_commonFlags.js';
import { errorText } from '../_errorText.js';
import { loadMallForCommand } from '../_loadForCommand.js';

/** Why a day was skipped, by reason. */
const reasonNames = {
  weekend: { en: 'weekend', id: 'akhir pekan' },
  holiday: { en: 'national holiday', id: 'hari libur nasional' },
  'collective-leave': { en: 'collective leave', id: 'cuti bersama' },
  closure: { en: 'regional closure', id: 'penutupan daerah' },
  suspension: { en: 'clock stopped', id: 'waktu dihentikan' },
} as const;

/** What `mpp deadline` prints, in English and Indonesian. */
export const deadlineMessages = {
  missingFrom: {
    en: 'Give the day the complete file was received as --from YYYY-MM-DD, for example --from 2026-03-13.',
    id: 'Berikan tanggal berkas lengkap diterima sebagai --from YYYY-MM-DD, misalnya --from 2026-03-13.',
  },
  missingDays: {
    en: 'Give the term as --days N, a whole number of days, for example --days 10.',
    id: 'Berikan lama masa sebagai --days N, bilangan bulat hari, misalnya --days 10.',
  },
  skippedHeading: { en: 'Days skipped:', id: 'Hari yang dilewati:' },
  reasons: reasonNames,
  ...defineMessages({
    due: (p: { from: string; days: string; calendarDays: boolean; due: string }) => ({
      en: `Received ${p.from}, ${p.days} ${p.calendarDays ? 'calendar days' : 'working days'}: due ${p.due}.`,
      id: `Diterima ${p.from}, ${p.days} ${p.calendarDays ? 'hari kalender' : 'hari kerja'}: tenggat ${p.due}.`,
    }),
    provisional: (p: { uncoveredFrom: string; year: string }) => ({
      en: `This due date is PROVISIONAL: the calendar does not cover days from ${p.uncoveredFrom} on, so they are counted on weekends only (no holidays). Add ${p.year} to the calendar when its SKB is signed.`,
      id: `Tenggat ini SEMENTARA: kalender belum mencakup hari mulai ${p.uncoveredFrom}, sehingga hari itu dihitung hanya dengan akhir pekan (tanpa hari libur). Tambahkan tahun ${p.year} ke kalender setelah SKB-nya ditandatangani.`,
    }),
  }),
} as const;

/**
 * `mpp deadline <mall> --from <YYYY-MM-DD> --days <n> [--calendar-days] [--format json]`: the due
 * date of a term that starts when the complete file is received on `--from`, counted on the mall's
 * calendar, with every day skipped and why. A term that reaches past the calendar's last covered
 * year is counted on the weekly pattern and the due date is provisional, as in the runtime. JSON:
 * `{ "due", "provisional", "uncoveredFrom"?, "skipped": [{ "date", "reason", "name"?, "decree"? }] }`
 * (`uncoveredFrom`, the first day no decree covers, only when provisional).
 *
 * @example
 * ```sh
 * mpp deadline examples/batang --from 2026-03-13 --days 10
 * ```
 */
export const deadlineCommand = defineCommand({
  name: 'deadline',
  summary: {
    en: 'Compute a due date in working (or calendar) days and explain it.',
    id: 'Hitung tenggat dalam hari kerja (atau hari kalender) beserta penjelasannya.',
  },
  description: {
    en: 'Day 1 of a working-day term is the first working day after the day the complete file is received; a calendar-day term that ends on a non-working day rolls forward to the next working day.',
    id: 'Hari ke-1 masa hari kerja adalah hari kerja pertama setelah berkas lengkap diterima; masa hari kalender yang berakhir pada hari libur bergeser ke hari kerja berikutnya.',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    {
      name: 'from',
      type: 'string',
      description: {
        en: 'Day the complete file is received (YYYY-MM-DD).',
        id: 'Tanggal berkas lengkap diterima (YYYY-MM-DD).',
      },
    },
    {
      name: 'days',
      type: 'string',
      description: { en: 'Length of the term in days.', id: 'Lama masa dalam hari.' },
    },
    {
      name: 'calendar-days',
      type: 'boolean',
      description: {
        en: 'Count calendar days instead of working days.',
        id: 'Hitung hari kalender, bukan hari kerja.',
      },
    },
    prettyOrJsonFlag,
  ],
  examples: [
    'mpp deadline examples/batang --from 2026-03-13 --days 10',
    'mpp deadline examples/batang --from 2026-03-13 --days 14 --calendar-days --format json',
  ],
  async run(context) {
    const { io, locale, flags } = context;
    const [path = '.'] = context.positionals;
    const from = flags.from;
    const days = flags.days;
    const m = deadlineMessages;
    const usage = (text: string) => {
      io.stderr(`${text}\n`);
      return 2 as const;
    };
    if (from === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(from))
      return usage(localize(m.missingFrom, locale));
    if (days === undefined || !/^\d{1,4}$/.test(days))
      return usage(localize(m.missingDays, locale));
    const loadedMall = await loadMallForCommand(context, path);
    if (!loadedMall.ok) return loadedMall.exitCode;
    const { result } = loadedMall;
    const { createMallCalendar } = await import('@mpp-kit/core');
    let explanation;
    try {
      explanation = createMallCalendar(
        result.mall as Parameters<typeof createMallCalendar>[0],
      ).explainDueDate({
        received: from,
        days: Number(days),
        unit: flags['calendar-days'] ? 'calendar' : 'working',
      });
    } catch (error) {
      io.stderr(`${errorText(error, locale)}\n`);
      return (error as { code?: string }).code === 'invalid_date' ? 2 : 1;
    }
    const skipped = explanation.skipped.map((day) => ({
      date: day.date,
      reason: day.reason,
      ...(day.name === undefined ? {} : { name: textFor(day.name, locale) }),
      ...(day.decree === undefined ? {} : { decree: day.decree }),
    }));
    if (flags.format === 'json') {
      const json = {
        due: explanation.due,
        provisional: explanation.provisional,
        ...(explanation.uncoveredFrom === undefined
          ? {}
          : { uncoveredFrom: explanation.uncoveredFrom }),
        skipped,
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    const lines = [
      m.due[locale]({
        from,
        days,
        calendarDays: flags['calendar-days'],
        due: explanation.due,
      }),
    ];
    if (explanation.uncoveredFrom !== undefined) {
      const { uncoveredFrom } = explanation;
      lines.push(m.provisional[locale]({ uncoveredFrom, year: uncoveredFrom.slice(0, 4) }));
    }
    if (skipped.length > 0) lines.push(localize(m.skippedHeading, locale));
    for (const day of skipped) {
      const reason = localize(m.reasons[day.reason], locale);
      lines.push(
        `  ${day.date}  ${reason}${day.name ? ` — ${day.name}` : ''}${day.decree ? ` (${day.decree})` : ''}`,
      );
    }
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
});
