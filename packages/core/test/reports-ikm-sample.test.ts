import { describe, expect, it } from 'vitest';
import {
  computeIkm,
  ikmRequiredSample,
  parseIkmCsv,
  type IkmResponse,
} from '../src/reports/index.js';

const row = (...answers: (number | undefined)[]): IkmResponse =>
  Object.fromEntries(
    answers.flatMap((a, i) => (a === undefined ? [] : [[`U${i + 1}`, a] as const])),
  );
const period = { from: '2025-01-01', to: '2025-06-30' };

describe('a respondent who left an element blank is averaged over the elements answered', () => {
  /**
   * By hand: U1 answered by R1 (4) and R2 (2) → NRR 3; R3 left U1 blank.
   * U2..U9 answered by all three with 4, 4, 1 → sum 9 / 3 = NRR 3.
   * Every NRR is 3, so IKM = 3 × 25 = 75 (grade C); the blank does not count as a 0 or a 1.
   */
  const responses = [
    row(4, 4, 4, 4, 4, 4, 4, 4, 4),
    row(2, 4, 4, 4, 4, 4, 4, 4, 4),
    row(undefined, 1, 1, 1, 1, 1, 1, 1, 1),
  ];

  it('computes per-element averages over the respondents who answered', () => {
    const result = computeIkm(responses, { period });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const u1 = result.value.elements[0]!;
    expect([u1.respondents, u1.sum, u1.nrr, u1.index]).toEqual([2, 6, 3, 75]);
    expect(result.value.elements[1]).toMatchObject({ respondents: 3, sum: 9, nrr: 3 });
    expect(result.value).toMatchObject({ respondents: 3, blankAnswers: 1, ikm: 75, grade: 'C' });
  });

  it('notes each blank, located, as information rather than an error', () => {
    const result = computeIkm(responses, { period });
    if (!result.ok) throw new Error('valid');
    expect(result.issues.map((i) => [i.code, i.severity, i.path.join('.'), i.message])).toEqual([
      [
        'ikm_missing_answer',
        'info',
        'responses.2.U1',
        'Respondent 3 left element U1 blank; U1 is averaged over the respondents who answered it.',
      ],
    ]);
  });

  it('reads a blank cell in CSV as a blank answer, located', () => {
    const csv =
      'U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n2,4,4,4,4,4,4,4,4\n,1,1,1,1,1,1,1,1\n';
    const parsed = parseIkmCsv(csv, { file: 'skm.csv' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.responses).toEqual(responses);
    expect(
      parsed.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity} ${i.code}`),
    ).toEqual(['skm.csv:4:1 info ikm_missing_answer']);
    const result = computeIkm(parsed.value.responses, { period });
    expect(result.ok && result.value.ikm).toBe(75);
  });

  it('an element nobody answered cannot be averaged: an error', () => {
    const result = computeIkm([row(undefined, 4, 4, 4, 4, 4, 4, 4, 4)], { period });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['ikm_missing_element']);
  });
});

describe('sample size: the Krejcie–Morgan table PermenPANRB 14/2017 reproduces', () => {
  it.each([
    // population → sample, rows of Krejcie & Morgan (1970), Table 1
    [10, 10],
    [50, 44],
    [100, 80],
    [150, 108],
    [300, 169],
    [500, 217],
    [1000, 278],
    [2000, 322],
    [5000, 357],
    [10000, 370],
    [50000, 381],
    [1000000, 384],
  ])('a population of %i needs %i respondents', (population, sample) => {
    expect(ikmRequiredSample(population)).toBe(sample);
  });

  it('a small population is surveyed whole', () => {
    expect(ikmRequiredSample(3)).toBe(3);
  });

  it('warns when the respondents are fewer than the table requires for the population', () => {
    const all4 = row(4, 4, 4, 4, 4, 4, 4, 4, 4);
    const result = computeIkm([all4, all4, all4], { population: 1000, period });
    if (!result.ok) throw new Error('valid');
    expect(result.value).toMatchObject({ population: 1000, requiredSample: 278 });
    expect(result.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        'ikm_sample_too_small',
        'warning',
        '3 respondents answered, fewer than the 278 the Krejcie–Morgan table of PermenPANRB 14/2017 requires for a population of 1000.',
      ],
    ]);
    const enough = computeIkm(Array(10).fill(all4), { population: 10, period });
    expect(enough.ok && enough.issues).toEqual([]);
  });

  it('warns when the survey period is missing', () => {
    const all4 = row(4, 4, 4, 4, 4, 4, 4, 4, 4);
    const result = computeIkm([all4], { locale: 'id' });
    if (!result.ok) throw new Error('valid');
    expect(result.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        'ikm_period_missing',
        'warning',
        'Periode survei tidak diberikan: IKM dilaporkan untuk suatu periode (PermenPANRB 14/2017).',
      ],
    ]);
  });
});
