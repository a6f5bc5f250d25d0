import type { IssueParams, IssueSeverity, Locale } from './Issue.js';
import type { LocaleText, LocalizedMessage } from './LocalizedMessage.js';
import { editDistance } from './_nearest.js';
import {
  complaintTierLabels,
  feeFactUnitSymbols,
  slaUnitLabels,
  weekdayLabels,
  workflowStepKindLabels,
  type ComplaintTier,
  type FeeFactType,
  type FeeFactUnit,
} from './vocabularies.js';
import type { WorkflowStepKind } from './WorkflowDefinition.js';

/**
 * The kinds of thing an issue's `{kind}` parameter names, with their name in every locale.
 *
 * @example
 * ```ts
 * issueKindNames.agency.id; // 'instansi'
 * ```
 */
export const issueKindNames = {
  agency: { en: 'agency', id: 'instansi' },
  counter: { en: 'counter', id: 'gerai' },
  service: { en: 'service', id: 'layanan' },
  workflow: { en: 'workflow', id: 'alur kerja' },
  role: { en: 'role', id: 'peran' },
  calendar: { en: 'calendar', id: 'kalender' },
  decree: { en: 'decree', id: 'keputusan' },
  'legal basis': { en: 'legal basis', id: 'dasar hukum' },
  requirement: { en: 'requirement', id: 'persyaratan' },
  step: { en: 'step', id: 'langkah' },
  'task force': { en: 'task force', id: 'satuan tugas' },
  survey: { en: 'survey', id: 'survei' },
  template: { en: 'workflow template', id: 'templat alur kerja' },
  variable: { en: 'variable', id: 'variabel' },
  key: { en: 'key', id: 'kunci' },
  mall: { en: 'mall', id: 'mal' },
  forum: { en: 'forum', id: 'forum' },
  'complaint category': { en: 'complaint category', id: 'kategori pengaduan' },
} as const satisfies Readonly<Record<string, LocaleText>>;
/** What an issue's `{kind}` parameter names: a key of {@link issueKindNames}. */
export type IssueKind = keyof typeof issueKindNames;

/** How an identifier format in `{format}` reads where its name differs per locale. */
const formatNames: Readonly<Record<string, LocaleText>> = {
  'region code': { en: 'region code', id: 'kode wilayah' },
};

/** Indonesian for the English value-kind phrases readers put in `{actual}`. */
const valueKindsId: Readonly<Record<string, string>> = {
  'a list': 'sebuah daftar',
  'a string': 'teks',
  'a number': 'angka',
  'a boolean': 'nilai true/false',
  'a mapping': 'sebuah pemetaan',
  'an alias': 'sebuah alias',
  nothing: 'kosong',
};

/**
 * A value an issue parameter holds: data (an id, a number, a list of ids), or, for a phrase a
 * program composes (what a value should be, why a step failed), a {@link LocaleText} that the
 * catalogue renders in the locale of output.
 */
export type IssueParamValue = string | number | boolean | readonly string[] | LocaleText;

/** Parameters whose name fixes their type in every message that uses them. */
interface NamedParamTypes {
  readonly kind: IssueKind;
  readonly unit: keyof typeof slaUnitLabels;
  readonly tier: ComplaintTier;
  readonly stepKind: WorkflowStepKind;
  readonly known: readonly string[];
  readonly allowed: readonly string[];
  readonly missing: readonly string[];
  readonly years: readonly string[];
  readonly suggestion: string;
}

/** The type of the parameter a `{name}` placeholder reads. */
type ParamType<N extends string> = N extends keyof NamedParamTypes
  ? NamedParamTypes[N]
  : Exclude<IssueParamValue, boolean | readonly string[]>;

/** The `{name}` placeholders of a message template, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}`
  ? (K extends '' | `${string}${' ' | ',' | '{'}${string}` ? never : K) | Placeholders<Rest>
  : never;

/** The parameters a template needs. */
type ParamsOf<S extends string> = { readonly [N in Placeholders<S>]: ParamType<N> };

/** `unknown` when the Indonesian template uses the English one's placeholders, else an error. */
type SamePlaceholders<E extends string, I extends string> = [Placeholders<E>] extends [
  Placeholders<I>,
]
  ? [Placeholders<I>] extends [Placeholders<E>]
    ? unknown
    : { readonly placeholdersDifferFromEnglish: Exclude<Placeholders<I>, Placeholders<E>> }
  : { readonly placeholdersDifferFromEnglish: Exclude<Placeholders<E>, Placeholders<I>> };

/** A loose view of a renderer, for the helpers below that read parameters by name. */
type Loose = Readonly<Record<string, IssueParamValue | undefined>>;

function show(value: IssueParamValue | undefined, key: string, locale: Locale): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return (value as LocaleText)[locale];
  const text = String(value);
  if (key === 'kind')
    return (issueKindNames as Loose)[text] === undefined
      ? text
      : issueKindNames[text as IssueKind][locale];
  if (key === 'unit' && Object.hasOwn(slaUnitLabels, text))
    return slaUnitLabels[text as keyof typeof slaUnitLabels][locale];
  if (key === 'actual') return allInLocale[locale](text);
  const vocabulary = vocabularyValues[key];
  if (vocabulary !== undefined) return vocabulary[locale](text);
  if (key === 'format' && Object.hasOwn(formatNames, text)) return formatNames[text]![locale];
  return text;
}

/** How a value-kind phrase of `{actual}` reads per locale (readers write it in English). */
const allInLocale: LocalizedMessage<string> = {
  en: (text) => text,
  id: (text) => valueKindsId[text] ?? text,
};

/**
 * A vocabulary value in a message: as the configuration writes it in English, by its Indonesian
 * name in Indonesian.
 */
function vocabularyValue(labels: Readonly<Record<string, LocaleText>>): LocalizedMessage<string> {
  return {
    en: (value) => value,
    id: (value) => (Object.hasOwn(labels, value) ? lowerFirst(labels[value]?.id ?? value) : value),
  };
}

/** Days in a message (`mon`, a date, or `mon, tue`): each weekday by its name in Indonesian. */
const dayValues: LocalizedMessage<string> = {
  en: (value) => value,
  id: (value) =>
    value
      .split(', ')
      .map((day) =>
        Object.hasOwn(weekdayLabels, day)
          ? weekdayLabels[day as keyof typeof weekdayLabels].id
          : day,
      )
      .join(', '),
};

/** The parameters that hold a value of a closed vocabulary, and how each reads per locale. */
const vocabularyValues: Readonly<Record<string, LocalizedMessage<string>>> = {
  tier: vocabularyValue(complaintTierLabels),
  stepKind: vocabularyValue(workflowStepKindLabels),
  day: dayValues,
  when: dayValues,
};

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

/** A `known` list this long or shorter is shown whole (the nine IKM elements, a service's documents). */
const knownWhole = 10;
/** How many of a longer `known` list a message shows: a mall may declare a hundred services. */
const knownShown = 5;
/** "(103 in all)" after a shortened `known` list. */
const knownInAll: LocalizedMessage<number> = {
  en: (count) => `${String(count)} in all`,
  id: (count) => `${String(count)} seluruhnya`,
};

/**
 * A `known` list as a message shows it: whole when short, else the {@link knownShown} entries
 * nearest to the unknown `id` (declaration order among equals) and how many there are in all.
 */
function showKnown(params: Loose, locale: Locale): string {
  const value = params['known'];
  if (!Array.isArray(value) || value.length <= knownWhole) return show(value, 'known', locale);
  const known = (value as readonly unknown[]).map(String);
  const id = typeof params['id'] === 'string' ? params['id'].toLowerCase() : '';
  const nearestFirst = known
    .map((candidate, index) => ({
      candidate,
      index,
      distance: editDistance(id, candidate.toLowerCase()),
    }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, knownShown)
    .map((entry) => entry.candidate);
  return `${nearestFirst.join(', ')} … (${knownInAll[locale](known.length)})`;
}

/** Fills `{name}` placeholders with the parameters, each shown in the locale. */
function fill(template: string, params: Loose, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) =>
    key === 'known' ? showKnown(params, locale) : show(params[key], key, locale),
  );
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A message from an English and an Indonesian template with the same placeholders. */
function text<const E extends string, const I extends string>(
  en: E,
  id: I & SamePlaceholders<E, I>,
): LocalizedMessage<ParamsOf<E>> {
  return templates(en, id);
}

/** The renderers of two templates, parameters read by name (see {@link text} for the types). */
function templates(en: string, id: string): LocalizedMessage<object> {
  return {
    en: (p) => capitalize(fill(en, p as Loose, 'en')),
    id: (p) => capitalize(fill(id, p as Loose, 'id')),
  };
}

/** "Did you mean …?" for a `suggestion`. */
const didYouMean = text('Did you mean "{suggestion}"?', 'Mungkin maksud Anda "{suggestion}"?');

/** A hint that offers the nearest match when `params.suggestion` is set, else a fallback. */
function suggest<const E extends string, const I extends string>(
  fallbackEn: E,
  fallbackId: I & SamePlaceholders<E, I>,
): LocalizedMessage<ParamsOf<E> & { readonly suggestion?: string }> {
  const fallback = templates(fallbackEn, fallbackId);
  return {
    en: (p) =>
      p.suggestion !== undefined ? didYouMean.en({ suggestion: p.suggestion }) : fallback.en(p),
    id: (p) =>
      p.suggestion !== undefined ? didYouMean.id({ suggestion: p.suggestion }) : fallback.id(p),
  };
}

/**
 * Like {@link suggest}, with another fallback when `params.known` is an empty list; `known` may
 * be left out when a `suggestion` is given.
 */
function suggestOrNone<P extends { readonly known: readonly string[] }, Q>(
  some: LocalizedMessage<P & { readonly suggestion?: string }>,
  none: LocalizedMessage<Q & { readonly suggestion?: string }>,
): LocalizedMessage<
  Omit<P, 'known'> & Q & { readonly known?: readonly string[]; readonly suggestion?: string }
> {
  const pick = (p: { readonly known?: readonly string[] }) =>
    (p.known !== undefined && p.known.length === 0 ? none : some) as LocalizedMessage<object>;
  return { en: (p) => pick(p).en(p), id: (p) => pick(p).id(p) };
}

/** A fee fact's range and unit, as `fact_out_of_range` names them. */
interface FactRange {
  readonly min: number;
  readonly max?: number;
  readonly factUnit?: FeeFactUnit;
}

/** A fee fact's type, as `fact_wrong_type` names it (`allowed`: a choice's options). */
interface FactType {
  readonly type: FeeFactType;
  readonly allowed?: readonly string[];
}

/** A fee fact's unit after a number, in the locale ('' when the fact has none). */
function unitAfter(params: { readonly factUnit?: FeeFactUnit }, locale: Locale): string {
  return params.factUnit === undefined ? '' : ` ${feeFactUnitSymbols[params.factUnit][locale]}`;
}

/** The range a fee fact allows, in words: "from 0 to 100 m²", "at least 0 m²". */
const factRange: LocalizedMessage<FactRange> = {
  en: (p) =>
    p.max === undefined
      ? `at least ${String(p.min)}${unitAfter(p, 'en')}`
      : `from ${String(p.min)} to ${String(p.max)}${unitAfter(p, 'en')}`,
  id: (p) =>
    p.max === undefined
      ? `paling sedikit ${String(p.min)}${unitAfter(p, 'id')}`
      : `dari ${String(p.min)} sampai ${String(p.max)}${unitAfter(p, 'id')}`,
};

/** What a fee fact of a type must be: "a whole number", "one of house, shop". */
const factTypeWords: LocalizedMessage<FactType> = {
  en: (p) =>
    ({
      number: 'a number',
      integer: 'a whole number',
      boolean: 'true or false',
      choice: `one of ${(p.allowed ?? []).join(', ')}`,
    })[p.type],
  id: (p) =>
    ({
      number: 'angka',
      integer: 'bilangan bulat',
      boolean: 'true atau false',
      choice: `salah satu dari ${(p.allowed ?? []).join(', ')}`,
    })[p.type],
};

/** One entry of the issue catalogue: default severity, message and hint in every locale. */
export interface IssueCatalogEntry<P = IssueParams> {
  readonly severity: IssueSeverity;
  readonly message: LocalizedMessage<P>;
  readonly hint?: LocalizedMessage<P>;
}

function entry<M>(
  severity: IssueSeverity,
  message: LocalizedMessage<M>,
): { readonly severity: IssueSeverity; readonly message: LocalizedMessage<M> };
function entry<M, H>(
  severity: IssueSeverity,
  message: LocalizedMessage<M>,
  hint: LocalizedMessage<H>,
): {
  readonly severity: IssueSeverity;
  readonly message: LocalizedMessage<M & H>;
  readonly hint: LocalizedMessage<M & H>;
};
function entry(
  severity: IssueSeverity,
  message: LocalizedMessage<never>,
  hint?: LocalizedMessage<never>,
): IssueCatalogEntry<never> {
  return hint === undefined ? { severity, message } : { severity, message, hint };
}

/**
 * The hint of `unknown_key`: how to quote a value with a comma (`quoteExample`), the nearest key
 * (`suggestion`), the keys allowed here (`allowed`), or where such mistakes usually come from.
 */
function unknownKeyHint(): LocalizedMessage<{
  readonly quoteExample?: string;
  readonly suggestion?: string;
  readonly allowed?: readonly string[];
}> {
  const quote = text(
    'A comma inside unquoted text in { } starts a new key: put the text in quotes, for example {quoteExample}.',
    'Koma di dalam teks tanpa tanda kutip di { } memulai kunci baru: beri tanda kutip pada teksnya, misalnya {quoteExample}.',
  );
  const allowedHere = text(
    'Allowed keys here: {allowed}.',
    'Kunci yang diperbolehkan di sini: {allowed}.',
  );
  const fallback = text(
    'Check the spelling and indentation. A comma inside an unquoted value in { } starts a new key: put such values in quotes.',
    'Periksa ejaan dan indentasi. Koma di dalam nilai tanpa tanda kutip di { } memulai kunci baru: beri tanda kutip pada nilai seperti itu.',
  );
  const pick = (p: {
    readonly quoteExample?: string;
    readonly suggestion?: string;
    readonly allowed?: readonly string[];
  }): ((locale: Locale) => string) => {
    if (p.quoteExample !== undefined)
      return (locale) => quote[locale]({ quoteExample: p.quoteExample ?? '' });
    if (p.suggestion !== undefined)
      return (locale) => didYouMean[locale]({ suggestion: p.suggestion ?? '' });
    if (p.allowed !== undefined && p.allowed.length > 0)
      return (locale) => allowedHere[locale]({ allowed: p.allowed ?? [] });
    return (locale) => fallback[locale]({});
  };
  return { en: (p) => pick(p)('en'), id: (p) => pick(p)('id') };
}

/**
 * Every issue code mpp-kit reports, with its default severity and its English and Indonesian
 * message and hint. Codes are a stable API: they never change meaning.
 *
 * @example
 * ```ts
 * issueCatalog.unknown_reference.message.id({ kind: 'agency', id: 'x' });
 * // 'Instansi "x" tidak dikenal.'
 * ```
 */
export const issueCatalog = {
  // Reading files
  unreadable_path: entry(
    'error',
    text('Cannot read "{file}": {reason}.', 'Tidak dapat membaca "{file}": {reason}.'),
    text('Check that the path exists and is readable.', 'Periksa bahwa path ada dan dapat dibaca.'),
  ),
  no_mall: entry(
    'error',
    text('No mall is declared in "{file}".', 'Tidak ada mal yang dideklarasikan di "{file}".'),
    text(
      'Add a mall.yaml with `apiVersion: mpp-kit/v1` and a `mall:` section.',
      'Tambahkan mall.yaml berisi `apiVersion: mpp-kit/v1` dan bagian `mall:`.',
    ),
  ),
  duplicate_mall: entry(
    'error',
    text(
      'The mall is declared more than once (also in {other}).',
      'Mal dideklarasikan lebih dari sekali (juga di {other}).',
    ),
    text('Keep exactly one `mall:` section.', 'Pertahankan tepat satu bagian `mall:`.'),
  ),
  empty_file: entry(
    'error',
    text('The file is empty.', 'Berkas kosong.'),
    text(
      'Start the file with `apiVersion: mpp-kit/v1`, or delete it, or exclude it by listing it in a .mppignore file in the mall folder.',
      'Awali berkas dengan `apiVersion: mpp-kit/v1`, atau hapus berkas ini, atau kecualikan dengan mencantumkannya di berkas .mppignore dalam folder mal.',
    ),
  ),
  not_configuration: entry(
    'error',
    text(
      'This file is not mpp-kit configuration: it has no apiVersion and none of the sections (mall, agencies, services …).',
      'Berkas ini bukan konfigurasi mpp-kit: tidak ada apiVersion dan tidak ada satu pun bagian (mall, agencies, services …).',
    ),
    text(
      'Move it out of the mall folder, or exclude it by listing it in a .mppignore file in the folder (one name or pattern per line, for example report.json or reports/).',
      'Pindahkan keluar dari folder mal, atau kecualikan dengan mencantumkannya di berkas .mppignore dalam folder (satu nama atau pola per baris, misalnya report.json atau reports/).',
    ),
  ),
  binary_file: entry(
    'error',
    text(
      'The file is not text (it contains binary data).',
      'Berkas bukan teks (berisi data biner).',
    ),
    text(
      'Only YAML (.yaml, .yml) and JSON (.json) text files belong in a mall folder.',
      'Hanya berkas teks YAML (.yaml, .yml) dan JSON (.json) yang boleh ada di folder mal.',
    ),
  ),
  file_too_large: entry(
    'error',
    text(
      'The file is {size} bytes, over the limit of {limit} bytes.',
      'Ukuran berkas {size} bita, melebihi batas {limit} bita.',
    ),
    text(
      'Split the configuration into several files in a folder.',
      'Pecah konfigurasi menjadi beberapa berkas dalam satu folder.',
    ),
  ),
  set_by_runtime: entry(
    'error',
    text(
      '`{key}` is set by the runtime, not by the request.',
      '`{key}` ditetapkan oleh runtime, bukan oleh permintaan.',
    ),
    text(
      'Remove `{key}` from the request. A trusted program (the server after checking the caller, a counter desk, an import) passes it in the second argument of submit().',
      'Hapus `{key}` dari permintaan. Program tepercaya (server setelah memeriksa pemanggil, meja loket, impor data) memberikannya pada argumen kedua submit().',
    ),
  ),
  time_ahead_of_clock: entry(
    'error',
    text(
      "The time {actual} is ahead of the runtime's clock ({now}) by more than {skew}.",
      'Waktu {actual} mendahului jam runtime ({now}) lebih dari {skew}.',
    ),
    text(
      'Run deadlines at the present time: call runDueDeadlines() without a time, or fix the clock of the machine that calls it.',
      'Jalankan tenggat pada waktu sekarang: panggil runDueDeadlines() tanpa waktu, atau perbaiki jam mesin yang memanggilnya.',
    ),
  ),
  input_too_large: entry(
    'error',
    text(
      'The mall is too large to read: {files} files, {bytes} bytes together (the limits are {maxFiles} files and {maxBytes} bytes).',
      'Mal terlalu besar untuk dibaca: {files} berkas, {bytes} bita seluruhnya (batasnya {maxFiles} berkas dan {maxBytes} bita).',
    ),
    text(
      "Check that the path is the mall's folder and not a parent of it; a regency's mall fits well within these limits. An embedding program can raise `maxFiles` and `maxTotalBytes`.",
      'Periksa bahwa path adalah folder mal, bukan folder induknya; mal satu kabupaten jauh di bawah batas ini. Program yang menyematkan dapat menaikkan `maxFiles` dan `maxTotalBytes`.',
    ),
  ),
  too_many_issues: entry(
    'error',
    text(
      '{count} more issues in this file are not shown ({errors} of them errors); only the first {limit} are.',
      '{count} masalah lain di berkas ini tidak ditampilkan ({errors} di antaranya galat); hanya {limit} yang pertama.',
    ),
    text(
      'Fix the issues shown (often one mistake repeated, such as a wrong indentation) and validate again.',
      'Perbaiki masalah yang ditampilkan (sering satu kesalahan yang berulang, misalnya indentasi yang salah) lalu validasi lagi.',
    ),
  ),
  yaml_syntax: entry(
    'error',
    text('YAML syntax error: {detail}', 'Kesalahan sintaks YAML: {detail}'),
    text(
      'Check indentation, colons and quotes on this line and the one before it.',
      'Periksa indentasi, titik dua, dan tanda kutip pada baris ini dan baris sebelumnya.',
    ),
  ),
  json_syntax: entry(
    'error',
    text('JSON syntax error: {detail}', 'Kesalahan sintaks JSON: {detail}'),
    text(
      'Check commas, brackets and quotes here.',
      'Periksa koma, kurung, dan tanda kutip di sini.',
    ),
  ),
  duplicate_key: entry(
    'error',
    text(
      'The key "{key}" appears twice in the same mapping.',
      'Kunci "{key}" muncul dua kali dalam pemetaan yang sama.',
    ),
    text(
      'Remove or merge one of the two entries.',
      'Hapus atau gabungkan salah satu dari kedua entri.',
    ),
  ),
  alias_limit: entry(
    'error',
    text(
      'YAML aliases expand beyond the limit ({detail}).',
      'Alias YAML mengembang melewati batas ({detail}).',
    ),
    text(
      'Write the values out instead of nesting aliases.',
      'Tulis nilainya langsung alih-alih menumpuk alias.',
    ),
  ),
  forbidden_key: entry(
    'error',
    text('The key "{key}" is not allowed.', 'Kunci "{key}" tidak diperbolehkan.'),
    text(
      '"__proto__", "constructor" and "prototype" are reserved; rename the key.',
      '"__proto__", "constructor", dan "prototype" dicadangkan; ganti nama kunci.',
    ),
  ),
  too_deep: entry(
    'error',
    text(
      'The document nests deeper than {limit} levels.',
      'Dokumen bersarang lebih dalam dari {limit} tingkat.',
    ),
    text(
      'A mall configuration never needs this depth; flatten the structure.',
      'Konfigurasi mal tidak memerlukan kedalaman ini; ratakan strukturnya.',
    ),
  ),
  yaml_version_ignored: entry(
    'warning',
    text(
      'The %YAML {version} directive is ignored: mpp-kit reads YAML 1.2 (core schema).',
      'Direktif %YAML {version} diabaikan: mpp-kit membaca YAML 1.2 (skema inti).',
    ),
    text(
      'Remove the directive; write true/false, not yes/no or on/off.',
      'Hapus direktif ini; tulis true/false, bukan yes/no atau on/off.',
    ),
  ),
  not_a_document: entry(
    'error',
    text(
      'The top level must be a mapping, not {actual}.',
      'Tingkat teratas harus berupa pemetaan, bukan {actual}.',
    ),
    text(
      'Start with `apiVersion: mpp-kit/v1` followed by sections such as `services:`.',
      'Mulai dengan `apiVersion: mpp-kit/v1` lalu bagian seperti `services:`.',
    ),
  ),
  // Schema
  invalid_api_version: entry(
    'error',
    text('Unsupported apiVersion {actual}.', 'apiVersion {actual} tidak didukung.'),
    text(
      'Write `apiVersion: mpp-kit/v1` as the first line.',
      'Tulis `apiVersion: mpp-kit/v1` pada baris pertama.',
    ),
  ),
  missing_key: entry(
    'error',
    text('The required key "{key}" is missing.', 'Kunci wajib "{key}" tidak ada.'),
    text('Add "{key}" ({expected}).', 'Tambahkan "{key}" ({expected}).'),
  ),
  unknown_key: entry(
    'error',
    text('Unknown key "{key}".', 'Kunci "{key}" tidak dikenal.'),
    unknownKeyHint(),
  ),
  invalid_type: entry(
    'error',
    text('Expected {expected}, got {actual}.', 'Seharusnya {expected}, tetapi {actual}.'),
    text('Change the value to {expected}.', 'Ubah nilainya menjadi {expected}.'),
  ),
  invalid_value: entry(
    'error',
    text('Invalid value: {actual}.', 'Nilai tidak valid: {actual}.'),
    suggest('Allowed values: {allowed}.', 'Nilai yang diperbolehkan: {allowed}.'),
  ),
  invalid_format: entry(
    'error',
    text('"{actual}" is not a valid {format}.', '"{actual}" bukan {format} yang valid.'),
    text('{example}', '{example}'),
  ),
  no_such_day: entry(
    'error',
    text('"{actual}" is no such day: {detail}.', '"{actual}" bukan tanggal yang ada: {detail}.'),
    text(
      'Check the day and the month (the format YYYY-MM-DD is right).',
      'Periksa tanggal dan bulannya (format YYYY-MM-DD sudah benar).',
    ),
  ),
  too_small: entry('error', text('Too small: {detail}.', 'Terlalu kecil: {detail}.')),
  too_big: entry('error', text('Too big: {detail}.', 'Terlalu besar: {detail}.')),
  invalid_identifier: entry(
    'error',
    text('Invalid {format}: {detail}.', '{format} tidak valid: {detail}.'),
  ),
  // Cross references and semantics
  duplicate_id: entry(
    'error',
    text(
      'Duplicate {kind} id "{id}" (first declared at {first}).',
      'Id {kind} "{id}" ganda (pertama dideklarasikan di {first}).',
    ),
    text(
      'Ids must be unique per kind; rename one of them.',
      'Id harus unik per jenis; ganti nama salah satunya.',
    ),
  ),
  unknown_reference: entry(
    'error',
    text('Unknown {kind} "{id}".', '{kind} "{id}" tidak dikenal.'),
    suggestOrNone(
      suggest(
        'Declare it, or use one of: {known}.',
        'Deklarasikan, atau gunakan salah satu dari: {known}.',
      ),
      suggest(
        'Declare it first: no {kind} is declared yet.',
        'Deklarasikan dulu: belum ada {kind} yang dideklarasikan.',
      ),
    ),
  ),
  coordinator_not_agency: entry(
    'error',
    text(
      'The coordinator "{id}" is not an agency of this mall.',
      'Koordinator "{id}" bukan instansi di mal ini.',
    ),
    suggest(
      'Name one of the declared agencies (usually the DPMPTSP).',
      'Sebutkan salah satu instansi yang dideklarasikan (biasanya DPMPTSP).',
    ),
  ),
  sla_exceeds_legal_max: entry(
    'error',
    text(
      'The completion time of {days} {unit} exceeds the legal maximum of {legalMax}.',
      'Waktu penyelesaian {days} {unit} melebihi batas maksimum hukum {legalMax}.',
    ),
    text(
      'Shorten `sla.days` or correct `sla.legalMax`.',
      'Perpendek `sla.days` atau perbaiki `sla.legalMax`.',
    ),
  ),
  calendar_year_missing: entry(
    'error',
    text(
      'Calendar "{id}" has no data for {year}.',
      'Kalender "{id}" tidak memiliki data untuk tahun {year}.',
    ),
    text(
      'Add the {year} holidays and collective leave (from the joint ministerial decree) and list {year} in `years`.',
      'Tambahkan hari libur dan cuti bersama {year} (dari SKB tiga menteri) dan cantumkan {year} di `years`.',
    ),
  ),
  calendar_coverage_ending: entry(
    'warning',
    text(
      'Calendar "{id}" covers days up to {last}; from {uncoveredFrom} due dates are counted on weekends only (no holidays) and marked provisional.',
      'Kalender "{id}" mencakup hari sampai {last}; mulai {uncoveredFrom} tenggat dihitung hanya dengan akhir pekan (tanpa hari libur) dan ditandai sementara.',
    ),
    text(
      'Add {year} when its SKB is signed: its national holidays and collective leave (and any regional closures), and list {year} in `years`. Open provisional deadlines are then recomputed.',
      'Tambahkan tahun {year} setelah SKB-nya ditandatangani: hari libur nasional dan cuti bersamanya (serta hari libur daerah bila ada), dan cantumkan {year} di `years`. Tenggat sementara yang masih berjalan lalu dihitung ulang.',
    ),
  ),
  calendar_years_empty: entry(
    'error',
    text('Calendar "{id}" covers no year.', 'Kalender "{id}" tidak mencakup satu tahun pun.'),
    text(
      'List the years whose holidays the calendar declares in `years`, for example `years: [2026]`.',
      'Cantumkan tahun yang hari liburnya dideklarasikan kalender di `years`, misalnya `years: [2026]`.',
    ),
  ),
  calendar_years_gap: entry(
    'error',
    text(
      'Calendar "{id}" skips {missing} between the years it covers.',
      'Kalender "{id}" melewatkan {missing} di antara tahun yang dicakupnya.',
    ),
    text(
      'Add the holidays and collective leave of {missing} and list it in `years`: covered years must follow each other.',
      'Tambahkan hari libur dan cuti bersama {missing} dan cantumkan di `years`: tahun yang dicakup harus berurutan.',
    ),
  ),
  calendar_date_outside_years: entry(
    'error',
    text(
      'The date {date} is outside the years this calendar covers ({years}).',
      'Tanggal {date} di luar tahun yang dicakup kalender ini ({years}).',
    ),
    text(
      'Add its year to `years`, or correct the date.',
      'Tambahkan tahunnya ke `years`, atau perbaiki tanggalnya.',
    ),
  ),
  duplicate_date: entry(
    'error',
    text(
      'The date {date} is listed twice in calendar "{id}".',
      'Tanggal {date} tercantum dua kali di kalender "{id}".',
    ),
    text('Keep one entry per date.', 'Pertahankan satu entri per tanggal.'),
  ),
  calendar_cycle: entry(
    'error',
    text(
      'Calendar "{id}" extends itself through {chain}.',
      'Kalender "{id}" memperluas dirinya sendiri melalui {chain}.',
    ),
    text('Remove one `extends` from the chain.', 'Hapus salah satu `extends` dari rantai.'),
  ),
  invalid_period: entry(
    'error',
    text(
      'The period ends ({to}) before it starts ({from}).',
      'Periode berakhir ({to}) sebelum dimulai ({from}).',
    ),
    text('Swap or correct the dates.', 'Tukar atau perbaiki tanggalnya.'),
  ),
  fee_expression_invalid: entry(
    'error',
    text('The fee formula cannot be read: {detail}.', 'Rumus biaya tidak dapat dibaca: {detail}.'),
    text(
      'Use numbers, declared variables, + - * / and parentheses, and min, max, round, floor, ceil.',
      'Gunakan angka, variabel yang dideklarasikan, + - * / dan kurung, serta min, max, round, floor, ceil.',
    ),
  ),
  fee_unknown_variable: entry(
    'error',
    text(
      'The fee formula uses the undeclared variable "{name}".',
      'Rumus biaya memakai variabel "{name}" yang tidak dideklarasikan.',
    ),
    suggest('Declare it under `variables`.', 'Deklarasikan di bawah `variables`.'),
  ),
  fee_example_mismatch: entry(
    'error',
    text(
      'Fee example {index} gives {actual}, but expects {expected}.',
      'Contoh biaya {index} menghasilkan {actual}, tetapi diharapkan {expected}.',
    ),
    text('Correct the formula or the example.', 'Perbaiki rumus atau contohnya.'),
  ),
  fee_division_by_zero: entry(
    'error',
    text(
      'The fee formula divides by "{divisor}", which can be 0 for allowed facts: the fee would be infinite or not a number.',
      'Rumus biaya membagi dengan "{divisor}", yang dapat bernilai 0 untuk fakta yang diizinkan: biayanya menjadi tak hingga atau bukan angka.',
    ),
    text(
      'Give the facts of the divisor a `min` above 0 (for example `min: 1`) in `variables`, or divide by a number that is not 0.',
      'Beri fakta pada pembagi `min` di atas 0 (misalnya `min: 1`) di `variables`, atau bagi dengan angka yang bukan 0.',
    ),
  ),
  fee_can_be_negative: entry(
    'error',
    text(
      'The fee formula can give a negative fee for allowed facts: "{part}" can be as low as {lowest}.',
      'Rumus biaya dapat menghasilkan biaya negatif untuk fakta yang diizinkan: "{part}" dapat serendah {lowest}.',
    ),
    text(
      'Narrow the facts with `min` and `max` in `variables` so the fee stays 0 or more, or write the formula as max(0, …).',
      'Persempit fakta dengan `min` dan `max` di `variables` agar biaya tetap 0 atau lebih, atau tulis rumusnya sebagai max(0, …).',
    ),
  ),
  fee_variable_range_empty: entry(
    'error',
    text(
      'The variable "{name}" allows no value: `min` ({min}) is greater than `max` ({max}).',
      'Variabel "{name}" tidak mengizinkan nilai apa pun: `min` ({min}) lebih besar dari `max` ({max}).',
    ),
    text('Swap or correct `min` and `max`.', 'Tukar atau perbaiki `min` dan `max`.'),
  ),
  fee_choice_without_options: entry(
    'error',
    text(
      'The variable "{name}" is a choice but declares no `options`.',
      'Variabel "{name}" bertipe choice tetapi tidak mendeklarasikan `options`.',
    ),
    text(
      'Add `options`: a list of `{ id, label, value }`, or give the variable another `type`.',
      'Tambahkan `options`: daftar `{ id, label, value }`, atau beri variabel `type` lain.',
    ),
  ),
  fee_variable_field_unused: entry(
    'error',
    text(
      'The variable "{name}" is of type {type}, which does not use `{field}`.',
      'Variabel "{name}" bertipe {type}, yang tidak memakai `{field}`.',
    ),
    text(
      'Remove `{field}`, or change `type` (number and integer take `min`, `max` and `unit`; choice takes `options`).',
      'Hapus `{field}`, atau ubah `type` (number dan integer memakai `min`, `max`, dan `unit`; choice memakai `options`).',
    ),
  ),
  requirement_kind_unused: entry(
    'warning',
    text(
      'Requirement "{id}" applies to the application kind "{kind2}", which this service does not offer.',
      'Persyaratan "{id}" berlaku untuk jenis permohonan "{kind2}", yang tidak ditawarkan layanan ini.',
    ),
    text(
      'Add the kind to `applicationKinds`, or drop it from `when.kind`.',
      'Tambahkan jenisnya ke `applicationKinds`, atau hapus dari `when.kind`.',
    ),
  ),
  deemed_approval_without_decision: entry(
    'warning',
    text(
      'Service "{id}" declares deemed approval (fiktif positif) at expiry, but it is a non-licensing service: an assistance, registration or information service has no decision to deem approved.',
      'Layanan "{id}" menyatakan fiktif positif (dianggap disetujui) bila waktu habis, tetapi layanan ini non-perizinan: layanan pendampingan, pendaftaran, atau informasi tidak memiliki keputusan yang dapat dianggap disetujui.',
    ),
    text(
      'Deemed approval applies to an application for a decision, such as a permit (UU 30/2014 Art. 53 as amended by UU 6/2023; PP 28/2025 for risk-based business licensing). Use `onExpiry: escalate`, or `type: licensing` if the service does grant a permit.',
      'Fiktif positif berlaku bagi permohonan atas suatu keputusan, seperti izin (UU 30/2014 Pasal 53 sebagaimana diubah UU 6/2023; PP 28/2025 untuk perizinan berusaha berbasis risiko). Gunakan `onExpiry: escalate`, atau `type: licensing` bila layanan ini memang menerbitkan izin.',
    ),
  ),
  participant_is_owner: entry(
    'warning',
    text(
      'The owner agency "{id}" is also listed as a participant.',
      'Instansi pemilik "{id}" juga tercantum sebagai peserta.',
    ),
    text('Remove it from `participants`.', 'Hapus dari `participants`.'),
  ),
  // Lifecycles (static analysis)
  unreachable_step: entry(
    'error',
    text(
      'Step "{step}" of workflow "{workflow}" cannot be reached from the start.',
      'Langkah "{step}" pada alur kerja "{workflow}" tidak dapat dicapai dari awal.',
    ),
    text(
      'Add an outcome that leads to it, or remove the step.',
      'Tambahkan hasil yang menuju ke langkah ini, atau hapus langkahnya.',
    ),
  ),
  no_exit: entry(
    'error',
    text(
      'Step "{step}" of workflow "{workflow}" has no way to a final state.',
      'Langkah "{step}" pada alur kerja "{workflow}" tidak memiliki jalan menuju status akhir.',
    ),
    text(
      'Give it an outcome that leads on, towards issued, rejected or withdrawn.',
      'Beri hasil yang melanjutkan, menuju terbit, ditolak, atau dicabut.',
    ),
  ),
  unknown_step: entry(
    'error',
    text(
      'Workflow "{workflow}" has no step "{step}".',
      'Alur kerja "{workflow}" tidak memiliki langkah "{step}".',
    ),
    suggest(
      'Targets are step ids or finals: {known}.',
      'Tujuan berupa id langkah atau status akhir: {known}.',
    ),
  ),
  sla_shares_exceed: entry(
    'error',
    text(
      'The steps of "{workflow}" take {sum} days in all, more than the service completion time of {days} days.',
      'Langkah-langkah "{workflow}" memakan total {sum} hari, melebihi waktu penyelesaian layanan {days} hari.',
    ),
    text(
      'Shorten the step SLAs or lengthen the service SLA within its legal maximum.',
      'Perpendek SLA langkah atau perpanjang SLA layanan dalam batas maksimum hukum.',
    ),
  ),
  final_without_output: entry(
    'error',
    text(
      'Final "{step}" of workflow "{workflow}" maps to no output or refusal.',
      'Status akhir "{step}" pada alur kerja "{workflow}" tidak menghasilkan produk atau penolakan.',
    ),
    text(
      'Declare the service output, or route the outcome to "rejected".',
      'Deklarasikan produk layanan, atau arahkan hasilnya ke "rejected".',
    ),
  ),
  empty_workflow: entry(
    'error',
    text('Workflow "{workflow}" has no steps.', 'Alur kerja "{workflow}" tidak memiliki langkah.'),
    text(
      'Declare `steps`, or `extends` a built-in template such as permit.',
      'Deklarasikan `steps`, atau `extends` templat bawaan seperti permit.',
    ),
  ),
  workflow_cycle: entry(
    'error',
    text(
      'Workflow "{workflow}" extends itself through {chain}.',
      'Alur kerja "{workflow}" memperluas dirinya sendiri melalui {chain}.',
    ),
    text('Remove one `extends` from the chain.', 'Hapus salah satu `extends` dari rantai.'),
  ),
  override_not_applicable: entry(
    'error',
    text(
      'Step "{step}" of workflow "{workflow}" is a {stepKind} step and has no "{key}" to override.',
      'Langkah "{step}" pada alur kerja "{workflow}" berjenis {stepKind} dan tidak memiliki "{key}" untuk diubah.',
    ),
    text(
      'Only technical-review steps have a team and APPROVE/REJECT outcomes; only issuance steps produce outputs.',
      'Hanya langkah technical-review yang memiliki tim serta hasil APPROVE/REJECT; hanya langkah issuance yang menghasilkan produk.',
    ),
  ),
  empty_team: entry(
    'error',
    text(
      'Step "{step}" of workflow "{workflow}" is done by the technical team, but the team has no agencies.',
      'Langkah "{step}" pada alur kerja "{workflow}" dikerjakan tim teknis, tetapi tim tidak memiliki instansi.',
    ),
    text(
      "Set `technicalTeam.agencies`, or list the service's `participants`.",
      'Isi `technicalTeam.agencies`, atau cantumkan `participants` layanan.',
    ),
  ),
  quorum_exceeds_team: entry(
    'error',
    text(
      'Step "{step}" of workflow "{workflow}" needs {quorum} approvals, but its team has only {size} agencies.',
      'Langkah "{step}" pada alur kerja "{workflow}" membutuhkan {quorum} persetujuan, tetapi timnya hanya {size} instansi.',
    ),
    text(
      'Lower the quorum or add agencies to the team.',
      'Turunkan kuorum atau tambahkan instansi ke tim.',
    ),
  ),
  missing_standard_component: entry(
    'warning',
    text(
      'Service "{id}" does not declare service-standard component {number} ({component}).',
      'Layanan "{id}" tidak mendeklarasikan komponen standar pelayanan {number} ({component}).',
    ),
    text(
      'Add it so the published standard is complete (PermenPANRB 15/2014).',
      'Tambahkan agar standar pelayanan yang dipublikasikan lengkap (PermenPANRB 15/2014).',
    ),
  ),
  // Satisfaction survey (IKM, PermenPANRB 14/2017) responses
  ikm_no_responses: entry(
    'error',
    text('There are no survey responses.', 'Tidak ada jawaban survei.'),
    text(
      'Add one row per respondent under the header row.',
      'Tambahkan satu baris per responden di bawah baris judul.',
    ),
  ),
  ikm_unknown_element: entry(
    'error',
    text(
      '"{column}" is not an element of the survey; its elements are {known}.',
      '"{column}" bukan unsur survei; unsurnya adalah {known}.',
    ),
    suggest(
      'Name element columns exactly U1..U9; columns that are not element codes (such as a respondent number) are ignored.',
      'Beri nama kolom unsur persis U1..U9; kolom yang bukan kode unsur (misalnya nomor responden) diabaikan.',
    ),
  ),
  ikm_duplicate_element: entry(
    'error',
    text(
      'Element {column} has more than one column.',
      'Unsur {column} memiliki lebih dari satu kolom.',
    ),
    text('Keep one column per element.', 'Pertahankan satu kolom per unsur.'),
  ),
  ikm_missing_element: entry(
    'error',
    text(
      'There are no answers for element {element} ({topic}).',
      'Tidak ada jawaban untuk unsur {element} ({topic}).',
    ),
    text(
      'The index needs answers for every element (PermenPANRB 14/2017); add a {element} column with its answers.',
      'Indeks memerlukan jawaban untuk setiap unsur (PermenPANRB 14/2017); tambahkan kolom {element} beserta jawabannya.',
    ),
  ),
  ikm_invalid_answer: entry(
    'error',
    text(
      'Respondent {row}, element {column}: "{value}" is not an answer on the 1–4 scale.',
      'Responden {row}, unsur {column}: "{value}" bukan jawaban pada skala 1–4.',
    ),
    text(
      'Write 1 (not good), 2 (less good), 3 (good) or 4 (very good).',
      'Tulis 1 (tidak baik), 2 (kurang baik), 3 (baik), atau 4 (sangat baik).',
    ),
  ),
  ikm_missing_answer: entry(
    'info',
    text(
      'Respondent {row} left element {column} blank; {column} is averaged over the respondents who answered it.',
      'Responden {row} tidak mengisi unsur {column}; nilai {column} dirata-ratakan dari responden yang menjawabnya.',
    ),
    text(
      'Nothing to do, unless the blank is a data-entry mistake: then fill it in.',
      'Tidak perlu tindakan, kecuali bila kosongnya karena salah input: isi jawabannya.',
    ),
  ),
  ikm_sample_too_small: entry(
    'warning',
    text(
      '{respondents} respondents answered, fewer than the {required} the Krejcie–Morgan table of PermenPANRB 14/2017 requires for a population of {population}.',
      '{respondents} responden menjawab, kurang dari {required} yang disyaratkan tabel Krejcie–Morgan dalam PermenPANRB 14/2017 untuk populasi {population}.',
    ),
    text(
      'Survey more service users in the period, or publish the index as indicative only.',
      'Survei lebih banyak pengguna layanan dalam periode tersebut, atau umumkan indeks sebagai indikatif saja.',
    ),
  ),
  ikm_period_missing: entry(
    'warning',
    text(
      'The survey period is not given: an IKM is reported for a period (PermenPANRB 14/2017).',
      'Periode survei tidak diberikan: IKM dilaporkan untuk suatu periode (PermenPANRB 14/2017).',
    ),
    text(
      'Give the first and last day the responses cover (mpp ikm --period 2025-01-01/2025-06-30).',
      'Berikan hari pertama dan terakhir yang dicakup jawaban (mpp ikm --period 2025-01-01/2025-06-30).',
    ),
  ),
  csv_field_count: entry(
    'error',
    text(
      'This row has {fields} fields, but the header row has {headerFields}.',
      'Baris ini memiliki {fields} kolom, tetapi baris judul memiliki {headerFields}.',
    ),
    text(
      'Look for a missing or extra separator ({separator}).',
      'Periksa pemisah ({separator}) yang hilang atau berlebih.',
    ),
  ),
  csv_unclosed_quote: entry(
    'error',
    text('A quoted field is not closed.', 'Kolom bertanda kutip tidak ditutup.'),
    text(
      'Close the quotes; write "" for a quote inside a field.',
      'Tutup tanda kutipnya; tulis "" untuk tanda kutip di dalam kolom.',
    ),
  ),
  // Queues (counters[].queue)
  duplicate_queue_prefix: entry(
    'error',
    text(
      'The ticket prefix "{prefix}" is already used by the queue of counter {other}.',
      'Awalan tiket "{prefix}" sudah dipakai antrean gerai {other}.',
    ),
    text(
      'Give each counter its own prefix, so that a number on the display board names one counter.',
      'Beri setiap gerai awalan sendiri, agar nomor di papan antrean menunjuk satu gerai.',
    ),
  ),
  queue_slot_day: entry(
    'error',
    text(
      'An appointment slot needs exactly one of `date` or `days`.',
      'Slot janji temu memerlukan tepat satu dari `date` atau `days`.',
    ),
    text(
      'Write `date: YYYY-MM-DD` for one day, or `days: [mon, tue]` for every week.',
      'Tulis `date: YYYY-MM-DD` untuk satu hari, atau `days: [mon, tue]` untuk setiap minggu.',
    ),
  ),
  queue_slot_window: entry(
    'error',
    text(
      'The slot ends ({to}) before or when it starts ({from}).',
      'Slot berakhir ({to}) sebelum atau saat dimulai ({from}).',
    ),
    text('Swap or correct the times.', 'Tukar atau perbaiki jamnya.'),
  ),
  queue_slot_overlap: entry(
    'error',
    text(
      'This slot ({when}, {from}–{to}) overlaps the slot at {other}.',
      'Slot ini ({when}, {from}–{to}) bertumpang tindih dengan slot di {other}.',
    ),
    text(
      'Make the windows follow each other (one ends when the next starts), or merge the two slots.',
      'Buat jendela waktunya berurutan (satu berakhir saat berikutnya mulai), atau gabungkan kedua slot.',
    ),
  ),
  queue_slot_outside_hours: entry(
    'error',
    text(
      'The slot {from}–{to} on {day} is outside the queue’s opening hours ({hours}).',
      'Slot {from}–{to} pada {day} di luar jam antrean ({hours}).',
    ),
    text(
      'Move the slot inside the hours, or widen `queue.openingHours` (or the counter’s or mall’s hours).',
      'Pindahkan slot ke dalam jam layanan, atau perluas `queue.openingHours` (atau jam gerai atau mal).',
    ),
  ),
  queue_capacity_exceeded: entry(
    'warning',
    text(
      'The appointment slots on {day} take {slots} tickets, more than the daily capacity of {capacity}.',
      'Slot janji temu pada {day} menampung {slots} tiket, melebihi kapasitas harian {capacity}.',
    ),
    text(
      'Lower the slot capacities or raise `dailyCapacity`; otherwise some appointments cannot be booked.',
      'Kurangi kapasitas slot atau naikkan `dailyCapacity`; jika tidak, sebagian janji temu tidak dapat dipesan.',
    ),
  ),
  // Complaints
  complaint_term_over_tier: entry(
    'warning',
    text(
      'The term of {days} working days is longer than the {max} working days of the {tier} tier (SP4N-LAPOR!).',
      'Jangka waktu {days} hari kerja lebih lama dari {max} hari kerja untuk tingkat {tier} (SP4N-LAPOR!).',
    ),
    text(
      'Shorten `days`, or choose the tier that fits the complaints of this category.',
      'Perpendek `days`, atau pilih tingkat yang sesuai dengan pengaduan kategori ini.',
    ),
  ),
  complaint_reopen_actor_without_reopening: entry(
    'error',
    text(
      'The lifecycle names who reopens a complaint, but `reopening: false` disallows reopening.',
      'Alur pengaduan menyebut siapa yang membuka kembali pengaduan, padahal `reopening: false` melarangnya.',
    ),
    text(
      'Remove `actors.reopen`, or set `reopening: true`.',
      'Hapus `actors.reopen`, atau tetapkan `reopening: true`.',
    ),
  ),
  // Notifications
  unknown_notification_event: entry(
    'error',
    text(
      'No event "{event}" happens in this mall: this notification would never be sent.',
      'Peristiwa "{event}" tidak pernah terjadi di mal ini: notifikasi ini tidak akan pernah dikirim.',
    ),
    suggest(
      'Use an event of the lifecycles ({known}) or of the floor (TICKET_…, COMPLAINT_…).',
      'Gunakan peristiwa siklus hidup ({known}) atau lantai layanan (TICKET_…, COMPLAINT_…).',
    ),
  ),
  notification_placeholder_unavailable: entry(
    'error',
    text(
      'The placeholder {placeholder} has no value for {event} (an event of a {subject}): it would be sent as written.',
      'Isian {placeholder} tidak memiliki nilai untuk {event} (peristiwa {subject}): akan terkirim apa adanya.',
    ),
    suggest(
      'Use one of the placeholders of {event}: {known}; or give events of another kind their own template.',
      'Gunakan salah satu isian {event}: {known}; atau beri peristiwa jenis lain templat sendiri.',
    ),
  ),
  notification_recipient_unavailable: entry(
    'warning',
    text(
      'The recipient "{recipient}" does not exist for {event}: no e-mail goes to it for that event.',
      'Penerima "{recipient}" tidak ada untuk {event}: tidak ada surel kepadanya untuk peristiwa itu.',
    ),
    text(
      '`applicant` is for application events, `reporter` for COMPLAINT_… events; remove it, or move those events to a template of their own.',
      '`applicant` untuk peristiwa permohonan, `reporter` untuk peristiwa COMPLAINT_…; hapus, atau pindahkan peristiwa itu ke templat sendiri.',
    ),
  ),
  // Runtime (applications)
  fact_out_of_range: entry(
    'error',
    {
      en: (p: FactRange & { readonly name: string; readonly actual: number | string }) =>
        `The fact "${p.name}" is ${String(p.actual)}${unitAfter(p, 'en')}, outside the allowed range: ${factRange.en(p)}.`,
      id: (p: FactRange & { readonly name: string; readonly actual: number | string }) =>
        `Fakta "${p.name}" bernilai ${String(p.actual)}${unitAfter(p, 'id')}, di luar rentang yang diizinkan: ${factRange.id(p)}.`,
    },
    {
      en: (p: FactRange) => `Enter a value ${factRange.en(p)}.`,
      id: (p: FactRange) => `Isi nilai ${factRange.id(p)}.`,
    },
  ),
  fact_wrong_type: entry(
    'error',
    {
      en: (p: FactType & { readonly name: string; readonly actual: string }) =>
        `The fact "${p.name}" must be ${factTypeWords.en(p)}, got ${p.actual}.`,
      id: (p: FactType & { readonly name: string; readonly actual: string }) =>
        `Fakta "${p.name}" harus ${factTypeWords.id(p)}, tetapi bernilai ${p.actual}.`,
    },
    {
      en: (p: FactType & { readonly name: string }) =>
        `Give "${p.name}" as ${factTypeWords.en(p)}.`,
      id: (p: FactType & { readonly name: string }) =>
        `Isi "${p.name}" dengan ${factTypeWords.id(p)}.`,
    },
  ),
  fee_not_computable: entry(
    'error',
    text(
      'The fee cannot be computed from these facts: {detail}.',
      'Biaya tidak dapat dihitung dari fakta ini: {detail}.',
    ),
    text(
      'Check the facts the fee formula reads (a divisor must not be 0).',
      'Periksa fakta yang dibaca rumus biaya (pembagi tidak boleh 0).',
    ),
  ),
} as const satisfies Record<string, IssueCatalogEntry<never>>;

/** A stable issue code: a key of {@link issueCatalog}. */
export type IssueCode = keyof typeof issueCatalog;

/**
 * The parameters of every issue code, as its messages use them: `createIssue` takes exactly
 * these, so a missing or mistyped parameter is a compile error.
 *
 * @example
 * ```ts
 * const params: IssueParamsByCode['duplicate_id'] = { kind: 'agency', id: 'dpmptsp', first: 'agencies.yaml:3:5' };
 * ```
 */
export type IssueParamsByCode = {
  readonly [C in IssueCode]: (typeof issueCatalog)[C]['message'] extends LocalizedMessage<infer P>
    ? { readonly [K in keyof P]: P[K] }
    : never;
};

/** Every issue code, in catalogue order. @example `issueCodes.includes('duplicate_id')` */
export const issueCodes = Object.keys(issueCatalog) as IssueCode[];

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/** Every parameter any issue message uses, each with its type (optional ones stay optional). */
export type AnyIssueParams = UnionToIntersection<IssueParamsByCode[IssueCode]>;

/**
 * A sample value for every required parameter of any issue message: the issue-code reference renders
 * its examples with these, and a test renders every code with them. Its type makes a parameter
 * added to a message without a sample a compile error.
 *
 * @example
 * ```ts
 * issueCatalog.duplicate_id.message.en(issueParamExamples); // 'Duplicate agency id "dpmptps" …'
 * ```
 */
export const issueParamExamples: AnyIssueParams = {
  file: 'services/pbg.yaml',
  event: 'COMPLAINT_RECIEVED',
  placeholder: '{{application.id}}',
  subject: { en: 'complaint', id: 'pengaduan' },
  recipient: 'applicant',
  reason: { en: 'it does not exist', id: 'tidak ada' },
  other: 'mall.yaml',
  size: 52428800,
  limit: 16777216,
  detail: '…',
  key: 'shortNmae',
  version: '1.1',
  actual: '"regionl"',
  expected: { en: 'text', id: 'teks' },
  allowed: ['regional', 'vertical'],
  format: 'date',
  example: 'Write a date as YYYY-MM-DD.',
  kind: 'agency',
  id: 'dpmptps',
  first: 'agencies.yaml:3:9',
  known: ['dpmptsp'],
  days: 30,
  unit: 'working',
  legalMax: 28,
  year: 2027,
  date: '2027-01-01',
  years: ['2025', '2026'],
  last: '2026-12-31',
  uncoveredFrom: '2027-01-01',
  missing: ['2026'],
  chain: 'a → b → a',
  from: '2026-02-01',
  to: '2026-01-01',
  name: 'tarif',
  index: 1,
  step: 'review',
  workflow: 'permit',
  sum: 30,
  number: 8,
  component: 'facilities',
  kind2: 'renewal',
  now: '2026-03-02T01:00:00Z',
  skew: '5 minutes',
  files: 12000,
  bytes: 80000000,
  maxFiles: 10000,
  maxBytes: 67108864,
  count: 412,
  errors: 400,
  column: 'U10',
  element: 'U3',
  topic: { en: 'completion time', id: 'waktu penyelesaian' },
  row: 7,
  value: '5',
  fields: 9,
  headerFields: 10,
  separator: ';',
  respondents: 120,
  required: 346,
  population: 3500,
  day: 'mon',
  hours: '08:00–15:00',
  when: 'mon, tue',
  slots: 140,
  capacity: 120,
  prefix: 'A',
  quorum: 3,
  max: 14,
  tier: 'dispute',
  stepKind: 'payment',
  divisor: 'floorArea - 100',
  part: 'npop - npoptkp',
  lowest: -80000000,
  min: 0,
  factUnit: 'm2',
  type: 'integer',
  field: 'unit',
};
