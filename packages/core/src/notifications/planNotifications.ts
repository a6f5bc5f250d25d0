import { createHash } from 'node:crypto';
import {
  textFor,
  type FloorNotificationEvent,
  type MallConfig,
  type NotificationTemplate,
} from '@mpp-kit/schemas';
import { agencyDisplayName } from '../labels/complaintChannelText.js';
import { intlLocale } from '../labels/intlLocale.js';
import type { ApplicationRecord } from '../store/MallStore.js';
import type { ComplaintRecord, QueueTicket } from '../store/FloorStore.js';
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
  /**
   * To the complaint's reporter alone: their contact when it is an e-mail address and the
   * complaint is not anonymous (read at delivery, so the address is never in the outbox).
   */
  readonly reporter?: boolean;
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

/**
 * What caused a floor notification: a queue ticket called (again), or a complaint's step, with
 * the record as stored by the event's transaction.
 *
 * @example
 * ```ts
 * const cause: FloorNotificationCause = { event: 'COMPLAINT_RECEIVED', complaint: stored };
 * ```
 */
export type FloorNotificationCause =
  | {
      readonly event: Extract<FloorNotificationEvent, `TICKET_${string}`>;
      readonly ticket: QueueTicket;
    }
  | {
      readonly event: Extract<FloorNotificationEvent, `COMPLAINT_${string}`>;
      readonly complaint: ComplaintRecord;
    };

/** One event, whatever it is about, as the planner needs it. */
interface Subject {
  readonly kind: 'application' | 'ticket' | 'complaint';
  readonly sourceId: string;
  /** Tells this source's events apart (the application's seq, the complaint's version …). */
  readonly key: string;
  readonly event: string;
  /** The webhook `type`. */
  readonly type: string;
  readonly at: string;
  readonly serviceId: string | null;
  readonly agencies: readonly string[];
  readonly values: (locale: 'id' | 'en') => Record<string, string>;
  readonly data: Record<string, unknown>;
}

/** The idempotency key of one notification of one event: stable, so a repeat is a no-op. */
function notificationId(subject: Subject, channel: string, target: string): string {
  const digest = createHash('sha256')
    .update(`${subject.sourceId}\n${subject.key}\n${channel}\n${target}`)
    .digest('base64url');
  return `msg_${digest.slice(0, 32)}`;
}

function formatInstant(instant: string | null, locale: 'id' | 'en', timeZone: string): string {
  if (instant === null) return '-';
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
}

function formatDay(day: string, locale: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** Fills `{{placeholders}}` (the schema admits only known ones; the checks, only the subject's). */
function render(text: string, values: Record<string, string>): string {
  return text.replaceAll(/\{\{([a-zA-Z.]+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

function emailOf(
  template: NotificationTemplate,
  mall: MallConfig,
  subject: Subject,
  recipients: { applicant: boolean; reporter: boolean; to: string[] },
): EmailMessage {
  const [first = 'id'] = mall.mall.locales;
  const others = mall.mall.locales.filter((l) => l !== first);
  const inLocale = (text: NotificationTemplate['body'], locale: 'id' | 'en') =>
    render(textFor(text, locale), subject.values(locale));
  const body = inLocale(template.body, first);
  const translations = others
    .filter(
      (l) => typeof template.body !== 'string' && (l === 'id' || template.body.en !== undefined),
    )
    .map((l) => inLocale(template.body, l));
  return {
    applicant: recipients.applicant,
    ...(recipients.reporter ? { reporter: true } : {}),
    to: recipients.to,
    subject: inLocale(template.subject, first),
    text: [body, ...translations].join('\n\n-----\n\n'),
  };
}

/** The rows of one event: e-mails per matching template, webhooks per matching subscription. */
function plan(mall: MallConfig, subject: Subject): NewNotification[] {
  const config = mall.mall.notifications;
  if (config === undefined) return [];
  const out: NewNotification[] = [];
  const row = (channel: 'email' | 'webhook', target: string, message: unknown) =>
    out.push({
      id: notificationId(subject, channel, target),
      channel,
      target,
      type: subject.type,
      sourceId: subject.sourceId,
      at: subject.at,
      message,
    });
  for (const template of config.templates) {
    if (!template.on.includes(subject.event)) continue;
    if (
      template.services !== undefined &&
      (subject.serviceId === null || !template.services.includes(subject.serviceId))
    )
      continue;
    const to = template.to.filter((t) => t !== 'applicant' && t !== 'reporter');
    const applicant = subject.kind === 'application' && template.to.includes('applicant');
    // An application's e-mail row is written even without a recipient (skipped at delivery).
    if (subject.kind === 'application' || to.length > 0)
      row(
        'email',
        template.id,
        emailOf(template, mall, subject, { applicant, reporter: false, to }),
      );
    // The reporter's copy goes alone: nobody else on it learns who reported.
    if (subject.kind === 'complaint' && template.to.includes('reporter'))
      row(
        'email',
        `${template.id}#reporter`,
        emailOf(template, mall, subject, { applicant: false, reporter: true, to: [] }),
      );
  }
  for (const hook of config.webhooks) {
    if (
      hook.events === undefined
        ? subject.kind !== 'application'
        : !hook.events.includes(subject.event)
    )
      continue;
    if (hook.agencies !== undefined && !hook.agencies.some((a) => subject.agencies.includes(a)))
      continue;
    const body: WebhookMessage = {
      body: JSON.stringify({
        type: subject.type,
        timestamp: new Date(subject.at).toISOString(),
        data: subject.data,
      }),
    };
    row('webhook', hook.id, body);
  }
  return out;
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
  const { record, event } = cause;
  const timeZone = mall.mall.timeZone;
  const service = mall.services.find((s) => s.id === record.serviceId);
  return plan(mall, {
    kind: 'application',
    sourceId: record.id,
    key: String(cause.seq),
    event: event.type,
    type: `application.${event.type.toLowerCase()}`,
    at: event.at,
    serviceId: record.serviceId,
    agencies: record.agencies,
    values: (locale) => ({
      'mall.name': textFor(mall.mall.name, locale),
      'application.id': record.id,
      'service.id': record.serviceId,
      'service.name': service ? textFor(service.name, locale) : record.serviceId,
      event: event.type,
      state: record.state,
      reason: event.reason ?? '-',
      dueAt: formatInstant(record.dueAt, locale, timeZone),
      at: formatInstant(event.at, locale, timeZone),
    }),
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
  });
}

/**
 * The notifications a floor event causes under `mall.notifications`: a queue ticket called
 * (`TICKET_CALLED`, `TICKET_RECALLED`) or a complaint's step (`COMPLAINT_RECEIVED` …
 * `COMPLAINT_CLOSED`). Templates and subscriptions take them only when they name them. The
 * floor store calls it inside the event's transaction, with the record as stored (its number
 * assigned). A complaint's reporter is never in a webhook or an e-mail to anyone else when the
 * complaint is anonymous or confidential; the reporter's own e-mail (`to: [reporter]`) is a row of
 * its own whose address is read at delivery.
 *
 * @returns the notifications, each with an id that is the same for the same event and target.
 * @example
 * ```ts
 * await store.floor.createComplaint(record, {
 *   notify: (stored) => planFloorNotifications(mall, { event: 'COMPLAINT_RECEIVED', complaint: stored }),
 * });
 * ```
 */
export function planFloorNotifications(
  mall: MallConfig,
  cause: FloorNotificationCause,
): NewNotification[] {
  if (mall.mall.notifications === undefined) return [];
  const timeZone = mall.mall.timeZone;
  const mallName = (locale: 'id' | 'en') => textFor(mall.mall.name, locale);
  if ('ticket' in cause) {
    const { ticket, event } = cause;
    const counter = mall.counters.find((c) => c.id === ticket.counterId);
    const service = mall.services.find((s) => s.id === ticket.serviceId);
    const at = ticket.calledAt ?? ticket.takenAt;
    return plan(mall, {
      kind: 'ticket',
      sourceId: ticket.id,
      key: `${event}\n${at}`,
      event,
      type: `queue.${event.toLowerCase()}`,
      at,
      serviceId: ticket.serviceId,
      agencies: counter?.agencies ?? [],
      values: (locale) => ({
        'mall.name': mallName(locale),
        event,
        state: ticket.status,
        at: formatInstant(at, locale, timeZone),
        'ticket.number': ticket.number,
        'ticket.counter':
          counter?.name === undefined ? ticket.counterId : textFor(counter.name, locale),
        'service.id': ticket.serviceId ?? '-',
        'service.name': service ? textFor(service.name, locale) : (ticket.serviceId ?? '-'),
      }),
      data: {
        mallId: mall.mall.id,
        ticketId: ticket.id,
        number: ticket.number,
        counterId: ticket.counterId,
        day: ticket.day,
        status: ticket.status,
        serviceId: ticket.serviceId,
        calledAt: ticket.calledAt,
        recalls: ticket.recalls,
      },
    });
  }
  const { complaint, event } = cause;
  const category = mall.complaints?.categories.find((c) => c.id === complaint.categoryId);
  const at = complaint.history.at(-1)?.at ?? complaint.receivedAt;
  // The reporter only where nobody may be kept from knowing them.
  const reporter =
    complaint.anonymous || complaint.confidential || complaint.reporterId === null
      ? {}
      : { reporter: { id: complaint.reporterId, name: complaint.reporterName } };
  return plan(mall, {
    kind: 'complaint',
    sourceId: complaint.id,
    key: String(complaint.version),
    event,
    type: `complaint.${event.slice('COMPLAINT_'.length).toLowerCase()}`,
    at,
    serviceId: null,
    agencies: [complaint.agency],
    values: (locale) => ({
      'mall.name': mallName(locale),
      event,
      state: complaint.state,
      at: formatInstant(at, locale, timeZone),
      'complaint.number': complaint.number,
      'complaint.title': complaint.title,
      'complaint.category': category ? textFor(category.name, locale) : complaint.categoryId,
      'complaint.agency': agencyDisplayName(complaint.agency, mall.agencies, locale),
      'complaint.answerDue': formatDay(complaint.answerDue, locale),
      'complaint.answer': complaint.answer ?? '-',
    }),
    data: {
      mallId: complaint.mallId,
      complaintId: complaint.id,
      number: complaint.number,
      event,
      version: complaint.version,
      state: complaint.state,
      categoryId: complaint.categoryId,
      agency: complaint.agency,
      title: complaint.title,
      applicationId: complaint.applicationId,
      receivedAt: complaint.receivedAt,
      firstResponseDue: complaint.firstResponseDue,
      answerDue: complaint.answerDue,
      anonymous: complaint.anonymous,
      confidential: complaint.confidential,
      ...reporter,
    },
  });
}
