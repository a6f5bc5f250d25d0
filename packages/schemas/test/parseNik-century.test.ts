import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseNik, type IdentifierResult } from '../src/identifiers/index.js';
import { detailIn } from './_detailIn.js';

/** The English details of a failed result (throws when the result is ok). */
function details(result: IdentifierResult<unknown>): string[] {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.issues.map((issue) => detailIn(issue, 'en'));
}

/** A Batang (33.25.01) NIK of a man born on DDMMYY. */
const batangNik = (ddmmyy: string) => `332501${ddmmyy}0001`;

describe('parseNik: the birth century', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    // the issue's example: born 15-08-2005, read on 4 December 2026
    ['150805', '2026-12-04', '2005-08-15'],
    ['010190', '2026-12-04', '1990-01-01'],
    // the reference day itself is not after the reference date
    ['041226', '2026-12-04', '2026-12-04'],
    // one day later would be in the future: the century before
    ['051226', '2026-12-04', '1926-12-05'],
    ['311226', '2026-12-04', '1926-12-31'],
    // a registration date as the reference
    ['150805', '2004-01-01', '1905-08-15'],
    ['150805', '2005-08-15', '2005-08-15'],
    ['150805', '2005-08-14', '1905-08-15'],
    // 29 February in the inferred century's leap years
    ['290200', '2026-12-04', '2000-02-29'],
    ['290224', '2026-12-04', '2024-02-29'],
    ['290204', '2026-12-04', '2004-02-29'],
    ['290284', '2026-12-04', '1984-02-29'],
    // a woman: day + 40
    ['690200', '2026-12-04', '2000-02-29'],
  ])('%s read on %s is born %s', (ddmmyy, referenceDate, birthDate) => {
    const result = parseNik(batangNik(ddmmyy), { referenceDate });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.birthDate).toBe(birthDate);
    expect(result.value.birthCentury).toEqual({
      inferred: true,
      referenceDate,
      source: 'caller',
    });
  });

  it.each([
    [
      '290200',
      '1999-06-01',
      'birth date 29-02-1900 does not exist: 1900 is not a leap year (the century is the latest that does not put the birth after 1999-06-01)',
    ],
    [
      '290201',
      '2026-12-04',
      'birth date 29-02-2001 does not exist: 2001 is not a leap year (the century is the latest that does not put the birth after 2026-12-04)',
    ],
    [
      '690226',
      '2026-12-04',
      'birth date 29-02-2026 does not exist: 2026 is not a leap year (the century is the latest that does not put the birth after 2026-12-04); the NIK holds 69 = 29 + 40 for a woman',
    ],
    ['310405', '2026-12-04', 'birth date 31-04-2005 does not exist'],
  ])('%s read on %s: %s', (ddmmyy, referenceDate, detail) => {
    expect(details(parseNik(batangNik(ddmmyy), { referenceDate }))).toEqual([detail]);
  });

  it('says the century was inferred from today by default', () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T03:00:00Z'), toFake: ['Date'] });
    const result = parseNik(batangNik('150805'));
    expect(result.ok && result.value.birthDate).toBe('2005-08-15');
    expect(result.ok && result.value.birthCentury).toEqual({
      inferred: true,
      referenceDate: '2026-12-04',
      source: 'today',
    });
  });

  it('takes the reference as a Date too (its UTC calendar day)', () => {
    const result = parseNik(batangNik('041226'), {
      referenceDate: new Date('2026-12-04T23:59:59Z'),
    });
    expect(result.ok && result.value.birthDate).toBe('2026-12-04');
  });

  it('refuses a reference date that is not a real day', () => {
    expect(() => parseNik(batangNik('150805'), { referenceDate: '2026-02-30' })).toThrow(
      RangeError,
    );
    expect(() => parseNik(batangNik('150805'), { referenceDate: 'yesterday' })).toThrow(
      /referenceDate/,
    );
  });
});
