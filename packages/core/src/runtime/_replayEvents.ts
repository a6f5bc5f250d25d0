/** Replays an application's events through a fresh machine. */
import type { WorkflowEvent, WorkflowInput, WorkflowMachine } from '@mpp-kit/workflows';
import { canonicalJson } from '../store/auditChain.js';
import type { ApplicationRecord, StoredEvent } from '../store/MallStore.js';
import { advance, persist, startSnapshot, type LifecycleSnapshot } from './_machineRunner.js';
import type { ReplayResult } from './MallRuntime.js';

/** The machine event a stored event was made from. */
export function machineEventOf(event: StoredEvent): WorkflowEvent {
  if (event.type === 'TICK') return { type: 'TICK', at: event.at };
  if (event.type === 'RECOUNT') return { type: 'RECOUNT', at: event.at };
  const days = (event.payload as { days?: unknown } | null)?.days;
  return {
    type: event.type,
    actor: event.actor,
    at: event.at,
    ...(event.reason === undefined ? {} : { reason: event.reason }),
    ...(typeof days === 'number' ? { days } : {}),
  };
}

/**
 * Starts `machine` with the input of the first event (`SUBMIT`) and sends it every later event:
 * the snapshot it ends in, and the first event it did not take. `undefined` when the first event
 * carries no machine input.
 */
export function replaySnapshot(
  machine: WorkflowMachine,
  events: readonly StoredEvent[],
): { snapshot: LifecycleSnapshot; firstRefusedSeq?: number } | undefined {
  const [first, ...rest] = events;
  const input = (first?.payload as { input?: WorkflowInput } | null | undefined)?.input;
  if (first === undefined || input === undefined) return undefined;
  let snapshot: LifecycleSnapshot = startSnapshot(machine, input);
  let firstRefusedSeq: number | undefined;
  for (const event of rest) {
    let next: LifecycleSnapshot;
    try {
      next = advance(snapshot, machineEventOf(event));
    } catch {
      next = snapshot;
    }
    if (next === snapshot) firstRefusedSeq ??= event.seq;
    snapshot = next;
  }
  return firstRefusedSeq === undefined ? { snapshot } : { snapshot, firstRefusedSeq };
}

/**
 * Replays `events` (see {@link replaySnapshot}) and compares the persisted result with the
 * record's snapshot (as canonical JSON).
 */
export function replayEvents(
  machine: WorkflowMachine,
  record: ApplicationRecord,
  events: readonly StoredEvent[],
): ReplayResult {
  const result = replaySnapshot(machine, events);
  if (result === undefined) {
    return {
      applicationId: record.id,
      matches: false,
      replayed: null,
      stored: record.snapshot,
      firstRefusedSeq: 1,
    };
  }
  const { firstRefusedSeq } = result;
  const replayed = persist(result.snapshot);
  const matches =
    firstRefusedSeq === undefined && canonicalJson(replayed) === canonicalJson(record.snapshot);
  return {
    applicationId: record.id,
    matches,
    replayed,
    stored: record.snapshot,
    ...(firstRefusedSeq === undefined ? {} : { firstRefusedSeq }),
  };
}
