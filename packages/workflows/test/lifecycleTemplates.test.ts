import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { workflowDefinition, type WorkflowDefinition } from '@mpp-kit/schemas';
import {
  allowedActions,
  checkEvent,
  compileWorkflow,
  currentStep,
  getWorkflowPaths,
  serializeWorkflowState,
  workflowTemplateIds,
  workflowTemplates,
  type AllowedActor,
  type ApplicationRiskLevel,
  type WorkflowContext,
  type WorkflowEvent,
  type WorkflowInput,
  type WorkflowPath,
  type WorkflowService,
  type WorkflowTemplateId,
} from '../src/lifecycle/index.js';
import { at, calendar } from './_lifecycleFixtures.js';

// Model-based tests: every built-in template, every shortest path from submission to each way of
// finishing (xstate/graph), replayed on a real actor with the real 2025 national calendar.

const coordinator = 'dpmptsp';

interface Case {
  readonly template: WorkflowTemplateId;
  readonly service: WorkflowService;
  readonly workflow: Parameters<typeof compileWorkflow>[0];
  readonly input: WorkflowInput;
  /** Final states that must be reachable, with the outputs of `issued`. */
  readonly finals: readonly string[];
  readonly outputs?: readonly string[];
}

const submittedAt = at('2025-07-07');
const applicant = { id: 'nik-3325010101800001' };

const cases: Case[] = [
  {
    template: 'simple-registration',
    service: {
      id: 'kk',
      owner: 'disdukcapil',
      sla: { days: 1, unit: 'working' },
      output: { product: 'Kartu Keluarga' },
    },
    workflow: { template: 'simple-registration', returns: { maxWaitDays: 5 } },
    input: { submittedAt, applicant },
    finals: ['issued', 'rejected', 'withdrawn'],
    outputs: ['service-output'],
  },
  {
    template: 'permit',
    service: {
      id: 'sip-bidan',
      owner: 'dpmptsp',
      sla: { days: 7, unit: 'working', onExpiry: 'deemed-approval', legalBasis: ['pp-28-2025'] },
    },
    workflow: 'permit',
    input: { submittedAt, applicant },
    finals: ['issued', 'rejected', 'withdrawn'],
    outputs: ['service-output'],
  },
  {
    template: 'permit-with-levy',
    service: {
      id: 'pbg',
      owner: 'dpmptsp',
      participants: ['dpupr', 'dlh'],
      sla: {
        days: 28,
        unit: 'working',
        legalMax: 28,
        onExpiry: 'escalate',
        legalBasis: ['pp-16-2021'],
      },
    },
    workflow: {
      template: 'permit-with-levy',
      technicalTeam: { agencies: ['dpupr', 'dlh'], policy: 'all' },
      returns: { maxWaitDays: 10 },
    },
    input: { submittedAt, applicant },
    finals: ['issued', 'rejected', 'withdrawn', 'expired'],
    outputs: ['service-output'],
  },
  {
    template: 'multi-agency-permit',
    service: {
      id: 'izin-lingkungan',
      owner: 'dlh',
      participants: ['dpupr', 'dinkes', 'dishub'],
      sla: { days: 14, unit: 'calendar', onExpiry: 'deemed-refusal' },
    },
    workflow: { template: 'multi-agency-permit', technicalTeam: { policy: { quorum: 2 } } },
    input: { submittedAt, applicant },
    finals: ['issued', 'rejected', 'withdrawn'],
    outputs: ['service-output'],
  },
  ...(
    [
      ['low', ['nib']],
      ['medium-low', ['nib', 'standard-certificate-self-declared']],
      ['medium-high', ['nib', 'standard-certificate-verified']],
      ['high', ['nib', 'permit']],
    ] as const
  ).map(([riskLevel, outputs]): Case => ({
    template: 'risk-based-oss',
    service: {
      id: `oss-${riskLevel}`,
      owner: 'dpmptsp',
      sla: { days: 5, unit: 'working', onExpiry: 'deemed-approval', legalBasis: ['pp-28-2025'] },
    },
    workflow: 'risk-based-oss',
    input: { submittedAt, applicant, riskLevel: riskLevel as ApplicationRiskLevel },
    finals: ['issued', 'rejected', 'withdrawn'],
    outputs,
  })),
];

/** Who a template step names, bound to this case's agencies (an independent reading of the template). */
function expectedActors(
  definition: WorkflowDefinition,
  stepId: string,
  service: WorkflowService,
): AllowedActor[] | null {
  const step = definition.steps?.find((candidate) => candidate.id === stepId);
  if (step === undefined || step.kind === 'technical-review') return null;
  const list = Array.isArray(step.actor) ? step.actor : [step.actor];
  return list.flatMap((actor) => {
    const agency = actor.agency ?? 'owner';
    if (agency === 'owner') return [{ role: actor.role, agency: service.owner }];
    if (agency === 'coordinator') return [{ role: actor.role, agency: coordinator }];
    if (agency === 'applicant') return [{ role: 'applicant', agency: 'applicant' }];
    if (agency === 'team')
      return (service.participants ?? []).map((member) => ({ role: actor.role, agency: member }));
    return [{ role: actor.role, agency }];
  });
}

function describePath(path: WorkflowPath): string {
  return path.steps
    .slice(1)
    .map((step) => step.event.type)
    .join(' → ');
}

describe.each(cases)('template $template ($service.id)', (testCase) => {
  const machine = compileWorkflow(testCase.workflow, {
    service: testCase.service,
    coordinator,
    calendar,
  });
  const paths = getWorkflowPaths(machine, { input: testCase.input });
  const definition = workflowTemplates[testCase.template];

  it('is a valid workflow definition in the configuration language', () => {
    expect(workflowDefinition.safeParse(definition).success).toBe(true);
  });

  it('reaches each expected final', () => {
    const reached = new Set(paths.map((path) => String(path.state.value)));
    for (const final of testCase.finals) expect(reached, final).toContain(final);
  });

  it('issues the expected outputs', () => {
    const issued = paths.filter((path) => path.state.value === 'issued');
    expect(issued.length).toBeGreaterThan(0);
    for (const path of issued) expect(path.state.context.outputs).toEqual(testCase.outputs);
  });

  it('replays every shortest path on a real actor with the same states, due dates and actors', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const label = describePath(path);
      const actor = createActor(machine, { input: testCase.input }).start();
      const steps = path.steps.slice(1); // the first step is the initial state (xstate.init)
      const received = calendar.toLocalDate(testCase.input.submittedAt);
      const term = {
        received,
        days: testCase.service.sla.days,
        unit: testCase.service.sla.unit ?? 'working',
      } as const;
      expect(actor.getSnapshot().context.serviceDue, label).toBe(calendar.dueDate(term));
      for (const step of steps) {
        const before = actor.getSnapshot();
        const event = step.event as WorkflowEvent;
        // Who may act in this step is who the template names (bound to the service's agencies).
        const position = currentStep(before);
        if (position.step !== null && position.phase === 'active' && event.type !== 'TICK') {
          const named = expectedActors(definition, position.step, testCase.service);
          // After an escalation the head of the coordinator may also decide (expiry.escalateTo default).
          const escalated = before.context.expiry?.consequence === 'escalate';
          const expected =
            named === null
              ? null
              : escalated
                ? [...named, { role: 'head', agency: coordinator }]
                : named;
          const outcome = allowedActions(before).find((action) => action.type === event.type);
          if (
            expected !== null &&
            outcome !== undefined &&
            !['WITHDRAW', 'RETURN', 'RESUBMIT', 'EXTEND'].includes(event.type)
          ) {
            expect(outcome.allowed, `${label}: ${event.type} in ${position.step}`).toEqual(
              expect.arrayContaining(expected),
            );
            for (const allowed of outcome.allowed)
              expect(expected, `${label}: ${event.type}`).toContainEqual(allowed);
          }
        }
        expect(checkEvent(before, event), `${label}: ${event.type}`).toEqual({ ok: true });
        actor.send(event);
        const after = actor.getSnapshot();
        expect(after.value, label).toEqual(step.state.value);
        // The graph identifies states without timestamps: compare what identifies them.
        expect(serializeWorkflowState(after), label).toBe(serializeWorkflowState(step.state));
        expect(Date.parse(after.context.updatedAt), label).toBeGreaterThanOrEqual(
          Date.parse(before.context.updatedAt),
        );
        checkDeadlines(after.context, label, testCase);
      }
      const final = actor.getSnapshot();
      expect(final.status, label).toBe('done');
      expect(final.context.result?.final, label).toBe(final.value);
      expect(allowedActions(final), label).toEqual([]);
    }
  });
});

/** Due dates agree with the calendar engine, independently of how the machine derived them. */
function checkDeadlines(context: WorkflowContext, label: string, testCase: Case): void {
  const { deadline } = context;
  const stopped = deadline.suspensions.some((suspension) => suspension.to === undefined);
  if (stopped) {
    expect(context.serviceDue === null || context.remainingDays === null, label).toBe(true);
    if (context.serviceDue === null) expect(context.remainingDays, label).toBeGreaterThanOrEqual(0);
  } else {
    expect(context.serviceDue, label).toBe(calendar.dueDate(deadline));
    expect(context.remainingDays, label).toBeNull();
    if (deadline.suspensions.length === 0 && context.extensions.length === 0) {
      const unit = testCase.service.sla.unit ?? 'working';
      if (unit === 'working') {
        expect(context.serviceDue, label).toBe(
          calendar.addWorkingDays(deadline.received, testCase.service.sla.days),
        );
      }
    }
  }
  if (context.result !== null) expect(context.step, label).toBeNull();
}

it('covers every built-in template', () => {
  expect(new Set(cases.map((testCase) => testCase.template))).toEqual(new Set(workflowTemplateIds));
});

describe('risk-based OSS', () => {
  it.each([
    ['low', 'issue-nib'],
    ['medium-low', 'self-declaration'],
    ['medium-high', 'verification'],
    ['high', 'permit-review'],
  ] as const)('%s risk goes from registration to %s', (riskLevel, next) => {
    const service: WorkflowService = { id: 'oss', owner: 'dpmptsp', sla: { days: 5 } };
    const machine = compileWorkflow('risk-based-oss', { service, coordinator, calendar });
    const actor = createActor(machine, { input: { submittedAt, riskLevel } }).start();
    actor.send({
      type: 'ACCEPT',
      actor: { id: 'fo', role: 'front-office', agency: 'dpmptsp' },
      at: at('2025-07-08'),
    });
    expect(currentStep(actor).step).toBe(next);
  });

  it('refuses to route a registration without a risk level, and says why', () => {
    const service: WorkflowService = { id: 'oss', owner: 'dpmptsp', sla: { days: 5 } };
    const machine = compileWorkflow('risk-based-oss', { service, coordinator, calendar });
    const actor = createActor(machine, { input: { submittedAt } }).start();
    const event = {
      type: 'ACCEPT',
      actor: { id: 'fo', role: 'front-office', agency: 'dpmptsp' },
      at: at('2025-07-08'),
    };
    expect(checkEvent(actor, event)).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: 'no_branch',
    });
    const before = actor.getSnapshot();
    actor.send(event);
    expect(actor.getSnapshot()).toBe(before);
  });
});
