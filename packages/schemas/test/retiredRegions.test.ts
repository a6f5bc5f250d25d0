import { describe, expect, it } from 'vitest';
import {
  findRegion,
  findRetiredRegion,
  parseNik,
  parseRegionCode,
  regionCode,
  retiredRegions,
  type IdentifierResult,
} from '../src/identifiers/index.js';
import { detailIn } from './_detailIn.js';

function details(result: IdentifierResult<unknown>): string[] {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.issues.map((issue) => detailIn(issue, 'en'));
}

const referenceDate = '2026-12-04';

describe('retired region codes (Papua, 2022)', () => {
  it('lists the 26 regency codes the four 2022 provinces took over', () => {
    expect(retiredRegions).toHaveLength(26);
    const count = (law: string) =>
      retiredRegions.filter((region) => region.retiredBy.id === law).length;
    expect(new Set(retiredRegions.map((region) => region.retiredBy.id)).size).toBe(4);
    expect(count('uu-14-2022')).toBe(4);
    expect(count('uu-15-2022')).toBe(8);
    expect(count('uu-16-2022')).toBe(8);
    expect(count('uu-29-2022')).toBe(6);
  });

  it("every retired code is gone from today's table and its successor has the same name", () => {
    for (const region of retiredRegions) {
      expect(findRegion(region.code), region.code).toBeUndefined();
      expect(findRegion(region.successorCode)?.name, region.code).toBe(region.name);
      expect(findRegion(region.code.slice(0, 2))?.name).toBe(region.provinceName);
    }
  });

  it('finds a retired code with its historical name', () => {
    expect(findRetiredRegion('91.01')).toMatchObject({
      code: '91.01',
      name: 'Kabupaten Merauke',
      provinceName: 'Papua',
      successorCode: '93.01',
      retiredOn: '2022-07-25',
      retiredBy: { id: 'uu-14-2022', citation: 'UU 14/2022' },
    });
    expect(findRetiredRegion('92.71')).toMatchObject({
      name: 'Kota Sorong',
      provinceName: 'Papua Barat',
      successorCode: '96.71',
      retiredOn: '2022-12-08',
    });
    expect(findRetiredRegion('91.03')).toBeUndefined(); // Jayapura stayed in Papua
    expect(findRetiredRegion('33.25')).toBeUndefined();
  });

  it('accepts a NIK issued under a retired code, naming the region as it was', () => {
    // Merauke (91.01) before Papua Selatan; Jayawijaya (91.02); Kota Sorong (92.71)
    for (const [nik, code, name, successor] of [
      ['9101011508800001', '91.01', 'Kabupaten Merauke', '93.01'],
      ['9102035501950002', '91.02', 'Kabupaten Jayawijaya', '95.01'],
      ['9271011508800001', '92.71', 'Kota Sorong', '96.71'],
    ] as const) {
      const result = parseNik(nik, { referenceDate });
      expect(result.ok, nik).toBe(true);
      if (!result.ok) continue;
      expect(result.value.regencyCode).toBe(code);
      expect(result.value.retiredRegion).toMatchObject({ code, name, successorCode: successor });
    }
  });

  it('a NIK under a current code carries no retired region', () => {
    const result = parseNik('9301011508800001', { referenceDate });
    expect(result.ok && result.value.retiredRegion).toBeUndefined();
  });

  it('still rejects a NIK whose code never existed', () => {
    expect(details(parseNik('9129011508800001', { referenceDate }))).toEqual([
      'regency code 91.29 does not exist in the Kemendagri region table (province 91 is Papua)',
    ]);
  });

  it('refuses a retired code in new configuration and names the current one', () => {
    expect(details(parseRegionCode('91.01'))).toEqual([
      'regency code 91.01 was retired on 2022-07-25 by UU 14/2022: Kabupaten Merauke is now 93.01 (Papua Selatan)',
    ]);
    expect(parseRegionCode('91.01.01').ok).toBe(false);
    expect(regionCode.safeParse('92.01').success).toBe(false);
    expect(regionCode.parse('96.01')).toBe('96.01');
  });
});
