import { describe, expect, it } from 'vitest';
import { localizeIssue, type Issue, type WorkflowDefinition } from '@mpp-kit/schemas';
import {
  analyzeWorkflow,
  templateRoles,
  workflowTemplateIds,
  type AnalyzeWorkflowOptions,
  type WorkflowService,
} from '../src/lifecycle/index.js';

const roles = templateRoles.map((role) => role.id);
const agencies = ['dpmptsp', 'dpupr', 'dlh', 'dinkes', 'bpkpad'];
const pbg: WorkflowService = {
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
  output: { product: 'Dokumen PBG' },
};
const mall = (
  service: WorkflowService = pbg,
  path: AnalyzeWorkflowOptions['path'] = ['services', 3, 'workflow'],
) => ({
  roles,
  agencies,
  service,
  path,
});

/** Formatted like the CLI: path, code, message, hint. */
function format(issues: readonly Issue[]): string[] {
  return issues.map(
    (issue) =>
      `${issue.path.join('.')}: ${issue.code}: ${issue.message}${issue.hint === undefined ? '' : ` ${issue.hint}`}`,
  );
}

describe('analyzeWorkflow', () => {
  it.each(workflowTemplateIds)(
    'finds nothing wrong with the %s template for a fitting service',
    (template) => {
      const service: WorkflowService =
        template === 'permit-with-levy' ? pbg : { ...pbg, sla: { days: 30, unit: 'working' } };
      expect(analyzeWorkflow(template, mall(service))).toEqual([]);
    },
  );

  it('locates an unknown template, team agency and role in the service, with suggestions', () => {
    expect(format(analyzeWorkflow({ template: 'permit-with-lev' }, mall()))).toMatchInlineSnapshot(`
      [
        "services.3.workflow.template: unknown_reference: Unknown workflow template "permit-with-lev". Did you mean "permit-with-levy"?",
        "services.3.workflow: empty_workflow: Workflow "pbg" has no steps. Declare \`steps\`, or \`extends\` a built-in template such as permit.",
      ]
    `);
    const issues = analyzeWorkflow(
      {
        template: 'permit-with-levy',
        technicalTeam: { agencies: ['dpupr', 'dhl'], role: 'reviwer' },
      },
      mall(),
    );
    expect(format(issues)).toMatchInlineSnapshot(`
      [
        "services.3.workflow.technicalTeam.role: unknown_reference: Unknown role "reviwer". Did you mean "reviewer"?",
        "services.3.workflow.technicalTeam.agencies.1: unknown_reference: Unknown agency "dhl". Did you mean "dlh"?",
      ]
    `);
    expect(localizeIssue(issues[1] as Issue, 'id').message).toBe('Instansi "dhl" tidak dikenal.');
  });

  it('reports template roles the mall has not declared, at the template key', () => {
    const issues = analyzeWorkflow('permit', {
      ...mall(),
      roles: ['front-office', 'reviewer', 'back-office'],
    });
    expect(issues.map((issue) => [issue.code, issue.path.join('.'), issue.params?.['id']])).toEqual(
      [['unknown_reference', 'services.3.workflow', 'head']],
    );
  });

  it('finds unknown targets, unreachable steps and steps with no exit in a mall workflow', () => {
    const workflow: WorkflowDefinition = {
      id: 'izin-reklame',
      steps: [
        {
          id: 'intake',
          kind: 'intake',
          actor: { role: 'front-office' },
          outcomes: { ACCEPT: 'reviw', REJECT: 'rejected' },
        },
        {
          id: 'review',
          kind: 'review',
          actor: { role: 'reviewer' },
          outcomes: { RECOMMEND: 'decision' },
        },
        {
          id: 'decision',
          kind: 'decision',
          actor: { role: 'head' },
          outcomes: { SEND_BACK: 'review' },
        },
        {
          id: 'orphan',
          kind: 'issuance',
          actor: { role: 'back-office' },
          outcomes: { ISSUE: 'issued' },
        },
      ],
    };
    expect(
      format(
        analyzeWorkflow(workflow, {
          ...mall({ ...pbg, sla: { days: 5 } }),
          path: ['workflows', 0],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "workflows.0.steps.0.outcomes.ACCEPT: unknown_step: Workflow "izin-reklame" has no step "reviw". Did you mean "review"?",
        "workflows.0.steps.1: unreachable_step: Step "review" of workflow "izin-reklame" cannot be reached from the start. Add an outcome that leads to it, or remove the step.",
        "workflows.0.steps.2: unreachable_step: Step "decision" of workflow "izin-reklame" cannot be reached from the start. Add an outcome that leads to it, or remove the step.",
        "workflows.0.steps.3: unreachable_step: Step "orphan" of workflow "izin-reklame" cannot be reached from the start. Add an outcome that leads to it, or remove the step.",
      ]
    `);
    const [, ...rest] = workflow.steps ?? [];
    const fixed: WorkflowDefinition = {
      ...workflow,
      steps: [
        {
          id: 'intake',
          kind: 'intake',
          actor: { role: 'front-office' },
          outcomes: { ACCEPT: 'review', REJECT: 'rejected' },
        },
        ...rest,
      ],
    };
    expect(
      analyzeWorkflow(fixed, { ...mall(), path: ['workflows', 0] }).map((issue) => [
        issue.code,
        issue.params?.['step'],
      ]),
    ).toEqual([
      ['unreachable_step', 'orphan'],
      ['no_exit', 'review'],
      ['no_exit', 'decision'],
    ]);
  });

  it('finds duplicate steps, overrides of unknown or unsuitable steps, and extension cycles', () => {
    const workflows: WorkflowDefinition[] = [
      { id: 'a', extends: 'b' },
      { id: 'b', extends: 'a' },
    ];
    expect(
      analyzeWorkflow(workflows[0] as WorkflowDefinition, {
        workflows,
        path: ['workflows', 0],
      }).map((i) => [i.code, i.path.join('.')]),
    ).toEqual([
      ['workflow_cycle', 'workflows.0.extends'],
      ['empty_workflow', 'workflows.0'],
    ]);
    const issues = analyzeWorkflow(
      {
        template: 'permit',
        overrides: {
          intak: { sla: { days: 1 } },
          review: { team: { policy: 'all' }, produces: ['izin'] },
        },
      },
      mall({ ...pbg, sla: { days: 10 } }),
    );
    expect(format(issues)).toMatchInlineSnapshot(`
      [
        "services.3.workflow.overrides.intak: unknown_step: Workflow "pbg" has no step "intak". Did you mean "intake"?",
        "services.3.workflow.overrides.review.team: override_not_applicable: Step "review" of workflow "pbg" is a review step and has no "team" to override. Only technical-review steps have a team and APPROVE/REJECT outcomes; only issuance steps produce outputs.",
        "services.3.workflow.overrides.review.produces: override_not_applicable: Step "review" of workflow "pbg" is a review step and has no "produces" to override. Only technical-review steps have a team and APPROVE/REJECT outcomes; only issuance steps produce outputs.",
      ]
    `);
    const duplicate = analyzeWorkflow({
      id: 'dup',
      steps: [
        {
          id: 'intake',
          kind: 'intake',
          actor: { role: 'front-office' },
          outcomes: { ACCEPT: 'issued' },
        },
        {
          id: 'intake',
          kind: 'decision',
          actor: { role: 'head' },
          outcomes: { APPROVE: 'issued' },
        },
      ],
    });
    expect(duplicate.map((i) => [i.code, i.path.join('.'), i.params?.['first']])).toEqual([
      ['duplicate_id', 'steps.1.id', 'steps.0'],
    ]);
  });

  it('checks technical teams against the service: empty, or a quorum it cannot reach', () => {
    const alone: WorkflowService = { ...pbg, participants: [] };
    expect(
      analyzeWorkflow('permit-with-levy', mall(alone)).map((i) => [i.code, i.path.join('.')]),
    ).toEqual([['empty_team', 'services.3.workflow']]);
    const quorum = analyzeWorkflow(
      {
        template: 'permit-with-levy',
        technicalTeam: { agencies: ['dpupr', 'dlh'], policy: { quorum: 3 } },
      },
      mall(),
    );
    expect(format(quorum)).toMatchInlineSnapshot(`
      [
        "services.3.workflow.technicalTeam: quorum_exceeds_team: Step "technical-review" of workflow "pbg" needs 3 approvals, but its team has only 2 agencies. Lower the quorum or add agencies to the team.",
      ]
    `);
  });

  it('compares step shares with the service completion time', () => {
    const short: WorkflowService = { ...pbg, sla: { days: 14, unit: 'working' } };
    expect(format(analyzeWorkflow('permit-with-levy', mall(short)))).toMatchInlineSnapshot(`
      [
        "services.3.workflow: sla_shares_exceed: The steps of "permit-with-levy" take 28 days in all, more than the service completion time of 14 days. Shorten the step SLAs or lengthen the service SLA within its legal maximum.",
      ]
    `);
    expect(
      analyzeWorkflow(
        { template: 'permit-with-levy', overrides: { 'technical-review': { sla: { days: 10 } } } },
        mall(short),
      ),
    ).toEqual([]);
  });

  it('reports an issued final with no output to issue', () => {
    const { output: _output, ...withoutOutput } = pbg;
    expect(
      analyzeWorkflow('permit', mall({ ...withoutOutput, sla: { days: 10 } })).map((i) => [
        i.code,
        i.path.join('.'),
      ]),
    ).toEqual([['final_without_output', 'services.3.workflow']]);
    // risk-based OSS names its own products (NIB, certificates, permit).
    expect(
      analyzeWorkflow('risk-based-oss', mall({ ...withoutOutput, sla: { days: 10 } })),
    ).toEqual([]);
  });

  it('speaks Indonesian when asked', () => {
    const [issue] = analyzeWorkflow(
      { template: 'permit', overrides: { reviw: {} } },
      { locale: 'id' },
    );
    expect(issue?.message).toBe('Alur kerja "permit" tidak memiliki langkah "reviw".');
    expect(issue?.hint).toBe('Mungkin maksud Anda "review"?');
  });
});
