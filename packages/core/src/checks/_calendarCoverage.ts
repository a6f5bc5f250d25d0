/**
 * Whether the mall's calendar covers the days it will soon need: validation warns from
 * {@link COVERAGE_WARNING_DAYS} days before the last covered day (after it, due dates are
 * provisional), and the years a caller asks for must be covered.
 */
import type { IssueCode, IssueParams, IssuePath, MallConfig } from '@mpp-kit/schemas';
import { toLocalDate } from '@mpp-kit/workflows';
import { createMallCalendar } from '../calendar/createMallCalendar.js';

/**
 * Days before a calendar's last covered day from which validation warns. The next year's joint
 * decree (SKB) is usually signed between September and November (domain brief, "Working days and
 * holidays"), so 90 days leave time to add it before due dates turn provisional.
 */
export const COVERAGE_WARNING_DAYS = 90;

const msPerDay = 86_400_000;

type AddIssue = (
  code: IssueCode,
  path: IssuePath,
  params: IssueParams,
  severity?: 'error' | 'warning',
) => void;

/** What {@link checkCalendarCoverage} reads of a (possibly partial) mall. */
type CoverageMall = Partial<Pick<MallConfig, 'mall' | 'calendars'>>;

/** The years a calendar and the calendars it extends all cover (the merged calendar's years). */
function coveredYears(
  id: string,
  byId: ReadonlyMap<string, { years: readonly number[]; extends?: string | undefined }>,
): Set<number> | undefined {
  const calendar = byId.get(id);
  if (!calendar) return undefined;
  let years = new Set(calendar.years);
  const visited = new Set([id]);
  let next = calendar.extends;
  while (next !== undefined && !visited.has(next)) {
    visited.add(next);
    const base = byId.get(next);
    if (!base) break;
    years = new Set([...years].filter((year) => base.years.includes(year)));
    next = base.extends;
  }
  return years;
}

/**
 * The index of the calendar whose last year ends the coverage: among the mall's calendars and
 * those they extend, the one with the earliest last year.
 */
function limitingCalendar(mall: Required<CoverageMall>): number | undefined {
  const index = new Map(mall.calendars.map((calendar, i) => [calendar.id, i]));
  let found: { i: number; last: number } | undefined;
  const visited = new Set<string>();
  for (const id of mall.mall.calendars) {
    for (let next: string | undefined = id; next !== undefined && !visited.has(next);) {
      visited.add(next);
      const i = index.get(next);
      const calendar = i === undefined ? undefined : mall.calendars[i];
      if (i === undefined || calendar === undefined) break;
      const last = Math.max(...calendar.years);
      if (found === undefined || last < found.last) found = { i, last };
      next = calendar.extends;
    }
  }
  return found?.i;
}

/**
 * Adds the coverage issues: with `years`, a `calendar_year_missing` error for each year a
 * calendar of the mall does not cover; otherwise, as of `asOf` in the mall's time zone, a
 * `calendar_year_missing` warning when the day is before the first covered year, and a
 * `calendar_coverage_ending` warning at the limiting calendar's `years` from
 * {@link COVERAGE_WARNING_DAYS} days before the last covered day on.
 */
export function checkCalendarCoverage(
  mall: CoverageMall,
  options: { readonly years?: readonly number[]; readonly asOf?: Date },
  add: AddIssue,
): void {
  const { mall: section, calendars } = mall;
  if (section === undefined || calendars === undefined) return;
  const byId = new Map(calendars.map((calendar) => [calendar.id, calendar]));
  const missing = (years: readonly number[], severity: 'error' | 'warning') => {
    section.calendars.forEach((id, i) => {
      const covered = coveredYears(id, byId);
      for (const year of years)
        if (covered !== undefined && !covered.has(year))
          add('calendar_year_missing', ['mall', 'calendars', i], { id, year }, severity);
    });
  };
  if (options.years !== undefined) {
    missing(options.years, 'error');
    return;
  }
  let coverage: { coveredFrom: string; uncoveredFrom: string };
  try {
    coverage = createMallCalendar({ mall: section, calendars });
  } catch {
    return; // the calendars' own issues say why
  }
  const today = toLocalDate(options.asOf ?? new Date(), section.timeZone);
  if (today < coverage.coveredFrom) {
    missing([Number(today.slice(0, 4))], 'warning');
    return;
  }
  const lastMs = Date.parse(`${coverage.uncoveredFrom}T00:00:00Z`) - msPerDay;
  const daysLeft = (lastMs - Date.parse(`${today}T00:00:00Z`)) / msPerDay;
  const limiting = limitingCalendar({ mall: section, calendars });
  const calendar = limiting === undefined ? undefined : calendars[limiting];
  if (daysLeft > COVERAGE_WARNING_DAYS || limiting === undefined || calendar === undefined) return;
  add(
    'calendar_coverage_ending',
    ['calendars', limiting, 'years'],
    {
      id: calendar.id,
      last: new Date(lastMs).toISOString().slice(0, 10),
      uncoveredFrom: coverage.uncoveredFrom,
      year: Number(coverage.uncoveredFrom.slice(0, 4)),
    },
    'warning',
  );
}
