import { join } from 'node:path';
import type { MallConfig, Service } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkMall, loadMall } from '../src/index.js';
import { UnknownServiceError } from '../src/lifecycle/compileServiceLifecycle.js';
import {
  describeServiceStandard,
  renderServiceStandard,
  serviceStandardComponents,
  type StandardBlock,
} from '../src/standards/index.js';

const root = new URL('../../..', import.meta.url).pathname;
let batang: MallConfig;

beforeAll(async () => {
  const result = await loadMall(join(root, 'examples/batang'));
  if (!result.ok) throw new Error('Batang must load');
  batang = result.mall;
});

/** A copy of Batang with one service replaced (or added) by `service`. */
function withService(service: Service): MallConfig {
  // Each call works on its own copy, so tests may change the mall freely.
  const copy = structuredClone(batang);
  const index = copy.services.findIndex((entry) => entry.id === service.id);
  if (index === -1) copy.services.push(service);
  else copy.services[index] = service;
  return copy;
}

function listItems(block: StandardBlock | undefined): readonly string[] {
  if (block?.kind !== 'list') throw new Error(`expected a list, got ${String(block?.kind)}`);
  return block.items;
}

function service(id: string): Service {
  const found = batang.services.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`Batang has no service ${id}`);
  return structuredClone(found);
}

describe('renderServiceStandard: the 14 components in the legal order', () => {
  it.each(['markdown', 'html'] as const)(
    '%s lists components 1..14 in order, in Indonesian',
    (format) => {
      const text = renderServiceStandard(batang, 'pbg', { format, locale: 'id' });
      const titles = serviceStandardComponents.map((c) => `${c.number}. ${c.title.id}`);
      const positions = titles.map((title) => text.indexOf(title));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    },
  );

  it('follows PermenPANRB 15/2014: delivery 1–6, then management 7–14', () => {
    expect(serviceStandardComponents.map((c) => [c.number, c.key, c.group])).toEqual([
      [1, 'requirements', 'delivery'],
      [2, 'procedure', 'delivery'],
      [3, 'completionTime', 'delivery'],
      [4, 'cost', 'delivery'],
      [5, 'product', 'delivery'],
      [6, 'complaints', 'delivery'],
      [7, 'legalBasis', 'management'],
      [8, 'facilities', 'management'],
      [9, 'staffCompetence', 'management'],
      [10, 'internalSupervision', 'management'],
      [11, 'staffCount', 'management'],
      [12, 'serviceGuarantee', 'management'],
      [13, 'safetyGuarantee', 'management'],
      [14, 'performanceEvaluation', 'management'],
    ]);
  });

  it('PBG (fully declared): requirements per application kind, SLA with legal maximum, formula fee, legal titles', () => {
    const view = describeServiceStandard(batang, 'pbg', 'en');
    expect(view.missing).toEqual([]);
    const [requirements, , time, cost, product, , legal, , , , staff] = view.sections;
    expect(
      requirements!.blocks
        .filter((b) => b.kind === 'heading')
        .map((b) => (b as { text: string }).text),
    ).toEqual(['New application', 'Change']);
    expect(time!.blocks[0]).toEqual({ kind: 'paragraph', text: '28 working days' });
    expect(time!.blocks[1]).toMatchObject({
      kind: 'list',
      items: expect.arrayContaining(['Legal maximum: 28 working days']),
    });
    expect(cost!.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringContaining('Calculated with the formula: floorArea *'),
    });
    expect(cost!.blocks).toContainEqual({ kind: 'heading', text: 'Variables' });
    expect(
      cost!.blocks.some(
        (b) => b.kind === 'note' && b.text.startsWith('Worked example: floorArea = 100'),
      ),
    ).toBe(true);
    expect(product!.blocks[1]).toMatchObject({
      items: ['Validity: Valid while the conditions are met', 'Issued electronically'],
    });
    expect(legal!.blocks[0]).toMatchObject({
      kind: 'list',
      items: expect.arrayContaining(['Law on Public Services (UU 25/2009)']),
    });
    expect(staff!.blocks).toEqual([{ kind: 'paragraph', text: '4 people' }]);
  });

  it('cost: free, fixed amount and table rows, in rupiah per locale', () => {
    const free = { ...service('ktp-el') };
    expect(describeServiceStandard(batang, free.id, 'id').sections[3]!.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Gratis (tidak dipungut biaya)',
    });
    const fixed = {
      ...service('ktp-el'),
      id: 'fixed-fee',
      fee: { kind: 'fixed' as const, amount: 120000 },
    };
    expect(
      describeServiceStandard(withService(fixed), 'fixed-fee', 'id').sections[3]!.blocks[0],
    ).toEqual({
      kind: 'paragraph',
      text: 'Tarif tetap: Rp120.000',
    });
    const table = {
      ...service('ktp-el'),
      id: 'table-fee',
      fee: {
        kind: 'table' as const,
        rows: [
          {
            id: 'a',
            label: { id: 'SIM A baru', en: 'New SIM A' },
            amount: 120000,
            when: { kind: ['new' as const] },
          },
          { id: 'b', label: 'Perpanjangan', amount: 80000 },
        ],
      },
    };
    expect(
      describeServiceStandard(withService(table), 'table-fee', 'en').sections[3]!.blocks[0],
    ).toEqual({
      kind: 'table',
      head: ['Item', 'Application kinds', 'Amount'],
      rows: [
        ['New SIM A', 'New application', 'Rp120,000'],
        ['Perpanjangan', 'all', 'Rp80,000'],
      ],
    });
  });

  it('marks every undeclared component with a clear "not declared" marker', () => {
    const bare: Service = {
      ...service('ktp-el'),
      id: 'bare',
      requirements: [],
      complaints: [],
      legalBasis: [],
    };
    delete (bare as { standard?: unknown }).standard;
    const mall = withService(bare);
    // Batang declares components 8–14 for the whole mall; without them, all are undeclared.
    delete (mall.mall as { standard?: unknown }).standard;
    const view = describeServiceStandard(mall, 'bare', 'id');
    expect(view.missing).toEqual([
      'requirements',
      'complaints',
      'legalBasis',
      'facilities',
      'staffCompetence',
      'internalSupervision',
      'staffCount',
      'serviceGuarantee',
      'safetyGuarantee',
      'performanceEvaluation',
    ]);
    const markdown = renderServiceStandard(mall, 'bare', { format: 'markdown', locale: 'id' });
    expect(markdown.match(/\*\*\[Belum dideklarasikan\]\*\*/g)).toHaveLength(10);
    const html = renderServiceStandard(mall, 'bare', { format: 'html', locale: 'en' });
    expect(html.match(/<p class="not-declared"><strong>Not declared\.<\/strong>/g)).toHaveLength(
      10,
    );
  });

  it('derives the procedure from the workflow when `procedure` is absent, and says so', () => {
    const view = describeServiceStandard(batang, 'sip-bidan', 'en');
    const procedure = view.sections[1]!;
    expect(procedure.derived).toBe(true);
    expect(procedure.declared).toBe(true);
    expect(procedure.blocks[1]).toMatchObject({ kind: 'list', ordered: true });
    const steps = listItems(procedure.blocks[1]);
    expect(steps[0]).toMatch(/^Completeness check: The applicant hands in the required documents/);
    // Plain words: no event codes, no role ids, and refusals or returns are not steps.
    for (const step of steps) expect(step).not.toMatch(/[A-Z]{3,}_|@|front-office|REJECT|rejected/);
    expect(steps).toHaveLength(4);
    expect(procedure.blocks.at(-1)).toMatchObject({
      kind: 'note',
      text: expect.stringContaining('Derived from the workflow "permit"'),
    });
  });

  it('a derived procedure names the branches of a branching workflow and the step times', () => {
    const oss = describeServiceStandard(batang, 'nib-oss', 'en').sections[1]!;
    expect(listItems(oss.blocks[1])).toEqual([
      'Registration and data check: The applicant hands in the required documents; DPMPTSP staff check they are complete (an incomplete file is returned to be completed)',
      'Low risk: NIB issuance',
      'Medium-low risk: Self-declaration of conformity, then NIB and standard certificate',
      'Medium-high risk: Verification of conformity, then NIB and verified standard certificate',
      'High risk: Permit review, then Permit decision, then NIB and permit',
    ]);
    const levy = describeServiceStandard(batang, 'izin-trayek', 'id').sections[1]!;
    expect(listItems(levy.blocks[1])[0]).toBe(
      'Pemeriksaan kelengkapan berkas: Pemohon menyerahkan berkas persyaratan; petugas DPMPTSP memeriksa kelengkapannya (berkas yang belum lengkap dikembalikan untuk dilengkapi; 1 hari kerja)',
    );
    expect(listItems(levy.blocks[1])[1]).toBe(
      'Kajian tim teknis: Tim teknis (Dishub) mengkaji permohonan (3 hari kerja)',
    );
  });

  it('takes the procedure from `procedure` when declared', () => {
    const procedure = describeServiceStandard(batang, 'pbg', 'id').sections[1]!;
    expect(procedure.derived).toBe(false);
    expect(listItems(procedure.blocks[1])[0]).toBe(
      'Pemohon mendaftar dan mengunggah dokumen di SIMBG.',
    );
  });

  it('throws UnknownServiceError with a suggestion for an unknown service', () => {
    expect(() => renderServiceStandard(batang, 'pgb', { format: 'markdown' })).toThrow(
      UnknownServiceError,
    );
    expect(() => renderServiceStandard(batang, 'pgb', { format: 'markdown' })).toThrow(
      /Did you mean "pbg"\?/,
    );
  });
});

describe('renderServiceStandard: what to trust', () => {
  it('carries an illustrative or unverified status into Markdown and HTML, with the date and the sources', () => {
    const example = batang.services.find((entry) => entry.provenance?.status === 'illustrative')!;
    const markdown = renderServiceStandard(batang, example.id, {
      format: 'markdown',
      locale: 'id',
    });
    expect(markdown).toContain(
      '> **Data contoh: isi ini adalah contoh, bukan standar pelayanan resmi.',
    );
    expect(markdown).toMatch(/- \*\*Terakhir diperbarui:\*\* \d+ \w+ \d{4}/);
    expect(markdown).toContain('- **Status data:** data contoh (bukan data resmi)');
    const html = renderServiceStandard(batang, example.id, { format: 'html', locale: 'en' });
    expect(html).toContain(
      '<div class="trust trust-illustrative" role="note"><p><strong>Example data:',
    );
    // Printed: margins and page numbers.
    expect(html).toMatch(/@page \{[^}]*margin: 20mm/);
    expect(html).toContain('counter(page) " / " counter(pages)');
    const verified = batang.services.find((entry) => entry.provenance?.status === 'verified')!;
    expect(
      renderServiceStandard(batang, verified.id, { format: 'html', locale: 'id' }),
    ).not.toContain('class="trust');
  });

  it('names the decree that set the standard when declared', () => {
    const mall = withService({
      ...service('pbg'),
      version: { id: '2025.2', validFrom: '2025-06-01', decree: 'kep-sp' },
    });
    mall.legalBases.push({
      id: 'kep-sp',
      kind: 'keputusan',
      number: '12',
      year: 2025,
      title: 'Keputusan Bupati tentang Standar Pelayanan',
    });
    expect(checkMall(mall).filter((issue) => issue.path.includes('decree'))).toEqual([]);
    const dangling = withService({
      ...service('pbg'),
      version: { id: '2025.2', validFrom: '2025-06-01', decree: 'kep-tidak-ada' },
    });
    expect(
      checkMall(dangling).find((issue) => issue.path.join('.').endsWith('version.decree')),
    ).toMatchObject({ code: 'unknown_reference', severity: 'error' });
    const view = describeServiceStandard(mall, 'pbg', 'id');
    expect(view.facts).toContainEqual({
      label: 'Ditetapkan dengan',
      value: 'Keputusan Bupati tentang Standar Pelayanan (Keputusan 12/2025)',
    });
  });
});

describe('renderServiceStandard: HTML', () => {
  it('is a self-contained, accessible document in the chosen language', () => {
    const html = renderServiceStandard(batang, 'pbg', { format: 'html', locale: 'en' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2 id="group-/g)).toHaveLength(2);
    expect(html.match(/<h3 id="component-\d+">/g)).toHaveLength(14);
    expect(html).toContain(
      '<title>Service Standard: Building Approval (PBG) — Batang Regency Public Service Mall</title>',
    );
    // Self-contained: no scripts, no external style sheets, images or links to other hosts.
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//i);
  });

  it('escapes text from the configuration (a <script> in a name stays text)', () => {
    const evil: Service = {
      ...service('pbg'),
      name: { id: '<script>alert("x")</script> & Co', en: '<script>alert(1)</script>' },
      standard: { ...service('pbg').standard, facilities: "Ruang <b>'tunggu'</b>" },
    };
    const mall = withService(evil);
    const html = renderServiceStandard(mall, 'pbg', { format: 'html', locale: 'id' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('Ruang &lt;b&gt;&#39;tunggu&#39;&lt;/b&gt;');
    const markdown = renderServiceStandard(mall, 'pbg', { format: 'markdown', locale: 'en' });
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
  });
});
