/**
 * Runs a compiled workflow machine as pure functions over snapshots: start, restore, advance,
 * persist. `@mpp-kit/core` does not depend on `xstate` itself (only `@mpp-kit/workflows` does), so
 * this drives the machine through its own methods (`getInitialSnapshot`, `restoreSnapshot`,
 * `getPersistedSnapshot`) and `transitionLifecycle` (XState's `transition`, taking the repeated
 * steps itself) with an inert actor scope — what xstate's `initialTransition` and `transition`
 * do. A compiled workflow only assigns context (no spawned actors, no delayed events, no side
 * effects), so nothing needs a live actor.
 */
import {
  transitionLifecycle,
  type WorkflowEvent,
  type WorkflowInput,
  type WorkflowMachine,
} from '@mpp-kit/workflows';

/** A machine snapshot of a compiled workflow. */
export type LifecycleSnapshot = ReturnType<WorkflowMachine['resolveState']>;

const noop = (): void => undefined;

/** A scope that records nothing and runs no side effects. */
function inertScope(): never {
  const system = {
    _sendInspectionEvent: noop,
    _register: noop,
    _unregister: noop,
    _set: noop,
    get: () => undefined,
    getAll: () => ({}),
    inspect: () => ({ unsubscribe: noop }),
    scheduler: { schedule: noop, cancel: noop, cancelAll: noop },
    _logger: noop,
    _clock: { setTimeout: () => 0, clearTimeout: noop },
  };
  const self = { id: '', sessionId: '', system, send: noop, getSnapshot: () => undefined };
  return {
    self,
    system,
    id: '',
    sessionId: '',
    logger: noop,
    defer: noop,
    emit: noop,
    stopChild: noop,
    actionExecutor: noop,
  } as never;
}

/**
 * Starts a new application: the machine's initial snapshot for `input`.
 *
 * @throws the error the machine's context factory or entry actions threw (a date outside the
 * calendar's years …).
 */
export function startSnapshot(machine: WorkflowMachine, input: WorkflowInput): LifecycleSnapshot {
  const snapshot = machine.getInitialSnapshot(inertScope(), input);
  if (snapshot.status === 'error') {
    throw snapshot.error instanceof Error ? snapshot.error : new Error(String(snapshot.error));
  }
  return withCompactContext(snapshot);
}

/** Restores a persisted snapshot (as stored in a record) into a full snapshot of `machine`. */
export function restoreSnapshot(machine: WorkflowMachine, persisted: unknown): LifecycleSnapshot {
  return withCompactContext(machine.restoreSnapshot(persisted as never, inertScope()));
}

/**
 * The snapshot with its context copied by a spread, equal field for field and in the same order.
 * XState merges every `assign` with `Object.assign({}, context, update)`; V8 builds that copy of
 * a context of twenty-odd fields as a dictionary (hash table) object unless the source is an
 * object whose shape it can clone — the initial context never is, and once one context is a
 * dictionary every later one is too, so every read of a context field and every merge is a hash
 * lookup (measured: a RETURN or RESUBMIT transition 12.6 → 9.3 µs of CPU with the copy). A
 * spread copy has a compact shape, and XState's merge keeps it. Done where a snapshot enters the
 * runtime (started, restored; `transitionLifecycle` gives advanced ones compact), on snapshots
 * nobody else holds yet.
 */
function withCompactContext(snapshot: LifecycleSnapshot): LifecycleSnapshot {
  (snapshot as { context: LifecycleSnapshot['context'] }).context = { ...snapshot.context };
  return snapshot;
}

/**
 * The scope of the steps XState takes in {@link advance}: it keeps nothing between them (XState
 * swaps its `actionExecutor` for a step and puts it back).
 */
const advanceScope: unknown = inertScope();

/**
 * The snapshot after `event`; the same object when the machine does not take the event, and
 * always in a final state (an actor would ignore events once done; the bare `transition` would
 * not).
 *
 * @throws what an action threw (a calendar error).
 */
export function advance(snapshot: LifecycleSnapshot, event: WorkflowEvent): LifecycleSnapshot {
  if (snapshot.status !== 'active') return snapshot;
  // XState's `transition`, with the context of a new snapshot compact (see withCompactContext).
  return transitionLifecycle(snapshot.machine as WorkflowMachine, snapshot, event, advanceScope);
}

/**
 * The persisted snapshot (`actor.getPersistedSnapshot()`), for a record: the store copies it as
 * JSON, which drops its `undefined` members exactly as {@link persist} does.
 */
export function persistedSnapshot(snapshot: LifecycleSnapshot): unknown {
  const { status, output, error, value, historyValue, context, children } = snapshot;
  // A compiled workflow spawns no actors and has no history states: its persisted snapshot is
  // the snapshot's own fields with the context as it is — what `getPersistedSnapshot` builds,
  // key for key, without walking the whole context for actor references on every action.
  if (hasKeys(children) || hasKeys(historyValue)) {
    return (snapshot.machine as WorkflowMachine).getPersistedSnapshot(snapshot as never);
  }
  return { status, output, error, value, historyValue: {}, context, children: {} };
}

/** `true` when `value` is an object with an own enumerable key. */
function hasKeys(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return true;
  return false;
}

/** The persisted snapshot as plain JSON: what a record stores and replay reproduces. */
export function persist(snapshot: LifecycleSnapshot): unknown {
  return JSON.parse(JSON.stringify(persistedSnapshot(snapshot))) as unknown;
}

/** One transition the current state declares, guards not evaluated. */
export interface DeclaredTransition {
  readonly event: string;
  readonly kind: string;
  readonly actors: readonly { readonly role: string; readonly agency: string }[];
}

/** Declared transitions by machine and state value: they depend on nothing else. */
const declaredCache = new WeakMap<object, Map<string, readonly DeclaredTransition[]>>();

/**
 * Declared transitions by a snapshot's state-node array: snapshots of one configuration often
 * share it (`transitionLifecycle` reuses it), so the state value need not be keyed again.
 */
const declaredByNodes = new WeakMap<object, readonly DeclaredTransition[]>();

/**
 * The transitions the snapshot's state declares (innermost state first, then its ancestors), from
 * their `meta`, without evaluating guards: cheap enough for a work queue (computed once per
 * machine and state).
 */
export function declaredTransitions(snapshot: LifecycleSnapshot): readonly DeclaredTransition[] {
  if (snapshot.status !== 'active') return [];
  // An action reads them four times (authorization, due date, inbox, summary) from one snapshot.
  const nodes = (snapshot as unknown as { _nodes: object })._nodes;
  const known = declaredByNodes.get(nodes);
  if (known !== undefined) return known;
  let byState = declaredCache.get(snapshot.machine);
  if (byState === undefined) {
    byState = new Map();
    declaredCache.set(snapshot.machine, byState);
  }
  const key = JSON.stringify(snapshot.value);
  let declared = byState.get(key);
  if (declared === undefined) {
    declared = Object.freeze(collectDeclared(snapshot));
    byState.set(key, declared);
  }
  declaredByNodes.set(nodes, declared);
  return declared;
}

function collectDeclared(snapshot: LifecycleSnapshot): DeclaredTransition[] {
  interface Node {
    readonly id: string;
    readonly type: string;
    readonly parent?: Node;
    readonly transitions: Map<string, readonly { readonly meta?: unknown }[]>;
  }
  const nodes = (snapshot as unknown as { _nodes: readonly Node[] })._nodes;
  const seen = new Set<string>();
  const result: DeclaredTransition[] = [];
  for (const atomic of nodes.filter((node) => node.type === 'atomic' || node.type === 'final')) {
    for (let node: Node | undefined = atomic; node !== undefined; node = node.parent) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      for (const list of node.transitions.values()) {
        for (const transition of list) {
          const meta = transition.meta as DeclaredTransition | undefined;
          if (meta !== undefined)
            result.push({ event: meta.event, kind: meta.kind, actors: meta.actors });
        }
      }
    }
  }
  return result;
}
