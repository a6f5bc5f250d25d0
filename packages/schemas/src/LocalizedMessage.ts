import type { Locale } from './Issue.js';

/**
 * A fixed text in every locale mpp-kit speaks. Catalogues hold these; code picks one with
 * {@link localize} when it writes output.
 *
 * @example
 * ```ts
 * const skip: LocaleText = { en: 'Skip to content', id: 'Lewati ke isi' };
 * ```
 */
export type LocaleText = Readonly<Record<Locale, string>>;

/**
 * A message with one renderer per locale: each turns the message's parameters into text. Every
 * catalogue of mpp-kit (issues, runtime, stores, calendars, server, CLI) is made of these, and
 * {@link renderMessage} is the one place that picks a locale.
 *
 * @example
 * ```ts
 * const greeting: LocalizedMessage<{ name: string }> = {
 *   en: (p) => `Hello, ${p.name}.`,
 *   id: (p) => `Halo, ${p.name}.`,
 * };
 * ```
 */
export type LocalizedMessage<P = Readonly<Record<string, never>>> = Readonly<
  Record<Locale, (params: P) => string>
>;

/**
 * Picks the text of a {@link LocaleText} in one locale.
 *
 * @example
 * ```ts
 * localize({ en: 'Skip to content', id: 'Lewati ke isi' }, 'id'); // 'Lewati ke isi'
 * ```
 */
export function localize(text: LocaleText, locale: Locale): string {
  return text[locale];
}

/**
 * Renders a {@link LocalizedMessage} in one locale.
 *
 * @example
 * ```ts
 * renderMessage(greeting, { name: 'Sri' }, 'id'); // 'Halo, Sri.'
 * ```
 */
export function renderMessage<P>(message: LocalizedMessage<P>, params: P, locale: Locale): string {
  return message[locale](params);
}

/**
 * Renders a {@link LocalizedMessage} in every locale, for errors that carry their message in each
 * (see `MppError`).
 *
 * @example
 * ```ts
 * renderEveryLocale(greeting, { name: 'Sri' }); // { en: 'Hello, Sri.', id: 'Halo, Sri.' }
 * ```
 */
export function renderEveryLocale<P>(message: LocalizedMessage<P>, params: P): LocaleText {
  return { en: message.en(params), id: message.id(params) };
}

/**
 * Turns a table of functions that give a text in every locale (`(p) => ({ en, id })`) into a
 * table of {@link LocalizedMessage}s: the way domain catalogues are written when both languages
 * share the same computation.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   greeting: (p: { name: string }) => ({ en: `Hello, ${p.name}.`, id: `Halo, ${p.name}.` }),
 * });
 * renderMessage(messages.greeting, { name: 'Sri' }, 'en'); // 'Hello, Sri.'
 * ```
 */
export function defineMessages<T extends Readonly<Record<string, (params: never) => LocaleText>>>(
  table: T,
): { readonly [K in keyof T]: LocalizedMessage<Parameters<T[K]>[0]> } {
  const out: Record<string, LocalizedMessage<never>> = {};
  for (const [key, render] of Object.entries(table)) {
    out[key] = { en: (p) => render(p).en, id: (p) => render(p).id };
  }
  return out as { readonly [K in keyof T]: LocalizedMessage<Parameters<T[K]>[0]> };
}
