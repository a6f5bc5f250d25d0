import { describe, expect, it } from 'vitest';
import { workflowDefinition, serviceWorkflow, type WorkflowDefinition } from '@mpp-kit/schemas';
import { createActor } from 'xstate';
import {
  allowedActions,
  compileWorkflow,
  resolveWorkflow,
  WorkflowCompileError,
  type ResolvedWorkflow,
} from '../src/lifecycle/index.js';
import { at, calendar, pbg, people } from './_lifecycleFixtures.js';

function resolved(
  input: Parameters<typeof resolveWorkflow>[0],
  options?: Parameters<typeof resolveWorkflow>[1],
): ResolvedWorkflow {
  const result = resolveWorkflow(input, options);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.value;
}

describe('resolveWorkflow', () => {
  it('configures a template per service: team, returns, overrides', () => {
    const input = serviceWorkflow.parse({
      template: 'permit-with-levy',
      technicalTeam: { agencies: ['dpupr', 'dlh'], policy: { quorum: 1 } },
      returns: { maxRounds: 2, maxWaitDays: 30 },
      overrides: {
        intake: { sla: { days: 2 }, actor: { role: 'front-office', agency: 'coordinator' } },
        payment: { actor: { role: 'treasurer', agency: 'bpkpad' } },
        'technical-review': { outcomes: { REJECT: null } },
      },
    });
    const workflow = resolved(input, { id: 'pbg' });
    expect(workflow.id).toBe('pbg');
    expect(workflow.bases).toEqual(['permit-with-levy']);
    expect(workflow.start).toBe('intake');
    const step = (id: string) => workflow.steps.find((candidate) => candidate.id === id);
    expect(step('intake')).toMatchObject({
      slaDays: 2,
      actors: [{ role: 'front-office', agency: 'coordinator' }],
    });
    expect(step('payment')?.actors).toMatchObject([
      { role: 'treasurer', agency: 'bpkpad', path: ['overrides', 'payment', 'actor'] },
    ]);
    expect(step('technical-review')?.team).toMatchObject({
      agencies: ['dpupr', 'dlh'],
      policy: { quorum: 1 },
      role: 'reviewer',
    });
    expect(step('technical-review')?.outcomes.map((outcome) => outcome.event)).toEqual(['APPROVE']);
    expect(workflow.returns).toEqual({ maxRounds: 2, maxWaitDays: 30, onWaitExceeded: 'withdraw' });
    expect(workflow.expiry.deemedApproval.map((rule) => rule.to)).toEqual(['levy-assessment']);
  });

  it('lets a mall workflow extend a template: replace a step, add steps, change the start', () => {
    const definition: WorkflowDefinition = workflowDefinition.parse({
      id: 'izin-usaha-batang',
      extends: 'permit',
      start: 'consultation',
      withdrawal: false,
      steps: [
        {
          id: 'consultation',
          kind: 'review',
          actor: { role: 'front-office', agency: 'coordinator' },
          outcomes: { PROCEED: 'intake' },
        },
        {
          id: 'decision',
          kind: 'decision',
          actor: [{ role: 'head' }, { role: 'head', agency: 'coordinator' }],
          outcomes: { APPROVE: 'issuance', REJECT: 'rejected', SEND_BACK: 'review' },
        },
      ],
      overrides: { review: { returnable: false } },
    });
    const workflow = resolved(definition);
    expect(workflow.steps.map((step) => step.id)).toEqual([
      'intake',
      'review',
      'decision',
      'issuance',
      'consultation',
    ]);
    expect(workflow.start).toBe('consultation');
    expect(workflow.withdrawal).toBe(false);
    const decision = workflow.steps.find((step) => step.id === 'decision');
    expect(decision?.outcomes.map((outcome) => outcome.event)).toEqual([
      'APPROVE',
      'REJECT',
      'SEND_BACK',
    ]);
    expect(decision?.outcomes[1]?.rules[0]?.reason).toBe('required');
    expect(workflow.steps.find((step) => step.id === 'review')?.returnable).toBe(false);

    const machine = compileWorkflow(definition, {
      service: { ...pbg, participants: [] },
      coordinator: 'mpp-office',
      calendar,
    });
    const actor = createActor(machine, { input: { submittedAt: at('2025-05-05') } }).start();
    expect(allowedActions(actor)).toEqual([
      { type: 'PROCEED', allowed: [{ role: 'front-office', agency: 'mpp-office' }] },
    ]);
  });

  it('extends a declared workflow, which may itself extend a template', () => {
    const workflows = [
      workflowDefinition.parse({
        id: 'pbg-base',
        extends: 'permit-with-levy',
        returns: { maxRounds: 3 },
      }),
      workflowDefinition.parse({
        id: 'pbg-batang',
        extends: 'pbg-base',
        overrides: { intake: { sla: { days: 2 } } },
      }),
    ];
    const workflow = resolved('pbg-batang', { workflows });
    expect(workflow.bases).toEqual(['pbg-batang', 'pbg-base', 'permit-with-levy']);
    expect(workflow.returns.maxRounds).toBe(3);
    expect(workflow.steps[0]?.slaDays).toBe(2);
  });

  it('fails with located issues, and compileWorkflow throws them', () => {
    const result = resolveWorkflow({ template: 'permitt' });
    expect(result.ok).toBe(false);
    expect(
      result.issues.map((issue) => [issue.code, issue.path, issue.params?.['suggestion']]),
    ).toEqual([['unknown_reference', ['template'], 'permit']]);
    expect(() =>
      compileWorkflow({ template: 'permitt' }, { service: pbg, coordinator: 'dpmptsp', calendar }),
    ).toThrow(WorkflowCompileError);
    try {
      compileWorkflow('permit-with-levy', {
        service: { ...pbg, participants: [] },
        coordinator: 'dpmptsp',
        calendar,
      });
    } catch (error) {
      expect(error).toBeInstanceOf(WorkflowCompileError);
      expect((error as WorkflowCompileError).issues.map((issue) => issue.code)).toEqual([
        'empty_team',
      ]);
    }
  });

  it('a team with a quorum decides at the quorum, and refuses once the quorum is out of reach', () => {
    const service = { ...pbg, participants: ['dpupr', 'dlh', 'dinkes'] };
    const machine = compileWorkflow(
      { template: 'permit-with-levy', technicalTeam: { policy: { quorum: 2 } } },
      { service, coordinator: 'dpmptsp', calendar },
    );
    const dinkes = { id: 'rv-4', role: 'reviewer', agency: 'dinkes' };
    const approving = createActor(machine, { input: { submittedAt: at('2025-05-05') } }).start();
    approving.send({ type: 'ACCEPT', actor: people.frontOffice, at: at('2025-05-06') });
    approving.send({
      type: 'REJECT',
      actor: people.dlh,
      at: at('2025-05-07'),
      reason: 'Tidak sesuai KRK',
    });
    approving.send({ type: 'APPROVE', actor: people.dpupr, at: at('2025-05-07') });
    expect(approving.getSnapshot().value).toEqual({ 'technical-review': 'active' });
    approving.send({ type: 'APPROVE', actor: dinkes, at: at('2025-05-08') });
    expect(approving.getSnapshot().value).toBe('levy-assessment');

    const refusing = createActor(machine, { input: { submittedAt: at('2025-05-05') } }).start();
    refusing.send({ type: 'ACCEPT', actor: people.frontOffice, at: at('2025-05-06') });
    refusing.send({
      type: 'REJECT',
      actor: people.dlh,
      at: at('2025-05-07'),
      reason: 'Tidak sesuai KRK',
    });
    refusing.send({ type: 'REJECT', actor: dinkes, at: at('2025-05-07'), reason: 'Tidak sesuai' });
    expect(refusing.getSnapshot().value).toBe('rejected');
    expect(refusing.getSnapshot().context.votes).toEqual({ dlh: 'reject', dinkes: 'reject' });
  });
});
