// Walks a message catalogue (the shapes mpp-kit writes them in) and says where a message is not
// the same in both languages: a locale missing or empty, a placeholder one language names and the
// other does not, a value rendered as `undefined` or `[object Object]`.
//
// Shapes understood, nested in records or arrays to any depth:
// - a `LocaleText` `{ en: 'Sign in', id: 'Masuk' }` (placeholders are `{name}` tokens);
// - a `LocalizedMessage` `{ en: (p) => …, id: (p) => … }` (what `defineMessages` makes);
// - a table or a list of words per locale (`{ en: { error: 'error' }, id: { error: 'galat' } }`);
// - a function that gives a `LocaleText` (`(n) => ({ en: …, id: … })`).
// Messages are rendered with markers: a one-parameter message gets a value whose every member is
// `⟦member⟧` (and which reads as `⟦0⟧` itself); a message of several parameters gets `⟦0⟧`, `⟦1⟧` ….
// A message whose parameters must be of another shape (a list, a union) takes a sample instead.
//
// The same check of rendered texts (`textProblems`) serves the hand-written samples of core's
// catalogues (`messageProblems`, test/message-catalogues.test.ts).
import { locales, type Locale, type LocalizedMessage } from '@mpp-kit/schemas';

/** Sample parameters by path (`serveErrorMessages.bad_role`) for messages markers cannot fill. */
export type CatalogueSamples = Readonly<Record<string, readonly unknown[]>>;

/** What {@link textProblems} asks of the texts of one message beyond "both there, same values". */
export interface TextChecks {
  /** The values each locale must show alike (default: `⟦marker⟧`s and `{placeholder}`s). */
  readonly values?: readonly RegExp[];
  /**
   * What shows a missing value (default: `undefined`, `[object Object]`; not `NaN`, which the
   * markers give where a message computes with a number).
   */
  readonly missing?: RegExp;
  /** The shortest text a locale may have (default 1). */
  readonly minLength?: number;
  /** Whether the texts must differ (a translation, not the English again). */
  readonly distinct?: boolean;
}

const MARKER = /⟦[^⟧]*⟧/g;
const BRACES = /\{\w+\}/g;

/** A value whose members are markers named after them, and which is `⟦0⟧` as a string. */
const markerParams = (): unknown =>
  new Proxy(
    {},
    {
      get: (_target, key) =>
        key === Symbol.toPrimitive ? () => '⟦0⟧' : typeof key === 'string' ? `⟦${key}⟧` : undefined,
    },
  );

function argumentsFor(
  path: string,
  render: (...args: never[]) => unknown,
  samples: CatalogueSamples,
) {
  const sample = samples[path];
  if (sample !== undefined) return sample;
  if (render.length <= 1) return [markerParams()];
  return Array.from({ length: render.length }, (_, i) => `⟦${String(i)}⟧`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPerLocale = (value: unknown): value is Record<Locale, unknown> =>
  isRecord(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => (locales as readonly string[]).includes(key));

const tokens = (text: string, pattern: RegExp): string =>
  [...new Set(text.match(pattern) ?? [])].sort().join(' ');

/**
 * Problems of one message's texts, one per locale (rendered already): a text missing, empty or
 * showing a missing value, values one locale shows and another does not.
 *
 * @param path - the message's name, the start of each problem.
 * @param texts - the message's text in each locale.
 * @param checks - what else to ask ({@link TextChecks}).
 */
export function textProblems(
  path: string,
  texts: Readonly<Partial<Record<Locale, unknown>>>,
  checks: TextChecks = {},
): string[] {
  const {
    values = [MARKER, BRACES],
    missing = /undefined|\[object Object\]/,
    minLength = 1,
    distinct = false,
  } = checks;
  const problems: string[] = [];
  for (const locale of locales) {
    const text = texts[locale];
    if (typeof text !== 'string' || text.trim() === '')
      problems.push(`${path}: no text in ${locale}`);
    else if (missing.test(text))
      problems.push(`${path}: ${locale} renders a missing value: ${text}`);
    else if (text.length < minLength)
      problems.push(`${path}: ${locale} is shorter than ${String(minLength)}: ${text}`);
  }
  const [first, ...others] = locales;
  const reference = String(texts[first!] ?? '');
  for (const locale of others) {
    const text = String(texts[locale] ?? '');
    if (distinct && text === reference)
      problems.push(`${path}: ${locale} is the ${first!} text again: ${text}`);
    for (const pattern of values) {
      if (tokens(reference, pattern) !== tokens(text, pattern))
        problems.push(
          `${path}: ${first!} names [${tokens(reference, pattern)}], ${locale} [${tokens(text, pattern)}]`,
        );
    }
  }
  return problems;
}

function checkPerLocale(
  path: string,
  node: Record<Locale, unknown>,
  samples: CatalogueSamples,
): string[] {
  const values = locales.map((locale) => node[locale]);
  if (values.every((value) => typeof value === 'function')) {
    const render = values[0] as (...args: never[]) => unknown;
    const args = argumentsFor(path, render, samples);
    const texts: Partial<Record<Locale, unknown>> = {};
    for (const locale of locales) {
      try {
        texts[locale] = (node[locale] as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        return [`${path}: ${locale} cannot be rendered (${String(error)}); give it a sample`];
      }
    }
    if (locales.some((locale) => typeof texts[locale] === 'function'))
      return [`${path}: renders a function`];
    return checkPerLocale(path, texts as Record<Locale, unknown>, samples);
  }
  if (values.every((value) => Array.isArray(value))) {
    const lists = values as unknown[][];
    const length = lists[0]!.length;
    if (lists.some((list) => list.length !== length))
      return [`${path}: the locales have lists of different lengths`];
    return Array.from({ length }, (_, i) =>
      textProblems(
        `${path}[${String(i)}]`,
        Object.fromEntries(locales.map((l, j) => [l, lists[j]![i]])),
      ),
    ).flat();
  }
  if (values.every(isRecord)) {
    const keys = (value: unknown) =>
      Object.keys(value as object)
        .sort()
        .join(' ');
    const problems = values.some((value) => keys(value) !== keys(values[0]))
      ? [`${path}: the locales have different entries`]
      : [];
    for (const key of Object.keys(values[0] as object))
      problems.push(
        ...textProblems(
          `${path}.${key}`,
          Object.fromEntries(locales.map((l) => [l, (node[l] as Record<string, unknown>)[key]])),
        ),
      );
    return problems;
  }
  return textProblems(path, node);
}

/**
 * Every problem of one message rendered with given parameters, in every locale.
 *
 * @param path - the message's name, the start of each problem.
 * @param message - the message.
 * @param params - its parameters.
 * @param checks - what else to ask ({@link TextChecks}).
 */
export function messageProblems<P>(
  path: string,
  message: LocalizedMessage<P>,
  params: P,
  checks: TextChecks = {},
): string[] {
  const texts: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    try {
      texts[locale] = message[locale](params);
    } catch (error) {
      return [`${path}: ${locale} cannot be rendered (${String(error)})`];
    }
  }
  return textProblems(path, texts, checks);
}

/**
 * Every problem of a catalogue, as `path: what` lines; none when every message says the same in
 * every locale.
 *
 * @param name - the catalogue's name, the start of each path.
 * @param catalogue - the catalogue (a record, nested to any depth).
 * @param samples - parameters for messages that markers cannot fill, by path.
 */
export function catalogueProblems(
  name: string,
  catalogue: unknown,
  samples: CatalogueSamples = {},
): string[] {
  if (isPerLocale(catalogue)) {
    const missing = locales.filter((locale) => !(locale in catalogue));
    if (missing.length > 0) return [`${name}: no text in ${missing.join(', ')}`];
    return checkPerLocale(name, catalogue, samples);
  }
  if (typeof catalogue === 'function') {
    const render = catalogue as (...args: never[]) => unknown;
    let text: unknown;
    try {
      text = (catalogue as (...a: unknown[]) => unknown)(...argumentsFor(name, render, samples));
    } catch (error) {
      return [`${name}: cannot be rendered (${String(error)}); give it a sample`];
    }
    return isRecord(text) ? textProblems(name, text) : [`${name}: does not give a text per locale`];
  }
  if (Array.isArray(catalogue))
    return catalogue.flatMap((item, i) =>
      catalogueProblems(`${name}[${String(i)}]`, item, samples),
    );
  if (isRecord(catalogue)) {
    if (Object.keys(catalogue).some((key) => (locales as readonly string[]).includes(key)))
      return [`${name}: has ${locales.filter((l) => l in catalogue).join(', ')} only`];
    return Object.entries(catalogue).flatMap(([key, value]) =>
      catalogueProblems(`${name}.${key}`, value, samples),
    );
  }
  return [`${name}: not a message (${typeof catalogue})`];
}
