/**
 * Time's part in the lifecycle: `runDueDeadlines()` claims the applications whose `dueAt` has
 * passed and sends each the `TICK`s it is owed; `recountProvisionalDeadlines()` counts again the
 * due dates that rested on days no calendar decree covered (the first scheduler run of a runtime
 * does it first).
 */
import { planNotifications } from '../notifications/planNotifications.js';
import { ConflictError } from '../store/errors.js';
import type { ActorRef, ApplicationRecord, NewEvent } from '../store/MallStore.js';
import type { RuntimeContext } from './_context.js';
import { dueInstant } from './_deadlines.js';
import { advance, type LifecycleSnapshot } from './_machineRunner.js';
import { eventProvisional, recountProvisional } from './_provisionalDeadlines.js';
import { instantIssue, refuseAheadOfClock, toInstant } from './_submitRequest.js';
import { ValidationError } from './errors.js';
import type { MallRuntime } from './MallRuntime.js';

/** The actor of `TICK` events. */
const SYSTEM_ROLE = 'system';

/** The rounds of `TICK` one application may receive in one run (a scheduler that was down). */
const TICK_ROUNDS = 8;

/** The deadline side of a runtime. */
export type RuntimeScheduler = Pick<MallRuntime, 'runDueDeadlines' | 'recountProvisionalDeadlines'>;

/** The runtime's deadline scheduler, over its context. */
export function createScheduler(context: RuntimeContext): RuntimeScheduler {
  const { mall, store, timeZone, log, opened, remember } = context;

  const recountProvisionalDeadlines: RuntimeScheduler['recountProvisionalDeadlines'] = async (
    when,
  ) => {
    const at = when === undefined ? context.now() : toInstant(when);
    if (at === undefined) throw new ValidationError([instantIssue(['now'], when)]);
    return recountProvisional(
      {
        store,
        uncoveredFrom: context.calendar.uncoveredFrom,
        timeZone,
        open: opened,
        nextRecord: context.nextRecord,
        appended: remember,
        log,
      },
      at,
    );
  };
  /** Whether this runtime's scheduler has recounted provisional deadlines yet. */
  let recountedAtStart = false;

  const runDueDeadlines: RuntimeScheduler['runDueDeadlines'] = async (when, dueOptions = {}) => {
    const at = when === undefined ? context.now() : toInstant(when);
    if (at === undefined) throw new ValidationError([instantIssue(['now'], when)]);
    if (when !== undefined) refuseAheadOfClock(at, context.now());
    let recounted = 0;
    if (!recountedAtStart) {
      recountedAtStart = true;
      recounted = (await recountProvisionalDeadlines(at)).recounted;
    }
    const nowMs = Date.parse(at);
    const batchSize = dueOptions.batchSize ?? 100;
    const leaseMs = dueOptions.leaseMs ?? 60_000;
    const leaseUntil = new Date(nowMs + leaseMs).toISOString();
    const scheduler: ActorRef = { id: dueOptions.schedulerId ?? 'scheduler', role: SYSTEM_ROLE };
    let claimed = 0;
    let delivered = 0;
    let conflicts = 0;
    let unchanged = 0;
    const failed: { applicationId: string; message: string }[] = [];

    const tick = async (claimedRecord: ApplicationRecord): Promise<void> => {
      let record = claimedRecord;
      // A TICK takes one transition; a scheduler that was down may owe an application several.
      for (let round = 0; round < TICK_ROUNDS; round++) {
        const { lifecycle, snapshot } = await opened(record);
        const before = snapshot.context;
        const tickAt =
          Date.parse(before.updatedAt) > nowMs
            ? new Date(Date.parse(before.updatedAt)).toISOString()
            : at;
        let next: LifecycleSnapshot;
        try {
          next = advance(snapshot, { type: 'TICK', at: tickAt });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          failed.push({ applicationId: record.id, message });
          log({
            level: 'warn',
            kind: 'tick-failed',
            applicationId: record.id,
            action: 'TICK',
            message: `TICK on ${record.id} failed: ${message}`,
          });
          return;
        }
        if (next === snapshot) {
          if (round === 0) unchanged += 1;
          return;
        }
        const after = next.context;
        const effect =
          after.result !== null && before.result === null
            ? after.result.cause
            : after.expiry !== null && before.expiry === null
              ? 'expiry'
              : 'timeout';
        const updated = context.nextRecord(record, next, tickAt, lifecycle);
        const event: NewEvent = {
          type: 'TICK',
          actor: scheduler,
          at: tickAt,
          payload: {
            effect,
            serviceDueAt: dueInstant(after.serviceDue, timeZone),
            ...eventProvisional(null, after),
          },
        };
        try {
          await store.append(
            record.id,
            record.version,
            event,
            updated,
            planNotifications(mall, { record: updated, event, seq: updated.version }),
          );
        } catch (error) {
          if (error instanceof ConflictError) {
            conflicts += 1;
            return;
          }
          throw error;
        }
        delivered += 1;
        remember(updated, lifecycle, next);
        log({
          level: 'info',
          kind: 'tick',
          applicationId: record.id,
          action: 'TICK',
          message: `TICK on ${record.id}: ${effect} (${updated.state})`,
        });
        if (updated.dueAt === null || Date.parse(updated.dueAt) > nowMs) return;
        record = updated;
      }
    };

    for (;;) {
      const batch = await store.claimDue(at, batchSize, leaseUntil);
      if (batch.length === 0) break;
      claimed += batch.length;
      for (const record of batch) await tick(record);
    }
    return { now: at, claimed, delivered, conflicts, unchanged, failed, recounted };
  };

  return { runDueDeadlines, recountProvisionalDeadlines };
}
