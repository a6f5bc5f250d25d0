import { join } from 'node:path';
import type { MallConfig, Service } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMall } from '../src/index.js';
import { lintServiceStandards } from '../src/standards/index.js';

const root = new URL('../../..', import.meta.url).pathname;
let batang: MallConfig;

beforeAll(async () => {
  const result = await loadMall(join(root, 'examples/batang'));
  if (!result.ok) throw new Error('Batang must load');
  batang = result.mall;
});

function service(id: string): Service {
  return structuredClone(batang.services.find((entry) => entry.id === id)!);
}

describe('lintServiceStandards', () => {
  it('a fully declared service has no warning', () => {
    expect(lintServiceStandards({ services: [service('pbg')] }, 'en')).toEqual([]);
  });

  it('warns once per missing component, with the path where it belongs', () => {
    const bare: Service = { ...service('pbg'), requirements: [], complaints: [], legalBasis: [] };
    delete (bare as { standard?: unknown }).standard;
    const issues = lintServiceStandards({ services: [service('pbg'), bare] }, 'en');
    expect(
      issues.every(
        (issue) => issue.code === 'missing_standard_component' && issue.severity === 'warning',
      ),
    ).toBe(true);
    expect(issues.map((issue) => [issue.params?.['number'], issue.path])).toEqual([
      [1, ['services', 1, 'requirements']],
      [6, ['services', 1, 'complaints']],
      [7, ['services', 1, 'legalBasis']],
      [8, ['services', 1, 'standard', 'facilities']],
      [9, ['services', 1, 'standard', 'staffCompetence']],
      [10, ['services', 1, 'standard', 'internalSupervision']],
      [11, ['services', 1, 'standard', 'staffCount']],
      [12, ['services', 1, 'standard', 'serviceGuarantee']],
      [13, ['services', 1, 'standard', 'safetyGuarantee']],
      [14, ['services', 1, 'standard', 'performanceEvaluation']],
    ]);
  });

  it('a service without legal basis or complaint channel is a warning, in English and Indonesian', () => {
    const lacking: Service = { ...service('pbg'), legalBasis: [], complaints: [] };
    const en = lintServiceStandards({ services: [lacking] }, 'en');
    expect(en.map((issue) => `${issue.severity}: ${issue.message}`)).toMatchInlineSnapshot(`
      [
        "warning: Service "pbg" does not declare service-standard component 6 (handling of complaints, suggestions and input).",
        "warning: Service "pbg" does not declare service-standard component 7 (legal basis).",
      ]
    `);
    const id = lintServiceStandards({ services: [lacking] }, 'id');
    expect(id.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "Layanan "pbg" tidak mendeklarasikan komponen standar pelayanan 6 (penanganan pengaduan, saran, dan masukan).",
        "Layanan "pbg" tidak mendeklarasikan komponen standar pelayanan 7 (dasar hukum).",
      ]
    `);
    expect(id[0]?.hint).toBe(
      'Tambahkan agar standar pelayanan yang dipublikasikan lengkap (PermenPANRB 15/2014).',
    );
  });

  it('never throws on a partial mall', () => {
    expect(lintServiceStandards({}, 'en')).toEqual([]);
    expect(
      lintServiceStandards(
        { services: [undefined as unknown as Service, { id: 'x' } as Service] },
        'en',
      ),
    ).toHaveLength(10);
  });

  it('runs inside loading: warnings located in the service files, the mall still loads', async () => {
    const { mkdtempSync, cpSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    // Batang declares components 8–14 mall-wide; take them away in a copy and every service warns.
    const dir = mkdtempSync(join(tmpdir(), 'mpp-lint-'));
    cpSync(join(root, 'examples/batang'), dir, { recursive: true });
    const mallFile = join(dir, 'mall.yaml');
    const text = readFileSync(mallFile, 'utf8');
    writeFileSync(mallFile, text.replace(/\n {2}standard:\n(?: {4}.*\n| {6}.*\n)+/, '\n'));
    const result = await loadMall(dir);
    expect(result.ok).toBe(true);
    const warnings = result.issues.filter((issue) => issue.code === 'missing_standard_component');
    expect(warnings.length).toBeGreaterThan(0);
    expect(
      warnings.every(
        (issue) => issue.severity === 'warning' && issue.file?.includes('services/') === true,
      ),
    ).toBe(true);
    expect(warnings.some((issue) => issue.line !== undefined)).toBe(true);
  });
});
