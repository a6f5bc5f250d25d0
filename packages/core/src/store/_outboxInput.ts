/** Validation and row shapes of the notification outbox, shared by every store. */
import { StoreError } from './errors.js';
import {
  notificationChannels,
  notificationStatuses,
  type NewNotification,
  type NotificationEntry,
  type NotificationQuery,
  type NotificationStatus,
} from './NotificationOutbox.js';
import { checkLimit, DEFAULT_QUERY_LIMIT, sortableInstant, toJsonText } from './_storeInput.js';

/** A notification checked and ready for a row. */
export interface OutboxRow {
  readonly id: string;
  readonly channel: string;
  readonly target: string;
  readonly type: string;
  readonly sourceId: string | null;
  /** `at` as `toISOString()`: the creation instant and the first attempt's due instant. */
  readonly at: string;
  /** The whole notification, JSON. */
  readonly body: string;
}

/** The columns every store keeps besides the notification itself. */
export interface OutboxState {
  readonly status: NotificationStatus;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
}

function text(value: unknown, what: string, max = 500): string {
  if (typeof value !== 'string' || value === '' || value.length > max) {
    throw new StoreError(
      'invalid_input',
      `${what} must be a string of 1 to ${String(max)} characters`,
    );
  }
  return value;
}

/** Checks notifications before any of them is written. */
export function outboxRows(notifications: readonly NewNotification[] | undefined): OutboxRow[] {
  if (notifications === undefined) return [];
  if (!Array.isArray(notifications)) {
    throw new StoreError('invalid_input', 'notifications must be an array');
  }
  return notifications.map((n: NewNotification, i) => {
    const where = `notifications[${String(i)}]`;
    if (!(notificationChannels as readonly unknown[]).includes(n.channel)) {
      throw new StoreError(
        'invalid_input',
        `${where}.channel must be one of ${notificationChannels.join(', ')}`,
      );
    }
    const copy: NewNotification = {
      id: text(n.id, `${where}.id`, 200),
      channel: n.channel,
      target: text(n.target, `${where}.target`),
      type: text(n.type, `${where}.type`),
      ...(n.sourceId === undefined ? {} : { sourceId: text(n.sourceId, `${where}.sourceId`) }),
      at: n.at,
      message: n.message,
    };
    return {
      id: copy.id,
      channel: copy.channel,
      target: copy.target,
      type: copy.type,
      sourceId: copy.sourceId ?? null,
      at: sortableInstant(n.at, `${where}.at`),
      body: toJsonText(copy, where),
    };
  });
}

/** A claim's arguments, checked. */
export function checkOutboxClaim(
  now: string,
  limit: number,
  leaseUntil: string,
  owner: string,
): { now: string; leaseUntil: string } {
  const at = sortableInstant(now, 'now');
  const until = sortableInstant(leaseUntil, 'leaseUntil');
  checkLimit(limit);
  text(owner, 'owner', 200);
  if (until <= at) throw new StoreError('invalid_input', 'leaseUntil must be after now');
  return { now: at, leaseUntil: until };
}

/** A failure's arguments, checked: the message cut to 1000 characters. */
export function checkOutboxFailure(
  error: string,
  retryAt: string | null,
): { error: string; retryAt: string | null } {
  const message = typeof error === 'string' && error !== '' ? error.slice(0, 1000) : 'failed';
  return { error: message, retryAt: retryAt === null ? null : sortableInstant(retryAt, 'retryAt') };
}

/** A list query, checked. */
export function checkOutboxQuery(query: NotificationQuery | undefined): {
  status?: NotificationStatus;
  sourceId?: string;
  limit: number;
} {
  const q = query ?? {};
  if (q.status !== undefined && !(notificationStatuses as readonly unknown[]).includes(q.status)) {
    throw new StoreError(
      'invalid_input',
      `status must be one of ${notificationStatuses.join(', ')}, got ${JSON.stringify(q.status)}`,
    );
  }
  return {
    ...(q.status === undefined ? {} : { status: q.status }),
    ...(q.sourceId === undefined ? {} : { sourceId: text(q.sourceId, 'sourceId') }),
    limit: q.limit === undefined ? DEFAULT_QUERY_LIMIT : checkLimit(q.limit),
  };
}

/** An entry from the stored notification and its delivery columns. */
export function outboxEntry(body: string, state: OutboxState): NotificationEntry {
  const n = JSON.parse(body) as NewNotification;
  return {
    ...n,
    status: state.status,
    attempts: state.attempts,
    nextAttemptAt: state.nextAttemptAt,
    ...(state.lastError === null ? {} : { lastError: state.lastError }),
    ...(state.deliveredAt === null ? {} : { deliveredAt: state.deliveredAt }),
  };
}
