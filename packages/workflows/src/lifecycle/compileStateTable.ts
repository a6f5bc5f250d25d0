import { createMachine, transition, type AnyStateMachine } from 'xstate';

/**
 * A lifecycle declared as a table: its states, the initial one, and per action the states it may
 * start from and the state it leads to. Nothing else (no guards, no context): who may act, and
 * any term, stays with the caller.
 *
 * @example
 * ```ts
 * const table: StateTable<'open' | 'shut', 'shut'> = {
 *   id: 'door',
 *   initial: 'open',
 *   states: ['open', 'shut'],
 *   actions: { shut: { from: ['open'], to: 'shut' } },
 * };
 * ```
 */
export interface StateTable<S extends string, A extends string> {
  readonly id: string;
  readonly initial: S;
  readonly states: readonly S[];
  readonly actions: Readonly<Record<A, { readonly from: readonly S[]; readonly to: S }>>;
}

/**
 * A {@link StateTable} compiled into an XState v5 machine, with the pure questions a desk asks of it.
 *
 * @example
 * ```ts
 * const door = compileStateTable(table);
 * door.next('open', 'shut'); // 'shut'
 * door.next('shut', 'shut'); // undefined: refused
 * ```
 */
export interface CompiledStateTable<S extends string, A extends string> {
  /** The XState machine: one state per table state, one event per action. */
  readonly machine: AnyStateMachine;
  /** The state `action` leads to from `state`, or `undefined` when the machine refuses it. */
  next(state: S, action: A): S | undefined;
  /** The actions the machine accepts in `state`. */
  allowed(state: S): A[];
  /** The machine as a Mermaid state diagram. */
  toMermaid(): string;
}

/**
 * Compiles a lifecycle table into an XState v5 machine (states without outgoing actions are
 * final) and decides transitions with XState's pure `transition` on a snapshot resolved from the
 * stored state, as service lifecycles are driven.
 *
 * @example
 * ```ts
 * const door = compileStateTable({
 *   id: 'door',
 *   initial: 'open',
 *   states: ['open', 'shut'],
 *   actions: { shut: { from: ['open'], to: 'shut' } },
 * });
 * door.allowed('open'); // ['shut']
 * ```
 */
export function compileStateTable<S extends string, A extends string>(
  table: StateTable<S, A>,
): CompiledStateTable<S, A> {
  const actions = Object.keys(table.actions) as A[];
  const states: Record<string, { type?: 'final'; on?: Record<string, string> }> = {};
  for (const state of table.states) {
    const on: Record<string, string> = {};
    for (const action of actions) {
      if (table.actions[action].from.includes(state)) on[action] = table.actions[action].to;
    }
    states[state] = Object.keys(on).length === 0 ? { type: 'final' } : { on };
  }
  const machine = createMachine({ id: table.id, initial: table.initial, states });
  const next = (state: S, action: A): S | undefined => {
    const snapshot = machine.resolveState({ value: state, context: {} });
    if (!snapshot.can({ type: action })) return undefined;
    const [after] = transition(machine, snapshot, { type: action });
    return after.value as S;
  };
  return {
    machine,
    next,
    allowed: (state) => actions.filter((action) => next(state, action) !== undefined),
    toMermaid: () =>
      [
        'stateDiagram-v2',
        `  [*] --> ${table.initial}`,
        ...table.states.flatMap((state) =>
          actions
            .filter((action) => table.actions[action].from.includes(state))
            .map((action) => `  ${state} --> ${table.actions[action].to}: ${action}`),
        ),
        ...table.states
          .filter((state) => states[state]?.type === 'final')
          .map((state) => `  ${state} --> [*]`),
      ].join('\n'),
  };
}
