/**
 * `act()`: a person's action on an application — checked (zod), authorized by the runtime, taken
 * by the lifecycle machine, appended to the store with its notifications, or refused with the
 * reason (forbidden, invalid in this state, a reason required, a version conflict).
 */
import { createIssue } from '@mpp-kit/schemas';
import {
  allowedActions as lifecycleAllowedActions,
  checkEvent,
  type WorkflowActionEvent,
} from '@mpp-kit/workflows';
import { planNotifications } from '../notifications/planNotifications.js';
import { ConflictError } from '../store/errors.js';
import type { ApplicationRecord, NewEvent } from '../store/MallStore.js';
import { checkAction } from './_actionInput.js';
import { isNamed, namedActors, pendingActions, stateOf, summaryOf } from './_applicationViews.js';
import type { RuntimeContext } from './_context.js';
import { dueInstant } from './_deadlines.js';
import type { Lifecycle } from './_lifecycleRegistry.js';
import { advance, type LifecycleSnapshot } from './_machineRunner.js';
import { eventProvisional } from './_provisionalDeadlines.js';
import {
  ForbiddenError,
  InvalidActionError,
  ValidationError,
  type ForbiddenReason,
} from './errors.js';
import type { ActionInput, ApplicationSummary } from './MallRuntime.js';

/** The actor as logs and errors show it: role and agency, no id. */
function shownActor(event: WorkflowActionEvent): { role: string; agency?: string } {
  return event.actor.agency === undefined
    ? { role: event.actor.role }
    : { role: event.actor.role, agency: event.actor.agency };
}

/** The runtime's `act`, over its context. */
export function createAct(
  context: RuntimeContext,
): (id: string, input: ActionInput) => Promise<ApplicationSummary> {
  const { mall, store, timeZone, log } = context;

  const forbid = (
    record: ApplicationRecord,
    snapshot: LifecycleSnapshot,
    event: WorkflowActionEvent,
    reason: ForbiddenReason,
  ): never => {
    const checked = checkEvent(snapshot, event);
    const allowed = checked.ok ? [] : checked.allowed;
    const actor = shownActor(event);
    log({
      level: 'warn',
      kind: 'refused',
      applicationId: record.id,
      action: event.type,
      actor,
      message: `${event.type} on ${record.id} refused: forbidden (${reason})`,
    });
    throw new ForbiddenError({
      applicationId: record.id,
      action: event.type,
      actor,
      allowed,
      reason,
    });
  };

  /** The runtime's own check of who may send the event, before the machine's. */
  const authorize = (
    record: ApplicationRecord,
    snapshot: LifecycleSnapshot,
    lifecycle: Lifecycle,
    event: WorkflowActionEvent,
  ): void => {
    const { actor } = event;
    if (actor.role === 'applicant') {
      if (actor.id !== record.applicantId) forbid(record, snapshot, event, 'not_applicant');
    } else if (actor.agency === undefined) {
      forbid(record, snapshot, event, 'no_agency');
    } else if (!lifecycle.agencies.includes(actor.agency)) {
      forbid(record, snapshot, event, 'other_agency');
    }
    const named = namedActors(snapshot, event.type);
    if (named === undefined) return; // the state does not take it: explained as invalid below
    const applicantId = snapshot.context.applicantId;
    if (!isNamed(actor, named, applicantId)) forbid(record, snapshot, event, 'not_allowed');
  };

  /** Why the machine did not take the event; always throws. */
  const explain = (
    record: ApplicationRecord,
    snapshot: LifecycleSnapshot,
    event: WorkflowActionEvent,
  ): never => {
    const checked = checkEvent(snapshot, event);
    const actor = shownActor(event);
    if (!checked.ok && checked.reason === 'forbidden')
      forbid(record, snapshot, event, 'not_allowed');
    if (!checked.ok && checked.reason === 'invalid' && checked.detail === 'reason_required') {
      log({
        level: 'warn',
        kind: 'refused',
        applicationId: record.id,
        action: event.type,
        actor,
        message: `${event.type} on ${record.id} refused: reason required`,
      });
      throw new ValidationError([
        createIssue({
          code: 'missing_key',
          path: ['reason'],
          params: {
            key: 'reason',
            expected: {
              en: `why: ${event.type} needs a reason`,
              id: `alasan: ${event.type} memerlukan alasan`,
            },
          },
        }),
      ]);
    }
    const detail = checked.ok
      ? 'guard'
      : checked.reason === 'wrong_state'
        ? 'wrong_state'
        : (checked.detail ?? 'guard');
    // The application's state as the caller knows it (`technical-review`), not the machine's path.
    const state = stateOf(snapshot);
    log({
      level: 'warn',
      kind: 'refused',
      applicationId: record.id,
      action: event.type,
      actor,
      message: `${event.type} on ${record.id} refused: ${detail} in ${state}`,
    });
    throw new InvalidActionError({
      applicationId: record.id,
      action: event.type,
      state,
      detail,
      allowedActions: lifecycleAllowedActions(snapshot),
    });
  };

  /** The stored record, or a ConflictError when it is not at `expectedVersion`. */
  const loadAt = async (id: string, expectedVersion: number): Promise<ApplicationRecord> => {
    const record = await context.load(id);
    if (record.version !== expectedVersion) {
      throw new ConflictError({
        applicationId: id,
        expectedVersion,
        actualVersion: record.version,
      });
    }
    return record;
  };

  return async (id, input) => {
    const { event: partial, expectedVersion } = checkAction(input);
    // The record this runtime wrote last is used without reading it back when the actor saw that
    // version: the append checks the version anyway, and a refusal is confirmed against the store
    // (a newer stored version turns it into the ConflictError it would have been).
    const cached = context.recent(id);
    const fromCache = cached !== undefined && cached.record.version === expectedVersion;
    const record = fromCache ? cached.record : await loadAt(id, expectedVersion);
    const { lifecycle, snapshot } = fromCache ? cached : await context.opened(record);
    const at = context.now();
    const event: WorkflowActionEvent = { ...partial, at };
    let next: LifecycleSnapshot = snapshot;
    try {
      authorize(record, snapshot, lifecycle, event);
      try {
        next = advance(snapshot, event);
      } catch {
        next = snapshot;
      }
      if (next === snapshot) explain(record, snapshot, event);
    } catch (error) {
      if (fromCache) await loadAt(id, expectedVersion);
      throw error;
    }
    const before = snapshot.context;
    const after = next.context;
    const stored: NewEvent = {
      type: event.type,
      actor: event.actor,
      at,
      payload: {
        step: before.step,
        dueAt: dueInstant(before.stepDue, timeZone),
        serviceDueAt: dueInstant(after.serviceDue, timeZone),
        ...(event.days === undefined ? {} : { days: event.days }),
        ...eventProvisional(before, after),
      },
      ...(event.reason === undefined ? {} : { reason: event.reason }),
    };
    // Computed once: the record's inbox fields and the summary both list them.
    const pending = pendingActions(next, lifecycle);
    const updated = context.nextRecord(record, next, at, lifecycle, pending);
    const notifications = planNotifications(mall, {
      record: updated,
      event: stored,
      seq: updated.version,
    });
    try {
      await store.append(id, record.version, stored, updated, notifications);
    } catch (error) {
      context.forget(id);
      throw error;
    }
    context.remember(updated, lifecycle, next);
    if (context.logging)
      log({
        level: 'info',
        kind: 'accepted',
        applicationId: id,
        action: event.type,
        actor: shownActor(event),
        message: `${event.type} on ${id} accepted (version ${String(updated.version)}, ${updated.state})`,
      });
    return summaryOf(updated, next, lifecycle, false, pending);
  };
}
