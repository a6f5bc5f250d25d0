import { join } from 'node:path';
import type { MallConfig } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore, loadMall, type ActorRef, type MallStore } from '../src/index.js';
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

const verified = { status: 'verified' as const, sources: ['test fixture'] };

/**
 * A copy of Batang whose coordination entries are all verified (with a source) and whose published
 * findings are removed, so the structural rules alone decide; then `change` applies.
 */
function withCoordination(
  change: (c: MallConfig['coordination'], mall: MallConfig) => void,
): MallConfig {
  const copy = structuredClone(batang);
  const c = copy.coordination;
  c.findings = [];
  for (const list of [c.forums, c.agreements, c.coalitions, c.values, c.leadership, c.taskForces])
    for (const entry of list) entry.provenance = verified;
  if (c.capacity !== undefined) c.capacity.provenance = verified;
  change(c, copy);
  return copy;
}

/** The evidence lines of a verdict, as text. */
const texts = (verdict: { evidence: readonly { text: string }[] }) =>
  verdict.evidence.map((e) => e.text);

const verdicts = (wog: WogAssessment) =>
  Object.fromEntries(wog.indicators.map((i) => [i.id, i.met]));
const indicator = (wog: WogAssessment, id: string) => wog.indicators.find((i) => i.id === id)!;

describe('assessWholeOfGovernment on Batang', () => {
  it('reproduces the paper: 5 of 7, the coordinating institution and the task force missing', async () => {
    const wog = await assessWholeOfGovernment(batang);
    expect(wog.met).toBe(5);
    expect(wog.of).toBe(7);
    expect(wog.indicators.map((i) => i.id)).toEqual(wogIndicators.map((i) => i.id));
    expect(wog.indicators.filter((i) => !i.met).map((i) => i.id)).toEqual([
      'coordinating-institution',
      'task-force',
    ]);
    for (const verdict of wog.indicators) {
      if (verdict.met) expect(verdict.missing).toEqual([]);
      else expect(verdict.missing.length).toBeGreaterThan(0);
      expect(verdict.evidence.length).toBeGreaterThan(0);
    }
    expect(indicator(wog, 'coordinating-institution').missing).toEqual([
      'No special coordinating institution is declared (coordination.institution is null).',
    ]);
    expect(indicator(wog, 'task-force').missing).toEqual([
      'No task force with members from two or more agencies is declared (coordination.taskForces).',
    ]);
    expect(texts(indicator(wog, 'coordination'))).toEqual([
      'Forum "MPP tenant coordination meeting" meets monthly (23 member agencies).',
      'Forum "Public consultation forum on service standards" meets yearly (5 member agencies).',
      'Agreements (MoU/PKS/decree) with 14 of 14 tenants outside the regency government (100%; at least 50% required).',
      'Published finding: met — Coordination between institutions works well.',
      'No operating data: no store given, so handoff delays between agencies are not assessed.',
    ]);
  });

  it('declaring a task force with members from two agencies turns the verdict: 6 of 7', async () => {
    const mall = withCoordination((c) => {
      c.taskForces.push({
        id: 'satgas-perizinan',
        name: 'Satgas percepatan perizinan',
        members: ['dpmptsp', 'dpupr'],
        provenance: verified,
      });
    });
    const wog = await assessWholeOfGovernment(mall);
    expect(wog.met).toBe(6);
    expect(indicator(wog, 'task-force')).toMatchObject({
      id: 'task-force',
      met: true,
      missing: [],
    });
    expect(texts(indicator(wog, 'task-force'))).toEqual([
      'Task force "Satgas percepatan perizinan" with 2 agencies: dpmptsp, dpupr.',
    ]);
  });

  it('a task force of one agency is not cross-agency', async () => {
    const mall = withCoordination((c) => {
      c.taskForces.push({
        id: 'satgas',
        name: 'Satgas internal',
        members: ['dpmptsp', 'dpmptsp'],
        provenance: verified,
      });
    });
    const wog = await assessWholeOfGovernment(mall);
    expect(indicator(wog, 'task-force').met).toBe(false);
    expect(texts(indicator(wog, 'task-force'))).toEqual([
      'Task force "Satgas internal" has members from one agency only (not cross-agency).',
    ]);
  });

  it('declaring a coordinating institution meets indicator 2', async () => {
    const mall = withCoordination((c) => {
      c.institution = {
        name: 'Tim Koordinasi MPP',
        decree: 'Keputusan Bupati 100/2025',
        members: ['dpmptsp', 'polres-batang'],
        provenance: verified,
      };
    });
    const wog = await assessWholeOfGovernment(mall, { locale: 'id' });
    expect(indicator(wog, 'coordinating-institution')).toMatchObject({ met: true, missing: [] });
    expect(texts(indicator(wog, 'coordinating-institution'))).toEqual([
      'Lembaga koordinasi khusus: "Tim Koordinasi MPP" (keputusan Keputusan Bupati 100/2025), 2 instansi anggota.',
    ]);
  });

  it('coordination needs a regular forum: ad-hoc meetings do not count', async () => {
    const mall = withCoordination((c) => {
      c.forums = [
        { id: 'rapat', name: 'Rapat insidental', cadence: 'ad-hoc', provenance: verified },
      ];
    });
    const wog = await assessWholeOfGovernment(mall);
    expect(indicator(wog, 'coordination')).toMatchObject({
      met: false,
      missing: ['No coordination forum with a regular cadence (weekly to yearly) is declared.'],
    });
    expect(wog.met).toBe(4);
  });

  it('coordination needs agreements with at least half of the tenants outside the regency government', async () => {
    // 14 external tenants; agreements with 7 (50%) are enough, with 6 (43%) not.
    const enough = withCoordination((c) => {
      c.agreements = c.agreements.slice(0, 7);
    });
    expect(indicator(await assessWholeOfGovernment(enough), 'coordination').met).toBe(true);
    const few = withCoordination((c) => {
      c.agreements = c.agreements.slice(0, 6);
    });
    const verdict = indicator(await assessWholeOfGovernment(few), 'coordination');
    expect(verdict.met).toBe(false);
    expect(verdict.missing[0]).toMatch(
      /^Agreements cover only 6 of 14 tenants outside the regency government \(43%, below 50%\); none with: pln, pos-indonesia,/,
    );
  });

  it('a mall of regency agencies only needs no agreements', async () => {
    const mall = withCoordination((c, m) => {
      m.agencies = m.agencies.filter((a) => a.kind === 'regional');
      c.agreements = [];
    });
    const verdict = indicator(await assessWholeOfGovernment(mall), 'coordination');
    expect(verdict.met).toBe(true);
    expect(texts(verdict)).toContain(
      'Every tenant is a regency agency: coordination by agreement is not required.',
    );
  });

  it('an empty coordination section meets nothing, and says what is missing for each', async () => {
    const mall = withCoordination((c) => {
      c.forums = [];
      c.agreements = [];
      c.coalitions = [];
      c.values = [];
      c.leadership = [];
      delete (c as { capacity?: unknown }).capacity;
    });
    const wog = await assessWholeOfGovernment(mall, { locale: 'id' });
    expect(wog.met).toBe(0);
    expect(wog.indicators.map((i) => i.missing.length)).toEqual([2, 1, 1, 1, 1, 1, 1]);
    expect(indicator(wog, 'resource-capacity').missing).toEqual([
      'Belum ada pelatihan petugas maupun jumlah petugas yang dideklarasikan (coordination.capacity).',
    ]);
  });

  it('a staff count alone is capacity evidence', async () => {
    const mall = withCoordination((c) => {
      c.capacity = { trainings: [], staffCount: 42, provenance: verified };
    });
    const verdict = indicator(await assessWholeOfGovernment(mall), 'resource-capacity');
    expect(verdict).toMatchObject({ met: true, missing: [] });
    expect(texts(verdict)).toEqual(['Mall staff declared: 42.']);
  });
});

describe('assessWholeOfGovernment with operating data', () => {
  const officer = (agency: string): ActorRef => ({ id: `nip-${agency}`, role: 'reviewer', agency });

  /** One application passing dpmptsp → dpupr → dlh → dpmptsp, each hop `hours` apart. */
  async function storeWithHandoffs(hours: number): Promise<MallStore> {
    const store = createMemoryStore();
    const t0 = Date.parse('2025-07-01T02:00:00.000Z');
    const at = (hop: number) => new Date(t0 + hop * hours * 3_600_000).toISOString();
    const agencies = ['dpmptsp', 'dpupr', 'dlh', 'dpmptsp'];
    let record = {
      id: 'app-1',
      mallId: 'mpp-batang',
      serviceId: 'pbg',
      serviceVersion: '2025.1',
      workflowId: 'permit-with-levy',
      workflowVersion: '1',
      applicantId: 'nik-1',
      agencies: ['dpmptsp', 'dpupr', 'dlh'],
      state: 'intake',
      snapshot: {},
      version: 1,
      dueAt: null,
      createdAt: at(0),
      updatedAt: at(0),
    };
    await store.create(record, {
      type: 'ACCEPT',
      actor: officer('dpmptsp'),
      at: at(0),
      payload: { step: 'intake' },
    });
    for (let hop = 1; hop < agencies.length; hop++) {
      const next = { ...record, version: record.version + 1, updatedAt: at(hop) };
      await store.append(
        'app-1',
        record.version,
        { type: 'APPROVE', actor: officer(agencies[hop]!), at: at(hop) },
        next,
      );
      record = next;
    }
    return store;
  }

  it('adds handoff evidence to indicator 1 and never changes a verdict', async () => {
    const without = await assessWholeOfGovernment(batang);
    const fast = await assessWholeOfGovernment(batang, { store: await storeWithHandoffs(3) });
    expect(verdicts(fast)).toEqual(verdicts(without));
    expect(fast.met).toBe(5);
    expect(texts(indicator(fast, 'coordination')).slice(-2)).toEqual([
      'Operating data: 3 handoffs between agencies in 1 application; median 3 h (0 working days).',
      'Slowest handoff: dlh → dpmptsp, median 3 h over 1 handoff.',
    ]);
  });

  it('flags slow handoffs for attention, still without changing the verdict', async () => {
    // Hops of 96 h from Tue 1 Jul 2025 (09:00 WIB): Sat 5 Jul, Wed 9 Jul, Sun 13 Jul. Working
    // days after the first day up to the second: Wed 2, Thu 3, Fri 4 → 3; Mon 7, Tue 8, Wed 9 → 3;
    // Thu 10, Fri 11 → 2. Median 3 > 2.
    const slow = await assessWholeOfGovernment(batang, {
      store: await storeWithHandoffs(96),
      locale: 'id',
    });
    expect(indicator(slow, 'coordination').met).toBe(true);
    expect(texts(indicator(slow, 'coordination')).at(-1)).toBe(
      'Perhatian: median serah terima 3 hari kerja, lebih dari 2; penilaian tetap berdasarkan struktur yang dideklarasikan, jadi tinjau pelaksanaan koordinasi di lapangan.',
    );
  });

  it('an empty store says that no handoff was recorded yet', async () => {
    const wog = await assessWholeOfGovernment(batang, { store: createMemoryStore() });
    expect(texts(indicator(wog, 'coordination')).at(-1)).toBe(
      'Operating data: 0 applications, no handoffs between agencies recorded yet.',
    );
  });
});
