import type { MallRuntime, ReplayResult } from './MallRuntime.js';

/**
 * Replays an application's events through a fresh lifecycle machine — compiled from the
 * definition stored with the application, started with its submission, sent every later event —
 * and says whether the result is exactly the snapshot stored in its record. The same as
 * `runtime.replay(id)`.
 *
 * @param runtime - the runtime over the application's store.
 * @param id - the application.
 * @returns the replayed and stored snapshots, and whether they match.
 * @throws `NotFoundError`, `DefinitionMismatchError`, `StoreError`.
 * @example
 * ```ts
 * const result = await replayApplication(runtime, 'a-1');
 * if (!result.matches) console.error('snapshot and event log disagree', result.firstRefusedSeq);
 * ```
 */
export function replayApplication(runtime: MallRuntime, id: string): Promise<ReplayResult> {
  return runtime.replay(id);
}
