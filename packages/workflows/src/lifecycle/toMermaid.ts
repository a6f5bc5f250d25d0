import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { textFor, type ServiceWorkflow, type WorkflowDefinition } from '@mpp-kit/schemas';
import {
  compileSymbolic,
  type TransitionKind,
  type WorkflowStateMeta,
  type WorkflowTransitionMeta,
} from './compileWorkflow.js';
import type { ResolvedWorkflow, RuleCondition } from './resolveWorkflow.js';
import { formatActor, type AllowedActor } from './WorkflowEvent.js';
import { finals } from './_structure.js';

/**
 * Options of {@link toMermaid}.
 *
 * @example
 * ```ts
 * const options: MermaidOptions = { locale: 'id', withdrawals: true, title: 'PBG' };
 * ```
 */
export interface MermaidOptions {
  /** Label steps with their names in this locale (default: step ids). */
  readonly locale?: 'id' | 'en';
  /** Draw the applicant's `WITHDRAW` from every step (default false: it is always possible). */
  readonly withdrawals?: boolean;
  /** Draw the transitions open to the escalation actor after an escalation (default false). */
  readonly escalations?: boolean;
  /** A title (Mermaid front matter). */
  readonly title?: string;
}

function mermaidId(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

function quote(text: string): string {
  return text.replace(/"/g, "'");
}

function conditionText(meta: WorkflowTransitionMeta): string {
  const parts: string[] = [];
  if (meta.when?.riskLevel !== undefined) parts.push(`risk ${meta.when.riskLevel.join('/')}`);
  if (meta.when?.applicationKind !== undefined)
    parts.push(`kind ${meta.when.applicationKind.join('/')}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

function teamText(meta: WorkflowTransitionMeta): string {
  const size = meta.actors.length;
  const needed = meta.needed ?? size;
  if (meta.event === 'APPROVE')
    return needed >= size ? ' (all approve)' : ` (${String(needed)} of ${String(size)} approve)`;
  const refusals = size - needed + 1;
  return refusals <= 1 ? ' (any refuses)' : ` (${String(refusals)} of ${String(size)} refuse)`;
}

/** A transition's label in three parts: event, who may send it, and a qualifier. */
interface LabelParts {
  readonly event: string;
  readonly actors: string;
  readonly suffix: string;
}

function labelParts(meta: WorkflowTransitionMeta): LabelParts {
  const actors = meta.actors.map(formatActor).join(', ');
  switch (meta.kind) {
    case 'timeout':
      return { event: 'TICK', actors: '', suffix: ' (step time over)' };
    case 'expiry':
      return {
        event: 'TICK',
        actors: '',
        suffix: ` (deemed ${meta.to === 'rejected' ? 'refusal' : 'approval'})${conditionText(meta)}`,
      };
    case 'wait-exceeded':
      return { event: 'TICK', actors: '', suffix: ' (wait exceeded)' };
    case 'team-decision':
      return { event: meta.event, actors, suffix: `${teamText(meta)}${conditionText(meta)}` };
    case 'escalation':
      return { event: meta.event, actors, suffix: ` (after escalation)${conditionText(meta)}` };
    case 'outcome':
    case 'vote':
    case 'return':
    case 'resubmit':
    case 'withdraw':
    case 'extend':
      return { event: meta.event, actors, suffix: conditionText(meta) };
  }
}

function label(parts: LabelParts): string {
  return `${parts.event}${parts.actors === '' ? '' : ` [${parts.actors}]`}${parts.suffix}`;
}

function isMachine(input: unknown): input is AnyStateMachine {
  return input !== null && typeof input === 'object' && 'root' in input && 'transition' in input;
}

function transitionsOf(node: AnyStateNode): AnyTransitionDefinition[] {
  return [...node.transitions.values()].flat();
}

/** One state of a {@link WorkflowGraph}. */
export interface WorkflowGraphState {
  readonly id: string;
  /** The step name (`{ id, en? }`) when the workflow declares one, else the id. */
  readonly label: string | { readonly id: string; readonly en?: string | undefined };
  readonly final?: boolean;
  /** `true` for the "returned to the applicant" state of a step (clock stopped). */
  readonly returned?: boolean;
}

/** One transition of a {@link WorkflowGraph}: the event, who may send it, where it goes. */
export interface WorkflowGraphTransition {
  readonly from: string;
  readonly to: string;
  /** The event with its qualifier, e.g. `APPROVE (all approve)` or `TICK (step time over)`. */
  readonly event: string;
  /** Who may send it, e.g. `reviewer@dpupr, reviewer@dlh`; absent for deadline events. */
  readonly actor?: string;
  /** What kind of transition it is (a step outcome, a return, a deadline …). */
  readonly kind: TransitionKind;
  /** The bare event type, without qualifier: `APPROVE`, `TICK`. */
  readonly type: string;
  /** Who may send it, as data (empty for deadline events). */
  readonly actors: readonly AllowedActor[];
  /** The branch condition (risk level, application kind), or null. */
  readonly when: RuleCondition | null;
  /** For a technical team's decision: how many of `actors` must approve. */
  readonly needed?: number;
}

/** A lifecycle as plain data: what {@link toMermaid} draws, for other renderers (a site, a table). */
export interface WorkflowGraph {
  readonly initial?: string;
  readonly states: readonly WorkflowGraphState[];
  readonly transitions: readonly WorkflowGraphTransition[];
}

/**
 * The states and transitions of a lifecycle as plain data, with who may send each transition —
 * the same graph {@link toMermaid} draws (returned-to-applicant states included, votes and
 * extensions left out).
 *
 * @example
 * ```ts
 * const graph = workflowGraph('permit');
 * graph.transitions[0]; // { from: 'intake', to: 'review', event: 'ACCEPT', actor: 'front-office@owner' }
 * ```
 * @throws {@link WorkflowCompileError} when a definition cannot be compiled.
 */
export function workflowGraph(
  input: AnyStateMachine | WorkflowDefinition | ServiceWorkflow | ResolvedWorkflow,
  options: Pick<MermaidOptions, 'withdrawals' | 'escalations'> = {},
): WorkflowGraph {
  const machine = isMachine(input) ? input : compileSymbolic(input);
  const root = machine.root;
  const children = (node: AnyStateNode): AnyStateNode[] =>
    Object.values(node.states as Record<string, AnyStateNode>);
  const steps = children(root).filter((node) => node.type !== 'final');
  const transitions: WorkflowGraphTransition[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, meta: WorkflowTransitionMeta) => {
    const parts = labelParts(meta);
    const key = `${from}\u0000${to}\u0000${label(parts)}`;
    if (seen.has(key)) return;
    seen.add(key);
    transitions.push({
      from,
      to,
      event: `${parts.event}${parts.suffix}`,
      ...(parts.actors === '' ? {} : { actor: parts.actors }),
      kind: meta.kind,
      type: parts.event,
      actors:
        meta.kind === 'timeout' || meta.kind === 'expiry' || meta.kind === 'wait-exceeded'
          ? []
          : meta.actors,
      when: meta.when,
      ...(meta.needed === undefined ? {} : { needed: meta.needed }),
    });
  };
  const include = (meta: WorkflowTransitionMeta): boolean => {
    if (meta.kind === 'vote' || meta.kind === 'extend' || meta.to === null) return false;
    if (meta.kind === 'withdraw') return options.withdrawals === true;
    if (meta.kind === 'escalation') return options.escalations === true;
    return true;
  };
  const returnedId = (step: string) => `${step}_returned`;
  for (const step of steps) {
    const nodes = step.type === 'compound' ? children(step) : [step];
    for (const node of nodes) {
      const from = node.key === 'returned' && node !== step ? returnedId(step.key) : step.key;
      for (const definition of transitionsOf(node)) {
        const meta = (definition as { meta?: WorkflowTransitionMeta }).meta;
        if (meta === undefined || !include(meta) || meta.to === null) continue;
        const to = meta.kind === 'return' ? returnedId(step.key) : meta.to;
        add(from, to, meta);
      }
    }
  }
  for (const definition of transitionsOf(root)) {
    const meta = (definition as { meta?: WorkflowTransitionMeta }).meta;
    if (meta === undefined || !include(meta) || meta.to === null) continue;
    for (const step of steps) add(step.key, meta.to, meta);
  }
  const targets = new Set(transitions.map((transition) => transition.to));
  const states: WorkflowGraphState[] = [];
  for (const step of steps) {
    const name = (step.meta as WorkflowStateMeta | undefined)?.name;
    states.push({ id: step.key, label: name ?? step.key });
    if (targets.has(returnedId(step.key))) {
      const base = typeof name === 'string' ? name : (name?.id ?? step.key);
      const en =
        typeof name === 'object' && name !== null ? (name.en ?? name.id) : (name ?? step.key);
      states.push({
        id: returnedId(step.key),
        label: { id: `${base}: dikembalikan ke pemohon`, en: `${en}: returned to applicant` },
        returned: true,
      });
    }
  }
  for (const final of finals)
    if (targets.has(final)) states.push({ id: final, label: final, final: true });
  const initial = typeof root.config.initial === 'string' ? root.config.initial : steps[0]?.key;
  return { ...(initial === undefined ? {} : { initial }), states, transitions };
}

/** Puts `[actors]` after the event name and before its qualifier: `APPROVE [a, b] (all approve)`. */
function insertActors(event: string, actors: string): string {
  const space = event.indexOf(' ');
  return space === -1
    ? `${event} [${actors}]`
    : `${event.slice(0, space)} [${actors}]${event.slice(space)}`;
}

/**
 * Draws a workflow as a Mermaid `stateDiagram-v2`, naming on every transition who may send it
 * (`intake --> technical_review : ACCEPT [front-office@dpmptsp]`). From a compiled machine,
 * agencies are the service's; from a definition, they stay keywords (`front-office@owner`).
 * A returned file is drawn as its own state (`intake_returned`), with `RETURN` and the applicant's
 * `RESUBMIT`; deadline transitions are labelled `TICK (…)`.
 *
 * @param input - a machine from {@link compileWorkflow}, a `workflows` entry, a service's
 * `workflow` value, or a {@link ResolvedWorkflow}.
 * @param options - labels, optional edges and title.
 * @returns the diagram text.
 * @throws {@link WorkflowCompileError} when a definition cannot be compiled.
 * @example
 * ```ts
 * toMermaid('permit');
 * // stateDiagram-v2
 * //   [*] --> intake
 * //   intake --> review : ACCEPT [front-office@owner]
 * //   intake --> rejected : REJECT [front-office@owner]
 * //   ...
 * ```
 */
export function toMermaid(
  input: AnyStateMachine | WorkflowDefinition | ServiceWorkflow | ResolvedWorkflow,
  options: MermaidOptions = {},
): string {
  const graph = workflowGraph(input, options);
  const lines: string[] = [];
  if (options.title !== undefined) lines.push('---', `title: ${quote(options.title)}`, '---');
  lines.push('stateDiagram-v2');
  const nameOf = (state: WorkflowGraphState): string => {
    if (options.locale === undefined || typeof state.label === 'string') {
      return options.locale === undefined && !state.returned
        ? state.id
        : typeof state.label === 'string'
          ? state.label
          : state.id;
    }
    return textFor(state.label, options.locale);
  };
  for (const state of graph.states) {
    if (state.final) continue;
    const id = mermaidId(state.id);
    let name = nameOf(state);
    if (state.returned && options.locale === undefined) {
      const step = state.id.slice(0, -'_returned'.length);
      name = `${step}: returned to applicant`;
    }
    if (id !== state.id || name !== state.id) lines.push(`  state "${quote(name)}" as ${id}`);
  }
  if (graph.initial !== undefined) lines.push(`  [*] --> ${mermaidId(graph.initial)}`);
  for (const transition of graph.transitions) {
    const text =
      transition.actor === undefined
        ? transition.event
        : insertActors(transition.event, transition.actor);
    lines.push(`  ${mermaidId(transition.from)} --> ${mermaidId(transition.to)} : ${text}`);
  }
  for (const state of graph.states) if (state.final) lines.push(`  ${state.id} --> [*]`);
  return `${lines.join('\n')}\n`;
}
