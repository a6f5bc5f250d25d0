import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { MallConfig } from '@mpp-kit/schemas';
import type { MallStore } from '../store/MallStore.js';
import type { NotificationEntry, NotificationOutbox } from '../store/NotificationOutbox.js';
import type { EmailMessage, WebhookMessage } from './planNotifications.js';
import { signWebhook } from './signWebhook.js';

/**
 * An e-mail as the worker hands it to {@link NotificationWorkerOptions.sendEmail}: nodemailer's
 * `transport.sendMail` takes it as it is.
 *
 * @example
 * ```ts
 * const mail: OutgoingEmail = { from: 'MPP <noreply@example.go.id>', to: ['siti@example.com'], subject: '…', text: '…', messageId: '<msg_1@mpp-kit>', headers: { 'X-MPP-Notification-Id': 'msg_1' } };
 * ```
 */
export interface OutgoingEmail {
  readonly from: string;
  /** The recipients (a fresh array: nodemailer's types want it mutable). */
  readonly to: string[];
  readonly subject: string;
  readonly text: string;
  /** `<notification id@mpp-kit>`: the same on every retry, so mail systems can drop repeats. */
  readonly messageId: string;
  readonly headers: Record<string, string>;
}

/**
 * A log entry of the worker.
 *
 * @example
 * ```ts
 * const entry: NotificationLogEntry = { level: 'warn', kind: 'retry', notificationId: 'msg_1', message: 'HTTP 503' };
 * ```
 */
export interface NotificationLogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly kind: 'delivered' | 'skipped' | 'retry' | 'dead' | 'round-failed';
  readonly notificationId?: string;
  readonly message: string;
}

/**
 * Options of {@link createNotificationWorker}.
 *
 * @example
 * ```ts
 * const options: NotificationWorkerOptions = { store, mall, sendEmail: (mail) => transport.sendMail(mail).then(() => undefined) };
 * ```
 */
export interface NotificationWorkerOptions {
  /** The store whose outbox it delivers (every store of this library has one). */
  readonly store: MallStore;
  /** The mall: its `mall.notifications` (subscriptions, sender, retry policy). */
  readonly mall: MallConfig;
  /** Sends one e-mail (nodemailer's `sendMail`); without it e-mails fail and are retried. */
  readonly sendEmail?: (mail: OutgoingEmail) => Promise<unknown>;
  /** Where webhook secrets are read (`secretEnv`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** This worker's name on its leases; default host, process id and a random part. */
  readonly owner?: string;
  /** The clock; default `() => new Date()`. */
  readonly clock?: () => Date;
  /** Jitter source in [0, 1); default `Math.random`. */
  readonly random?: () => number;
  /** Rows claimed per round, 1 to 1000; default 10. */
  readonly batchSize?: number;
  /** Pause between rounds that found nothing to do; default 1000 ms. */
  readonly pollIntervalMs?: number;
  /** How long a claim is held; default 3 × the delivery timeout + 10 s. */
  readonly leaseMs?: number;
  /** Used for webhooks; default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Receives one entry per delivery outcome. */
  readonly logger?: (entry: NotificationLogEntry) => void;
}

/**
 * What one round of {@link NotificationWorker.runOnce} did.
 *
 * @example
 * ```ts
 * const { delivered, retried, dead } = await worker.runOnce();
 * ```
 */
export interface DeliveryRound {
  readonly claimed: number;
  readonly delivered: number;
  readonly retried: number;
  readonly dead: number;
}

/**
 * A delivery worker: claims due outbox rows under a lease, delivers them, and records the outcome.
 *
 * @example
 * ```ts
 * worker.start();
 * process.once('SIGTERM', () => void worker.stop());
 * ```
 */
export interface NotificationWorker {
  /** This worker's lease owner name. */
  readonly owner: string;
  /** One round: claim up to `batchSize` due rows and deliver them. */
  runOnce(): Promise<DeliveryRound>;
  /** Runs rounds until {@link NotificationWorker.stop}: at once while there is work, else every `pollIntervalMs`. */
  start(): void;
  /** Starts the next round now instead of after the pause (after a commit that enqueued something). */
  wake(): void;
  /** Stops: no new round starts; resolves when the round in flight has recorded its outcomes. */
  stop(): Promise<void>;
}

/** The delay before attempt `attempts + 1`: doubling from `base`, capped, with "equal jitter". */
export function backoffDelayMs(
  attempts: number,
  baseSeconds: number,
  maxSeconds: number,
  random: () => number,
): number {
  const full = Math.min(maxSeconds, baseSeconds * 2 ** Math.max(0, attempts - 1)) * 1000;
  return Math.round(full / 2 + (random() * full) / 2);
}

class DeliveryFailure extends Error {
  constructor(
    message: string,
    /** No retry can help (the subscription is gone): dead-letter now. */
    readonly permanent = false,
  ) {
    super(message);
  }
}

const DEFAULT_DELIVERY = {
  maxAttempts: 8,
  backoffSeconds: 30,
  maxBackoffSeconds: 3600,
  timeoutSeconds: 15,
};

/**
 * Creates the delivery worker of a store's notification outbox. Run one in every server process
 * (`mpp serve` does): leases keep two workers from delivering the same row at once, a worker that
 * dies leaves its leases to run out, and its rows are delivered by another. Delivery is at least
 * once: an e-mail carries the notification id as its `Message-ID`, a webhook as `webhook-id`.
 *
 * A failed attempt is retried after `backoffSeconds` doubled per attempt (capped at
 * `maxBackoffSeconds`, with jitter); after `maxAttempts` the row is dead-lettered until an
 * operator retries it (`mpp notifications retry`, or {@link NotificationOutbox.retry}).
 *
 * @throws TypeError when the store has no outbox.
 * @example
 * ```ts
 * import nodemailer from 'nodemailer';
 *
 * const transport = nodemailer.createTransport(process.env.MPP_SMTP_URL);
 * const worker = createNotificationWorker({ store, mall, sendEmail: (mail) => transport.sendMail(mail) });
 * worker.start();
 * // on shutdown:
 * await worker.stop();
 * ```
 */
export function createNotificationWorker(options: NotificationWorkerOptions): NotificationWorker {
  const outbox: NotificationOutbox | undefined = options.store.outbox;
  if (outbox === undefined) {
    throw new TypeError(
      'createNotificationWorker: the store has no outbox (use a store of @mpp-kit/core). / ' +
        'Penyimpanan tidak memiliki outbox (pakai penyimpanan dari @mpp-kit/core).',
    );
  }
  const { store, mall } = options;
  const config = mall.mall.notifications;
  const delivery = config?.delivery ?? DEFAULT_DELIVERY;
  const owner = options.owner ?? `${hostname()}:${String(process.pid)}:${randomUUID().slice(0, 8)}`;
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 10;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const timeoutMs = delivery.timeoutSeconds * 1000;
  const leaseMs = options.leaseMs ?? timeoutMs * 3 + 10_000;
  const env = options.env ?? process.env;
  const doFetch = options.fetch ?? fetch;
  const log = options.logger ?? (() => undefined);

  const applicantEmail = async (applicationId: string | undefined): Promise<string | undefined> => {
    if (applicationId === undefined) return undefined;
    const [first] = await store.events(applicationId);
    const payload = first?.payload as { applicant?: { email?: unknown } } | null | undefined;
    const email = payload?.applicant?.email;
    return typeof email === 'string' ? email : undefined;
  };

  /** A complaint reporter's contact when it is an e-mail address (never for an anonymous one). */
  const reporterEmail = async (complaintId: string | undefined): Promise<string | undefined> => {
    if (complaintId === undefined) return undefined;
    const complaint = await store.floor.getComplaint(complaintId);
    if (complaint === undefined || complaint.anonymous) return undefined;
    const contact = complaint.reporterContact?.trim();
    return contact !== undefined && /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/.test(contact)
      ? contact
      : undefined;
  };

  /** Delivers one row; resolves `false` when there was nobody to send it to. */
  const deliver = async (row: NotificationEntry): Promise<boolean> => {
    if (row.channel === 'email') {
      const message = row.message as EmailMessage;
      const applicant = message.applicant ? await applicantEmail(row.sourceId) : undefined;
      const reporter = message.reporter === true ? await reporterEmail(row.sourceId) : undefined;
      const to = [...message.to, ...[applicant, reporter].filter((a) => a !== undefined)];
      if (to.length === 0) return false;
      if (config?.email === undefined || options.sendEmail === undefined) {
        throw new DeliveryFailure(
          `no SMTP server: set mall.notifications.email and the ${config?.email?.smtpUrlEnv ?? 'MPP_SMTP_URL'} environment variable`,
        );
      }
      await withTimeout(
        options.sendEmail({
          from: config.email.from,
          to,
          subject: message.subject,
          text: message.text,
          messageId: `<${row.id}@mpp-kit>`,
          headers: { 'X-MPP-Notification-Id': row.id, 'X-MPP-Notification-Type': row.type },
        }),
        timeoutMs,
      );
      return true;
    }
    const hook = config?.webhooks.find((w) => w.id === row.target);
    if (hook === undefined) {
      throw new DeliveryFailure(
        `webhook subscription "${row.target}" is no longer configured`,
        true,
      );
    }
    const secret = env[hook.secretEnv];
    if (secret === undefined || secret === '') {
      throw new DeliveryFailure(
        `environment variable ${hook.secretEnv} (the secret of webhook "${hook.id}") is not set`,
      );
    }
    const { body } = row.message as WebhookMessage;
    const headers = signWebhook({ secret, id: row.id, timestamp: clock().getTime() / 1000, body });
    let response: Response;
    try {
      response = await doFetch(hook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'mpp-kit', ...headers },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new DeliveryFailure(`POST ${hook.url} failed: ${messageOf(error)}`);
    }
    await response.body?.cancel().catch(() => undefined);
    if (response.status < 200 || response.status > 299) {
      throw new DeliveryFailure(`POST ${hook.url} answered HTTP ${String(response.status)}`);
    }
    return true;
  };

  const runOnce = async (): Promise<DeliveryRound> => {
    const now = clock();
    const rows = await outbox.claim(
      now.toISOString(),
      batchSize,
      new Date(now.getTime() + leaseMs).toISOString(),
      owner,
    );
    let delivered = 0;
    let retried = 0;
    let dead = 0;
    await Promise.all(
      rows.map(async (row) => {
        try {
          const sent = await deliver(row);
          await outbox.complete(row.id, owner, clock().toISOString());
          delivered += 1;
          log({
            level: 'info',
            kind: sent ? 'delivered' : 'skipped',
            notificationId: row.id,
            message: sent
              ? `${row.channel} ${row.id} (${row.type}) delivered`
              : `${row.channel} ${row.id} (${row.type}) has no recipient: skipped`,
          });
        } catch (error) {
          const message = messageOf(error);
          const permanent = error instanceof DeliveryFailure && error.permanent;
          if (permanent || row.attempts >= delivery.maxAttempts) {
            await outbox.fail(row.id, owner, message, null);
            dead += 1;
            log({
              level: 'error',
              kind: 'dead',
              notificationId: row.id,
              message: `${row.channel} ${row.id} dead-lettered after ${String(row.attempts)} attempt(s): ${message}`,
            });
          } else {
            const delay = backoffDelayMs(
              row.attempts,
              delivery.backoffSeconds,
              delivery.maxBackoffSeconds,
              random,
            );
            await outbox.fail(
              row.id,
              owner,
              message,
              new Date(clock().getTime() + delay).toISOString(),
            );
            retried += 1;
            log({
              level: 'warn',
              kind: 'retry',
              notificationId: row.id,
              message: `${row.channel} ${row.id} attempt ${String(row.attempts)} failed (${message}); next in ${String(Math.round(delay / 1000))} s`,
            });
          }
        }
      }),
    );
    return { claimed: rows.length, delivered, retried, dead };
  };

  let running = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;

  const loop = (): void => {
    timer = undefined;
    if (stopping) return;
    current = runOnce().then(
      (round) => {
        current = undefined;
        if (stopping) return;
        if (round.claimed >= batchSize) schedule(0);
        else schedule(pollIntervalMs);
      },
      (error: unknown) => {
        current = undefined;
        log({
          level: 'error',
          kind: 'round-failed',
          message: `notification round failed: ${messageOf(error)}`,
        });
        if (!stopping) schedule(pollIntervalMs);
      },
    );
  };
  const schedule = (ms: number): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(loop, ms);
  };

  return {
    owner,
    runOnce,
    start() {
      if (running) return;
      running = true;
      stopping = false;
      schedule(0);
    },
    wake() {
      if (running && !stopping && current === undefined) schedule(0);
    },
    async stop() {
      stopping = true;
      running = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await current;
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new DeliveryFailure(`no answer within ${String(ms / 1000)} s`));
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
