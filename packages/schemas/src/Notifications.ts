import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { httpUrl, refs } from './_common.js';

/**
 * The placeholders a notification template may use, each replaced by the application's value
 * when the notification is written (`{{application.id}}` …).
 *
 * @example
 * ```ts
 * notificationPlaceholders.includes('service.name'); // true
 * ```
 */
export const notificationPlaceholders = [
  'mall.name',
  'application.id',
  'service.id',
  'service.name',
  'event',
  'state',
  'reason',
  'dueAt',
  'at',
  'ticket.number',
  'ticket.counter',
  'complaint.number',
  'complaint.title',
  'complaint.category',
  'complaint.agency',
  'complaint.answerDue',
  'complaint.answer',
] as const;
/** A placeholder of a notification template. */
export type NotificationPlaceholder = (typeof notificationPlaceholders)[number];

/**
 * The events of the mall floor that notify, besides the application events: a queue ticket
 * called or called again, and each step of a complaint (received, verified, assigned, answered,
 * reopened, closed). Webhooks get them as `queue.ticket_called`, `complaint.received` ….
 *
 * @example
 * ```ts
 * floorNotificationEvents.includes('COMPLAINT_ANSWERED'); // true
 * ```
 */
export const floorNotificationEvents = [
  'TICKET_CALLED',
  'TICKET_RECALLED',
  'COMPLAINT_RECEIVED',
  'COMPLAINT_VERIFIED',
  'COMPLAINT_ASSIGNED',
  'COMPLAINT_ANSWERED',
  'COMPLAINT_REOPENED',
  'COMPLAINT_CLOSED',
] as const;
/** An event of the mall floor that notifies. */
export type FloorNotificationEvent = (typeof floorNotificationEvents)[number];

/**
 * What a notification event is about: an application, a queue ticket or a complaint.
 *
 * @example
 * ```ts
 * notificationSubjectOf('COMPLAINT_CLOSED'); // 'complaint'
 * notificationSubjectOf('SUBMIT'); // 'application'
 * ```
 */
export function notificationSubjectOf(event: string): 'application' | 'ticket' | 'complaint' {
  if (event.startsWith('TICKET_')) return 'ticket';
  if (event.startsWith('COMPLAINT_')) return 'complaint';
  return 'application';
}

/**
 * The placeholders each subject fills; the others do not exist for its events.
 *
 * @example
 * ```ts
 * notificationPlaceholdersOf.complaint.includes('complaint.number'); // true
 * ```
 */
export const notificationPlaceholdersOf: Readonly<
  Record<'application' | 'ticket' | 'complaint', readonly NotificationPlaceholder[]>
> = {
  application: [
    'mall.name',
    'application.id',
    'service.id',
    'service.name',
    'event',
    'state',
    'reason',
    'dueAt',
    'at',
  ],
  ticket: [
    'mall.name',
    'event',
    'state',
    'at',
    'ticket.number',
    'ticket.counter',
    'service.id',
    'service.name',
  ],
  complaint: [
    'mall.name',
    'event',
    'state',
    'at',
    'complaint.number',
    'complaint.title',
    'complaint.category',
    'complaint.agency',
    'complaint.answerDue',
    'complaint.answer',
  ],
};

/** Text with only known `{{placeholders}}`: braces that open anything else are refused. */
const templateString = z
  .string()
  .min(1)
  .regex(
    new RegExp(
      `^(?:[^{]|\\{(?!\\{)|\\{\\{(?:${notificationPlaceholders.join('|').replaceAll('.', '\\.')})\\}\\})*$`,
    ),
  );

const templateText = doc(
  z.union([
    templateString,
    z.strictObject({
      id: doc(templateString, 'Teks dalam Bahasa Indonesia.', 'Text in Indonesian.'),
      en: doc(templateString, 'Teks dalam Bahasa Inggris.', 'Text in English.').optional(),
    }),
  ]),
  `Teks templat: string (Bahasa Indonesia) atau { id, en }, dengan isian ${notificationPlaceholders.map((p) => `{{${p}}}`).join(', ')}.`,
  `Template text: a string (Indonesian) or { id, en }, with the placeholders ${notificationPlaceholders.map((p) => `{{${p}}}`).join(', ')}.`,
);

/** An event type of an application's log (`SUBMIT`, `ACCEPT`, `ISSUE` …), upper snake case. */
const eventType = z.string().regex(/^[A-Z][A-Z0-9_]*$/);

/** Name of an environment variable (upper snake case). */
const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/);

const emailAddress = z.string().regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/);

/**
 * An e-mail sent when an application's log gets one of the listed events.
 *
 * @example
 * ```yaml
 * templates:
 *   - id: diterima
 *     on: [SUBMIT]
 *     to: [applicant]
 *     subject: { id: "Permohonan {{application.id}} diterima", en: "Application {{application.id}} received" }
 *     body: { id: "Permohonan {{service.name}} Anda sudah kami terima.", en: "We have received your {{service.name}} application." }
 * ```
 */
export const notificationTemplate = z.strictObject({
  id: idOf('Id templat (misalnya diterima).', 'Template id (for example diterima).'),
  on: doc(
    z.array(eventType).min(1),
    'Peristiwa yang memicu surel: peristiwa permohonan (SUBMIT, ACCEPT, RETURN, RESUBMIT, APPROVE, REJECT, ISSUE, WITHDRAW …), antrean (TICKET_CALLED, TICKET_RECALLED) atau pengaduan (COMPLAINT_RECEIVED, COMPLAINT_VERIFIED, COMPLAINT_ASSIGNED, COMPLAINT_ANSWERED, COMPLAINT_REOPENED, COMPLAINT_CLOSED).',
    'The events that send it: application events (SUBMIT, ACCEPT, RETURN, RESUBMIT, APPROVE, REJECT, ISSUE, WITHDRAW …), queue events (TICKET_CALLED, TICKET_RECALLED) or complaint events (COMPLAINT_RECEIVED, COMPLAINT_VERIFIED, COMPLAINT_ASSIGNED, COMPLAINT_ANSWERED, COMPLAINT_REOPENED, COMPLAINT_CLOSED).',
  ),
  services: refs(
    'Hanya untuk layanan ini; kosong: semua layanan.',
    'Only for these services; absent: every service.',
  ).optional(),
  to: doc(
    z.array(z.union([z.literal('applicant'), z.literal('reporter'), emailAddress])).min(1),
    'Penerima: applicant (alamat surel yang diberikan pemohon saat mengajukan; dilewati bila tidak ada), reporter (kontak pelapor pengaduan bila berupa alamat surel; dikirim terpisah, tidak pernah untuk pengaduan anonim) dan/atau alamat surel tetap.',
    'Recipients: applicant (the e-mail address the applicant gave when applying; skipped when none), reporter (the complaint reporter’s contact when it is an e-mail address; sent on its own, never for an anonymous complaint) and/or fixed addresses.',
  ),
  subject: doc(templateText, 'Judul surel.', 'Subject of the e-mail.'),
  body: doc(templateText, 'Isi surel (teks biasa).', 'Body of the e-mail (plain text).'),
});
/** An e-mail template of `mall.notifications.templates`. */
export type NotificationTemplate = z.infer<typeof notificationTemplate>;

/**
 * A webhook subscription: an integrator's endpoint that receives the listed application events,
 * signed per Standard Webhooks with the secret in the named environment variable.
 *
 * @example
 * ```yaml
 * webhooks:
 *   - id: dinas-kominfo
 *     url: https://integrasi.batangkab.go.id/mpp/webhook
 *     secretEnv: MPP_WEBHOOK_KOMINFO_SECRET
 *     events: [SUBMIT, ISSUE]
 * ```
 */
export const webhookSubscription = z.strictObject({
  id: idOf(
    'Id langganan (misalnya dinas-kominfo).',
    'Subscription id (for example dinas-kominfo).',
  ),
  url: doc(
    httpUrl,
    'Alamat penerima (sebaiknya https). Mendapat POST JSON { type, timestamp, data }.',
    'The receiving address (https preferably). It gets a JSON POST { type, timestamp, data }.',
  ),
  secretEnv: doc(
    envName,
    'Nama variabel lingkungan berisi rahasia penandatangan (whsec_ + base64, minimal 24 bita). Rahasia tidak pernah ditulis di YAML.',
    'Name of the environment variable holding the signing secret (whsec_ + base64, at least 24 bytes). Secrets are never written in YAML.',
  ),
  events: doc(
    z.array(eventType).min(1).optional(),
    'Peristiwa yang dikirim (permohonan, TICKET_… atau COMPLAINT_…); kosong: semua peristiwa permohonan.',
    'The events sent (application events, TICKET_… or COMPLAINT_…); absent: every application event.',
  ),
  agencies: refs(
    'Hanya permohonan yang melibatkan instansi ini, pengaduan yang ditujukan kepadanya, atau tiket di gerainya; kosong: semua.',
    'Only applications that involve these agencies, complaints routed to them, or tickets at their counters; absent: all.',
  ).optional(),
});
/** A webhook subscription of `mall.notifications.webhooks`. */
export type WebhookSubscription = z.infer<typeof webhookSubscription>;

/**
 * The `mall.notifications` section: e-mail templates, webhook subscriptions, the SMTP sender and
 * how delivery is retried. Notifications are written with the event that causes them (a
 * transactional outbox) and delivered by `mpp serve`.
 *
 * @example
 * ```yaml
 * mall:
 *   notifications:
 *     email: { from: "MPP Batang <noreply@example.go.id>" }
 *     delivery: { maxAttempts: 8 }
 *     templates: []
 *     webhooks: []
 * ```
 */
export const notificationsSection = z.strictObject({
  email: doc(
    z
      .strictObject({
        from: doc(
          z.string().min(3),
          'Pengirim surel, misalnya "MPP Batang <noreply@mpp.batangkab.go.id>".',
          'Sender of the e-mails, for example "MPP Batang <noreply@mpp.batangkab.go.id>".',
        ),
        smtpUrlEnv: doc(
          envName.default('MPP_SMTP_URL'),
          'Nama variabel lingkungan berisi alamat server SMTP, smtp(s)://pengguna:sandi@host:port. Bawaan MPP_SMTP_URL.',
          'Name of the environment variable holding the SMTP server address, smtp(s)://user:password@host:port. Default MPP_SMTP_URL.',
        ),
      })
      .optional(),
    'Pengiriman surel lewat SMTP; wajib bila ada templat.',
    'E-mail over SMTP; required when there are templates.',
  ),
  delivery: doc(
    z
      .strictObject({
        maxAttempts: doc(
          z.int().min(1).max(100).default(8),
          'Jumlah percobaan sebelum notifikasi masuk antrean gagal (dead letter). Bawaan 8.',
          'Attempts before a notification is dead-lettered. Default 8.',
        ),
        backoffSeconds: doc(
          z.int().min(1).max(86400).default(30),
          'Jeda sebelum percobaan kedua, dalam detik; berlipat dua tiap kali (dengan acak). Bawaan 30.',
          'Delay before the second attempt, in seconds; doubled each time (with jitter). Default 30.',
        ),
        maxBackoffSeconds: doc(
          z.int().min(1).max(604800).default(3600),
          'Jeda terpanjang antarpercobaan, dalam detik. Bawaan 3600.',
          'The longest delay between attempts, in seconds. Default 3600.',
        ),
        timeoutSeconds: doc(
          z.int().min(1).max(600).default(15),
          'Batas waktu satu percobaan kirim, dalam detik. Bawaan 15.',
          'Time limit of one delivery attempt, in seconds. Default 15.',
        ),
      })
      .default({ maxAttempts: 8, backoffSeconds: 30, maxBackoffSeconds: 3600, timeoutSeconds: 15 }),
    'Pengulangan pengiriman.',
    'How delivery is retried.',
  ),
  templates: doc(
    z.array(notificationTemplate).default([]),
    'Templat surel per peristiwa permohonan.',
    'E-mail templates per application event.',
  ),
  webhooks: doc(
    z.array(webhookSubscription).default([]),
    'Langganan webhook untuk integrator.',
    'Webhook subscriptions for integrators.',
  ),
});
/** The `mall.notifications` section. */
export type NotificationsSection = z.infer<typeof notificationsSection>;
