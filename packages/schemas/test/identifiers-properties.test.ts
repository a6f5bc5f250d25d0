import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findRegion,
  kbli,
  listRegions,
  nib,
  nik,
  npwp,
  parseKbli,
  parseNib,
  parseNik,
  parseNpwp,
  parseRegionCode,
  regionCode,
  regionCodePattern,
  type IdentifierResult,
} from '../src/identifiers/index.js';

/** Strings made mostly of digits and separators, so they reach the deeper checks. */
const digitish = fc.string({
  unit: fc.constantFrom(...'0123456789012345678901234567890123456789 .-x'),
  maxLength: 22,
});

/** 16-digit strings starting with a real province + regency of the table. */
const nikLike = fc
  .tuple(
    fc.constantFrom(
      ...listRegions().flatMap((province) => listRegions(province.code).map((r) => r.code)),
    ),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 }),
  )
  .map(([regency, rest]) => regency.replace('.', '') + rest);

const anyInput = fc.oneof(fc.anything(), fc.string(), digitish, nikLike);

const parsers: readonly [string, (value: unknown) => IdentifierResult<unknown>][] = [
  ['parseNik', parseNik],
  ['parseNpwp', parseNpwp],
  ['parseNib', parseNib],
  ['parseKbli', parseKbli],
  ['parseRegionCode', parseRegionCode],
];

/** Luhn validation, written independently of the implementation (sum from the right). */
function luhnValid(digits: string): boolean {
  const sum = [...digits].reverse().reduce((total, ch, index) => {
    const doubled = Number(ch) * (index % 2 === 1 ? 2 : 1);
    return total + Math.floor(doubled / 10) + (doubled % 10);
  }, 0);
  return sum % 10 === 0;
}

describe('identifier validators never throw', () => {
  it.each(parsers)('%s returns a result for any input', (_name, parse) => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = parse(input);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.code).toBe('invalid_identifier');
          expect(issue.params?.['detail']).toEqual({
            en: expect.stringMatching(/\S/),
            id: expect.stringMatching(/\S/),
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['nik', nik],
    ['npwp', npwp],
    ['nib', nib],
    ['kbli', kbli],
    ['regionCode', regionCode],
  ] as const)('the %s schema safeParses any input', (_name, schema) => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = schema.safeParse(input);
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('findRegion and listRegions accept anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        findRegion(input as string);
        listRegions(input as string);
      }),
    );
  });
});

describe('identifier invariants', () => {
  it('a parsed NIK is 16 digits whose codes and birth date come from the digits', () => {
    fc.assert(
      fc.property(nikLike, (input) => {
        const result = parseNik(input);
        if (!result.ok) return;
        const { nik: digits, regencyCode, districtCode, birthDate, sex } = result.value;
        expect(digits).toBe(input);
        expect(findRegion(regencyCode)?.level).toBe('regency');
        expect(districtCode.replaceAll('.', '')).toBe(input.slice(0, 6));
        const day = Number(input.slice(6, 8));
        expect(sex).toBe(day > 40 ? 'female' : 'male');
        expect(birthDate.slice(2, 4)).toBe(input.slice(10, 12));
        expect(birthDate.slice(5)).toBe(
          `${input.slice(8, 10)}-${String(day > 40 ? day - 40 : day).padStart(2, '0')}`,
        );
        expect(new Date(`${birthDate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(birthDate);
      }),
      { numRuns: 2000 },
    );
  });

  it('a NIK birth date is the latest one with its digits that is not after the reference date', () => {
    const day = fc
      .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2099, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(nikLike, day, (input, referenceDate) => {
        const result = parseNik(input, { referenceDate });
        if (!result.ok) return;
        const { birthDate } = result.value;
        expect(birthDate <= referenceDate).toBe(true);
        // a hundred years later would be after the reference date (or not a real day)
        const later = `${String(Number(birthDate.slice(0, 4)) + 100)}${birthDate.slice(4)}`;
        expect(later > referenceDate).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a 15-digit NPWP is valid exactly when digits 1–9 pass Luhn (all zeros aside)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 15, maxLength: 15 }),
        (digits) => {
          const expected = luhnValid(digits.slice(0, 9)) && !/^0+$/.test(digits);
          expect(parseNpwp(digits).ok).toBe(expected);
          expect(parseNpwp(`0${digits}`).ok).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a parsed region code is canonical and its prefix resolves in the table', () => {
    fc.assert(
      fc.property(digitish, (input) => {
        const result = parseRegionCode(input);
        if (!result.ok) return;
        expect(result.value.code).toMatch(regionCodePattern);
        expect(findRegion(result.value.code.slice(0, 8))).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });
});
