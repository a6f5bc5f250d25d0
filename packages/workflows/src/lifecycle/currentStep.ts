import { snapshotOf, type SnapshotSource } from './checkEvent.js';
import { isFinal } from './_structure.js';
import type { FinalState } from './WorkflowContext.js';

/**
 * Where a file is: its step and whether it is being worked on (`active`), back with the applicant
 * (`returned`, clock stopped), or finished (`final`, with the final state).
 *
 * @example
 * ```ts
 * const position: StepPosition = { step: 'technical-review', phase: 'returned', final: null };
 * ```
 */
export interface StepPosition {
  readonly step: string | null;
  readonly phase: 'active' | 'returned' | 'final';
  readonly final: FinalState | null;
}

/**
 * Reads the step and phase from a compiled workflow's snapshot (its state value is `'decision'`,
 * `{ 'technical-review': 'returned' }`, `'issued'` …).
 *
 * @param source - a snapshot or a running actor.
 * @returns the step, phase and final state.
 * @example
 * ```ts
 * currentStep(actor); // { step: 'intake', phase: 'active', final: null }
 * ```
 */
export function currentStep(source: SnapshotSource): StepPosition {
  const value: unknown = snapshotOf(source).value;
  if (typeof value === 'string') {
    return isFinal(value)
      ? { step: null, phase: 'final', final: value }
      : { step: value, phase: 'active', final: null };
  }
  const [step, inner] = Object.entries((value ?? {}) as Record<string, unknown>)[0] ?? [null, null];
  return { step: step ?? null, phase: inner === 'returned' ? 'returned' : 'active', final: null };
}
