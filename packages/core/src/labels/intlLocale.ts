import type { Locale } from '@mpp-kit/schemas';

/** The `Intl` locale behind each publishing language. */
export const intlLocale: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-GB' };

/**
 * One `Intl` formatter per locale and options, made on first use: building one costs far more
 * than formatting with it (a 10,000-service site formats hundreds of thousands of amounts).
 */
export function cachedFormatter<F>(make: (locale: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let formatter = made.get(locale);
    if (formatter === undefined) {
      formatter = make(intlLocale[locale]);
      made.set(locale, formatter);
    }
    return formatter;
  };
}
