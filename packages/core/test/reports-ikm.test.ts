import { readFileSync } from 'node:fs';
import { sortIssues, type Survey } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import { computeIkm, ikmGrade, parseIkmCsv, type IkmResponse } from '../src/reports/index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/ikm/${name}`, import.meta.url), 'utf8');

/** A response from nine answers in the order U1..U9. */
const row = (...answers: number[]): IkmResponse =>
  Object.fromEntries(answers.map((a, i) => [`U${i + 1}`, a]));

/**
 * Worked example 2 (a mixed sample of 4 respondents), by hand:
 *
 *            U1 U2 U3 U4 U5 U6 U7 U8 U9
 *   R1        4  4  3  4  3  3  4  3  3
 *   R2        3  3  3  4  3  3  3  2  3
 *   R3        4  3  2  4  3  4  4  3  3
 *   R4        3  3  2  4  3  3  3  2  4
 *   sum      14 13 10 16 12 13 14 10 13    total 115
 *   NRR = sum/4:   3.50 3.25 2.50 4.00 3.00 3.25 3.50 2.50 3.25
 *   index = NRR×25: 87.50 81.25 62.50 100.00 75.00 81.25 87.50 62.50 81.25
 *   grade:            B     B     D     A      C     B     B     D     B
 *   (87.50 < 88.31 → B; 62.50 < 65.00 → D; 75.00 ≥ 65.00 → C)
 *   Σ weighted NRR = Σ NRR × 1/9 = 28.75/9 = 3.19444…   (28.75 = 115/4)
 *   IKM = 3.19444… × 25 = 79.8611… → 79.86 → B (76.61 ≤ 79.86 < 88.31)
 */
const mixed = [
  row(4, 4, 3, 4, 3, 3, 4, 3, 3),
  row(3, 3, 3, 4, 3, 3, 3, 2, 3),
  row(4, 3, 2, 4, 3, 4, 4, 3, 3),
  row(3, 3, 2, 4, 3, 3, 3, 2, 4),
];

describe('computeIkm: worked examples computed by hand', () => {
  it('example 1: every respondent answers 4 → NRR 4, index 100, IKM 100, grade A', () => {
    // NRR_i = 4 for every element; Σ 4 × 1/9 over nine elements = 4; 4 × 25 = 100.
    // With the printed weight 0.111 it would be 9 × 4 × 0.111 × 25 = 99.9: that is why 1/9.
    const all4 = row(4, 4, 4, 4, 4, 4, 4, 4, 4);
    const result = computeIkm([all4, all4, all4]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      respondents: 3,
      weight: 1 / 9,
      weightedSum: 4,
      ikm: 100,
      grade: 'A',
    });
    expect(
      result.value.elements.every((e) => e.nrr === 4 && e.index === 100 && e.grade === 'A'),
    ).toBe(true);
  });

  it('example 2: a mixed sample of four respondents → IKM 79.86, grade B', () => {
    const result = computeIkm(mixed);
    if (!result.ok) throw new Error('valid');
    const { value } = result;
    expect(value.elements.map((e) => [e.code, e.sum, e.nrr, e.index, e.grade])).toEqual([
      ['U1', 14, 3.5, 87.5, 'B'],
      ['U2', 13, 3.25, 81.25, 'B'],
      ['U3', 10, 2.5, 62.5, 'D'],
      ['U4', 16, 4, 100, 'A'],
      ['U5', 12, 3, 75, 'C'],
      ['U6', 13, 3.25, 81.25, 'B'],
      ['U7', 14, 3.5, 87.5, 'B'],
      ['U8', 10, 2.5, 62.5, 'D'],
      ['U9', 13, 3.25, 81.25, 'B'],
    ]);
    expect(value.elements[0]!.weightedNrr).toBeCloseTo(3.5 / 9, 12);
    expect(value.weightedSum).toBeCloseTo(115 / 36, 12);
    expect(value.ikm).toBe(79.86);
    expect(value.grade).toBe('B');
    expect(value.elements[0]).toMatchObject({ topic: 'requirements' });
    expect(value.elements[8]).toMatchObject({ topic: 'facilities' });
  });

  it('example 3: one respondent answering 1 everywhere → the floor of the scale, 25, grade D', () => {
    const result = computeIkm([row(1, 1, 1, 1, 1, 1, 1, 1, 1)]);
    expect(result.ok && [result.value.ikm, result.value.grade]).toEqual([25, 'D']);
  });

  it('keeps the element order of the mall survey (U8 and U9 swapped)', () => {
    const survey: Survey['elements'] = [
      { code: 'U1', topic: 'requirements' },
      { code: 'U2', topic: 'procedure' },
      { code: 'U3', topic: 'completion-time' },
      { code: 'U4', topic: 'cost' },
      { code: 'U5', topic: 'product' },
      { code: 'U6', topic: 'staff-competence' },
      { code: 'U7', topic: 'staff-behaviour' },
      { code: 'U9', topic: 'facilities', name: { id: 'Sarana dan prasarana' } },
      { code: 'U8', topic: 'complaint-handling' },
    ];
    const result = computeIkm(mixed, { elements: survey });
    if (!result.ok) throw new Error('valid');
    expect(result.value.elements.slice(7).map((e) => [e.code, e.topic, e.index])).toEqual([
      ['U9', 'facilities', 81.25],
      ['U8', 'complaint-handling', 62.5],
    ]);
    expect(result.value.elements[7]!.name).toEqual({ id: 'Sarana dan prasarana' });
    expect(result.value.ikm).toBe(79.86);
  });
});

describe('ikmGrade: boundaries of PermenPANRB 14/2017 on the two-decimal value', () => {
  it.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.305, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
  ] as const)('%s → %s', (value, grade) => {
    expect(ikmGrade(value)).toBe(grade);
  });
});

describe('computeIkm: bad responses are errors, all of them, located', () => {
  it('answers outside 1–4, non-integers and unknown elements (a blank answer is not an error)', () => {
    const result = computeIkm(
      [
        row(4, 4, 4, 4, 4, 4, 4, 4, 4),
        { ...row(4, 4, 5, 4, 4, 4, 4, 4, 4), U10: 3 },
        { ...row(4, 4, 4, 4, 2.5, 4, 4, 4, 4), U9: Number.NaN },
        row(0, 4, 4, 4, 4, 4, 4, 4),
      ],
      { locale: 'en' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      [
        'ikm_unknown_element',
        'responses.1.U10',
        '"U10" is not an element of the survey; its elements are U1, U2, U3, U4, U5, U6, U7, U8, U9.',
      ],
      [
        'ikm_invalid_answer',
        'responses.1.U3',
        'Respondent 2, element U3: "5" is not an answer on the 1–4 scale.',
      ],
      [
        'ikm_invalid_answer',
        'responses.2.U5',
        'Respondent 3, element U5: "2.5" is not an answer on the 1–4 scale.',
      ],
      [
        'ikm_invalid_answer',
        'responses.3.U1',
        'Respondent 4, element U1: "0" is not an answer on the 1–4 scale.',
      ],
    ]);
    expect(result.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('in Indonesian', () => {
    const result = computeIkm([row(4, 4, 9, 4, 4, 4, 4, 4, 4)], { locale: 'id' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      message: 'Responden 1, unsur U3: "9" bukan jawaban pada skala 1–4.',
      hint: 'Tulis 1 (tidak baik), 2 (kurang baik), 3 (baik), atau 4 (sangat baik).',
    });
  });

  it('no responses at all', () => {
    expect(computeIkm([])).toMatchObject({ ok: false, issues: [{ code: 'ikm_no_responses' }] });
  });
});

describe('parseIkmCsv', () => {
  it('reads the worked example, ignoring the respondent column', () => {
    const parsed = parseIkmCsv(fixture('worked-example.csv'), { file: 'worked-example.csv' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value).toMatchObject({
      ignoredColumns: ['respondent'],
      lines: [2, 3, 4, 5],
      separator: ',',
    });
    expect(parsed.value.responses).toEqual(mixed);
    const result = computeIkm(parsed.value.responses);
    expect(result.ok && result.value.ikm).toBe(79.86);
  });

  it('reads columns in any order, semicolons, CRLF and blank lines', () => {
    const parsed = parseIkmCsv(fixture('semicolon-reordered.csv'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value).toMatchObject({
      ignoredColumns: ['No'],
      lines: [2, 3, 5, 6],
      separator: ';',
    });
    expect(parsed.value.responses).toEqual(mixed);
  });

  it('accepts headers named loosely (u1, "U 2") or by topic, and quoted fields', () => {
    const text =
      '"u1","U 2",completion-time,U4,U5,U6,U7,U8,facilities,"note, free text"\n4,4,4,4,4,4,4,4,4,"ok, ""fine"""\n';
    const parsed = parseIkmCsv(text);
    expect(parsed.ok && parsed.value.responses).toEqual([row(4, 4, 4, 4, 4, 4, 4, 4, 4)]);
    expect(parsed.ok && parsed.value.ignoredColumns).toEqual(['note, free text']);
  });

  it('names the line and column of every bad answer', () => {
    const parsed = parseIkmCsv(fixture('bad-answers.csv'), { file: 'bad-answers.csv' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(
      sortIssues(parsed.issues).map(
        (i) => `${i.file}:${i.line}:${i.column} ${i.code} ${i.message}`,
      ),
    ).toEqual([
      'bad-answers.csv:3:7 ikm_invalid_answer Respondent 2, element U3: "5" is not an answer on the 1–4 scale.',
      'bad-answers.csv:5:1 csv_field_count This row has 11 fields, but the header row has 10.',
      'bad-answers.csv:6:1 csv_field_count This row has 9 fields, but the header row has 10.',
      'bad-answers.csv:6:7 ikm_invalid_answer Respondent 5, element U3: "2.5" is not an answer on the 1–4 scale.',
    ]);
  });

  it('an unknown element column is an error with a suggestion; the missing element too', () => {
    const parsed = parseIkmCsv(fixture('unknown-element.csv'), {
      file: 'unknown-element.csv',
      locale: 'id',
    });
    expect(
      !parsed.ok && parsed.issues.map((i) => [i.code, i.line, i.column, i.message, i.hint]),
    ).toEqual([
      [
        'ikm_unknown_element',
        1,
        25,
        '"U10" bukan unsur survei; unsurnya adalah U1, U2, U3, U4, U5, U6, U7, U8, U9.',
        'Mungkin maksud Anda "U1"?',
      ],
      [
        'ikm_missing_element',
        1,
        undefined,
        'Tidak ada jawaban untuk unsur U9 (sarana dan prasarana).',
        'Indeks memerlukan jawaban untuk setiap unsur (PermenPANRB 14/2017); tambahkan kolom U9 beserta jawabannya.',
      ],
    ]);
  });

  it.each([
    ['an empty file', '', 'ikm_no_responses'],
    ['a header only', 'U1,U2,U3,U4,U5,U6,U7,U8,U9\n', 'ikm_no_responses'],
    ['an open quote', 'U1,"U2\n4,4\n', 'csv_unclosed_quote'],
    ['a duplicate element', 'U1,U1,U2,U3,U4,U5,U6,U7,U8,U9\n', 'ikm_duplicate_element'],
  ])('%s is an error', (_name, text, code) => {
    expect(parseIkmCsv(text)).toMatchObject({ ok: false, issues: [{ code }] });
  });
});
