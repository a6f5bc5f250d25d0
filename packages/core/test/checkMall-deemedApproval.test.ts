import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isDecisionBearing } from '@mpp-kit/schemas';
import { loadMall, validateMallSources } from '@mpp-kit/core';

const mallYaml = readFileSync(
  fileURLToPath(new URL('fixtures/malls/small/mall.yaml', import.meta.url)),
  'utf8',
);

/** A one-service mall whose service has the given type and expiry consequence. */
function mallWith(type: string, onExpiry: string, workflow = 'permit') {
  const service = `apiVersion: mpp-kit/v1
services:
  - id: pendampingan-nib
    name: Pendampingan NIB
    type: ${type}
    owner: dpmptsp
    sla: { days: 1, unit: working, onExpiry: ${onExpiry} }
    fee: { kind: free }
    output: { product: NIB }
    complaints: [sp4n-lapor]
    legalBasis: [uu-25-2009]
    workflow: ${workflow}
`;
  return validateMallSources(
    [
      { file: 'mall.yaml', text: mallYaml },
      { file: 'services.yaml', text: service },
    ],
    { years: [2026] },
  );
}

const deemedIssues = (result: ReturnType<typeof validateMallSources>) =>
  result.issues.filter((issue) => issue.code === 'deemed_approval_without_decision');

describe('deemed approval only on decision-bearing services', () => {
  it('the rule: a licensing service (a permit) bears a decision; a non-licensing one does not', () => {
    expect(isDecisionBearing({ type: 'licensing' })).toBe(true);
    expect(isDecisionBearing({ type: 'non-licensing' })).toBe(false);
  });

  it('warns when an assistance or registration service declares deemed approval', () => {
    const result = mallWith('non-licensing', 'deemed-approval', 'simple-registration');
    const issues = deemedIssues(result);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({
      severity: 'warning',
      file: 'services.yaml',
      line: 7,
      path: ['services', 0, 'sla', 'onExpiry'],
    });
    expect(issue?.message).toBe(
      'Service "pendampingan-nib" declares deemed approval (fiktif positif) at expiry, but it is a non-licensing service: an assistance, registration or information service has no decision to deem approved.',
    );
    expect(issue?.hint).toContain('UU 30/2014 Art. 53 as amended by UU 6/2023');
    expect(issue?.hint).toContain('PP 28/2025');
    // a warning: the mall still loads
    expect(result.ok).toBe(true);
  });

  it('says it in Indonesian too', () => {
    const service = mallWith('non-licensing', 'deemed-approval');
    const id = validateMallSources(
      [
        { file: 'mall.yaml', text: mallYaml },
        {
          file: 'services.yaml',
          text: `apiVersion: mpp-kit/v1
services:
  - { id: x, name: X, type: non-licensing, owner: dpmptsp, sla: { days: 1, onExpiry: deemed-approval }, fee: { kind: free }, output: { product: X }, complaints: [sp4n-lapor], legalBasis: [uu-25-2009], workflow: permit }
`,
        },
      ],
      { years: [2026], locale: 'id' },
    );
    expect(deemedIssues(service)).toHaveLength(1);
    expect(deemedIssues(id)[0]?.message).toBe(
      'Layanan "x" menyatakan fiktif positif (dianggap disetujui) bila waktu habis, tetapi layanan ini non-perizinan: layanan pendampingan, pendaftaran, atau informasi tidak memiliki keputusan yang dapat dianggap disetujui.',
    );
  });

  it.each([
    ['licensing', 'deemed-approval'],
    ['non-licensing', 'escalate'],
    ['non-licensing', 'deemed-refusal'],
    ['non-licensing', 'none'],
  ])('a %s service with onExpiry %s is not warned', (type, onExpiry) => {
    expect(deemedIssues(mallWith(type, onExpiry))).toEqual([]);
  });

  it('Batang declares deemed approval only on permits', async () => {
    const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));
    const result = await loadMall(batang, { years: [2026] });
    expect(result.ok).toBe(true);
    expect(deemedIssues(result as ReturnType<typeof validateMallSources>)).toEqual([]);
    if (!result.ok) return;
    for (const service of result.mall.services) {
      if (service.sla.onExpiry === 'deemed-approval') {
        expect(isDecisionBearing(service), service.id).toBe(true);
      }
    }
  });
});
