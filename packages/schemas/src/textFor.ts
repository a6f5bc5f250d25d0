import type { LocalizedText } from './LocalizedText.js';

/**
 * Picks the text for a locale, falling back to Indonesian.
 *
 * @example
 * ```ts
 * textFor({ id: 'Layanan', en: 'Service' }, 'en'); // 'Service'
 * textFor('Layanan', 'en'); // 'Layanan'
 * ```
 */
export function textFor(text: LocalizedText, locale: 'id' | 'en'): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.id;
}
