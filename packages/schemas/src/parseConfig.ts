import { noSuchDayDetail } from './_noSuchDay.js';
import type { z } from 'zod';
import { createIssue, type Issue, type IssuePath, type Locale } from './Issue.js';
import type { LocaleText } from './LocalizedMessage.js';
import { nearest } from './_nearest.js';
import { mallFile, type MallFile } from './MallDocument.js';

/** Result of a `parse*` function: the typed value, or every issue found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

type AnyDef = { type: string; [key: string]: unknown };
type Zodish = { _zod: { def: AnyDef } };

function defOf(schema: unknown): AnyDef | undefined {
  return (schema as Partial<Zodish> | undefined)?._zod?.def;
}

/** Unwraps optional/nullable/default/pipe/lazy wrappers. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (!def) return current;
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(
        def.type,
      )
    ) {
      current = def['innerType'];
    } else if (def.type === 'pipe') {
      current = def['in'];
    } else if (def.type === 'lazy') {
      current = (def['getter'] as () => unknown)();
    } else {
      return current;
    }
  }
  return current;
}

function objectKeys(schema: unknown): string[] | undefined {
  const def = defOf(schema);
  if (def?.type !== 'object') return undefined;
  return Object.keys(def['shape'] as Record<string, unknown>);
}

/** Picks the union member that best fits the data (discriminator value, else key overlap). */
function pickOption(options: unknown[], data: unknown): unknown {
  const objects = options.map(unwrap).filter((o) => defOf(o)?.type === 'object');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return options.map(unwrap).find((o) => defOf(o)?.type !== 'object') ?? objects[0];
  }
  const record = data as Record<string, unknown>;
  let best: unknown = objects[0];
  let bestScore = -1;
  for (const option of objects) {
    const shape = defOf(option)!['shape'] as Record<string, unknown>;
    let score = 0;
    for (const [key, value] of Object.entries(shape)) {
      if (!(key in record)) continue;
      const literal = defOf(unwrap(value));
      if (literal?.type === 'literal') {
        score += (literal['values'] as unknown[]).includes(record[key]) ? 100 : -100;
      } else {
        score += 1;
      }
    }
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

/** Walks the schema along a path (with the data beside it, to choose union members). */
function schemaAt(root: unknown, data: unknown, path: IssuePath): unknown {
  let schema = unwrap(root);
  let node = data;
  for (const key of path) {
    let def = defOf(schema);
    if (def?.type === 'union') {
      schema = unwrap(pickOption(def['options'] as unknown[], node));
      def = defOf(schema);
    }
    if (!def) return undefined;
    if (def.type === 'object')
      schema = unwrap((def['shape'] as Record<string, unknown>)[String(key)]);
    else if (def.type === 'array') schema = unwrap(def['element']);
    else if (def.type === 'record') schema = unwrap(def['valueType']);
    else return undefined;
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[key]
        : undefined;
  }
  const def = defOf(schema);
  if (def?.type === 'union') return unwrap(pickOption(def['options'] as unknown[], node));
  return schema;
}

function valueAt(data: unknown, path: IssuePath): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return typeof value === 'number' || typeof value === 'boolean'
    ? `the ${typeof value} ${String(value)}`
    : `a ${typeof value}`;
}

/** The same description in Indonesian. */
function describeId(value: unknown): string {
  if (value === undefined) return 'kosong';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'sebuah daftar';
  if (typeof value === 'object') return 'sebuah pemetaan';
  if (typeof value === 'string')
    return `teks ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'number') return `angka ${String(value)}`;
  if (typeof value === 'boolean') return `nilai ${String(value)}`;
  return typeof value;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : describe(value);
}

const expectedNames: Readonly<Record<string, readonly [string, string]>> = {
  object: ['a mapping', 'sebuah pemetaan'],
  array: ['a list', 'sebuah daftar'],
  string: ['text', 'teks'],
  number: ['a number', 'angka'],
  int: ['a whole number', 'bilangan bulat'],
  boolean: ['true or false', 'true atau false'],
};

/** What a value should be, in every locale. */
function expectedName(expected: string): LocaleText {
  const names = expectedNames[expected];
  return names === undefined ? { en: expected, id: expected } : { en: names[0], id: names[1] };
}

/** `true` for a `{ en, id }` text, as identifier checks put in the params of custom issues. */
function isLocaleText(value: unknown): value is LocaleText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['en'] === 'string' &&
    typeof (value as Record<string, unknown>)['id'] === 'string'
  );
}

/** What a value is, in every locale. */
function described(value: unknown): LocaleText {
  return { en: describe(value), id: describeId(value) };
}

const formatExamples: Record<string, string> = {
  date: 'Write a date as YYYY-MM-DD, for example 2026-01-23.',
};

/** Human names and examples for the patterns the configuration language uses. */
const patternNames: readonly (readonly [string, string, string, string, string])[] = [
  [
    '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    'id (lower-kebab-case)',
    'Use lowercase letters, digits and single dashes, for example "dinas-kesehatan".',
    'id (huruf kecil-dengan-tanda-hubung)',
    'Gunakan huruf kecil, angka, dan satu tanda hubung, misalnya "dinas-kesehatan".',
  ],
  [
    '^\\d{2}\\.\\d{2}$',
    'regency region code',
    'Write the Kemendagri code PP.RR in quotes, for example "33.25".',
    'kode wilayah kabupaten/kota',
    'Tulis kode Kemendagri PP.RR dalam tanda kutip, misalnya "33.25".',
  ],
  [
    '^(?:[01]\\d|2[0-3]):[0-5]\\d$',
    'time of day',
    'Write HH:MM in quotes, for example "07:30".',
    'jam',
    'Tulis JJ:MM dalam tanda kutip, misalnya "07:30".',
  ],
  [
    '^\\d{5}$',
    'postal code',
    'Write five digits in quotes, for example "51212".',
    'kode pos',
    'Tulis lima angka dalam tanda kutip, misalnya "51212".',
  ],
  [
    '^[a-zA-Z][a-zA-Z0-9]*$',
    'variable name',
    'Use letters and digits, starting with a letter, for example "floorArea".',
    'nama variabel',
    'Gunakan huruf dan angka, diawali huruf, misalnya "luasLantai".',
  ],
  ['^U[1-9]$', 'IKM element code', 'Use U1 to U9.', 'kode unsur IKM', 'Gunakan U1 sampai U9.'],
  [
    '^https?:\\/\\/[^\\s/$.?#][^\\s]*$',
    'web address',
    'Start with https://, for example "https://batangkab.go.id".',
    'alamat web',
    'Awali dengan https://, misalnya "https://batangkab.go.id".',
  ],
  [
    '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
    'email address',
    'For example "mpp@batangkab.go.id".',
    'alamat surel',
    'Misalnya "mpp@batangkab.go.id".',
  ],
];

type RawIssue = z.core.$ZodIssue;

function convert(raw: RawIssue, root: unknown, data: unknown, locale: Locale, out: Issue[]): void {
  const path = raw.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const actual = valueAt(data, path);
  switch (raw.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeys(schemaAt(root, data, path)) ?? [];
      for (const key of raw.keys) {
        const suggestion = nearest(key, allowed);
        out.push(
          createIssue({
            code: 'unknown_key',
            locale,
            path: [...path, key],
            params: { key, allowed, ...(suggestion === undefined ? {} : { suggestion }) },
          }),
        );
      }
      return;
    }
    case 'invalid_type': {
      if (actual === undefined && path.length > 0) {
        const key = String(path[path.length - 1]);
        out.push(
          createIssue({
            code: 'missing_key',
            locale,
            path,
            params: {
              key,
              expected: expectedName(raw.expected),
            },
          }),
        );
        return;
      }
      out.push(
        createIssue({
          code: 'invalid_type',
          locale,
          path,
          params: {
            expected: expectedName(raw.expected),
            actual: described(actual),
          },
        }),
      );
      return;
    }
    case 'invalid_value': {
      const allowed = raw.values.map(String);
      if (actual === undefined && path.length > 0) {
        const key = String(path[path.length - 1]);
        out.push(
          createIssue({
            code: 'missing_key',
            locale,
            path,
            params: { key, expected: allowed.join(' | ') },
          }),
        );
        return;
      }
      if (path.length === 1 && path[0] === 'apiVersion') {
        out.push(
          createIssue({
            code: 'invalid_api_version',
            locale,
            path,
            params: { actual: quote(actual) },
          }),
        );
        return;
      }
      const suggestion = typeof actual === 'string' ? nearest(actual, allowed) : undefined;
      out.push(
        createIssue({
          code: 'invalid_value',
          locale,
          path,
          params: {
            actual: quote(actual),
            allowed,
            ...(suggestion === undefined ? {} : { suggestion }),
          },
        }),
      );
      return;
    }
    case 'invalid_format': {
      const day = raw.format === 'date' && typeof actual === 'string' ? actual : undefined;
      const noSuchDay = day === undefined ? undefined : noSuchDayDetail(day);
      if (day !== undefined && noSuchDay !== undefined) {
        out.push(
          createIssue({
            code: 'no_such_day',
            locale,
            path,
            params: { actual: day, detail: noSuchDay },
          }),
        );
        return;
      }
      const pattern = ((raw as { pattern?: string }).pattern ?? '').replace(
        /^\/(.*)\/[a-z]*$/,
        '$1',
      );
      const known =
        raw.format === 'regex' ? patternNames.find(([source]) => source === pattern) : undefined;
      const [format, example, formatId, exampleId] = known
        ? [known[1], known[2], known[3], known[4]]
        : raw.format === 'regex'
          ? [
              'value',
              `It must match the pattern ${pattern}.`,
              'nilai',
              `Nilai harus cocok dengan pola ${pattern}.`,
            ]
          : raw.format === 'date'
            ? [
                'date',
                formatExamples['date']!,
                'tanggal',
                'Tulis tanggal sebagai YYYY-MM-DD, misalnya 2026-01-23.',
              ]
            : [raw.format, '', raw.format, ''];
      out.push(
        createIssue({
          code: 'invalid_format',
          locale,
          path,
          params: {
            actual: String(actual),
            format: { en: format, id: formatId },
            example: { en: example, id: exampleId },
          },
        }),
      );
      return;
    }
    case 'too_small':
    case 'too_big': {
      const bound = raw.code === 'too_small' ? raw.minimum : raw.maximum;
      const what = raw.origin === 'array' ? 'items' : raw.origin === 'string' ? 'characters' : '';
      const relation = raw.code === 'too_small' ? 'at least' : 'at most';
      out.push(
        createIssue({
          code: raw.code,
          locale,
          path,
          params: {
            detail: {
              en:
                `expected ${relation} ${String(bound)} ${what}`.trim() +
                `, got ${describe(actual)}`,
              id:
                `seharusnya ${raw.code === 'too_small' ? 'paling sedikit' : 'paling banyak'} ${String(bound)} ${
                  raw.origin === 'array' ? 'butir' : raw.origin === 'string' ? 'karakter' : ''
                }`.trim() + `, tetapi ${describeId(actual)}`,
            },
          },
        }),
      );
      return;
    }
    case 'invalid_union': {
      // Report the branch that fits the data best, never a vague "invalid input".
      const options = raw.errors;
      if (options.length === 0) {
        out.push(
          createIssue({
            code: 'invalid_type',
            locale,
            path,
            params: { expected: 'a valid value', actual: describe(actual) },
          }),
        );
        return;
      }
      let best = options[0]!;
      if (actual !== null && typeof actual === 'object' && !Array.isArray(actual)) {
        // Prefer the option whose issues are all deeper than the union itself (it matched the shape).
        const deeper = options.filter((issues) => issues.every((i) => i.path.length > 0));
        const pool = deeper.length > 0 ? deeper : options;
        best = pool.reduce((a, b) => (b.length < a.length ? b : a));
      } else {
        const scalar = options.find((issues) =>
          issues.every((i) => i.code !== 'invalid_type' || i.path.length > 0),
        );
        if (scalar) best = scalar;
        else {
          out.push(
            createIssue({
              code: 'invalid_type',
              locale,
              path,
              params: {
                expected: {
                  en: 'text or a mapping with the right keys',
                  id: 'teks atau pemetaan dengan kunci yang benar',
                },
                actual: described(actual),
              },
            }),
          );
          return;
        }
      }
      for (const inner of best) {
        convert({ ...inner, path: [...raw.path, ...inner.path] }, root, data, locale, out);
      }
      return;
    }
    default: {
      const params = (raw as { params?: Record<string, unknown> }).params;
      if (params && typeof params['format'] === 'string') {
        out.push(
          createIssue({
            code: 'invalid_identifier',
            locale,
            path,
            params: {
              format: params['format'],
              detail: isLocaleText(params['detail'])
                ? params['detail']
                : typeof params['detail'] === 'string'
                  ? params['detail']
                  : '',
            },
          }),
        );
        return;
      }
      out.push(
        createIssue({
          code: 'invalid_type',
          locale,
          path,
          params: { expected: raw.message, actual: describe(actual) },
        }),
      );
    }
  }
}

/**
 * Converts zod issues into mpp-kit {@link Issue}s: stable codes, plain-language messages in the
 * chosen locale, "did you mean" hints for unknown keys and values, one issue per unknown key, and
 * unions reported by the branch the data was meant to be.
 *
 * @example
 * ```ts
 * const parsed = mallFile.safeParse(data, { reportInput: true });
 * if (!parsed.success) console.log(issuesFromZod(parsed.error.issues, mallFile, data));
 * ```
 */
export function issuesFromZod(
  issues: readonly RawIssue[],
  schema: z.ZodType,
  data: unknown,
  locale: Locale = 'en',
): Issue[] {
  const out: Issue[] = [];
  for (const raw of issues) convert(raw, schema, data, locale, out);
  return out;
}

/**
 * Parses data with any zod schema and returns the typed value or mpp-kit issues; never throws.
 *
 * @example
 * ```ts
 * const result = parseWith(service, { id: 'x' });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message);
 * ```
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  options: { locale?: Locale } = {},
): ParseResult<z.output<S>> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error.issues, schema, data, options.locale) };
}

/**
 * Parses one configuration file's data (`apiVersion: mpp-kit/v1` and any sections).
 *
 * @example
 * ```ts
 * const result = parseMallFile({ apiVersion: 'mpp-kit/v1', agencies: [] });
 * result.ok; // true
 * ```
 */
export function parseMallFile(
  data: unknown,
  options: { locale?: Locale } = {},
): ParseResult<MallFile> {
  return parseWith(mallFile, data, options);
}
