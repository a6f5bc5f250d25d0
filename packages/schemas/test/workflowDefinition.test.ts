import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import Ajv2020Module from 'ajv/dist/2020.js';
import {
  outcomeNamePattern,
  reservedWorkflowEvents,
  serviceWorkflow,
  workflowDefinition,
  type ServiceWorkflow,
  type WorkflowDefinition,
} from '../src/WorkflowDefinition.js';

/** PBG as a mall would write it: every step kind, every outcome form. */
const pbgWorkflow: WorkflowDefinition = {
  id: 'pbg-batang',
  name: { id: 'Alur PBG Kabupaten Batang', en: 'Batang building approval' },
  returns: { maxRounds: 5, maxWaitDays: 30, onWaitExceeded: 'withdraw' },
  expiry: {
    deemedApproval: 'levy-assessment',
    escalateTo: { role: 'head', agency: 'coordinator' },
  },
  extension: { actor: { role: 'head' } },
  steps: [
    {
      id: 'intake',
      kind: 'intake',
      actor: { role: 'front-office', agency: 'owner' },
      sla: { days: 1 },
      returnable: true,
      outcomes: { ACCEPT: 'technical-review', REJECT: { to: 'rejected', reason: 'required' } },
    },
    {
      id: 'technical-review',
      kind: 'technical-review',
      team: { agencies: ['dpupr', 'dlh'], policy: 'all', role: 'reviewer' },
      sla: { days: 24 },
      returnable: true,
      outcomes: { APPROVE: 'inspection', REJECT: 'rejected' },
    },
    {
      id: 'inspection',
      kind: 'inspection',
      actor: [
        { role: 'inspector', agency: 'team' },
        { role: 'inspector', agency: 'dpupr' },
      ],
      outcomes: { REPORT: { to: 'decision', actor: { role: 'head', agency: 'coordinator' } } },
    },
    {
      id: 'decision',
      kind: 'decision',
      actor: { role: 'head' },
      outcomes: {
        APPROVE: [
          { when: { applicationKind: ['renewal'] }, to: 'issuance' },
          { to: 'levy-assessment', description: { id: 'Tetapkan retribusi', en: 'Set the levy' } },
        ],
        REJECT: 'rejected',
      },
    },
    {
      id: 'levy-assessment',
      kind: 'levy-assessment',
      actor: { role: 'back-office' },
      outcomes: { ASSESS: 'payment' },
    },
    {
      id: 'payment',
      kind: 'payment',
      actor: { role: 'treasurer', agency: 'bpkpad' },
      clock: 'stops',
      sla: { days: 14 },
      onTimeout: 'expired',
      outcomes: { PAID: 'issuance' },
    },
    {
      id: 'issuance',
      kind: 'issuance',
      actor: { role: 'head' },
      produces: ['pbg'],
      outcomes: { ISSUE: 'hand-over' },
    },
    {
      id: 'hand-over',
      kind: 'hand-over',
      actor: { role: 'front-office', agency: 'coordinator' },
      outcomes: { HAND_OVER: 'issued' },
    },
  ],
};

const validDefinitions: [string, unknown][] = [
  ['a full PBG workflow', pbgWorkflow],
  [
    'a workflow extending a template',
    {
      id: 'pbg-lite',
      extends: 'permit-with-levy',
      overrides: { 'technical-review': { outcomes: { REJECT: null } } },
    },
  ],
  [
    'a risk-based branch',
    {
      id: 'oss-lite',
      steps: [
        {
          id: 'registration',
          kind: 'intake',
          actor: { role: 'front-office' },
          outcomes: {
            ACCEPT: [
              { when: { riskLevel: ['low', 'medium-low'] }, to: 'issued' },
              { to: 'review' },
            ],
          },
        },
        {
          id: 'review',
          kind: 'self-declaration',
          actor: { role: 'applicant', agency: 'applicant' },
          outcomes: { DECLARE: 'issued' },
        },
      ],
    },
  ],
];

const validServiceWorkflows: [string, unknown][] = [
  ['a template id', 'permit'],
  ['a workflow id', 'pbg-batang'],
  [
    'the PBG template with its team',
    { template: 'permit-with-levy', technicalTeam: { agencies: ['dpupr', 'dlh'], policy: 'all' } },
  ],
  [
    'a quorum, return limits, expiry routing and overrides',
    {
      template: 'multi-agency-permit',
      technicalTeam: { policy: { quorum: 2 } },
      returns: { maxRounds: 3 },
      expiry: { deemedRefusal: 'rejected' },
      withdrawal: false,
      overrides: {
        intake: { sla: { days: 2 }, actor: { role: 'front-office', agency: 'coordinator' } },
      },
    },
  ],
];

const step = (patch: Record<string, unknown>) => ({
  id: 'w',
  steps: [
    {
      id: 'intake',
      kind: 'intake',
      actor: { role: 'front-office' },
      outcomes: { ACCEPT: 'issued' },
      ...patch,
    },
  ],
});

const invalidDefinitions: [string, unknown, string, (string | number)[]][] = [
  ['an unknown key', step({ actors: [] }), 'unrecognized_keys', ['steps', 0]],
  [
    'a reserved outcome name',
    step({ outcomes: { RETURN: 'intake' } }),
    'invalid_key',
    ['steps', 0, 'outcomes', 'RETURN'],
  ],
  [
    'a lower-case outcome name',
    step({ outcomes: { accept: 'issued' } }),
    'invalid_key',
    ['steps', 0, 'outcomes', 'accept'],
  ],
  ['an unknown step kind', step({ kind: 'approval' }), 'invalid_union', ['steps', 0, 'kind']],
  ['a negative step share', step({ sla: { days: -1 } }), 'too_small', ['steps', 0, 'sla', 'days']],
  [
    'an actor without a role',
    step({ actor: { agency: 'owner' } }),
    'invalid_union',
    ['steps', 0, 'actor'],
  ],
  [
    'an upper-case agency',
    step({ actor: { role: 'front-office', agency: 'Owner' } }),
    'invalid_format',
    ['steps', 0, 'actor', 'agency'],
  ],
  ['an unknown clock', step({ clock: 'paused' }), 'invalid_value', ['steps', 0, 'clock']],
  [
    'an unknown risk level',
    step({ outcomes: { ACCEPT: [{ when: { riskLevel: ['extreme'] }, to: 'issued' }] } }),
    'invalid_union',
    ['steps', 0, 'outcomes', 'ACCEPT'],
  ],
  [
    'a technical review with an outcome other than APPROVE/REJECT',
    {
      id: 'w',
      steps: [
        { id: 't', kind: 'technical-review', outcomes: { APPROVE: 'issued', ACCEPT: 'issued' } },
      ],
    },
    'unrecognized_keys',
    ['steps', 0, 'outcomes'],
  ],
  [
    'a technical review without APPROVE',
    { id: 'w', steps: [{ id: 't', kind: 'technical-review', outcomes: { REJECT: 'rejected' } }] },
    'invalid_union',
    ['steps', 0, 'outcomes', 'APPROVE'],
  ],
  [
    'a quorum of zero',
    { id: 'w', technicalTeam: { policy: { quorum: 0 } } },
    'too_small',
    ['technicalTeam', 'policy', 'quorum'],
  ],
  [
    'an unknown wait action',
    { id: 'w', returns: { onWaitExceeded: 'reject' } },
    'invalid_value',
    ['returns', 'onWaitExceeded'],
  ],
  ['a non-kebab id', { id: 'PBG Batang' }, 'invalid_format', ['id']],
];

describe('workflowDefinition', () => {
  it.each(validDefinitions)('accepts %s', (_name, value) => {
    expect(workflowDefinition.safeParse(value).error?.issues).toBeUndefined();
  });

  it.each(invalidDefinitions)('rejects %s', (_name, value, code, path) => {
    const result = workflowDefinition.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toContainEqual([
      code,
      path,
    ]);
  });

  it('keeps the parsed value as written (no defaults are invented by the schema)', () => {
    expect(workflowDefinition.parse(pbgWorkflow)).toEqual(pbgWorkflow);
  });
});

describe('serviceWorkflow', () => {
  it.each(validServiceWorkflows)('accepts %s', (_name, value) => {
    expect(serviceWorkflow.safeParse(value).error?.issues).toBeUndefined();
  });

  it.each([
    ['full steps inline', { template: 'permit', steps: [] }, 'unrecognized_keys'],
    ['an upper-case id', 'Permit', 'invalid_format'],
    ['a template that is not an id', { template: 'permit with levy' }, 'invalid_format'],
  ] as const)('rejects %s', (_name, value, code) => {
    const result = serviceWorkflow.safeParse(value);
    expect(result.error?.issues.map((issue) => issue.code)).toContain(code);
  });

  it('types the object form', () => {
    const pbg: ServiceWorkflow = {
      template: 'permit-with-levy',
      technicalTeam: { agencies: ['dpupr', 'dlh'], policy: 'all' },
    };
    expect(serviceWorkflow.parse(pbg)).toEqual(pbg);
  });
});

describe('outcome names', () => {
  it.each(reservedWorkflowEvents)('reserves %s', (name) => {
    expect(outcomeNamePattern.test(name)).toBe(false);
  });

  it.each(['ACCEPT', 'HAND_OVER', 'APPROVE2', 'RETURNED', 'TICKET'])('allows %s', (name) => {
    expect(outcomeNamePattern.test(name)).toBe(true);
  });
});

// ajv ships CommonJS: its default export sits on `.default` under some loaders.
type AjvClass = typeof import('ajv/dist/2020.js').default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ??
  Ajv2020Module) as AjvClass;

describe('JSON Schema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(
    z.toJSONSchema(workflowDefinition, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'throw',
    }),
  );
  const validateService = ajv.compile(
    z.toJSONSchema(serviceWorkflow, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'throw',
    }),
  );

  it('agrees with zod on valid and invalid workflows', () => {
    for (const [name, value] of validDefinitions) expect(validate(value), name).toBe(true);
    for (const [name, value] of invalidDefinitions) expect(validate(value), name).toBe(false);
    for (const [name, value] of validServiceWorkflows)
      expect(validateService(value), name).toBe(true);
  });
});
