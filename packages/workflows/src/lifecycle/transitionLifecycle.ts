/**
 * XState's pure `transition` for a compiled lifecycle, without XState's general machinery where
 * the step is one XState would take the same way every time: the transition selected as XState
 * selects it (the active state first, then its ancestors, each candidate's guard in order), and
 * the context updates of the exit, transition and entry actions applied in XState's order; the
 * structure of the step (which states are exited and entered, in which order, the resulting state
 * nodes, value and tags) is worked out once per state configuration and transition and checked
 * against XState's own result before it is used again.
 */
import { transition as xstateTransition } from 'xstate';
import type { WorkflowContext } from './WorkflowContext.js';
import type { WorkflowEvent } from './WorkflowEvent.js';
import type { WorkflowMachine } from './compileWorkflow.js';
import { lifecycleAssigner, type Assigner } from './_machineActions.js';
import { isLifecycleGuard } from './_machineGuards.js';

/** A snapshot of a compiled workflow machine. */
type LifecycleSnapshot = ReturnType<WorkflowMachine['resolveState']>;

/** What this module reads of an XState state node. */
interface StateNodeView {
  readonly id: string;
  readonly type: string;
  readonly order: number;
  readonly parent?: StateNodeView;
  readonly states: Readonly<Record<string, StateNodeView>>;
  readonly transitions: ReadonlyMap<string, readonly TransitionView[]>;
  readonly always?: readonly TransitionView[];
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
  readonly invoke: readonly unknown[];
  readonly initial: { readonly actions: readonly unknown[] };
}

/** What this module reads of an XState transition definition. */
interface TransitionView {
  readonly source: StateNodeView;
  readonly target?: readonly StateNodeView[];
  readonly guard?: unknown;
  readonly actions: readonly unknown[];
  readonly reenter?: boolean;
}

/** A step whose structure XState confirmed: the context updates in order and where it leads. */
interface Plan {
  readonly assigners: readonly Assigner[];
  /** The state nodes after the step (the same array when they do not change). */
  readonly nodes: readonly StateNodeView[] | null;
  /** The state value after the step, copied for each snapshot. */
  readonly value: unknown;
  readonly tags: readonly string[];
}

/** A state configuration: its nodes from the innermost up, and the plans of its transitions. */
interface Configuration {
  readonly chain: readonly StateNodeView[];
  readonly plans: Map<TransitionView, Plan | null>;
}

/** Per machine: whether its shape allows the fast step, and its configurations by node ids. */
interface MachinePlans {
  readonly eligible: boolean;
  readonly byIds: Map<string, Configuration>;
}

const machinePlans = new WeakMap<object, MachinePlans>();
const configurations = new WeakMap<object, Configuration>();

/**
 * `true` when every state node is atomic, compound or final, without eventless or wildcard
 * transitions and without invoked actors: the shape whose steps this module takes itself.
 */
function eligibleShape(root: StateNodeView): boolean {
  const visit = (node: StateNodeView): boolean => {
    if (node.type !== 'atomic' && node.type !== 'compound' && node.type !== 'final') return false;
    if (node.always !== undefined && node.always.length > 0) return false;
    if (node.invoke.length > 0) return false;
    for (const key of node.transitions.keys()) if (key.includes('*')) return false;
    return Object.values(node.states).every(visit);
  };
  return visit(root);
}

function plansOf(machine: WorkflowMachine): MachinePlans {
  let plans = machinePlans.get(machine);
  if (plans === undefined) {
    plans = {
      eligible: eligibleShape(machine.root as unknown as StateNodeView),
      byIds: new Map(),
    };
    machinePlans.set(machine, plans);
  }
  return plans;
}

/** The configuration of a snapshot's state nodes (one atomic state and its ancestors). */
function configurationOf(
  plans: MachinePlans,
  nodes: readonly StateNodeView[],
): Configuration | undefined {
  const known = configurations.get(nodes);
  if (known !== undefined) return known;
  const leaves = nodes.filter((node) => node.type === 'atomic');
  const [leaf] = leaves;
  if (leaf === undefined || leaves.length !== 1) return undefined;
  const ids = nodes.map((node) => node.id).join('\u0000');
  let configuration = plans.byIds.get(ids);
  if (configuration === undefined) {
    const chain: StateNodeView[] = [];
    for (let node: StateNodeView | undefined = leaf; node !== undefined; node = node.parent)
      chain.push(node);
    configuration = { chain, plans: new Map() };
    plans.byIds.set(ids, configuration);
  }
  configurations.set(nodes, configuration);
  return configuration;
}

function isDescendant(node: StateNodeView, ancestor: StateNodeView): boolean {
  for (let parent = node.parent; parent !== undefined; parent = parent.parent)
    if (parent === ancestor) return true;
  return false;
}

/** The proper ancestors of `node`, innermost first, up to (not including) `until`. */
function ancestorsOf(node: StateNodeView, until?: StateNodeView): StateNodeView[] {
  const result: StateNodeView[] = [];
  for (let parent = node.parent; parent !== undefined && parent !== until; parent = parent.parent)
    result.push(parent);
  return result;
}

/** XState's transition domain (its `getTransitionDomain`, without history states). */
function domainOf(transition: TransitionView, targets: readonly StateNodeView[]) {
  const source = transition.source;
  const reenter = transition.reenter === true;
  if (!reenter && targets.every((target) => target === source || isDescendant(target, source)))
    return source;
  const [head, ...tail] = [...targets, source];
  for (const ancestor of ancestorsOf(head))
    if (tail.every((node) => isDescendant(node, ancestor))) return ancestor;
  if (reenter) return undefined;
  let root = source;
  while (root.parent !== undefined) root = root.parent;
  return root;
}

/**
 * The structure of `transition` from `nodes` as XState's microstep works it out (exit set by
 * document order descending, transition actions, entry set ascending with the initial child of a
 * compound target), or null when it is not a step this module takes itself: a final state
 * entered, an action that is not a lifecycle update, a root transition that re-enters.
 */
function structureOf(
  transition: TransitionView,
  nodes: readonly StateNodeView[],
): { assigners: Assigner[]; nodes: StateNodeView[] | null } | null {
  const actions: unknown[] = [];
  let next: StateNodeView[] | null = null;
  const targets = transition.target ?? [];
  if (targets.length === 0) {
    actions.push(...transition.actions);
  } else {
    const domain = domainOf(transition, targets);
    if (domain === undefined) return null;
    const exiting = new Set<StateNodeView>();
    if (transition.reenter === true && transition.source === domain) exiting.add(domain);
    for (const node of nodes) if (isDescendant(node, domain)) exiting.add(node);
    const exitOrder = [...exiting].sort((a, b) => b.order - a.order);
    for (const node of exitOrder) actions.push(...node.exit);
    actions.push(...transition.actions);
    const entering = new Set<StateNodeView>();
    const defaultEntry = new Set<StateNodeView>();
    const addDescendants = (node: StateNodeView): void => {
      if (node.type !== 'compound') return;
      const initial = (node.initial as { readonly target?: readonly StateNodeView[] }).target?.[0];
      if (initial === undefined) return;
      entering.add(initial);
      defaultEntry.add(initial);
      addDescendants(initial);
    };
    for (const target of targets) {
      if (
        transition.source !== target ||
        transition.source !== domain ||
        transition.reenter === true
      ) {
        entering.add(target);
        defaultEntry.add(target);
      }
      addDescendants(target);
    }
    const reentryDomain =
      transition.source.parent === undefined && transition.reenter === true ? undefined : domain;
    for (const target of targets) {
      for (const ancestor of ancestorsOf(target, domain)) {
        if (reentryDomain === undefined || isDescendant(ancestor, reentryDomain))
          entering.add(ancestor);
      }
    }
    const entryOrder = [...entering].sort((a, b) => a.order - b.order);
    for (const node of entryOrder) {
      if (node.type === 'final' || node.invoke.length > 0) return null;
      actions.push(...node.entry);
      if (defaultEntry.has(node)) actions.push(...node.initial.actions);
    }
    const set = new Set(nodes);
    for (const node of exitOrder) set.delete(node);
    for (const node of entryOrder) set.add(node);
    const changed = set.size !== nodes.length || nodes.some((node) => !set.has(node));
    next = changed ? [...set] : null;
  }
  const assigners: Assigner[] = [];
  for (const action of actions) {
    const assigner = lifecycleAssigner(action);
    if (assigner === undefined) return null;
    assigners.push(assigner);
  }
  return { assigners, nodes: next };
}

/** A copy of a state value (a step name, or a step and its substate). */
function copyValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = copyValue(inner);
  return copy;
}

/** The context after `assigners`, each merged over the last as XState's `assign` merges. */
function applyAssigners(
  context: WorkflowContext,
  event: WorkflowEvent,
  assigners: readonly Assigner[],
): WorkflowContext {
  let next = context;
  for (const assigner of assigners) next = { ...next, ...assigner({ context: next, event }) };
  return next;
}

/** The snapshot after a step of `plan`, built field for field as XState builds one. */
function snapshotAfter(
  snapshot: LifecycleSnapshot,
  context: WorkflowContext,
  nodes: readonly unknown[],
  value: unknown,
  tags: readonly string[],
): LifecycleSnapshot {
  return {
    status: snapshot.status,
    output: snapshot.output,
    error: snapshot.error,
    machine: snapshot.machine,
    context,
    _nodes: nodes,
    value: copyValue(value),
    tags: new Set(tags),
    children: snapshot.children,
    historyValue: snapshot.historyValue,
    matches: snapshot.matches,
    hasTag: snapshot.hasTag,
    can: snapshot.can,
    getMeta: snapshot.getMeta,
    toJSON: snapshot.toJSON,
  } as unknown as LifecycleSnapshot;
}

/** The snapshot with its context copied by a spread (a compact object, the same fields). */
function compact(snapshot: LifecycleSnapshot): LifecycleSnapshot {
  (snapshot as { context: WorkflowContext }).context = { ...snapshot.context };
  return snapshot;
}

/** `true` when two snapshots are the same step's result, field for field. */
function sameResult(mine: LifecycleSnapshot, theirs: LifecycleSnapshot): boolean {
  const a = mine as unknown as Record<string, unknown>;
  const b = theirs as unknown as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.join() !== Object.keys(b).join()) return false;
  const nodesA = mine._nodes as readonly unknown[];
  const nodesB = theirs._nodes as readonly unknown[];
  return (
    keys.every(
      (key) =>
        key === 'context' ||
        key === 'value' ||
        key === 'tags' ||
        key === '_nodes' ||
        a[key] === b[key],
    ) &&
    nodesA.length === nodesB.length &&
    nodesA.every((node, index) => node === nodesB[index]) &&
    JSON.stringify(mine.value) === JSON.stringify(theirs.value) &&
    [...mine.tags].join('\u0000') === [...theirs.tags].join('\u0000') &&
    JSON.stringify(mine.context) === JSON.stringify(theirs.context) &&
    Object.keys(mine.context).join() === Object.keys(theirs.context).join()
  );
}

/**
 * The snapshot after `event`, exactly as `machine.transition(snapshot, event, actorScope)` gives
 * it (the same object when no transition is enabled; the context a compact copy), for a machine
 * {@link compileWorkflow} built. A step is taken without XState's general machinery when the
 * snapshot is active, has no children or history, and the selected transition only updates the
 * context and does not end in a final state; its structure is computed once per state
 * configuration and transition and compared with XState's own result the first time (any
 * difference, and that step always goes through XState). Every other step goes through XState.
 *
 * @param machine - the compiled machine.
 * @param snapshot - its current snapshot.
 * @param event - the event.
 * @param actorScope - the actor scope for the steps XState takes (`machine.transition`'s third
 * argument: one that runs no side effects, since a compiled workflow has none); without it they go
 * through XState's `transition(machine, snapshot, event)`, which makes an inert scope each time.
 * @returns the next snapshot.
 * @throws what a guard or an update threw (as XState's `transition` throws it).
 * @example
 * ```ts
 * const [snapshot] = initialTransition(machine, { submittedAt: '2025-05-05T02:00:00Z' });
 * const next = transitionLifecycle(machine, snapshot, { type: 'ACCEPT', actor, at });
 * next === snapshot; // true when the event was not taken
 * ```
 */
export function transitionLifecycle(
  machine: WorkflowMachine,
  snapshot: LifecycleSnapshot,
  event: WorkflowEvent,
  actorScope?: unknown,
): LifecycleSnapshot {
  const viaXState = (): LifecycleSnapshot => {
    const next =
      actorScope === undefined
        ? xstateTransition(machine, snapshot, event)[0]
        : machine.transition(snapshot, event, actorScope as never);
    return next === snapshot ? snapshot : compact(next);
  };
  const plans = plansOf(machine);
  if (
    !plans.eligible ||
    snapshot.status !== 'active' ||
    typeof (event.type as unknown) !== 'string' ||
    event.type.startsWith('xstate.') ||
    Object.keys(snapshot.children).length > 0 ||
    Object.keys(snapshot.historyValue).length > 0
  )
    return viaXState();
  const nodes = snapshot._nodes as unknown as readonly StateNodeView[];
  const configuration = configurationOf(plans, nodes);
  if (configuration === undefined) return viaXState();
  const context = snapshot.context;
  let selected: TransitionView | undefined;
  select: for (const node of configuration.chain) {
    for (const candidate of node.transitions.get(event.type) ?? []) {
      const guard = candidate.guard;
      if (guard !== undefined) {
        if (!isLifecycleGuard(guard)) return viaXState();
        let passed: boolean;
        try {
          passed = guard({ context, event });
        } catch {
          return viaXState(); // XState throws it, wrapped in its own message
        }
        if (!passed) continue;
      }
      selected = candidate;
      break select;
    }
  }
  if (selected === undefined) return snapshot;
  const plan = configuration.plans.get(selected);
  if (plan === null) return viaXState();
  if (plan === undefined) {
    const structure = structureOf(selected, nodes);
    const theirs = viaXState();
    if (structure === null || structure.assigners.length === 0 || theirs === snapshot) {
      configuration.plans.set(selected, null);
      return theirs;
    }
    const candidate: Plan = {
      assigners: structure.assigners,
      nodes: structure.nodes,
      value: copyValue(theirs.value),
      tags: [...theirs.tags],
    };
    const mine = snapshotAfter(
      snapshot,
      applyAssigners(context, event, candidate.assigners),
      candidate.nodes ?? nodes,
      candidate.value,
      candidate.tags,
    );
    const confirmed = sameResult(mine, theirs);
    configuration.plans.set(selected, confirmed ? candidate : null);
    return confirmed ? mine : theirs;
  }
  return snapshotAfter(
    snapshot,
    applyAssigners(context, event, plan.assigners),
    plan.nodes ?? nodes,
    plan.value,
    plan.tags,
  );
}
