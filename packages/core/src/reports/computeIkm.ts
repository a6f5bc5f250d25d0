import {
  createIssue,
  nearest,
  type Issue,
  type Locale,
  type LocalizedText,
  type SurveyTopic,
} from '@mpp-kit/schemas';
import { normalizeElements, type IkmElementSpec } from './_ikmElements.js';

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
 * One respondent's answers: element code (`U1`..`U9`) → answer on the 1–4 scale.
 *
 * @example
 * ```ts
 * const response: IkmResponse = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 };
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
  readonly respondents: number;
  /** Sum of the answers. */
  readonly sum: number;
  /** *Nilai rata-rata* (NRR): the mean answer, 1–4, unrounded. */
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
  readonly respondents: number;
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
 * What {@link computeIkm} returns: the index, or every problem found in the responses.
 *
 * @example
 * ```ts
 * const result: ComputeIkmResult = computeIkm(responses);
 * if (!result.ok) for (const issue of result.issues) console.error(issue.message);
 * ```
 */
export type ComputeIkmResult =
  | { readonly ok: true; readonly value: IkmResult }
  | { readonly ok: false; readonly issues: Issue[] };

/** One answer is a whole number 1–4. */
function checkIkmAnswer(value: unknown): value is 1 | 2 | 3 | 4 {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;
}

/**
 * Computes the satisfaction index (*Indeks Kepuasan Masyarakat*, PermenPANRB 14/2017) from survey
 * responses, one per respondent:
 *
 * - per element, the mean answer NRR = Σ answers / respondents (1–4); the weighted NRR = NRR × w;
 *   the element index NRR × 25 (25–100) and its grade;
 * - overall, IKM = (Σ weighted NRR) × 25 with its grade.
 *
 * The weight is w = 1 / the number of elements, **exactly 1/9** for the nine elements. The
 * regulation prints it as 0.111, and reports often use 0.11; with those, a survey where every
 * respondent answers 4 gives 99.9 (or 99) instead of 100, and grades near a boundary can flip. With
 * 1/9 the IKM is simply the mean of the element means × 25. Index values are rounded to two
 * decimals and graded on the rounded value (A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D), as in the
 * regulation's interval table; NRR and weighted NRR are unrounded.
 *
 * Every respondent must answer every element with a whole number 1–4. An answer outside the scale
 * (`ikm_invalid_answer`), a missing answer (`ikm_missing_answer`), a key that is not an element
 * (`ikm_unknown_element`) and an empty set of responses (`ikm_no_responses`) are errors, all
 * reported together with path `['responses', <index>, <code>]` and the respondent's number in the
 * message. Never throws.
 *
 * @example
 * ```ts
 * const all4 = { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 };
 * const result = computeIkm([all4, all4]);
 * if (result.ok) result.value.ikm; // 100, grade 'A'
 * computeIkm([{ ...all4, U3: 5 }]).ok; // false: ikm_invalid_answer
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
  const sums = new Map<string, number>(codes.map((code) => [code, 0]));
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
    for (const code of codes) {
      const value = Object.hasOwn(response, code) ? response[code] : undefined;
      if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
        issues.push(
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
        sums.set(code, (sums.get(code) ?? 0) + value);
      }
    }
  });
  if (issues.length > 0) return { ok: false, issues };

  const n = responses.length;
  const k = elements.length;
  const weight = 1 / k;
  let total = 0;
  const results = elements.map((element): IkmElementResult => {
    const sum = sums.get(element.code) ?? 0;
    total += sum;
    const nrr = sum / n;
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
  // IKM = 25 · Σ (sum_i / n) / k = 25 · total / (k · n); × 100 rounded from integers.
  const ikm = Math.round((2500 * total) / (k * n)) / 100;
  return {
    ok: true,
    value: {
      respondents: n,
      weight,
      elements: results,
      weightedSum: total / (k * n),
      ikm,
      grade: ikmGrade(ikm),
    },
  };
}
