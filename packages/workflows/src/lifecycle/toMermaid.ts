import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { ServiceWorkflow, WorkflowDefinition } from '@mpp-kit/schemas';
import {
  compileSymbolic,
  type WorkflowStateMeta,
  type WorkflowTransitionMeta,
} from './compileWorkflow.js';
import type { ResolvedWorkflow } from './resolveWorkflow.js';
import { formatActor } from './WorkflowEvent.js';
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

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
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

function label(meta: WorkflowTransitionMeta): string {
  const actors = meta.actors.length === 0 ? '' : ` [${meta.actors.map(formatActor).join(', ')}]`;
  switch (meta.kind) {
    case 'timeout':
      return 'TICK (step time over)';
    case 'expiry':
      return `TICK (deemed ${meta.to === 'rejected' ? 'refusal' : 'approval'})${conditionText(meta)}`;
    case 'wait-exceeded':
      return 'TICK (wait exceeded)';
    case 'team-decision':
      return `${meta.event}${actors}${teamText(meta)}${conditionText(meta)}`;
    case 'escalation':
      return `${meta.event}${actors} (after escalation)${conditionText(meta)}`;
    case 'outcome':
    case 'vote':
    case 'return':
    case 'resubmit':
    case 'withdraw':
    case 'extend':
      return `${meta.event}${actors}${conditionText(meta)}`;
  }
}

function isMachine(input: unknown): input is AnyStateMachine {
  return input !== null && typeof input === 'object' && 'root' in input && 'transition' in input;
}

function transitionsOf(node: AnyStateNode): AnyTransitionDefinition[] {
  return [...node.transitions.values()].flat();
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
  const machine = isMachine(input) ? input : compileSymbolic(input);
  const root = machine.root;
  const children = (node: AnyStateNode): AnyStateNode[] =>
    Object.values(node.states as Record<string, AnyStateNode>);
  const steps = children(root).filter((node) => node.type !== 'final');
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, text: string) => {
    const key = `${from}\u0000${to}\u0000${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to, label: text });
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
        add(from, to, label(meta));
      }
    }
  }
  for (const definition of transitionsOf(root)) {
    const meta = (definition as { meta?: WorkflowTransitionMeta }).meta;
    if (meta === undefined || !include(meta) || meta.to === null) continue;
    for (const step of steps) add(step.key, meta.to, label(meta));
  }

  const lines: string[] = [];
  if (options.title !== undefined) lines.push('---', `title: ${quote(options.title)}`, '---');
  lines.push('stateDiagram-v2');
  const nameOf = (node: AnyStateNode): string => {
    const meta = node.meta as WorkflowStateMeta | undefined;
    if (options.locale === undefined || meta?.name === undefined || meta.name === null)
      return node.key;
    const name = meta.name;
    return typeof name === 'string'
      ? name
      : options.locale === 'en'
        ? (name.en ?? name.id)
        : name.id;
  };
  const targets = new Set(edges.map((edge) => edge.to));
  for (const step of steps) {
    const id = mermaidId(step.key);
    const name = nameOf(step);
    if (id !== step.key || name !== step.key) lines.push(`  state "${quote(name)}" as ${id}`);
    if (targets.has(returnedId(step.key))) {
      const returnedName =
        options.locale === 'id'
          ? `${name}: dikembalikan ke pemohon`
          : `${name}: returned to applicant`;
      lines.push(`  state "${quote(returnedName)}" as ${mermaidId(returnedId(step.key))}`);
    }
  }
  const initial = typeof root.config.initial === 'string' ? root.config.initial : steps[0]?.key;
  if (initial !== undefined) lines.push(`  [*] --> ${mermaidId(initial)}`);
  for (const edge of edges)
    lines.push(`  ${mermaidId(edge.from)} --> ${mermaidId(edge.to)} : ${edge.label}`);
  for (const final of finals) if (targets.has(final)) lines.push(`  ${final} --> [*]`);
  return `${lines.join('\n')}\n`;
}
