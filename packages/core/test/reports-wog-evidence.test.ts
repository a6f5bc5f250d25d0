import { join } from 'node:path';
import { coordination, type MallConfig } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMall } from '../src/index.js';
import {
  assessWholeOfGovernment,
  wogIndicators,
  type WogAssessment,
} from '../src/reports/index.js';

const root = new URL('../../..', import.meta.url).pathname;
let batang: MallConfig;

beforeAll(async () => {
  const result = await loadMall(join(root, 'examples/batang'));
  if (!result.ok) throw new Error('Batang must load');
  batang = result.mall;
});

const paper = /^Hibatullah, Fitriyah, Marlina: Pendekatan Whole of Government/;
const indicator = (wog: WogAssessment, id: string) => wog.indicators.find((i) => i.id === id)!;
function withCoordination(change: (c: MallConfig['coordination']) => void): MallConfig {
  const copy = structuredClone(batang);
  change(copy.coordination);
  return copy;
}

describe('the WoG assessment is assessed from evidence, not asserted', () => {
  it('Batang: each of the seven indicators cites the seed paper; 5 met, 2 gaps', async () => {
    const wog = await assessWholeOfGovernment(batang);
    expect(wog.met).toBe(5);
    expect(wog.includesIllustrative).toBe(false);
    for (const verdict of wog.indicators) {
      const findings = verdict.evidence.filter((e) => e.kind === 'finding');
      expect(findings, verdict.id).toHaveLength(1);
      expect(findings[0]!.status).toBe('verified');
      expect(findings[0]!.sources[0]).toMatch(paper);
      expect(verdict.rule.length, verdict.id).toBeGreaterThan(0);
    }
    expect(wog.indicators.filter((i) => !i.met).map((i) => [i.id, i.basis, i.rule])).toEqual([
      [
        'coordinating-institution',
        'finding',
        expect.stringMatching(/^Not met by a published finding/),
      ],
      ['task-force', 'finding', expect.stringMatching(/^Not met by a published finding/)],
    ]);
    // Leadership rests on a verified entry (the minister opened the mall, Batang's own database).
    expect(indicator(wog, 'leadership')).toMatchObject({ met: true, basis: 'verified-evidence' });
  });

  it('illustrative evidence is reported as such and does not count', async () => {
    const mall = withCoordination((c) => {
      c.findings = [];
    });
    const wog = await assessWholeOfGovernment(mall);
    expect(wog.met).toBe(1); // leadership, on its verified entry
    const coalition = indicator(wog, 'social-coalition');
    expect(coalition).toMatchObject({ met: false, basis: 'none' });
    expect(coalition.evidence.map((e) => e.status)).toEqual([
      'illustrative',
      'illustrative',
      'illustrative',
    ]);
    expect(coalition.rule).toBe(
      'Not met: no verified evidence shows that at least one social-coalition partner is declared, and no published finding is declared.',
    );
    expect(coalition.missing.at(-1)).toMatch(/would meet the rule but is not verified/);
  });

  it('counts illustrative evidence only when asked, and says so', async () => {
    const mall = withCoordination((c) => {
      c.findings = [];
    });
    const wog = await assessWholeOfGovernment(mall, { includeIllustrative: true });
    expect(wog.countsIllustrative).toBe(true);
    expect(wog.includesIllustrative).toBe(true);
    expect(wog.met).toBe(5);
    expect(indicator(wog, 'social-coalition')).toMatchObject({
      met: true,
      basis: 'illustrative-evidence',
      rule: expect.stringContaining('counted because includeIllustrative is set'),
    });
    expect(indicator(wog, 'task-force')).toMatchObject({ met: false, basis: 'none' });
  });

  it('a verified entry with its source meets the indicator and overrides an older finding', async () => {
    const mall = withCoordination((c) => {
      c.taskForces.push({
        id: 'satgas-perizinan',
        name: 'Satgas percepatan perizinan',
        members: ['dpmptsp', 'dpupr'],
        provenance: { status: 'verified', sources: ['Keputusan Bupati Batang (contoh)'] },
      });
    });
    const wog = await assessWholeOfGovernment(mall);
    expect(wog.met).toBe(6);
    expect(indicator(wog, 'task-force')).toMatchObject({
      met: true,
      basis: 'verified-evidence',
      rule: 'Met on verified evidence: a task force has members from two or more agencies.',
      missing: [],
    });
    expect(indicator(wog, 'task-force').evidence[0]).toEqual({
      text: 'Task force "Satgas percepatan perizinan" with 2 agencies: dpmptsp, dpupr.',
      kind: 'declared',
      status: 'verified',
      sources: ['Keputusan Bupati Batang (contoh)'],
    });
  });

  it('"verified" without a source is not verified evidence', async () => {
    const mall = withCoordination((c) => {
      c.findings = c.findings.filter((f) => f.indicator !== 'task-force');
      c.taskForces.push({
        id: 'satgas',
        name: 'Satgas',
        members: ['dpmptsp', 'dpupr'],
        provenance: { status: 'verified' },
      });
    });
    const verdict = indicator(await assessWholeOfGovernment(mall), 'task-force');
    expect(verdict).toMatchObject({ met: false, basis: 'none' });
    expect(verdict.evidence[0]?.status).toBe('unverified');
  });

  it('speaks Indonesian', async () => {
    const wog = await assessWholeOfGovernment(batang, { locale: 'id' });
    expect(indicator(wog, 'leadership').rule).toBe(
      'Terpenuhi berdasarkan bukti terverifikasi: ada minimal satu wujud kepemimpinan (keputusan, tindakan kepala daerah).',
    );
  });

  it('findings name one of the seven indicators and always cite a source', () => {
    expect(wogIndicators.map((i) => i.id)).toHaveLength(7);
    expect(
      coordination.safeParse({ findings: [{ indicator: 'task-force', met: false, source: 'X' }] })
        .success,
    ).toBe(true);
    expect(
      coordination.safeParse({ findings: [{ indicator: 'task-force', met: false }] }).success,
    ).toBe(false);
    expect(
      coordination.safeParse({ findings: [{ indicator: 'budget', met: true, source: 'X' }] })
        .success,
    ).toBe(false);
  });
});
