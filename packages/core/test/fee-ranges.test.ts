import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localizeIssue, type Issue, type Locale, type MallConfig } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFeeFormula, loadMall, quoteFee, validateMallSources } from '../src/index.js';
import { createMemoryStore } from '../src/store/index.js';
import { createMallRuntime, ValidationError } from '../src/runtime/index.js';
import { batangNik, createTestClock, pbgFacts } from './runtime/runtimeFixtures.js';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/malls/${name}`, import.meta.url));
const mallText = readFileSync(fixture('small/mall.yaml'), 'utf8');
const serviceText = readFileSync(fixture('small/services/sip.yaml'), 'utf8');

/** Validates the small mall with this fee; the issues as `line:column code`, and the fee's line. */
function validateFee(fee: string, locale: Locale = 'en') {
  const text = serviceText.replace('fee: { kind: free }', `fee: ${fee}`);
  const result = validateMallSources(
    [
      { file: 'mall.yaml', text: mallText },
      { file: 's.yaml', text },
    ],
    { years: [2026], locale },
  );
  const lines = text.split('\n');
  const feeLine = lines.findIndex((line) => line.includes('fee: ')) + 1;
  return {
    ok: result.ok,
    issues: result.issues,
    /** `line:column` of the first occurrence of `needle` in the fee's line. */
    at: (needle: string) => `${feeLine}:${lines[feeLine - 1]!.indexOf(needle) + 1}`,
    brief: result.issues.map((i) => `${i.line ?? '?'}:${i.column ?? '?'} ${i.code}`),
  };
}

/** Validates the small mall with one copy of its service per fee (`sip-0`, `sip-1` …); the text too. */
function validateFees(fees: readonly string[]) {
  const [head, service] = serviceText.split('services:\n');
  const body = fees
    .map((fee, i) =>
      service!
        .replace('id: sip-bidan', `id: sip-${i}`)
        .replace('fee: { kind: free }', `fee: ${fee}`),
    )
    .join('');
  const text = `${head!}services:\n${body}`;
  const result = validateMallSources(
    [
      { file: 'mall.yaml', text: mallText },
      { file: 's.yaml', text },
    ],
    { years: [2026] },
  );
  return { text, result };
}

describe('a fee formula is proved over the declared ranges of its facts', () => {
  it('refuses 1/0: the fee would be infinite (located at the divisor)', () => {
    const result = validateFee('{ kind: formula, expression: "1/0", variables: {} }');
    expect(result.ok).toBe(false);
    expect(result.brief).toEqual([`${result.at('0"')} fee_division_by_zero`]);
    expect(result.issues[0]!.message).toBe(
      'The fee formula divides by "0", which can be 0 for allowed facts: the fee would be infinite or not a number.',
    );
    expect(result.issues[0]!.hint).toMatch(/`min` above 0/);
  });

  it('refuses a division by a fact whose range contains 0, and accepts it once min is above 0', () => {
    const formula = (min: string) =>
      `{ kind: formula, expression: "total / people", variables: { total: { unit: IDR }, people: { type: integer, unit: person${min} } } }`;
    const refused = validateFee(formula(''));
    expect(refused.brief).toEqual([`${refused.at('people"')} fee_division_by_zero`]);
    expect(validateFee(formula(', min: 1')).ok).toBe(true);
  });

  it('refuses -floorArea: the fee would be negative (located at the minus)', () => {
    const result = validateFee(
      '{ kind: formula, expression: "-floorArea", variables: { floorArea: { type: number, unit: m2, max: 1000 } } }',
    );
    expect(result.brief).toEqual([`${result.at('-floorArea')} fee_can_be_negative`]);
    expect(result.issues[0]!.message).toBe(
      'The fee formula can give a negative fee for allowed facts: "-floorArea" can be as low as -1000.',
    );
  });

  it('refuses a subtraction whose ranges cross, names the part, and says it in Indonesian', () => {
    const variables =
      'variables: { npop: { unit: IDR }, npoptkp: { unit: IDR, max: 80000000 }, rate: { unit: percent, max: 100 } }';
    const result = validateFee(
      `{ kind: formula, expression: "(npop - npoptkp) * rate / 100", ${variables} }`,
      'id',
    );
    expect(result.brief).toEqual([`${result.at('- npoptkp')} fee_can_be_negative`]);
    expect(result.issues[0]!.message).toBe(
      'Rumus biaya dapat menghasilkan biaya negatif untuk fakta yang diizinkan: "(npop - npoptkp)" dapat serendah -80000000.',
    );
    expect(result.issues[0]!.hint).toMatch(/max\(0, …\)/);
    // The fix the hint names passes.
    expect(
      validateFee(
        `{ kind: formula, expression: "max(0, npop - npoptkp) * rate / 100", ${variables} }`,
      ).ok,
    ).toBe(true);
  });

  it('refuses an undeclared fact, located at its use in the formula, with the nearest name', () => {
    const result = validateFee(
      '{ kind: formula, expression: "floorArea * tarif", variables: { floorArea: { unit: m2 }, tariff: { unit: IDR } } }',
    );
    expect(result.brief).toEqual([`${result.at('tarif"')} fee_unknown_variable`]);
    expect(result.issues[0]!.hint).toBe('Did you mean "tariff"?');
  });

  it('keeps a configuration without types and ranges valid: a fact is a number of 0 or more', () => {
    const result = validateFee(
      '{ kind: formula, expression: "luas * tarif", variables: { luas: {}, tarif: {} }, examples: [{ given: { luas: 10, tarif: 3 }, expect: 30 }] }',
    );
    expect(result.issues).toEqual([]);
  });

  it('checks the declarations: an empty range, a choice without options, a field the type ignores', () => {
    const result = validateFee(
      '{ kind: formula, expression: "a + b + c", variables: { a: { min: 10, max: 5 }, b: { type: choice }, c: { type: boolean, unit: m2 } } }',
    );
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      'fee_choice_without_options',
      'fee_variable_field_unused',
      'fee_variable_range_empty',
    ]);
    expect(result.issues.find((i) => i.code === 'fee_variable_range_empty')!.message).toBe(
      'The variable "a" allows no value: `min` (10) is greater than `max` (5).',
    );
  });

  it('checks the examples against the ranges', () => {
    const result = validateFee(
      '{ kind: formula, expression: "floorArea * 1000", variables: { floorArea: { unit: m2, max: 500 } }, examples: [{ given: { floorArea: 600 }, expect: 600000 }] }',
    );
    expect(result.issues.map((i) => [i.code, i.message])).toEqual([
      [
        'fact_out_of_range',
        'The fact "floorArea" is 600 m², outside the allowed range: from 0 to 500 m².',
      ],
    ]);
  });

  it('reads booleans as 1 or 0 and choices as their values', () => {
    const variables =
      '{ corner: { type: boolean }, use: { type: choice, options: [{ id: house, label: House, value: 1 }, { id: shop, label: Shop, value: 2 }] } }';
    const result = validateFee(
      `{ kind: formula, expression: "(use + corner) * 1000", variables: ${variables}, examples: [{ given: { corner: true, use: shop }, expect: 3000 }] }`,
    );
    expect(result.issues).toEqual([]);
  });

  it('shares an analysis only between fees that declare the same facts and rounding (issue 15)', () => {
    // Four services with the expression "-floorArea": two with the same declarations (one
    // analysis, each service's issue at its own place), two that differ in a range or a field
    // the analysis reads (their own analyses and messages).
    const fees = [
      '{ kind: formula, expression: "-floorArea", variables: { floorArea: { unit: m2, max: 1000 } } }',
      '{ kind: formula, expression: "-floorArea", variables: { floorArea: { unit: m2, max: 1000 } } }',
      '{ kind: formula, expression: "-floorArea", variables: { floorArea: { unit: m2, max: 50 } } }',
      '{ kind: formula, expression: "-floorArea", variables: { floorArea: { unit: m2, min: 5, max: 5 } }, rounding: none }',
    ];
    const { text, result } = validateFees(fees);
    const lines = text.split('\n');
    const feeLines = lines.flatMap((line, i) => (line.includes('fee: ') ? [i + 1] : []));
    expect(feeLines).toHaveLength(4);
    expect(result.issues.map((i) => [i.code, i.line, i.column, i.params?.['lowest']])).toEqual(
      feeLines.map((line, i) => [
        'fee_can_be_negative',
        line,
        lines[line - 1]!.indexOf('-floorArea') + 1,
        ['-1000', '-1000', '-50', '-5'][i],
      ]),
    );
  });

  it('suggests for each fee the nearest of its own facts, in its own order (a shared analysis would not)', () => {
    // "aa" is one edit from both "ab" and "ba": the suggestion is the first declared of the two,
    // so two fees that declare the same facts in another order get different suggestions.
    const fees = [
      '{ kind: formula, expression: "aa", variables: { ab: { unit: m2 }, ba: { unit: m2 } } }',
      '{ kind: formula, expression: "aa", variables: { ba: { unit: m2 }, ab: { unit: m2 } } }',
    ];
    const { result } = validateFees(fees);
    expect(result.issues.map((i) => [i.code, i.params?.['suggestion']])).toEqual([
      ['fee_unknown_variable', 'ab'],
      ['fee_unknown_variable', 'ba'],
    ]);
  });

  it('gives the range of fees a sound formula can give', () => {
    expect(
      analyzeFeeFormula(
        'floorArea * 10000',
        { floorArea: { type: 'number', unit: 'm2', max: 1000 } },
        'round',
      ),
    ).toEqual({ problems: [], lowest: 0, highest: 10_000_000 });
  });
});

describe('the runtime refuses facts outside their declared range', () => {
  let batang: MallConfig;
  beforeAll(async () => {
    const result = await loadMall(
      fileURLToPath(new URL('../../../examples/batang', import.meta.url)),
    );
    if (!result.ok) throw new Error('Batang must load');
    batang = result.mall;
  });
  const service = (id: string) => batang.services.find((s) => s.id === id)!;
  const text = (issue: Issue, locale: Locale) => {
    const localized = localizeIssue(issue, locale);
    return `${localized.message} ${localized.hint ?? ''}`;
  };

  it('quoteFee refuses floorArea -500 naming the fact, the range and the unit (English and Indonesian)', () => {
    const quote = quoteFee(service('pbg'), 'new', { ...pbgFacts, floorArea: -500 });
    expect(quote.ok).toBe(false);
    if (quote.ok) return;
    expect(quote.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['fact_out_of_range', 'facts.floorArea'],
    ]);
    expect(text(quote.issues[0]!, 'en')).toBe(
      'The fact "floorArea" is -500 m², outside the allowed range: at least 0 m². Enter a value at least 0 m².',
    );
    expect(text(quote.issues[0]!, 'id')).toBe(
      'Fakta "floorArea" bernilai -500 m², di luar rentang yang diizinkan: paling sedikit 0 m². Isi nilai paling sedikit 0 m².',
    );
  });

  it('quoteFee refuses a value of the wrong type, and a rate above its maximum', () => {
    const bphtb = batang.services.find(
      (s) => s.fee.kind === 'formula' && s.fee.expression.includes('npoptkp'),
    )!;
    const quote = quoteFee(bphtb, 'new', { npop: 3e8, npoptkp: '8e7', ratePercent: 500 });
    expect(quote.ok ? [] : quote.issues.map((i) => localizeIssue(i, 'en').message)).toEqual([
      'The fact "npoptkp" must be a number, got "8e7".',
      'The fact "ratePercent" is 500 %, outside the allowed range: from 0 to 100 %.',
    ]);
  });

  it('submit refuses the application and stores nothing', async () => {
    const store = createMemoryStore();
    const runtime = createMallRuntime(batang, {
      store,
      clock: createTestClock('2025-05-05T02:00:00Z'),
    });
    const error = await runtime
      .submit({
        serviceId: 'pbg',
        applicationKind: 'new',
        applicant: { id: 'akun-1', nik: batangNik(1) },
        facts: { ...pbgFacts, floorArea: -500 },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.code)).toEqual(['fact_out_of_range']);
    expect(await store.count()).toBe(0);
  });

  it('still quotes every Batang formula fee as its examples say, and the PBG at the same amounts', () => {
    const formulas = batang.services.filter((s) => s.fee.kind === 'formula');
    expect(formulas.length).toBeGreaterThanOrEqual(4);
    for (const s of formulas) {
      if (s.fee.kind !== 'formula') continue;
      for (const example of s.fee.examples) {
        const quote = quoteFee(s, s.applicationKinds[0]!, example.given);
        expect(quote).toMatchObject({ ok: true, value: { amount: example.expect } });
      }
    }
    expect(quoteFee(service('pbg'), 'new', pbgFacts)).toMatchObject({
      ok: true,
      value: { amount: 1_000_000 },
    });
  });
});
