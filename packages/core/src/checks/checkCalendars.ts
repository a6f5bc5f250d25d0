import { validateCalendars } from '@mpp-kit/workflows';
import { checkCalendarCoverage } from './_calendarCoverage.js';
import type { CheckContext, CheckMallOptions, PartialMall } from './CheckContext.js';

/**
 * The calendars: the one set of calendar rules, from the calendar engine's package, then the
 * coverage of the years asked about (`options.years`) or of the days ahead (`options.asOf`).
 *
 * @example
 * ```ts
 * checkCalendars(mall, context, { years: [2026] });
 * ```
 */
export function checkCalendars(
  mall: PartialMall,
  context: CheckContext,
  options: CheckMallOptions,
): void {
  for (const issue of validateCalendars(mall.calendars ?? [], { locale: context.locale }))
    context.push({ ...issue, path: ['calendars', ...issue.path] });
  checkCalendarCoverage(mall, options, (code, path, params, severity) => {
    context.add(code, path, params, severity);
  });
}
