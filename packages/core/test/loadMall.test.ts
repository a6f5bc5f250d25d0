import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadMall, validateMallSources } from '@mpp-kit/core';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/malls/${name}`, import.meta.url));
const brief = (
  issues: readonly { code: string; file?: string; line?: number; column?: number }[],
) =>
  issues.map(
    (i) =>
      `${(i.file ?? '').replace(/^.*fixtures\/malls\//, '')}:${i.line ?? '-'}:${i.column ?? '-'} ${i.code}`,
  );

describe('loadMall', () => {
  it('loads a valid folder into a typed mall with defaults applied', async () => {
    const result = await loadMall(fixture('small'), { years: [2026] });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mall.mall.id).toBe('mpp-contoh');
    expect(result.mall.services.map((s) => s.id)).toEqual(['sip-bidan']);
    expect(result.mall.services[0]!.channels).toEqual(['counter']);
    expect(result.mall.coordination.taskForces).toEqual([]);
    expect(result.files).toHaveLength(2);
  });

  it('reports schema and cross-reference issues together, each located in its file', async () => {
    const result = await loadMall(fixture('broken'), { years: [2026] });
    expect(result.ok).toBe(false);
    expect(brief(result.issues)).toEqual([
      'broken/mall.yaml:7:16 coordinator_not_agency',
      'broken/services/a.yaml:7:18 invalid_type',
      // sip-perawat declares neither complaint channels (component 6) nor… (its legal basis is
      // dangling, reported below); both lint warnings sit on the service's first line.
      'broken/services/a.yaml:11:5 missing_standard_component',
      'broken/services/a.yaml:11:5 missing_standard_component',
      'broken/services/a.yaml:14:12 unknown_reference',
      'broken/services/a.yaml:15:18 sla_exceeds_legal_max',
      'broken/services/a.yaml:16:47 fee_unknown_variable', // at "tarif" inside the formula
      'broken/services/a.yaml:18:30 unknown_reference',
      'broken/services/b.yaml:8:39 unknown_key',
    ]);
    const owner = result.issues.find((i) => i.code === 'unknown_reference' && i.line === 14)!;
    expect(owner.hint).toBe('Did you mean "dinkes"?');
    expect(owner.path).toEqual(['services', 1, 'owner']);
  });

  it('speaks Indonesian when asked', async () => {
    const result = await loadMall(fixture('broken'), { locale: 'id', years: [2026] });
    const coordinator = result.issues.find((i) => i.code === 'coordinator_not_agency')!;
    expect(coordinator.message).toBe('Koordinator "dpmptps" bukan instansi di mal ini.');
    expect(coordinator.hint).toBe('Mungkin maksud Anda "dpmptsp"?');
  });

  it('a folder without a mall section is a no_mall issue naming the folder', async () => {
    const result = await loadMall(fixture('no-mall'));
    expect(result.issues.map((i) => i.code)).toEqual(['no_mall']);
    expect(result.issues[0]!.message).toContain('no-mall');
  });

  it('a path that does not exist is unreadable_path, not an exception', async () => {
    const result = await loadMall(fixture('does-not-exist'));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['unreadable_path']);
  });

  it('a calendar that does not cover an asked year is an error; the days ahead only warn', async () => {
    const asked = await loadMall(fixture('small'), { years: [2027] });
    expect(asked.ok).toBe(false);
    expect(brief(asked.issues)).toEqual(['small/mall.yaml:8:15 calendar_year_missing']);
    const at = async (instant: string) => {
      const result = await loadMall(fixture('small'), { asOf: new Date(instant) });
      expect(result.ok).toBe(true);
      return result.issues.map((i) => `${i.severity} ${i.code} ${brief([i]).join('')}`);
    };
    // The calendar covers 2026: quiet until 90 days before its last day (2 October, WIB).
    expect(await at('2026-06-01T00:00:00Z')).toEqual([]);
    expect(await at('2026-10-01T16:59:59Z')).toEqual([]);
    expect(await at('2026-10-01T17:00:00Z')).toEqual([
      'warning calendar_coverage_ending small/mall.yaml:31:12 calendar_coverage_ending',
    ]);
    // After its end too (due dates are provisional then).
    const after = await loadMall(fixture('small'), { asOf: new Date('2027-03-01T00:00:00Z') });
    expect(after.issues.map((i) => [i.code, i.params])).toEqual([
      [
        'calendar_coverage_ending',
        { id: 'nasional', last: '2026-12-31', uncoveredFrom: '2027-01-01', year: 2027 },
      ],
    ]);
    // Before its first year: the year is missing.
    expect(await at('2025-06-01T00:00:00Z')).toEqual([
      'warning calendar_year_missing small/mall.yaml:8:15 calendar_year_missing',
    ]);
  });
});

describe('validateMallSources', () => {
  const mallText = readFileSync(fixture('small/mall.yaml'), 'utf8');
  const serviceText = readFileSync(fixture('small/services/sip.yaml'), 'utf8');

  it('checks calendars with the calendar engine’s one set of rules, located, in the asked language', () => {
    const regency = [
      'apiVersion: mpp-kit/v1',
      'calendars:',
      '  - id: kabupaten',
      '    name: Kalender Kabupaten',
      '    extends: nasinal',
      '    years: [2026, 2028]',
      '    days:',
      '      - { date: 2026-01-01, kind: closure, name: Tutup, decree: skb-2026 }',
      '      - { date: 2026-02-02, kind: closure, name: Tutup, decree: skb-2062 }',
      '',
    ].join('\n');
    const result = validateMallSources(
      [
        { file: 'mall.yaml', text: mallText },
        { file: 'calendars/kabupaten.yaml', text: regency },
      ],
      { years: [2026], locale: 'id' },
    );
    expect(
      result.issues.map((i) => `${brief([i]).join('')} ${i.message} ${i.hint ?? ''}`.trim()),
    ).toEqual([
      'calendars/kabupaten.yaml:5:14 unknown_reference Kalender "nasinal" tidak dikenal. Mungkin maksud Anda "nasional"?',
      'calendars/kabupaten.yaml:6:12 calendar_years_gap Kalender "kabupaten" melewatkan 2027 di antara tahun yang dicakupnya. Tambahkan hari libur dan cuti bersama 2027 dan cantumkan di `years`: tahun yang dicakup harus berurutan.',
      'calendars/kabupaten.yaml:8:65 unknown_reference Keputusan "skb-2026" tidak dikenal. Deklarasikan dulu: belum ada keputusan yang dideklarasikan.',
      'calendars/kabupaten.yaml:9:65 unknown_reference Keputusan "skb-2062" tidak dikenal. Deklarasikan dulu: belum ada keputusan yang dideklarasikan.',
    ]);
    // With the base calendar named right, its decrees may be cited; the gap stays.
    const fixed = validateMallSources(
      [
        { file: 'mall.yaml', text: mallText },
        { file: 'calendars/kabupaten.yaml', text: regency.replace('nasinal', 'nasional') },
      ],
      { years: [2026] },
    );
    expect(brief(fixed.issues)).toEqual([
      'calendars/kabupaten.yaml:6:12 calendar_years_gap',
      'calendars/kabupaten.yaml:9:65 unknown_reference',
    ]);
    expect(fixed.issues[1]?.hint).toBe('Did you mean "skb-2026"?');
  });

  it('finds duplicate ids across files and names where the first one is', () => {
    const result = validateMallSources(
      [
        { file: 'mall.yaml', text: mallText },
        { file: 'a.yaml', text: serviceText },
        { file: 'b.yaml', text: serviceText },
      ],
      { years: [2026] },
    );
    expect(brief(result.issues)).toEqual(['b.yaml:3:9 duplicate_id']);
  });

  it('flags a second mall section', () => {
    const result = validateMallSources([
      { file: 'one.yaml', text: mallText },
      { file: 'two.yaml', text: mallText },
    ]);
    expect(
      result.issues.some(
        (i) => i.code === 'duplicate_mall' && i.file === 'two.yaml' && i.line === 2,
      ),
    ).toBe(true);
  });

  it('checks fee formula test vectors', () => {
    const text = serviceText.replace(
      'fee: { kind: free }',
      'fee: { kind: formula, expression: "luas * tarif", variables: { luas: {}, tarif: {} }, examples: [{ given: { luas: 10, tarif: 3 }, expect: 31 }] }',
    );
    const result = validateMallSources(
      [
        { file: 'mall.yaml', text: mallText },
        { file: 's.yaml', text },
      ],
      { years: [2026] },
    );
    expect(result.issues.map((i) => [i.code, i.message])).toEqual([
      ['fee_example_mismatch', 'Fee example 1 gives 30, but expects 31.'],
    ]);
  });

  it('never throws, whatever is done to a valid document', () => {
    const lines = (mallText + serviceText.replace('apiVersion: mpp-kit/v1\n', '')).split('\n');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            op: fc.constantFrom('delete', 'duplicate', 'insert', 'indent', 'replace'),
            at: fc.nat(),
            text: fc.string({ maxLength: 12 }),
          }),
          { maxLength: 4 },
        ),
        (mutations) => {
          const copy = [...lines];
          for (const { op, at, text } of mutations) {
            const i = at % copy.length;
            if (op === 'delete') copy.splice(i, 1);
            else if (op === 'duplicate') copy.splice(i, 0, copy[i]!);
            else if (op === 'insert') copy.splice(i, 0, text);
            else if (op === 'indent') copy[i] = '  ' + copy[i]!;
            else copy[i] = copy[i]!.replace(/:\s.*$/, `: ${text}`);
          }
          const result = validateMallSources([{ file: 'm.yaml', text: copy.join('\n') }], {
            years: [2026],
          });
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues)
              expect(issue.message).not.toMatch(/undefined|\{\w+\}/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
