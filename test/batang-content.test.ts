/**
 * Batang's content agrees with the law it cites (issue 12 item 4). Each check names the fact and
 * where it comes from, so a failure says what to fix.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { textFor, type MallConfig, type Service } from '@mpp-kit/schemas';
import { loadMall } from '@mpp-kit/core';

const batang = join(new URL('..', import.meta.url).pathname, 'examples/batang');
let mall: MallConfig;

beforeAll(async () => {
  const result = await loadMall(batang, { years: [2025, 2026] });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  mall = result.mall;
});

const service = (id: string): Service => {
  const found = mall.services.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no service ${id}`);
  return found;
};
const requirementText = (s: Service) =>
  s.requirements.map((r) => `${textFor(r.document, 'id')} / ${textFor(r.document, 'en')}`);

/** The health workers' practice permits, which UU 17/2023 (Art. 263–264) governs. */
const practicePermits = [
  'sip-dokter',
  'sip-dokter-gigi',
  'sip-bidan',
  'sip-perawat',
  'sip-apoteker',
  'izin-kerja-bidan',
  'izin-kerja-perawat',
  'izin-kerja-ttk',
  'izin-praktik-fisioterapis',
  'izin-praktik-atlm',
  'izin-praktik-tgm',
  'izin-kerja-okupasi-terapis',
  'izin-kerja-refraksionis',
];

/** Laws that UU 17/2023 or PP 28/2024 replaced for practice permits. */
const replacedHealthRules = [
  'permenkes-2052-2011',
  'permenkes-28-2017',
  'permenkes-26-2019',
  'permenkes-889-2011',
  'permenkes-80-2013',
  'permenkes-42-2015',
  'permenkes-20-2016',
  'permenkes-19-2013',
];

describe('health-worker practice permits follow UU 17/2023 and PP 28/2024', () => {
  it.each(practicePermits)('%s: STR and a practice place, no organisation recommendation', (id) => {
    const s = service(id);
    const texts = requirementText(s);
    expect(
      texts.some((t) => /\bSTR\b/.test(t)),
      `${id} asks for the STR`,
    ).toBe(true);
    expect(
      texts.some((t) => /tempat praktik|practice place/i.test(t)),
      `${id} asks for a practice place`,
    ).toBe(true);
    const organisation =
      /organisasi profesi|professional.organi[sz]ation|\b(IDI|PDGI|IBI|PPNI|IAI|PAFI|IFI|PATELKI|PTGMI|IOTI|IROPIN)\b/;
    expect(texts.filter((t) => organisation.test(t))).toEqual([]);
  });

  it.each(practicePermits)('%s: valid five years and cites UU 17/2023 and PP 28/2024', (id) => {
    const s = service(id);
    expect(s.output.validity).toEqual({ amount: 5, unit: 'years' });
    expect(s.legalBasis).toEqual(expect.arrayContaining(['uu-17-2023', 'pp-28-2024']));
    expect(s.legalBasis.filter((basis) => replacedHealthRules.includes(basis))).toEqual([]);
  });

  it.each(practicePermits)('%s: a renewal shows the professional credits (SKP)', (id) => {
    const s = service(id);
    if (!s.applicationKinds.includes('renewal')) return;
    const renewal = s.requirements.filter((r) => r.when?.kind?.includes('renewal'));
    expect(renewal.some((r) => /SKP|satuan kredit profesi/i.test(textFor(r.document, 'id')))).toBe(
      true,
    );
  });
});

describe('legal bases are current', () => {
  it('no service cites PP 5/2021, replaced by PP 28/2025 (in force 5 June 2025)', () => {
    const citing = mall.services.filter(
      (s) =>
        s.legalBasis.includes('pp-5-2021') ||
        s.sla.legalBasis?.includes('pp-5-2021') ||
        s.fee.legalBasis?.includes('pp-5-2021'),
    );
    expect(citing.map((s) => s.id)).toEqual([]);
  });

  it('the JKN Presidential Regulation is cited as last amended (Perpres 59/2024)', () => {
    const jkn = mall.legalBases.find((basis) => basis.id === 'perpres-82-2018');
    expect(textFor(jkn!.title, 'id')).toContain('Perpres 59/2024');
  });
});

describe('fees', () => {
  it.each(['izin-trayek', 'kartu-pengawasan', 'izin-insidentil'])(
    '%s: no regional levy, which UU 1/2022 Art. 88(4) does not allow for route permits',
    (id) => {
      const s = service(id);
      expect(s.fee.kind).toBe('free');
      expect(s.fee.legalBasis).toContain('uu-1-2022');
      expect(textFor(s.fee.note!, 'en')).toMatch(/Art\. 88\(4\)/);
    },
  );

  it('SKCK: the foreign-national amount carries its source', () => {
    const skck = service('skck');
    expect(skck.fee.kind).toBe('table');
    if (skck.fee.kind !== 'table') return;
    expect(skck.fee.rows.map((row) => [row.id, row.amount])).toEqual([
      ['wni', 30000],
      ['wna', 60000],
    ]);
    expect(textFor(skck.fee.note!, 'en')).toMatch(/60,000.*jpnn/);
  });

  it('the postal service is charged at PT Pos tariffs, not free', () => {
    expect(service('pos-pengiriman-dokumen').fee.kind).toBe('commercial');
  });
});

describe('counters', () => {
  it('the four that closed during COVID are those the October 2021 article names', () => {
    const closed = mall.counters
      .filter((counter) => (counter.active ?? []).length > 1)
      .flatMap((counter) => counter.agencies)
      .sort();
    expect(closed).toEqual([
      'bp2mi-jateng',
      'dpmptsp-jateng',
      'imigrasi-pemalang',
      'polres-batang',
    ]);
    for (const counter of mall.counters.filter((c) => (c.active ?? []).length > 1)) {
      expect(counter.active?.at(-1)?.from).toBe('2021-09-01');
    }
  });
});
