// Services that share a lifecycle share one analysis in checkMall (issue 15 item 1): the issues must
// be exactly those of analysing every service on its own, the completion time (sla.days) checked
// per service.
import { analyzeWorkflow } from '@mpp-kit/workflows';
import { checkMall, type PartialMall } from '@mpp-kit/core';
import { mallFile, type Issue } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import { createRandom, generateMall } from '../bench/generateMall.mjs';

/** A generated mall whose services share templates but vary what the analysis reads. */
function variedMall() {
  const document = generateMall({ services: 240, seed: 11 });
  const random = createRandom(5);
  // A technical team with a quorum and no agencies of its own: the service's participants form
  // it, so how many there are decides empty_team and quorum_exceeds_team.
  document['workflows'] = [
    { id: 'quorum-team', extends: 'permit-with-levy', technicalTeam: { policy: { quorum: 2 } } },
  ];
  const services = document['services'] as Record<string, unknown>[];
  services.forEach((service, i) => {
    const sla = service['sla'] as Record<string, unknown>;
    // Below the 28 days of permit-with-levy's shares now and then: sla_shares_exceed for some.
    if (random() < 0.3) sla['days'] = 5 + Math.floor(random() * 30);
    if (random() < 0.2) sla['legalMax'] = 90;
    if (i % 17 === 0) service['participants'] = ['agency-999'];
    if (i % 5 === 0) service['workflow'] = 'quorum-team';
    // Participants varied in number (none, one listed twice, one, two, three) and in who they are.
    const count = Math.floor(random() * 5);
    if (random() < 0.5)
      service['participants'] =
        count === 1
          ? ['agency-001', 'agency-001']
          : Array.from(
              { length: count },
              (_, k) => `agency-${String(((i + k) % 20) + 2).padStart(3, '0')}`,
            );
  });
  const mall = mallFile.parse(document);
  // No output now and then (final_without_output): after parsing, since the schema requires one.
  for (const service of mall.services ?? [])
    if (random() < 0.2) delete (service as { output?: unknown }).output;
  // Sections the file leaves out are absent, not undefined (exactOptionalPropertyTypes).
  const present = Object.fromEntries(
    Object.entries(mall).filter(([, value]) => value !== undefined),
  ) as PartialMall;
  return {
    ...present,
    services: mall.services ?? [],
    workflows: mall.workflows ?? [],
    roles: mall.roles ?? [],
    agencies: mall.agencies ?? [],
  };
}

const key = (issue: Issue): string => JSON.stringify(issue);

describe('checkMall: one lifecycle analysis per shared workflow', () => {
  it('reports the issues of analysing each service alone, completion time per service', () => {
    const mall = variedMall();
    const checked = checkMall(mall, { locale: 'en' });
    let exceeded = 0;
    mall.services.forEach((service, i) => {
      const expected = analyzeWorkflow(service.workflow, {
        workflows: mall.workflows,
        roles: mall.roles,
        agencies: mall.agencies,
        service,
        locale: 'en',
      }).map((issue) => ({ ...issue, path: ['services', i, 'workflow', ...issue.path] }));
      const actual = checked.filter(
        (issue) =>
          issue.path[0] === 'services' && issue.path[1] === i && issue.path[2] === 'workflow',
      );
      expect(actual.map(key).sort(), `services[${String(i)}]`).toEqual(expected.map(key).sort());
      if (expected.some((issue) => issue.code === 'sla_shares_exceed')) exceeded += 1;
    });
    // The corpus reaches both branches: some services over their shares, most not.
    expect(exceeded).toBeGreaterThan(5);
    expect(exceeded).toBeLessThan(mall.services.length / 2);
    expect(checked.some((issue) => issue.code === 'final_without_output')).toBe(true);
    for (const code of ['empty_team', 'quorum_exceeds_team'])
      expect(
        checked.some((issue) => issue.code === code),
        code,
      ).toBe(true);
  });
});
