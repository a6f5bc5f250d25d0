import type { Issue, Locale, LocaleText } from '@mpp-kit/schemas';

/** The `detail` of an `invalid_identifier` issue in one locale ('' when it has none). */
export function detailIn(issue: Issue, locale: Locale): string {
  const detail = issue.params?.['detail'] as LocaleText | undefined;
  return detail?.[locale] ?? '';
}
