import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMall } from '@mpp-kit/core';
import type { MallConfig, Service } from '@mpp-kit/schemas';
import { workflowTemplateIds, workflowTemplates } from '@mpp-kit/workflows';
import {
  fallbackLifecycleGraph,
  renderCatalogueSite,
  type LifecycleGraph,
} from '../src/site/index.js';

const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));
let mall: MallConfig;
let pbg: Service;

beforeAll(async () => {
  const result = await loadMall(batang);
  if (!result.ok) throw new Error('Batang does not load');
  mall = result.mall;
  pbg = mall.services.find((service) => service.id === 'pbg')!;
});

const withWorkflow = (workflow: Service['workflow']): Service => ({ ...pbg, workflow });
const ids = (graph: LifecycleGraph | undefined) => graph?.states.map((state) => state.id);

describe('fallbackLifecycleGraph', () => {
  it.each(workflowTemplateIds)(
    'draws the %s template from its definition in @mpp-kit/workflows',
    (template) => {
      const graph = fallbackLifecycleGraph(withWorkflow(template), mall)!;
      const steps = (workflowTemplates[template].steps ?? []).map((step) => step.id);
      // Every step of the template, in a reading order, and nothing invented.
      const stepStates = graph.states.filter(
        (state) => !state.final && !state.id.endsWith('_returned'),
      );
      expect(stepStates.map((state) => state.id).sort()).toEqual([...steps].sort());
      for (const step of workflowTemplates[template].steps ?? []) {
        const state = graph.states.find((candidate) => candidate.id === step.id)!;
        expect(state.label).toEqual(step.name);
      }
      const known = new Set(graph.states.map((state) => state.id));
      for (const transition of graph.transitions)
        expect(known.has(transition.from) && known.has(transition.to)).toBe(true);
      expect(graph.states.filter((state) => state.final).map((state) => state.id)).toEqual(
        expect.arrayContaining(['issued', 'rejected']),
      );
      // Words, not codes: finals and events are named, and no actor is a role@agency code.
      expect(graph.states.find((state) => state.id === 'issued')!.label).toEqual({
        id: 'Selesai, produk terbit',
        en: 'Done, product issued',
      });
      for (const transition of graph.transitions) {
        expect(transition.label).toBeDefined();
        expect(JSON.stringify(transition.actor ?? '')).not.toMatch(/@|owner|coordinator/);
      }
      // The main path reaches `issued` from the initial state.
      const forward = (from: string) =>
        graph.transitions.find(
          (transition) =>
            transition.from === from &&
            !['rejected', 'withdrawn', 'expired'].includes(transition.to) &&
            !transition.to.endsWith('_returned'),
        )?.to;
      let at: string | undefined = graph.initial ?? graph.states[0]!.id;
      for (let step = 0; step < graph.states.length && at !== 'issued' && at; step++)
        at = forward(at);
      expect(at).toBe('issued');
    },
  );

  it('names actors with the mall roles and agencies, and the technical team with the participants', () => {
    const graph = fallbackLifecycleGraph(pbg, mall)!;
    const review = graph.transitions.find(
      (transition) => transition.from === 'technical-review' && transition.event === 'APPROVE',
    )!;
    const reviewer = mall.roles.find((role) => role.id === 'reviewer')?.name ?? {
      id: 'Pemeriksa/tim teknis',
      en: 'Technical reviewer',
    };
    const name =
      typeof reviewer === 'string'
        ? { id: reviewer, en: reviewer }
        : { id: reviewer.id, en: reviewer.en ?? reviewer.id };
    expect(review.actor).toEqual({
      id: `${name.id} (tim teknis: DPUPR, DLH)`,
      en: `${name.en} (technical team: DPUPR, DLH)`,
    });
    const intake = graph.transitions.find(
      (transition) => transition.from === 'intake' && transition.event === 'ACCEPT',
    )!;
    expect(intake.actor).toEqual({
      id: 'Petugas front office (loket) (DPMPTSP)',
      en: 'Front-office officer (DPMPTSP)',
    });
  });

  it('uses the declared steps of a mall workflow, and follows `extends` to a template', () => {
    const custom: MallConfig = {
      ...mall,
      workflows: [
        {
          id: 'verifikasi-sederhana',
          name: { id: 'Verifikasi sederhana', en: 'Simple verification' },
          steps: [
            {
              id: 'cek',
              kind: 'intake',
              name: { id: 'Cek berkas', en: 'Check' },
              actor: { role: 'front-office' },
              outcomes: { ACCEPT: 'putus', REJECT: { to: 'rejected', reason: 'required' } },
            },
            {
              id: 'putus',
              kind: 'decision',
              actor: [{ role: 'head', agency: 'coordinator' }],
              outcomes: {
                APPROVE: [{ when: { riskLevel: ['low'] }, to: 'issued' }, { to: 'issued' }],
              },
            },
          ],
        },
        { id: 'izin-khusus', extends: 'permit' },
      ],
    };
    const steps = fallbackLifecycleGraph(withWorkflow('verifikasi-sederhana'), custom)!;
    expect(ids(steps)).toEqual(['cek', 'putus', 'issued', 'rejected']);
    const head = mall.roles.find((role) => role.id === 'head')!.name as { id: string; en: string };
    expect(steps.transitions).toContainEqual({
      from: 'putus',
      to: 'issued',
      event: 'APPROVE',
      label: { id: 'Disetujui (risiko rendah)', en: 'Approved (low risk)' },
      actor: { id: `${head.id} (DPMPTSP)`, en: `${head.en} (DPMPTSP)` },
    });
    expect(ids(fallbackLifecycleGraph(withWorkflow({ template: 'izin-khusus' }), custom))).toEqual(
      ids(fallbackLifecycleGraph(withWorkflow('permit'), custom)),
    );
    expect(fallbackLifecycleGraph(withWorkflow('tidak-ada'), custom)).toBeUndefined();
  });
});

describe('catalogue site: lifecycle diagram', () => {
  const graph: LifecycleGraph = {
    states: [
      { id: 'masuk', label: { id: 'Berkas masuk', en: 'File received' } },
      { id: 'periksa', label: 'Pemeriksaan' },
      { id: 'kembali', label: 'Dikembalikan' },
      { id: 'issued', label: 'Terbit', final: true },
      { id: 'rejected', label: 'Ditolak', final: true },
    ],
    transitions: [
      { from: 'masuk', to: 'periksa', event: 'ACCEPT', actor: 'Petugas loket' },
      { from: 'periksa', to: 'kembali', event: 'RETURN', actor: 'Verifikator' },
      { from: 'kembali', to: 'masuk', event: 'RESUBMIT', actor: 'Pemohon' },
      { from: 'periksa', to: 'issued', event: 'APPROVE_SPECIAL' },
      { from: 'masuk', to: 'issued', event: 'FAST_TRACK' },
      { from: 'periksa', to: 'rejected', event: 'REJECT' },
      { from: 'periksa', to: 'periksa', event: 'EXTEND' },
    ],
  };

  it('draws the graph the caller gives (SVG and table), and the compiled workflow for the others', () => {
    const files = renderCatalogueSite(mall, {
      diagram: (service) => (service.id === 'pbg' ? graph : undefined),
    });
    const page = (path: string) => files.find((file) => file.path === path)!.content;
    const pbgPage = page('services/pbg.html');
    const svg = pbgPage.slice(pbgPage.indexOf('<svg'), pbgPage.indexOf('</svg>') + 6);
    for (const label of ['Berkas masuk', 'Pemeriksaan', 'Dikembalikan', 'Terbit', 'Ditolak'])
      expect(svg).toContain(label);
    // One path per transition, each ending in the arrow marker.
    expect(svg.match(/<path class="edge[^"]*"/g)).toHaveLength(graph.transitions.length);
    expect(svg).toContain('Diajukan kembali'); // RESUBMIT, named
    expect(svg).toContain('FAST_TRACK'); // unknown codes shown as written
    expect((svg.match(/<g\b/g) ?? []).length).toBe((svg.match(/<\/g>/g) ?? []).length);
    expect(pbgPage).toContain('<td>Berkas masuk</td>');
    expect(page('en/services/pbg.html')).toContain('<td>File received</td>');
    // The diagram is for officers: behind a disclosure, after everything a citizen needs.
    expect(pbgPage.indexOf('<details class="for-officers">')).toBeGreaterThan(
      pbgPage.indexOf('id="how-to"'),
    );
    expect(pbgPage.indexOf('<svg')).toBeGreaterThan(
      pbgPage.indexOf('<details class="for-officers">'),
    );
    expect(pbgPage).toContain('<td>Pemohon</td>');
    expect(svg).not.toContain('Penetapan retribusi');
    // Without a caller's graph, the page draws the compiled machine: the service's own agencies act.
    const slf = page('services/slf.html');
    expect(slf).not.toContain('front-office@dpmptsp');
    expect(slf).toContain('(DPMPTSP)');
  });

  it('copes with transitions to states it was not told about', () => {
    const files = renderCatalogueSite(mall, {
      diagram: () => ({
        states: [{ id: 'a', label: 'A' }],
        transitions: [
          { from: 'a', to: 'b', event: 'GO' },
          { from: 'c', to: 'a', event: 'BACK' },
        ],
      }),
    });
    const page = files.find((file) => file.path === 'services/pbg.html')!.content;
    expect(page).toMatch(/<tspan[^>]*>b<\/tspan>/);
    expect(page).toMatch(/<tspan[^>]*>c<\/tspan>/);
  });
});
