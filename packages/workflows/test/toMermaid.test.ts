import { describe, expect, it } from 'vitest';
import { toMermaid, workflowTemplateIds } from '../src/lifecycle/index.js';
import { compilePbg, pbg } from './_lifecycleFixtures.js';

describe('toMermaid', () => {
  it('draws a definition with agency keywords', () => {
    expect(toMermaid('permit')).toMatchInlineSnapshot(`
      "stateDiagram-v2
        state "intake: returned to applicant" as intake_returned
        state "review: returned to applicant" as review_returned
        [*] --> intake
        intake --> review : ACCEPT [front-office@owner]
        intake --> rejected : REJECT [front-office@owner]
        intake --> intake_returned : RETURN [front-office@owner]
        intake_returned --> intake : RESUBMIT [applicant]
        review --> decision : RECOMMEND [reviewer@owner]
        review --> rejected : REJECT [reviewer@owner]
        review --> review_returned : RETURN [reviewer@owner]
        review_returned --> review : RESUBMIT [applicant]
        decision --> issuance : APPROVE [head@owner]
        decision --> rejected : REJECT [head@owner]
        issuance --> issued : ISSUE [back-office@owner]
        issued --> [*]
        rejected --> [*]
      "
    `);
  });

  it('draws a compiled machine with the service agencies, the team and deemed approval', () => {
    const machine = compilePbg({ ...pbg, sla: { ...pbg.sla, onExpiry: 'deemed-approval' } });
    const diagram = toMermaid(machine, { locale: 'id', title: 'PBG' });
    expect(diagram).toContain('intake --> technical_review : ACCEPT [front-office@dpmptsp]');
    expect(diagram).toContain(
      'technical_review --> levy_assessment : APPROVE [reviewer@dpupr, reviewer@dlh] (all approve)',
    );
    expect(diagram).toContain(
      'technical_review --> rejected : REJECT [reviewer@dpupr, reviewer@dlh] (any refuses)',
    );
    expect(diagram).toContain('technical_review --> levy_assessment : TICK (deemed approval)');
    expect(diagram).toContain('payment --> expired : TICK (step time over)');
    expect(diagram).toContain('state "Pemeriksaan tim teknis (TPA/TPT)" as technical_review');
    expect(diagram.startsWith('---\ntitle: PBG\n---\nstateDiagram-v2\n')).toBe(true);
    expect(diagram).not.toContain('WITHDRAW');
    expect(toMermaid(machine, { withdrawals: true })).toContain(
      'payment --> withdrawn : WITHDRAW [applicant]',
    );
    expect(toMermaid(compilePbg(), { escalations: true })).toContain(
      'technical_review --> levy_assessment : APPROVE [head@dpmptsp] (after escalation)',
    );
  });

  it.each(workflowTemplateIds)(
    'draws %s with Mermaid-safe ids and every edge labelled',
    (template) => {
      const diagram = toMermaid(template);
      for (const line of diagram.trim().split('\n').slice(1)) {
        expect(line).toMatch(
          /^ {2}(state "[^"]+" as [A-Za-z0-9_]+|\[\*\] --> [A-Za-z0-9_]+|[A-Za-z0-9_]+ --> (\[\*\]|[A-Za-z0-9_]+)( : .+)?)$/,
        );
      }
    },
  );
});
