/** Checks an application record against the replay of its events. */
import type { MallTimeZone } from '@mpp-kit/workflows';
import { canonicalJson, type ChainVerification } from '../store/auditChain.js';
import type { ApplicationRecord, StoredEvent } from '../store/MallStore.js';
import { stateOf, type SubmitPayload } from './_applicationViews.js';
import { nextDueAt } from './_deadlines.js';
import { inboxFields } from './_inboxFields.js';
import type { Lifecycle } from './_lifecycleRegistry.js';
import { persist } from './_machineRunner.js';
import { uncoveredFromOf } from './_provisionalDeadlines.js';
import { replaySnapshot } from './_replayEvents.js';

/**
 * The record the runtime would have written after `events` (an intact chain): every field is
 * what the replay gives, the fixed ones from the first event and its stored definition.
 */
function replayedRecord(
  events: readonly StoredEvent[],
  lifecycle: Lifecycle,
  mallId: string,
  timeZone: MallTimeZone,
): ApplicationRecord | { firstRefusedSeq: number } {
  const replayed = replaySnapshot(lifecycle.machine, events);
  const first = events[0];
  const last = events.at(-1);
  const applicant = (first?.payload as Partial<SubmitPayload> | null | undefined)?.applicant;
  if (replayed === undefined || first === undefined || last === undefined || !applicant)
    return { firstRefusedSeq: 1 };
  if (replayed.firstRefusedSeq !== undefined) return { firstRefusedSeq: replayed.firstRefusedSeq };
  const { snapshot } = replayed;
  const definition = lifecycle.definition;
  return {
    id: first.applicationId,
    mallId,
    serviceId: definition.serviceId,
    serviceVersion: definition.serviceVersion,
    workflowId: definition.workflowId,
    workflowVersion: definition.workflowVersion,
    applicantId: applicant.id,
    agencies: lifecycle.agencies,
    state: stateOf(snapshot),
    snapshot: persist(snapshot),
    version: events.length,
    dueAt: nextDueAt(snapshot, timeZone),
    createdAt: first.at,
    updatedAt: last.at,
    ...inboxFields(snapshot, lifecycle, timeZone),
    ...uncoveredFromOf(snapshot),
  };
}

/**
 * Whether `record` is exactly what replaying `events` gives: `refused` at the first event the
 * lifecycle does not take, `record-mismatch` (at the record's version) when any field differs.
 */
export function auditRecord(
  record: ApplicationRecord,
  events: readonly StoredEvent[],
  lifecycle: Lifecycle,
  mallId: string,
  timeZone: MallTimeZone,
): ChainVerification {
  const expected = replayedRecord(events, lifecycle, mallId, timeZone);
  if ('firstRefusedSeq' in expected)
    return { ok: false, firstBadSeq: expected.firstRefusedSeq, problem: 'refused' };
  const stored: ApplicationRecord = {
    ...record,
    pendingActors: record.pendingActors ?? [],
    actionDueAt: record.actionDueAt ?? null,
    uncoveredFrom: record.uncoveredFrom ?? null,
  };
  let same: boolean;
  try {
    same = canonicalJson(stored) === canonicalJson(expected);
  } catch {
    same = false;
  }
  return same
    ? { ok: true }
    : { ok: false, firstBadSeq: record.version, problem: 'record-mismatch' };
}
