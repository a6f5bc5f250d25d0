import { createHash } from 'node:crypto';
import { textFor, type MallConfig, type NotificationTemplate } from '@mpp-kit/schemas';
import type { ApplicationRecord } from '../store/MallStore.js';
import type { NewNotification } from '../store/NotificationOutbox.js';

/**
 * What caused notifications: an event appended to an application's log, and the application's
 * record after it.
 *
 * @example
 * ```ts
 * const cause: NotificationCause = { record, event: { type: 'ISSUE', at: '2025-07-10T03:00:00.000Z' }, seq: 7 };
 * ```
 */
export interface NotificationCause {
  /** The application after the event. */
  readonly record: ApplicationRecord;
  /** The event: its type, instant and reason when it has one. */
  readonly event: { readonly type: string; readonly at: string; readonly reason?: string };
  /** The event's position in the log (the record's version after it). */
  readonly seq: number;
}

/**
 * An e-mail as the outbox keeps it: rendered when the event happened, sent later.
 *
 * @example
 * ```ts
 * const mail: EmailMessage = { applicant: true, to: [], subject: 'Permohonan diterima', text: '…' };
 * ```
 */
export interface EmailMessage {
  /** Also to the e-mail address the applicant gave when applying (read at delivery). */
  readonly applicant: boolean;
  /** Fixed addresses. */
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/**
 * A webhook as the outbox keeps it: the body, exactly as it is signed and sent on every attempt.
 *
 * @example
 * ```ts
 * const hook: WebhookMessage = { body: '{"type":"application.submit","timestamp":"…","data":{…}}' };
 * ```
 */
export interface WebhookMessage {
  readonly body: string;
}

/** The idempotency key of one notification of one event: stable, so a repeat is a no-op. */
function notificationId(cause: NotificationCause, channel: string, target: string): string {
  const digest = createHash('sha256')
    .update(`${cause.record.id}\n${String(cause.seq)}\n${channel}\n${target}`)
    .digest('base64url');
  return `msg_${digest.slice(0, 32)}`;
}

function formatInstant(instant: string | null, locale: 'id' | 'en', timeZone: string): string {
  if (instant === null) return '-';
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
}

/** Fills `{{placeholders}}` (the schema admits only known ones). */
function render(
  text: string,
  mall: MallConfig,
  cause: NotificationCause,
  locale: 'id' | 'en',
): string {
  const service = mall.services.find((s) => s.id === cause.record.serviceId);
  const values: Record<string, string> = {
    'mall.name': textFor(mall.mall.name, locale),
    'application.id': cause.record.id,
    'service.id': cause.record.serviceId,
    'service.name': service ? textFor(service.name, locale) : cause.record.serviceId,
    event: cause.event.type,
    state: cause.record.state,
    reason: cause.event.reason ?? '-',
    dueAt: formatInstant(cause.record.dueAt, locale, mall.mall.timeZone),
    at: formatInstant(cause.event.at, locale, mall.mall.timeZone),
  };
  return text.replaceAll(/\{\{([a-zA-Z.]+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

function emailOf(
  template: NotificationTemplate,
  mall: MallConfig,
  cause: NotificationCause,
): EmailMessage {
  const [first = 'id'] = mall.mall.locales;
  const others = mall.mall.locales.filter((l) => l !== first);
  const inLocale = (text: NotificationTemplate['body'], locale: 'id' | 'en') =>
    render(textFor(text, locale), mall, cause, locale);
  const body = inLocale(template.body, first);
  const translations = others
    .filter(
      (l) => typeof template.body !== 'string' && (l === 'id' || template.body.en !== undefined),
    )
    .map((l) => inLocale(template.body, l));
  return {
    applicant: template.to.includes('applicant'),
    to: template.to.filter((t) => t !== 'applicant'),
    subject: inLocale(template.subject, first),
    text: [body, ...translations].join('\n\n-----\n\n'),
  };
}

/**
 * The notifications an application event causes under `mall.notifications`: an e-mail per
 * template whose `on` lists the event (and whose `services` include the application's), and a
 * webhook per subscription that takes the event (and one of the application's agencies).
 * Rendered now, in the mall's first locale with the others after it; delivered later by
 * {@link createNotificationWorker}. The runtime writes them in the event's transaction.
 *
 * @returns the notifications, each with an id that is the same for the same event and target.
 * @example
 * ```ts
 * const notes = planNotifications(mall, { record, event: { type: 'SUBMIT', at: record.createdAt }, seq: 1 });
 * await store.create(record, submitEvent, notes);
 * ```
 */
export function planNotifications(mall: MallConfig, cause: NotificationCause): NewNotification[] {
  const config = mall.mall.notifications;
  if (config === undefined) return [];
  const { record, event } = cause;
  const type = `application.${event.type.toLowerCase()}`;
  const out: NewNotification[] = [];
  for (const template of config.templates) {
    if (!template.on.includes(event.type)) continue;
    if (template.services !== undefined && !template.services.includes(record.serviceId)) continue;
    out.push({
      id: notificationId(cause, 'email', template.id),
      channel: 'email',
      target: template.id,
      type,
      sourceId: record.id,
      at: event.at,
      message: emailOf(template, mall, cause),
    });
  }
  for (const hook of config.webhooks) {
    if (hook.events !== undefined && !hook.events.includes(event.type)) continue;
    if (hook.agencies !== undefined && !hook.agencies.some((a) => record.agencies.includes(a))) {
      continue;
    }
    const body: WebhookMessage = {
      body: JSON.stringify({
        type,
        timestamp: new Date(event.at).toISOString(),
        data: {
          mallId: record.mallId,
          applicationId: record.id,
          serviceId: record.serviceId,
          event: event.type,
          seq: cause.seq,
          state: record.state,
          agencies: record.agencies,
          dueAt: record.dueAt,
          ...(event.reason === undefined ? {} : { reason: event.reason }),
        },
      }),
    };
    out.push({
      id: notificationId(cause, 'webhook', hook.id),
      channel: 'webhook',
      target: hook.id,
      type,
      sourceId: record.id,
      at: event.at,
      message: body,
    });
  }
  return out;
}
