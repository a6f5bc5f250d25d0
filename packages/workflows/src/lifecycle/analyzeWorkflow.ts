import {
  builtInRoles,
  createIssue,
  nearest,
  type Issue,
  type IssuePath,
  type Locale,
  type ServiceWorkflow,
  type WorkflowDefinition,
} from '@mpp-kit/schemas';
import { resolveWithIssues, type ResolvedActor, type ResolvedWorkflow } from './resolveWorkflow.js';
import { finals, isFinal, stepTargets, structuralIssues } from './_structure.js';
import type { WorkflowService } from './compileWorkflow.js';

/**
 * Options of {@link analyzeWorkflow}: where the definition sits in the configuration, and what it
 * may refer to. Reference checks run only for what is given.
 *
 * @example
 * ```ts
 * const options: AnalyzeWorkflowOptions = {
 *   path: ['services', 3, 'workflow'],
 *   service: pbg,
 *   roles: mall.roles,
 *   agencies: mall.agencies,
 *   workflows: mall.workflows,
 * };
 * ```
 */
export interface AnalyzeWorkflowOptions {
  /** Path of the definition in the configuration (`['workflows', 2]`, `['services', 3, 'workflow']`). */
  readonly path?: IssuePath;
  readonly workflows?: readonly WorkflowDefinition[];
  /** Declared roles (`applicant` and `system` are built in). */
  readonly roles?: readonly (string | { readonly id: string })[];
  /** Declared agencies. */
  readonly agencies?: readonly (string | { readonly id: string })[];
  /** The service using the workflow: its SLA, participants, output and expiry consequence. */
  readonly service?: WorkflowService;
  readonly locale?: Locale;
}

const idsOf = (list: readonly (string | { readonly id: string })[] | undefined): string[] | null =>
  list === undefined ? null : list.map((item) => (typeof item === 'string' ? item : item.id));

const keywords = new Set(['owner', 'coordinator', 'applicant', 'team']);

function edges(
  workflow: ResolvedWorkflow,
  service: WorkflowService | undefined,
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const onExpiry = service?.sla.onExpiry;
  const expiryRules =
    onExpiry === 'deemed-approval'
      ? workflow.expiry.deemedApproval
      : onExpiry === 'deemed-refusal'
        ? workflow.expiry.deemedRefusal
        : [];
  for (const step of workflow.steps) {
    map.set(step.id, [
      ...stepTargets(step).map((target) => target.to),
      ...expiryRules.map((rule) => rule.to),
    ]);
  }
  return map;
}

function reachableFrom(start: string, graph: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of graph.get(id) ?? []) if (!seen.has(next)) queue.push(next);
  }
  return seen;
}

/** The largest sum of running-step shares over simple paths from the start. */
function longestShare(workflow: ResolvedWorkflow): number {
  const steps = new Map(workflow.steps.map((step) => [step.id, step]));
  const onPath = new Set<string>();
  const walk = (id: string): number => {
    const step = steps.get(id);
    if (step === undefined || onPath.has(id)) return 0;
    onPath.add(id);
    const own = step.clock === 'runs' ? (step.slaDays ?? 0) : 0;
    let best = 0;
    for (const outcome of step.outcomes) {
      for (const rule of outcome.rules) best = Math.max(best, walk(rule.to));
    }
    onPath.delete(id);
    return own + best;
  };
  return walk(workflow.start);
}

/**
 * Static analysis of a workflow, as a `workflows` entry or a service's `workflow` value: unknown
 * templates, steps, roles and agencies (with "did you mean"), unreachable steps, steps with no way
 * to a final, step shares that exceed the service's completion time, an `issued` final with no
 * output, technical teams without agencies or with an unreachable quorum, overrides that do not
 * apply. Every issue's `path` points into the configuration (prefixed with `options.path`) so the
 * loader can give file, line and column; elements that come from a built-in template are located
 * at its `extends`/`template` key.
 *
 * @param definition - a `workflows` entry, or a service's `workflow` value.
 * @param options - location and what references may resolve to.
 * @returns the issues found (empty when the workflow is sound).
 * @example
 * ```ts
 * const issues = analyzeWorkflow(
 *   { template: 'permit-with-levy', technicalTeam: { agencies: ['dpupr', 'dhl'] } },
 *   { path: ['services', 3, 'workflow'], agencies: ['dpmptsp', 'dpupr', 'dlh'], service: pbg },
 * );
 * issues[0]?.code; // 'unknown_reference'
 * issues[0]?.hint; // 'Did you mean "dlh"?'
 * issues[0]?.path; // ['services', 3, 'workflow', 'technicalTeam', 'agencies']
 * ```
 */
export function analyzeWorkflow(
  definition: WorkflowDefinition | ServiceWorkflow,
  options: AnalyzeWorkflowOptions = {},
): Issue[] {
  const locale = options.locale ?? 'en';
  const base = options.path ?? [];
  const at = (path: IssuePath): IssuePath => [...base, ...path];
  const service = options.service;
  const inline = typeof definition === 'object' && 'template' in definition;
  const { value: workflow, issues: resolutionIssues } = resolveWithIssues(definition, {
    workflows: options.workflows ?? [],
    locale,
    ...(inline && service !== undefined ? { id: service.id } : {}),
  });
  const issues: Issue[] = [];
  const relocated = (issue: Issue): Issue => ({ ...issue, path: at(issue.path) });
  issues.push(...resolutionIssues.map(relocated));
  const participants = service === undefined ? null : [...(service.participants ?? [])];
  issues.push(...structuralIssues(workflow, participants, locale).map(relocated));
  if (workflow.steps.length === 0) return issues;

  // References: roles and agencies.
  const roles = idsOf(options.roles);
  const agencies = idsOf(options.agencies);
  const reported = new Set<string>();
  const report = (
    kind: 'role' | 'agency',
    id: string,
    path: IssuePath,
    known: readonly string[],
  ) => {
    const key = `${kind}:${id}:${path.join('.')}`;
    if (reported.has(key)) return;
    reported.add(key);
    const suggestion = nearest(id, known);
    issues.push(
      createIssue({
        code: 'unknown_reference',
        path: at(path),
        params: {
          kind,
          id,
          known: [...known],
          ...(suggestion === undefined ? {} : { suggestion }),
        },
        locale,
      }),
    );
  };
  const knownRoles = roles === null ? null : [...new Set([...builtInRoles, ...roles])];
  const checkActor = (actor: ResolvedActor) => {
    if (actor.origin === 'base') return;
    const key = (name: string): IssuePath =>
      actor.origin === 'own' ? [...actor.path, name] : actor.path;
    if (knownRoles !== null && !knownRoles.includes(actor.role))
      report('role', actor.role, key('role'), knownRoles);
    if (agencies !== null && !keywords.has(actor.agency) && !agencies.includes(actor.agency)) {
      report('agency', actor.agency, key('agency'), agencies);
    }
  };
  for (const step of workflow.steps) {
    step.actors.forEach(checkActor);
    for (const outcome of step.outcomes)
      for (const rule of outcome.rules) rule.actors.forEach(checkActor);
    if (step.team !== null && step.team.origin !== 'base') {
      if (knownRoles !== null && !knownRoles.includes(step.team.role)) {
        report(
          'role',
          step.team.role,
          step.team.origin === 'own' ? [...step.team.path, 'role'] : step.team.path,
          knownRoles,
        );
      }
      if (agencies !== null) {
        const team = step.team;
        (team.agencies ?? []).forEach((agency, index) => {
          if (!agencies.includes(agency)) {
            report(
              'agency',
              agency,
              team.origin === 'own' ? [...team.agenciesPath, index] : team.agenciesPath,
              agencies,
            );
          }
        });
      }
    }
  }
  workflow.expiry.escalateTo.forEach(checkActor);
  workflow.extensionActors?.forEach(checkActor);

  // Graph: reachability and exits.
  const graph = edges(workflow, service);
  const reachable = reachableFrom(workflow.start, graph);
  for (const step of workflow.steps) {
    if (!reachable.has(step.id)) {
      issues.push(
        createIssue({
          code: 'unreachable_step',
          path: at(step.path),
          params: { workflow: workflow.id, step: step.id },
          locale,
        }),
      );
    }
  }
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of graph) {
    for (const to of targets) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  }
  const exits = new Set<string>();
  const queue: string[] = [...finals];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (exits.has(id)) continue;
    exits.add(id);
    for (const previous of reverse.get(id) ?? []) if (!exits.has(previous)) queue.push(previous);
  }
  for (const step of workflow.steps) {
    if (reachable.has(step.id) && !exits.has(step.id)) {
      issues.push(
        createIssue({
          code: 'no_exit',
          path: at(step.path),
          params: { workflow: workflow.id, step: step.id },
          locale,
        }),
      );
    }
  }

  if (service !== undefined) {
    const sum = longestShare(workflow);
    if (sum > service.sla.days) {
      issues.push(
        createIssue({
          code: 'sla_shares_exceed',
          path: at([]),
          params: { workflow: workflow.id, sum, days: service.sla.days },
          locale,
        }),
      );
    }
    const issuedReachable = [...reachable].some((id) => id === 'issued');
    const producing = workflow.steps.some(
      (step) => reachable.has(step.id) && step.kind === 'issuance' && step.produces !== null,
    );
    if (issuedReachable && service.output === undefined && !producing) {
      const into = workflow.steps
        .flatMap((step) => stepTargets(step))
        .find((target) => target.to === 'issued' && isFinal(target.to));
      issues.push(
        createIssue({
          code: 'final_without_output',
          path: at(into?.path ?? []),
          params: { workflow: workflow.id, step: 'issued' },
          locale,
        }),
      );
    }
  }
  return issues;
}
