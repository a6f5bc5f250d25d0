import { createIssue, nearest, type Issue, type IssueInit, type Locale } from '@mpp-kit/schemas';
import { readCsvText, type CsvField } from './_csvText.js';
import {
  canonicalCode,
  looksLikeElementCode,
  normalizeElements,
  topicParams,
  type IkmElementSpec,
} from './_ikmElements.js';
import type { IkmResponse } from './computeIkm.js';

/**
 * Options of {@link parseIkmCsv}.
 *
 * @example
 * ```ts
 * const options: ParseIkmCsvOptions = { file: 'skm-2025.csv', elements: mall.surveys[0]!.elements, locale: 'id' };
 * ```
 */
export interface ParseIkmCsvOptions {
  /** The file name issues carry (with the line and column of the offending cell). */
  readonly file?: string;
  /** The survey's elements (codes or `{ code, topic }`); default U1..U9 of PermenPANRB 14/2017. */
  readonly elements?: readonly (string | IkmElementSpec)[];
  /** Language of the issues. Default `en`. */
  readonly locale?: Locale;
}

/**
 * Survey responses read from CSV: one per respondent, with the line each came from, and the
 * header of every column that was ignored.
 *
 * @example
 * ```ts
 * const parsed: IkmCsv = { responses: [{ U1: 4 }], lines: [2], ignoredColumns: ['respondent'], separator: ',' };
 * ```
 */
export interface IkmCsv {
  readonly responses: readonly IkmResponse[];
  /** The line of each response, in the same order. */
  readonly lines: readonly number[];
  readonly ignoredColumns: readonly string[];
  readonly separator: ',' | ';' | '\t';
}

/**
 * What {@link parseIkmCsv} returns: the responses with a located `info` issue for each blank
 * answer, or every error.
 *
 * @example
 * ```ts
 * const result: ParseIkmCsvResult = parseIkmCsv(text);
 * ```
 */
export type ParseIkmCsvResult =
  | { readonly ok: true; readonly value: IkmCsv; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

const separatorNames: Readonly<Record<IkmCsv['separator'], string>> = {
  ',': ',',
  ';': ';',
  '\t': 'tab',
};

/**
 * Reads satisfaction-survey responses from CSV: a header row, then one row per respondent.
 *
 * - **Header**: one column per element, named by its code (`U1`..`U9`, any order, case and inner
 *   spaces ignored: `u 3` is `U3`) or by its topic (`requirements`, `cost` …). A column whose
 *   header looks like an element code but is not one of the survey (`U10`) is an error
 *   (`ikm_unknown_element`, with a "did you mean"); every other column — a respondent number, a
 *   date, the service used — is **ignored** and listed in `ignoredColumns`, so exports of survey
 *   tools can be read as they are. A missing element (`ikm_missing_element`) or an element given
 *   twice (`ikm_duplicate_element`) is an error.
 * - **Rows**: each answer a whole number 1–4 (`ikm_invalid_answer` otherwise). An empty cell is a
 *   blank answer: the respondent left that element out, so it is absent from the response and
 *   noted by a located `info` issue (`ikm_missing_answer`); `computeIkm` averages the element over
 *   those who answered. A row with a different number of fields than the header is an error
 *   (`csv_field_count`), except for trailing empty fields. Blank lines are skipped.
 * - **Format**: RFC 4180 quotes; the separator is comma, semicolon or tab, whichever the header
 *   uses most; a UTF-8 byte-order mark is skipped.
 *
 * Every issue carries `file` (when given), the `line` and `column` of the cell, and names the
 * respondent and element in its message. Never throws.
 *
 * @example
 * ```ts
 * const result = parseIkmCsv('respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n1,4,4,3,4,3,3,4,3,3\n', { file: 'skm.csv' });
 * if (result.ok) computeIkm(result.value.responses); // { ok: true, value: { ikm: …, grade: … } }
 * parseIkmCsv('U1,U2\n5,1\n', { elements: ['U1', 'U2'] }); // { ok: false, issues: [ikm_invalid_answer at 2:1] }
 * ```
 */
export function parseIkmCsv(text: string, options: ParseIkmCsvOptions = {}): ParseIkmCsvResult {
  const locale = options.locale ?? 'en';
  const elements = normalizeElements(options.elements);
  const codes = elements.map((element) => element.code);
  const issue = (init: IssueInit): Issue =>
    createIssue({ ...init, locale, ...(options.file === undefined ? {} : { file: options.file }) });
  const at = (field: CsvField) => {
    const lead = field.text.length - field.text.trimStart().length;
    return { line: field.line, column: field.column + (field.text.includes('\n') ? 0 : lead) };
  };

  const csv = readCsvText(text);
  if (csv.unclosedQuote !== undefined) {
    return {
      ok: false,
      issues: [issue({ code: 'csv_unclosed_quote', path: [], ...csv.unclosedQuote })],
    };
  }
  const [header, ...rows] = csv.rows;
  if (header === undefined) {
    return { ok: false, issues: [issue({ code: 'ikm_no_responses', path: [], line: 1 })] };
  }

  // Header: which column holds which element.
  const issues: Issue[] = [];
  const columnOf = new Map<string, number>();
  const ignoredColumns: string[] = [];
  header.fields.forEach((field, index) => {
    const name = field.text.trim();
    const code = canonicalCode(name);
    const element =
      elements.find((candidate) => candidate.code === code) ??
      elements.find(
        (candidate) => candidate.topic !== undefined && candidate.topic === name.toLowerCase(),
      );
    if (element !== undefined) {
      if (columnOf.has(element.code)) {
        issues.push(
          issue({
            code: 'ikm_duplicate_element',
            path: ['header', index],
            params: { column: element.code },
            ...at(field),
          }),
        );
      } else {
        columnOf.set(element.code, index);
      }
    } else if (looksLikeElementCode(name)) {
      const suggestion = nearest(code, codes);
      issues.push(
        issue({
          code: 'ikm_unknown_element',
          path: ['header', index],
          params: {
            column: name,
            known: codes,
            ...(suggestion === undefined ? {} : { suggestion }),
          },
          ...at(field),
        }),
      );
    } else {
      ignoredColumns.push(name);
    }
  });
  for (const element of elements) {
    if (!columnOf.has(element.code)) {
      issues.push(
        issue({
          code: 'ikm_missing_element',
          path: ['header'],
          params: { element: element.code, ...topicParams(element) },
          line: header.line,
        }),
      );
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  if (rows.length === 0) {
    return {
      ok: false,
      issues: [issue({ code: 'ikm_no_responses', path: [], line: header.line + 1 })],
    };
  }

  // Rows: one respondent each.
  const responses: IkmResponse[] = [];
  const notes: Issue[] = [];
  const expected = header.fields.length;
  rows.forEach((row, index) => {
    const respondent = index + 1;
    const extra = row.fields.slice(expected);
    if (row.fields.length < expected || extra.some((field) => field.text.trim() !== '')) {
      issues.push(
        issue({
          code: 'csv_field_count',
          path: ['responses', index],
          params: {
            fields: row.fields.length,
            headerFields: expected,
            separator: separatorNames[csv.separator],
          },
          line: row.line,
          column: 1,
        }),
      );
    }
    const response: Record<string, number> = {};
    const last = row.fields[row.fields.length - 1] ?? { text: '', line: row.line, column: 1 };
    for (const [code, column] of columnOf) {
      const field = row.fields[column];
      const value = field?.text.trim() ?? '';
      if (field === undefined || value === '') {
        notes.push(
          issue({
            code: 'ikm_missing_answer',
            path: ['responses', index, code],
            params: { row: respondent, column: code },
            ...(field === undefined
              ? { line: last.line, column: last.column + last.text.length }
              : at(field)),
          }),
        );
      } else if (!/^[1-4]$/.test(value)) {
        issues.push(
          issue({
            code: 'ikm_invalid_answer',
            path: ['responses', index, code],
            params: { row: respondent, column: code, value },
            ...at(field),
          }),
        );
      } else {
        response[code] = Number(value);
      }
    }
    responses.push(response);
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      responses,
      lines: rows.map((row) => row.line),
      ignoredColumns,
      separator: csv.separator,
    },
    issues: notes,
  };
}
