import {
  createIssue,
  nearest,
  type Issue,
  type Locale,
  type LocalizedText,
  type SurveyTopic,
} from '@mpp-kit/schemas';
import { normalizeElements, topicParams, type IkmElementSpec } from './_ikmElements.js';
import { ikmRequiredSample } from './ikmRequiredSample.js';

export type { IkmElementSpec } from './_ikmElements.js';

/**
 * The grades of the satisfaction index (*mutu pelayanan*, PermenPANRB 14/2017), best first, with
 * the least converted value (25–100 scale, two decimals) of each: A ≥ 88.31 (very good), B ≥ 76.61
 * (good), C ≥ 65.00 (poor), D below (very poor).
 *
 * @example
 * ```ts
 * ikmGrades[0]; // { grade: 'A', min: 88.31, quality: { id: 'Sangat baik', en: 'Very good' } }
 * ```
 */
export const ikmGrades = [
  { grade: 'A', min: 88.31, quality: { id: 'Sangat baik', en: 'Very good' } },
  { grade: 'B', min: 76.61, quality: { id: 'Baik', en: 'Good' } },
  { grade: 'C', min: 65.0, quality: { id: 'Kurang baik', en: 'Poor' } },
  { grade: 'D', min: 25.0, quality: { id: 'Tidak baik', en: 'Very poor' } },
] as const;

/**
 * A grade of the satisfaction index: `A`, `B`, `C` or `D`.
 *
 * @example
 * ```ts
 * const grade: IkmGrade = 'B';
 * ```
 */
export type IkmGrade = (typeof ikmGrades)[number]['grade'];

/**
 * The grade of a converted value (25–100 scale). The value is first rounded to two decimals, as
 * the regulation's interval table is (88.30 is B, 88.31 is A).
 *
 * @example
 * ```ts
 * ikmGrade(100); // 'A'
 * ikmGrade(88.3); // 'B'
 * ikmGrade(64.99); // 'D'
 * ```
 */
export function ikmGrade(value: number): IkmGrade {
  const rounded = Math.round(value * 100) / 100;
  return (ikmGrades.find((entry) => rounded >= entry.min) ?? ikmGrades[3]).grade;
}

/**
 * One respondent's answers: element code (`U1`..`U9`) → answer on the 1–4 scale. An element the
 * respondent left blank is absent (or `undefined`).
 *
 * @example
 * ```ts
 * const response: IkmResponse = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 };
 * const blankU4: IkmResponse = { U1: 4, U2: 3, U3: 3, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 };
 * ```
 */
export type IkmResponse = Readonly<Record<string, number>>;

/**
 * Options of {@link computeIkm}.
 *
 * @example
 * ```ts
 * // Batang's survey, in its own element order (some forms swap U8 and U9):
 * const options: ComputeIkmOptions = { elements: mall.surveys[0]!.elements };
 * ```
 */
export interface ComputeIkmOptions {
  /**
   * The survey's elements in the order to report them: codes, or `{ code, topic?, name? }` as in
   * a mall's `surveys[].elements`. Default: U1..U9 in the order of PermenPANRB 14/2017
   * (requirements … facilities).
   */
  readonly elements?: readonly (string | IkmElementSpec)[];
  /**
   * The number of service users in the survey period (the population N). When given, fewer
   * respondents than {@link ikmRequiredSample} requires is a warning (`ikm_sample_too_small`).
   */
  readonly population?: number;
  /** The first and last day (`YYYY-MM-DD`) the responses cover; without it, a warning. */
  readonly period?: { readonly from: string; readonly to: string };
  /** Language of the issues. Default `en`. */
  readonly locale?: Locale;
}

/**
 * The index of one element.
 *
 * @example
 * ```ts
 * const u3: IkmElementResult = {
 *   code: 'U3', topic: 'completion-time', respondents: 4, sum: 10,
 *   nrr: 2.5, weightedNrr: 0.2777777777777778, index: 62.5, grade: 'D',
 * };
 * ```
 */
export interface IkmElementResult {
  readonly code: string;
  readonly topic?: SurveyTopic;
  readonly name?: LocalizedText;
  /** The respondents who answered this element (those who left it blank are not counted). */
  readonly respondents: number;
  /** Sum of the answers. */
  readonly sum: number;
  /** *Nilai rata-rata* (NRR): the mean answer of those who answered, 1–4, unrounded. */
  readonly nrr: number;
  /** *NRR tertimbang*: NRR × the weight (1/9 for nine elements), unrounded. */
  readonly weightedNrr: number;
  /** The element's index on the 25–100 scale (NRR × 25), rounded to two decimals. */
  readonly index: number;
  readonly grade: IkmGrade;
}

/**
 * The satisfaction index (IKM) of a set of responses.
 *
 * @example
 * ```ts
 * const ikm: IkmResult = computed.value;
 * `${ikm.ikm} (${ikm.grade})`; // '79.86 (B)'
 * ```
 */
export interface IkmResult {
  /** Respondents who answered at least one element. */
  readonly respondents: number;
  /** Answers left blank, over all respondents and elements. */
  readonly blankAnswers: number;
  /** The population the sample was checked against, when given. */
  readonly population?: number;
  /** The sample the Krejcie–Morgan table requires for {@link IkmResult.population}. */
  readonly requiredSample?: number;
  /** The period the responses cover, when given. */
  readonly period?: { readonly from: string; readonly to: string };
  /** The weight of each element: exactly 1 / the number of elements (1/9), not 0.111. */
  readonly weight: number;
  readonly elements: readonly IkmElementResult[];
  /** Σ weighted NRR (1–4), unrounded. */
  readonly weightedSum: number;
  /** The index on the 25–100 scale (weighted sum × 25), rounded to two decimals. */
  readonly ikm: number;
  readonly grade: IkmGrade;
}

/**
 * What {@link computeIkm} returns: the index with its warnings and notes (blank answers, a sample
 * smaller than the table requires, no survey period), or every error found in the responses.
 *
 * @example
 * ```ts
 * const result: ComputeIkmResult = computeIkm(responses);
 * if (!result.ok) for (const issue of result.issues) console.error(issue.message);
 * else for (const note of result.issues) console.warn(note.message);
 * ```
 */
export type ComputeIkmResult =
  | { readonly ok: true; readonly value: IkmResult; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

/** One answer is a whole number 1–4. */
function checkIkmAnswer(value: unknown): value is 1 | 2 | 3 | 4 {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;
}

/**
 * Computes the satisfaction index (*Indeks Kepuasan Masyarakat*, PermenPANRB 14/2017) from survey
 * responses, one per respondent:
 *
 * - per element, the mean answer NRR = Σ answers / the respondents who answered it (1–4); the
 *   weighted NRR = NRR × w; the element index NRR × 25 (25–100) and its grade;
 * - overall, IKM = (Σ weighted NRR) × 25 with its grade.
 *
 * The weight is w = 1 / the number of elements, **exactly 1/9** for the nine elements. The
 * regulation prints it as 0.111, and reports often use 0.11; with those, a survey where every
 * respondent answers 4 gives 99.9 (or 99) instead of 100, and grades near a boundary can flip. With
 * 1/9 the IKM is simply the mean of the element means × 25. Index values are rounded to two
 * decimals and graded on the rounded value (A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D), as in the
 * regulation's interval table; NRR and weighted NRR are unrounded.
 *
 * Each answer is a whole number 1–4. A respondent may leave an element blank: the element is then
 * averaged over the respondents who answered it, as the regulation's per-element averages are
 * (an `info` issue, `ikm_missing_answer`, locates each blank). An answer outside the scale
 * (`ikm_invalid_answer`), a key that is not an element (`ikm_unknown_element`), an element nobody
 * answered (`ikm_missing_element`) and no answers at all (`ikm_no_responses`) are errors, all
 * reported together with path `['responses', <index>, <code>]` and the respondent's number in the
 * message.
 *
 * Warnings (the index is still computed): fewer respondents than the Krejcie–Morgan table of
 * PermenPANRB 14/2017 requires for `options.population` (`ikm_sample_too_small`, see
 * {@link ikmRequiredSample}), and no `options.period` (`ikm_period_missing`). Never throws.
 *
 * @example
 * ```ts
 * const all4 = { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 };
 * const result = computeIkm([all4, all4]);
 * if (result.ok) result.value.ikm; // 100, grade 'A'
 * computeIkm([{ ...all4, U3: 5 }]).ok; // false: ikm_invalid_answer
 * computeIkm([all4], { population: 1000, period: { from: '2025-01-01', to: '2025-06-30' } }).issues;
 * // [ikm_sample_too_small: 1 respondent, the table requires 278]
 * ```
 */
export function computeIkm(
  responses: readonly IkmResponse[],
  options: ComputeIkmOptions = {},
): ComputeIkmResult {
  const locale = options.locale ?? 'en';
  const elements = normalizeElements(options.elements);
  const codes = elements.map((element) => element.code);
  const known = new Set(codes);
  const issues: Issue[] = [];

  if (responses.length === 0) {
    return {
      ok: false,
      issues: [createIssue({ code: 'ikm_no_responses', locale, path: ['responses'] })],
    };
  }
  const notes: Issue[] = [];
  const sums = new Map<string, number>(codes.map((code) => [code, 0]));
  const answered = new Map<string, number>(codes.map((code) => [code, 0]));
  let respondents = 0;
  responses.forEach((response, index) => {
    const row = index + 1;
    for (const key of Object.keys(response)) {
      if (known.has(key)) continue;
      const suggestion = nearest(key, codes);
      issues.push(
        createIssue({
          code: 'ikm_unknown_element',
          locale,
          path: ['responses', index, key],
          params: {
            column: key,
            known: codes,
            ...(suggestion === undefined ? {} : { suggestion }),
          },
        }),
      );
    }
    let any = false;
    for (const code of codes) {
      const value = Object.hasOwn(response, code) ? response[code] : undefined;
      if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
        notes.push(
          createIssue({
            code: 'ikm_missing_answer',
            locale,
            path: ['responses', index, code],
            params: { row, column: code },
          }),
        );
      } else if (!checkIkmAnswer(value)) {
        issues.push(
          createIssue({
            code: 'ikm_invalid_answer',
            locale,
            path: ['responses', index, code],
            params: { row, column: code, value: String(value) },
          }),
        );
      } else {
        any = true;
        sums.set(code, (sums.get(code) ?? 0) + value);
        answered.set(code, (answered.get(code) ?? 0) + 1);
      }
    }
    if (any) respondents++;
  });
  for (const element of elements) {
    if ((answered.get(element.code) ?? 0) === 0 && issues.length === 0 && respondents > 0) {
      issues.push(
        createIssue({
          code: 'ikm_missing_element',
          locale,
          path: ['responses'],
          params: { element: element.code, ...topicParams(element) },
        }),
      );
    }
  }
  if (respondents === 0 && issues.length === 0)
    issues.push(createIssue({ code: 'ikm_no_responses', locale, path: ['responses'] }));
  if (issues.length > 0) return { ok: false, issues };

  const k = elements.length;
  const weight = 1 / k;
  let nrrSum = 0;
  const results = elements.map((element): IkmElementResult => {
    const sum = sums.get(element.code) ?? 0;
    const n = answered.get(element.code) ?? 0;
    const nrr = sum / n;
    nrrSum += nrr;
    // index × 100 = 2500 · sum / n, rounded once from integers to avoid binary drift.
    const index = Math.round((2500 * sum) / n) / 100;
    return {
      code: element.code,
      ...(element.topic === undefined ? {} : { topic: element.topic }),
      ...(element.name === undefined ? {} : { name: element.name }),
      respondents: n,
      sum,
      nrr,
      weightedNrr: nrr * weight,
      index,
      grade: ikmGrade(index),
    };
  });
  // IKM = 25 · Σ NRR_i / k. When every element has the same respondents this is 25 · total / (k·n),
  // computed from integers; otherwise from the element means, rounded to two decimals.
  const counts = new Set(answered.values());
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  const only = counts.size === 1 ? [...counts][0] : undefined;
  const ikm =
    only === undefined
      ? Math.round(nrrSum * (2500 / k)) / 100
      : Math.round((2500 * total) / (k * only)) / 100;

  const population = options.population;
  const requiredSample = population === undefined ? undefined : ikmRequiredSample(population);
  if (population !== undefined && requiredSample !== undefined && respondents < requiredSample) {
    notes.push(
      createIssue({
        code: 'ikm_sample_too_small',
        locale,
        path: ['responses'],
        params: { respondents, required: requiredSample, population },
      }),
    );
  }
  if (options.period === undefined)
    notes.push(createIssue({ code: 'ikm_period_missing', locale, path: ['period'] }));
  return {
    ok: true,
    value: {
      respondents,
      blankAnswers: notes.filter((note) => note.code === 'ikm_missing_answer').length,
      ...(population === undefined ? {} : { population }),
      ...(requiredSample === undefined ? {} : { requiredSample }),
      ...(options.period === undefined ? {} : { period: options.period }),
      weight,
      elements: results,
      weightedSum: nrrSum / k,
      ikm,
      grade: ikmGrade(ikm),
    },
    issues: notes,
  };
}
