import {
  createIssue,
  localizeIssue,
  nearest,
  type Issue,
  type IssuePath,
  type Locale,
  type LocalizedText,
  type ServiceWorkflow,
  type WorkflowDefinition,
} from '@mpp-kit/schemas';
import {
  isWorkflowTemplateId,
  workflowTemplateIds,
  workflowTemplates,
} from './workflowTemplates.js';

type Step = NonNullable<WorkflowDefinition['steps']>[number];
type Outcome = Extract<Step, { kind: 'issuance' }>['outcomes'][string];
type Rule = Extract<Outcome, { to: string }>;
type ActorInput = Extract<NonNullable<Rule['actor']>, { role: string }>;
type ActorsInput = NonNullable<Rule['actor']>;
type TeamInput = NonNullable<WorkflowDefinition['technicalTeam']>;
type ServiceForm = Exclude<ServiceWorkflow, string>;

/**
 * A kind of workflow step (`intake`, `review`, `technical-review` …).
 *
 * @example
 * ```ts
 * const kind: StepKind = 'technical-review';
 * ```
 */
export type StepKind = Step['kind'];

/**
 * An outcome condition (`when`): risk levels and application kinds.
 *
 * @example
 * ```ts
 * const when: RuleCondition = { riskLevel: ['low'] };
 * ```
 */
export type RuleCondition = NonNullable<Rule['when']>;

/**
 * A team policy: `'all'` or `{ quorum: n }`.
 *
 * @example
 * ```ts
 * const policy: ResolvedTeamPolicy = { quorum: 2 };
 * ```
 */
export type ResolvedTeamPolicy = NonNullable<TeamInput['policy']>;

/**
 * Where a resolved element was declared: in the workflow or service itself (`own`), in a built-in
 * `template`, or in a mall workflow it extends (`base`).
 *
 * @example
 * ```ts
 * const origin: ElementOrigin = 'template';
 * ```
 */
export type ElementOrigin = 'own' | 'template' | 'base';

/**
 * Who may act, with agency keywords (`owner`, `coordinator`, `applicant`, `team`) not yet bound to
 * agency ids, and the path where it was declared.
 *
 * @example
 * ```ts
 * const spec: ResolvedActor = { role: 'front-office', agency: 'owner', path: ['steps', 0, 'actor'], origin: 'own' };
 * ```
 */
export interface ResolvedActor {
  readonly role: string;
  readonly agency: string;
  readonly path: IssuePath;
  readonly origin: ElementOrigin;
}

/**
 * One rule of an outcome, with defaults applied.
 *
 * @example
 * ```ts
 * const rule: ResolvedRule = { to: 'rejected', actors: [], reason: 'required', when: null, path: ['steps', 0, 'outcomes', 'REJECT'], origin: 'own' };
 * ```
 */
export interface ResolvedRule {
  readonly to: string;
  /** Extra actors who may also send the outcome. */
  readonly actors: readonly ResolvedActor[];
  readonly reason: 'required' | 'optional';
  readonly when: RuleCondition | null;
  readonly path: IssuePath;
  readonly origin: ElementOrigin;
}

/**
 * An outcome of a step: its event name and rules (first matching rule wins).
 *
 * @example
 * ```ts
 * const outcome: ResolvedOutcome = { event: 'ACCEPT', rules: [rule], path: ['steps', 0, 'outcomes', 'ACCEPT'] };
 * ```
 */
export interface ResolvedOutcome {
  readonly event: string;
  readonly rules: readonly ResolvedRule[];
  readonly path: IssuePath;
}

/**
 * The technical team of a `technical-review` step. `agencies` null means the service's
 * participants.
 *
 * @example
 * ```ts
 * const team: ResolvedTeam = {
 *   agencies: ['dpupr', 'dlh'], policy: 'all', role: 'reviewer',
 *   path: ['technicalTeam'], agenciesPath: ['technicalTeam', 'agencies'], origin: 'own',
 * };
 * ```
 */
export interface ResolvedTeam {
  readonly agencies: readonly string[] | null;
  readonly policy: ResolvedTeamPolicy;
  readonly role: string;
  /** Where the team was (last) configured. */
  readonly path: IssuePath;
  /** Where its agencies were listed. */
  readonly agenciesPath: IssuePath;
  readonly origin: ElementOrigin;
}

/**
 * A step with every default applied and every layer (template, base workflow, own steps,
 * overrides, service options) merged.
 *
 * @example
 * ```ts
 * const step = resolved.steps.find((s) => s.id === 'technical-review');
 * step?.team?.policy; // 'all'
 * ```
 */
export interface ResolvedStep {
  readonly id: string;
  readonly kind: StepKind;
  readonly name: LocalizedText | null;
  /** Who acts (empty for a technical-review step: its team acts). */
  readonly actors: readonly ResolvedActor[];
  readonly slaDays: number | null;
  readonly returnable: boolean;
  readonly clock: 'runs' | 'stops';
  readonly onTimeout: { readonly to: string; readonly path: IssuePath } | null;
  readonly outcomes: readonly ResolvedOutcome[];
  readonly team: ResolvedTeam | null;
  readonly produces: readonly string[] | null;
  readonly path: IssuePath;
  readonly origin: ElementOrigin;
}

/**
 * A workflow ready to compile: the template or base chain flattened, overrides and service options
 * applied, defaults filled in. Paths point into the definition (or the service's `workflow`) that
 * was resolved, so issues can be located in the YAML.
 *
 * @example
 * ```ts
 * const result = resolveWorkflow('permit-with-levy');
 * if (result.ok) result.value.steps.map((step) => step.id);
 * ```
 */
export interface ResolvedWorkflow {
  readonly id: string;
  readonly name: LocalizedText | null;
  /** The template or workflow this one is based on, outermost first (`['permit-with-levy']`). */
  readonly bases: readonly string[];
  readonly start: string;
  readonly startPath: IssuePath;
  readonly steps: readonly ResolvedStep[];
  readonly returns: {
    readonly maxRounds: number | null;
    readonly maxWaitDays: number | null;
    readonly onWaitExceeded: 'withdraw';
  };
  readonly expiry: {
    readonly deemedApproval: readonly ResolvedRule[];
    readonly deemedRefusal: readonly ResolvedRule[];
    readonly escalateTo: readonly ResolvedActor[];
  };
  readonly withdrawal: boolean;
  /** Who may extend; null means the actors of the current step. */
  readonly extensionActors: readonly ResolvedActor[] | null;
}

/**
 * Options of {@link resolveWorkflow}.
 *
 * @example
 * ```ts
 * const options: ResolveWorkflowOptions = { workflows: mall.workflows, id: 'pbg' };
 * ```
 */
export interface ResolveWorkflowOptions {
  /** The mall's own workflows (for ids and `extends`). */
  readonly workflows?: readonly WorkflowDefinition[];
  /** Id to give a workflow configured inline on a service (`{ template, ... }`); default the template id. */
  readonly id?: string;
  readonly locale?: Locale;
}

/**
 * The result of {@link resolveWorkflow}.
 *
 * @example
 * ```ts
 * const result: ResolveWorkflowResult = resolveWorkflow('permit');
 * ```
 */
export type ResolveWorkflowResult =
  | { readonly ok: true; readonly value: ResolvedWorkflow; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

// ---------------------------------------------------------------------------------------------

interface DraftTeam {
  agencies: readonly string[] | null;
  agenciesPath: IssuePath;
  policy: ResolvedTeamPolicy;
  role: string;
  path: IssuePath;
  origin: ElementOrigin;
}

interface DraftStep {
  id: string;
  kind: StepKind;
  name: LocalizedText | null;
  actors: ResolvedActor[];
  slaDays: number | null;
  returnable: boolean;
  clock: 'runs' | 'stops';
  onTimeout: { to: string; path: IssuePath } | null;
  outcomes: Map<string, ResolvedOutcome>;
  team: DraftTeam | null;
  produces: readonly string[] | null;
  path: IssuePath;
  origin: ElementOrigin;
}

interface Draft {
  id: string;
  name: LocalizedText | null;
  bases: string[];
  start: string | null;
  startPath: IssuePath;
  steps: DraftStep[];
  maxRounds: number | null;
  maxWaitDays: number | null;
  deemedApproval: ResolvedRule[] | null;
  deemedRefusal: ResolvedRule[] | null;
  escalateTo: ResolvedActor[] | null;
  withdrawal: boolean;
  extensionActors: ResolvedActor[] | null;
}

interface Policies {
  readonly technicalTeam?: TeamInput | undefined;
  readonly returns?: WorkflowDefinition['returns'];
  readonly expiry?: WorkflowDefinition['expiry'];
  readonly withdrawal?: boolean | undefined;
  readonly extension?: WorkflowDefinition['extension'];
  readonly overrides?: WorkflowDefinition['overrides'];
}

interface Resolver {
  readonly workflows: readonly WorkflowDefinition[];
  readonly issues: Issue[];
  /** Issues found inside declared base workflows (reported when those are analysed). */
  readonly suppressed: Issue[];
  readonly locale: Locale;
}

function toActors(
  input: ActorsInput | undefined,
  path: IssuePath,
  origin: ElementOrigin,
): ResolvedActor[] {
  if (input === undefined) return [];
  const list: readonly ActorInput[] = Array.isArray(input) ? input : [input];
  return list.map((actor, index) => ({
    role: actor.role,
    agency: actor.agency ?? 'owner',
    path: Array.isArray(input) ? [...path, index] : path,
    origin,
  }));
}

function toRule(rule: Rule, path: IssuePath, origin: ElementOrigin): ResolvedRule {
  return {
    to: rule.to,
    actors: toActors(rule.actor, [...path, 'actor'], origin),
    reason: rule.to === 'rejected' ? 'required' : (rule.reason ?? 'optional'),
    when: rule.when ?? null,
    path,
    origin,
  };
}

function toRules(
  outcome: Outcome | readonly Rule[] | string,
  path: IssuePath,
  origin: ElementOrigin,
): ResolvedRule[] {
  if (typeof outcome === 'string') {
    return [
      {
        to: outcome,
        actors: [],
        reason: outcome === 'rejected' ? 'required' : 'optional',
        when: null,
        path,
        origin,
      },
    ];
  }
  if (Array.isArray(outcome))
    return (outcome as readonly Rule[]).map((rule, index) =>
      toRule(rule, [...path, index], origin),
    );
  return [toRule(outcome as Rule, path, origin)];
}

function draftStep(step: Step, path: IssuePath, origin: ElementOrigin): DraftStep {
  const outcomes = new Map<string, ResolvedOutcome>();
  for (const [event, outcome] of Object.entries(step.outcomes)) {
    if (outcome === undefined) continue;
    const outcomePath = [...path, 'outcomes', event];
    outcomes.set(event, { event, rules: toRules(outcome, outcomePath, origin), path: outcomePath });
  }
  const team =
    step.kind === 'technical-review'
      ? {
          agencies: step.team?.agencies ?? null,
          agenciesPath: [...path, 'team', 'agencies'],
          policy: step.team?.policy ?? 'all',
          role: step.team?.role ?? 'reviewer',
          path: [...path, 'team'],
          origin,
        }
      : null;
  return {
    id: step.id,
    kind: step.kind,
    name: step.name ?? null,
    actors:
      step.kind === 'technical-review' ? [] : toActors(step.actor, [...path, 'actor'], origin),
    slaDays: step.sla?.days ?? null,
    returnable: step.returnable ?? false,
    clock: step.clock ?? 'runs',
    onTimeout:
      step.onTimeout === undefined ? null : { to: step.onTimeout, path: [...path, 'onTimeout'] },
    outcomes,
    team,
    produces: step.kind === 'issuance' ? (step.produces ?? null) : null,
    path,
    origin,
  };
}

/** Re-labels every element of a base as coming from `origin`, located at `at`. */
function rebase(draft: Draft, origin: ElementOrigin, at: IssuePath): Draft {
  const actor = (a: ResolvedActor): ResolvedActor => ({ ...a, path: at, origin });
  const rule = (r: ResolvedRule): ResolvedRule => ({
    ...r,
    actors: r.actors.map(actor),
    path: at,
    origin,
  });
  return {
    ...draft,
    startPath: at,
    steps: draft.steps.map((step) => ({
      ...step,
      actors: step.actors.map(actor),
      onTimeout: step.onTimeout === null ? null : { to: step.onTimeout.to, path: at },
      outcomes: new Map(
        [...step.outcomes].map(([event, outcome]) => [
          event,
          { event, rules: outcome.rules.map(rule), path: at },
        ]),
      ),
      team: step.team === null ? null : { ...step.team, path: at, agenciesPath: at, origin },
      path: at,
      origin,
    })),
    deemedApproval: draft.deemedApproval?.map(rule) ?? null,
    deemedRefusal: draft.deemedRefusal?.map(rule) ?? null,
    escalateTo: draft.escalateTo?.map(actor) ?? null,
    extensionActors: draft.extensionActors?.map(actor) ?? null,
  };
}

function emptyDraft(id: string, name: LocalizedText | null): Draft {
  return {
    id,
    name,
    bases: [],
    start: null,
    startPath: [],
    steps: [],
    maxRounds: null,
    maxWaitDays: null,
    deemedApproval: null,
    deemedRefusal: null,
    escalateTo: null,
    withdrawal: true,
    extensionActors: null,
  };
}

function lookupBase(
  resolver: Resolver,
  id: string,
  path: IssuePath,
  chain: readonly string[],
): Draft | null {
  if (chain.includes(id)) {
    resolver.issues.push(
      createIssue({
        code: 'workflow_cycle',
        path,
        params: { workflow: chain[0] ?? id, chain: [...chain, id].join(' → ') },
        locale: resolver.locale,
      }),
    );
    return null;
  }
  if (isWorkflowTemplateId(id)) {
    const base = resolveDefinition(resolver, workflowTemplates[id], [], [...chain, id]);
    return rebase({ ...base, bases: [id, ...base.bases] }, 'template', path);
  }
  const declared = resolver.workflows.find((workflow) => workflow.id === id);
  if (declared !== undefined) {
    const suppressedBefore = resolver.suppressed.length;
    const base = resolveDefinition(resolver, declared, [], [...chain, id], true);
    const cycle = resolver.suppressed
      .slice(suppressedBefore)
      .find((issue) => issue.code === 'workflow_cycle');
    if (cycle !== undefined) {
      resolver.issues.push(localizeIssue({ ...cycle, path }, resolver.locale));
      return null;
    }
    return rebase({ ...base, bases: [id, ...base.bases] }, 'base', path);
  }
  const known = [...workflowTemplateIds, ...resolver.workflows.map((workflow) => workflow.id)];
  const suggestion = nearest(id, known);
  resolver.issues.push(
    createIssue({
      code: 'unknown_reference',
      path,
      params: { kind: 'template', id, known, ...(suggestion === undefined ? {} : { suggestion }) },
      locale: resolver.locale,
    }),
  );
  return null;
}

function mergeTeam(step: DraftStep, team: TeamInput, path: IssuePath, origin: ElementOrigin): void {
  if (step.team === null) return;
  step.team = {
    agencies: team.agencies ?? step.team.agencies,
    agenciesPath: team.agencies === undefined ? step.team.agenciesPath : [...path, 'agencies'],
    policy: team.policy ?? step.team.policy,
    role: team.role ?? step.team.role,
    path,
    origin,
  };
}

function applyPolicies(
  resolver: Resolver,
  draft: Draft,
  policies: Policies,
  path: IssuePath,
): void {
  if (policies.technicalTeam !== undefined) {
    for (const step of draft.steps)
      mergeTeam(step, policies.technicalTeam, [...path, 'technicalTeam'], 'own');
  }
  for (const [stepId, patch] of Object.entries(policies.overrides ?? {})) {
    const patchPath = [...path, 'overrides', stepId];
    const step = draft.steps.find((candidate) => candidate.id === stepId);
    if (step === undefined) {
      const known = draft.steps.map((candidate) => candidate.id);
      const suggestion = nearest(stepId, known);
      resolver.issues.push(
        createIssue({
          code: 'unknown_step',
          path: patchPath,
          params: {
            workflow: draft.id,
            step: stepId,
            known,
            ...(suggestion === undefined ? {} : { suggestion }),
          },
          locale: resolver.locale,
        }),
      );
      continue;
    }
    const notApplicable = (key: string) =>
      resolver.issues.push(
        createIssue({
          code: 'override_not_applicable',
          path: [...patchPath, key],
          params: { workflow: draft.id, step: stepId, stepKind: step.kind, key },
          locale: resolver.locale,
        }),
      );
    if (patch.name !== undefined) step.name = patch.name;
    if (patch.sla !== undefined) step.slaDays = patch.sla.days;
    if (patch.returnable !== undefined) step.returnable = patch.returnable;
    if (patch.clock !== undefined) step.clock = patch.clock;
    if (patch.onTimeout !== undefined)
      step.onTimeout = { to: patch.onTimeout, path: [...patchPath, 'onTimeout'] };
    if (patch.actor !== undefined) {
      if (step.kind === 'technical-review') notApplicable('actor');
      else step.actors = toActors(patch.actor, [...patchPath, 'actor'], 'own');
    }
    if (patch.team !== undefined) {
      if (step.team === null) notApplicable('team');
      else mergeTeam(step, patch.team, [...patchPath, 'team'], 'own');
    }
    if (patch.produces !== undefined) {
      if (step.kind !== 'issuance') notApplicable('produces');
      else step.produces = patch.produces;
    }
    for (const [event, outcome] of Object.entries(patch.outcomes ?? {})) {
      const outcomePath = [...patchPath, 'outcomes', event];
      if (outcome === null) {
        step.outcomes.delete(event);
      } else if (step.kind === 'technical-review' && event !== 'APPROVE' && event !== 'REJECT') {
        notApplicable(`outcomes.${event}`);
      } else {
        step.outcomes.set(event, {
          event,
          rules: toRules(outcome, outcomePath, 'own'),
          path: outcomePath,
        });
      }
    }
  }
  if (policies.returns !== undefined) {
    if (policies.returns.maxRounds !== undefined) draft.maxRounds = policies.returns.maxRounds;
    if (policies.returns.maxWaitDays !== undefined)
      draft.maxWaitDays = policies.returns.maxWaitDays;
  }
  const expiry = policies.expiry;
  if (expiry !== undefined) {
    const expiryPath = [...path, 'expiry'];
    if (expiry.deemedApproval !== undefined) {
      draft.deemedApproval = toRules(
        expiry.deemedApproval,
        [...expiryPath, 'deemedApproval'],
        'own',
      );
    }
    if (expiry.deemedRefusal !== undefined) {
      draft.deemedRefusal = toRules(expiry.deemedRefusal, [...expiryPath, 'deemedRefusal'], 'own');
    }
    if (expiry.escalateTo !== undefined)
      draft.escalateTo = toActors(expiry.escalateTo, [...expiryPath, 'escalateTo'], 'own');
  }
  if (policies.withdrawal !== undefined) draft.withdrawal = policies.withdrawal;
  if (policies.extension?.actor !== undefined) {
    draft.extensionActors = toActors(
      policies.extension.actor,
      [...path, 'extension', 'actor'],
      'own',
    );
  }
}

function resolveDefinition(
  resolver: Resolver,
  definition: WorkflowDefinition,
  path: IssuePath,
  chain: readonly string[],
  quiet = false,
): Draft {
  const issuesBefore = resolver.issues.length;
  const ownChain = chain.length === 0 ? [definition.id] : chain;
  const base =
    definition.extends === undefined
      ? null
      : lookupBase(resolver, definition.extends, [...path, 'extends'], ownChain);
  const draft: Draft =
    base === null
      ? emptyDraft(definition.id, definition.name ?? null)
      : { ...base, id: definition.id };
  if (definition.name !== undefined) draft.name = definition.name;
  const seen = new Map<string, IssuePath>();
  (definition.steps ?? []).forEach((step, index) => {
    const stepPath = [...path, 'steps', index];
    const first = seen.get(step.id);
    if (first !== undefined) {
      resolver.issues.push(
        createIssue({
          code: 'duplicate_id',
          path: [...stepPath, 'id'],
          params: { kind: 'step', id: step.id, first: first.join('.') },
          locale: resolver.locale,
        }),
      );
      return;
    }
    seen.set(step.id, stepPath);
    const drafted = draftStep(step, stepPath, 'own');
    const existing = draft.steps.findIndex((candidate) => candidate.id === step.id);
    if (existing === -1) draft.steps.push(drafted);
    else draft.steps[existing] = drafted;
  });
  // The base's steps were copied by reference; copy them before policies mutate them.
  draft.steps = draft.steps.map((step) => ({
    ...step,
    outcomes: new Map(step.outcomes),
    actors: [...step.actors],
  }));
  if (definition.start !== undefined) {
    draft.start = definition.start;
    draft.startPath = [...path, 'start'];
  }
  applyPolicies(resolver, draft, definition, path);
  // Issues inside a declared base workflow are reported when that workflow itself is analysed.
  if (quiet) resolver.suppressed.push(...resolver.issues.splice(issuesBefore));
  return draft;
}

function finish(draft: Draft): ResolvedWorkflow {
  const firstIssuance = draft.steps.find((step) => step.kind === 'issuance');
  const defaultRule = (to: string): ResolvedRule[] => [
    { to, actors: [], reason: 'optional', when: null, path: [], origin: 'template' },
  ];
  return {
    id: draft.id,
    name: draft.name,
    bases: draft.bases,
    start: draft.start ?? draft.steps[0]?.id ?? '',
    startPath: draft.start === null ? (draft.steps[0]?.path ?? []) : draft.startPath,
    steps: draft.steps.map((step) => ({
      id: step.id,
      kind: step.kind,
      name: step.name,
      actors: step.actors,
      slaDays: step.slaDays,
      returnable: step.returnable,
      clock: step.clock,
      onTimeout: step.onTimeout,
      outcomes: [...step.outcomes.values()],
      team:
        step.team === null
          ? null
          : {
              agencies: step.team.agencies,
              policy: step.team.policy,
              role: step.team.role,
              path: step.team.path,
              agenciesPath: step.team.agenciesPath,
              origin: step.team.origin,
            },
      produces: step.produces,
      path: step.path,
      origin: step.origin,
    })),
    returns: {
      maxRounds: draft.maxRounds,
      maxWaitDays: draft.maxWaitDays,
      onWaitExceeded: 'withdraw',
    },
    expiry: {
      deemedApproval: draft.deemedApproval ?? defaultRule(firstIssuance?.id ?? 'issued'),
      deemedRefusal: draft.deemedRefusal ?? defaultRule('rejected'),
      escalateTo: draft.escalateTo ?? [
        { role: 'head', agency: 'coordinator', path: [], origin: 'template' },
      ],
    },
    withdrawal: draft.withdrawal,
    extensionActors: draft.extensionActors,
  };
}

/**
 * Resolution that always returns a (possibly partial) workflow, with the issues found; used by
 * analysis (which reports everything) and compilation (which throws on errors).
 *
 * @example
 * ```ts
 * const { value, issues } = resolveWithIssues({ template: 'permt' });
 * issues[0]?.code; // 'unknown_reference'
 * value.steps; // []
 * ```
 */
export function resolveWithIssues(
  input: WorkflowDefinition | ServiceWorkflow,
  options: ResolveWorkflowOptions = {},
): { value: ResolvedWorkflow; issues: Issue[] } {
  const resolver: Resolver = {
    workflows: options.workflows ?? [],
    issues: [],
    suppressed: [],
    locale: options.locale ?? 'en',
  };
  let draft: Draft;
  if (typeof input === 'string') {
    const base = lookupBase(resolver, input, [], []);
    draft =
      base === null ? emptyDraft(input, null) : { ...base, id: input, startPath: base.startPath };
  } else if ('template' in input) {
    const form: ServiceForm = input;
    const id = options.id ?? form.template;
    const base = lookupBase(resolver, form.template, ['template'], []);
    draft = base === null ? emptyDraft(id, null) : { ...base, id };
    draft.steps = draft.steps.map((step) => ({
      ...step,
      outcomes: new Map(step.outcomes),
      actors: [...step.actors],
    }));
    applyPolicies(resolver, draft, form, []);
  } else {
    draft = resolveDefinition(resolver, input, [], []);
  }
  return { value: finish(draft), issues: resolver.issues };
}

/**
 * Flattens a workflow into a {@link ResolvedWorkflow}: the template or base workflow it names or
 * extends, its own steps (a step with a base step's id replaces it), `technicalTeam`, per-step
 * `overrides`, return limits, expiry routing and defaults. Accepts what a service's `workflow` key
 * holds (a workflow or template id, or `{ template, ... }`) or a `workflows` entry.
 *
 * @param input - a `workflows` entry, or a service's `workflow` value.
 * @param options - the mall's workflows, and the id for an inline service workflow.
 * @returns the resolved workflow, or the issues that prevent it (unknown template, cycle,
 * overrides of unknown steps …).
 * @example
 * ```ts
 * const result = resolveWorkflow(
 *   { template: 'permit-with-levy', technicalTeam: { agencies: ['dpupr', 'dlh'], policy: 'all' } },
 *   { id: 'pbg' },
 * );
 * if (result.ok) result.value.steps[1]?.team?.agencies; // ['dpupr', 'dlh']
 * ```
 */
export function resolveWorkflow(
  input: WorkflowDefinition | ServiceWorkflow,
  options: ResolveWorkflowOptions = {},
): ResolveWorkflowResult {
  const { value, issues } = resolveWithIssues(input, options);
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  return { ok: true, value, issues };
}
