/** English and Indonesian messages of the calendar engine's runtime errors, keyed by error code. */
import {
  defineMessages,
  localizeIssue,
  slaUnitLabels,
  type Issue,
  type LocaleText,
} from '@mpp-kit/schemas';

function quote(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  try {
    // JSON.stringify returns undefined for undefined, functions and symbols.
    const json = JSON.stringify(value) as string | undefined;
    return json ?? String(value);
  } catch {
    return String(value);
  }
}

/** Issues as a calendar error lists them: `path: message hint; path: message hint`. */
function listIssues(issues: readonly Issue[]): string {
  return issues
    .map(
      (issue) =>
        `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}` +
        (issue.hint === undefined ? '' : ` ${issue.hint}`),
    )
    .join('; ');
}

/** The calendar engine's messages, one per error code. */
export const calendarMessages = defineMessages({
  // The issues are English; they are rendered again in Indonesian.
  invalid_calendar: (p: { calendarId: string; issues: readonly Issue[] }): LocaleText => ({
    en: `Calendar "${p.calendarId}" is invalid: ${listIssues(p.issues)}`,
    id: `Kalender "${p.calendarId}" tidak valid: ${listIssues(p.issues.map((issue) => localizeIssue(issue, 'id')))}`,
  }),
  calendar_range: (p: {
    date: string;
    calendarId: string;
    years: readonly number[];
    year: number;
  }): LocaleText => {
    const years = p.years.length === 0 ? 'none' : p.years.join(', ');
    const tahun = p.years.length === 0 ? 'tidak ada' : p.years.join(', ');
    return {
      en:
        `The date ${p.date} is outside calendar "${p.calendarId}", which covers the years: ${years}. ` +
        `Add the ${String(p.year)} national holidays and collective leave from that year's joint ministerial decree (SKB), ` +
        `and any regional closures, to the calendar, and list ${String(p.year)} in its \`years\`.`,
      id:
        `Tanggal ${p.date} di luar kalender "${p.calendarId}", yang mencakup tahun: ${tahun}. ` +
        `Tambahkan hari libur nasional dan cuti bersama tahun ${String(p.year)} dari SKB tiga menteri tahun itu, ` +
        `serta hari libur daerah bila ada, ke kalender, dan cantumkan ${String(p.year)} di \`years\`.`,
    };
  },
  invalid_date: (p: { value: unknown; field: string }): LocaleText => ({
    en: `${p.field}: ${quote(p.value)} is not a date in the form YYYY-MM-DD (for example "2025-08-17").`,
    id: `${p.field}: ${quote(p.value)} bukan tanggal berformat YYYY-MM-DD (misalnya "2025-08-17").`,
  }),
  invalid_instant: (p: { value: unknown }): LocaleText => ({
    en:
      `${quote(p.value)} is not an instant: pass a valid Date, or an ISO 8601 date-time with "Z" or an offset ` +
      `(for example "2025-01-01T17:30:00Z" or "2025-01-02T00:30:00+07:00").`,
    id:
      `${quote(p.value)} bukan waktu yang valid: berikan Date yang valid, atau tanggal-waktu ISO 8601 dengan "Z" atau ` +
      `selisih zona (misalnya "2025-01-01T17:30:00Z" atau "2025-01-02T00:30:00+07:00").`,
  }),
  invalid_term: (p: { value: unknown; field: string }): LocaleText => ({
    en: `${p.field}: ${quote(p.value)} is not a valid number of days (a whole number${p.field === 'n' ? '' : ', 0 or more'}).`,
    id: `${p.field}: ${quote(p.value)} bukan jumlah hari yang valid (bilangan bulat${p.field === 'n' ? '' : ', 0 atau lebih'}).`,
  }),
  invalid_unit: (p: { value: unknown }): LocaleText => ({
    en: `unit: ${quote(p.value)} is not a term unit; use "working" or "calendar".`,
    id: `unit: ${quote(p.value)} bukan satuan jangka waktu; gunakan "working" (hari kerja) atau "calendar" (hari kalender).`,
  }),
  invalid_period: (p: { from: string; to: string }): LocaleText => ({
    en: `The suspension ends (${p.to}) before it starts (${p.from}); swap or correct the dates.`,
    id: `Penghentian sementara berakhir (${p.to}) sebelum dimulai (${p.from}); tukar atau perbaiki tanggalnya.`,
  }),
  invalid_time_zone: (p: { value: unknown; allowed: readonly string[] }): LocaleText => ({
    en: `${quote(p.value)} is not an Indonesian time zone; use one of: ${p.allowed.join(', ')}.`,
    id: `${quote(p.value)} bukan zona waktu Indonesia; gunakan salah satu dari: ${p.allowed.join(', ')}.`,
  }),
  invalid_option: (p: {
    value: unknown;
    field: string;
    allowed: readonly string[];
  }): LocaleText => ({
    en: `${p.field}: ${quote(p.value)} is not allowed; use one of: ${p.allowed.join(', ')}.`,
    id: `${p.field}: ${quote(p.value)} tidak diizinkan; gunakan salah satu dari: ${p.allowed.join(', ')}.`,
  }),
  clock_stopped: (p: {
    since: string;
    remaining: number;
    unit: 'working' | 'calendar';
  }): LocaleText => ({
    en:
      `The term is suspended since ${p.since} (the file is with the applicant) and has no end date, so no due date can be computed; ` +
      `${String(p.remaining)} ${p.unit} day(s) remain. Give the suspension its end date once the complete file is back.`,
    id:
      `Jangka waktu dihentikan sementara sejak ${p.since} (berkas ada pada pemohon) tanpa tanggal akhir, sehingga batas waktu tidak dapat dihitung; ` +
      `tersisa ${String(p.remaining)} ${slaUnitLabels[p.unit].id}. Isi tanggal akhir penghentian setelah berkas lengkap diterima kembali.`,
  }),
});
