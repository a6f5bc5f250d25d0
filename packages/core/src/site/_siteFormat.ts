import type { Locale, Period } from '@mpp-kit/schemas';
import { localize } from '@mpp-kit/schemas';
import { formatDate } from '../labels/index.js';
import { siteMessages } from './_siteText.js';

/** An active period: "sejak 23 Januari 2020" or "23 Januari 2020 – 31 Maret 2020". */
export function formatPeriod(period: Period, locale: Locale): string {
  if (period.to === undefined)
    return `${localize(siteMessages.since, locale)} ${formatDate(period.from, locale)}`;
  return `${formatDate(period.from, locale)} – ${formatDate(period.to, locale)}`;
}
