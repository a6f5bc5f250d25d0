/**
 * Fixtures of the notification tests: Batang with notifications declared, a real SMTP server
 * (smtp-server) and a real webhook receiver (node:http) that verifies Standard Webhooks
 * signatures with its own node:crypto code, not with the library's.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MallConfig, NotificationsSection } from '@mpp-kit/schemas';
import { SMTPServer } from 'smtp-server';

/** A webhook secret as an operator makes one: whsec_ + base64 of 32 random bytes. */
export const WEBHOOK_SECRET = 'whsec_' + Buffer.alloc(32, 7).toString('base64');

/** Batang with e-mail templates and one webhook subscription. */
export function withNotifications(
  mall: MallConfig,
  url: string,
  delivery: Partial<NotificationsSection['delivery']> = {},
): MallConfig {
  return {
    ...mall,
    mall: {
      ...mall.mall,
      locales: ['id', 'en'],
      notifications: {
        email: { from: 'MPP Batang <noreply@mpp.example.go.id>', smtpUrlEnv: 'MPP_SMTP_URL' },
        delivery: {
          maxAttempts: 4,
          backoffSeconds: 30,
          maxBackoffSeconds: 3600,
          timeoutSeconds: 5,
          ...delivery,
        },
        templates: [
          {
            id: 'diterima',
            on: ['SUBMIT'],
            to: ['applicant'],
            subject: {
              id: 'Permohonan {{application.id}} diterima',
              en: 'Application {{application.id}} received',
            },
            body: {
              id: 'Permohonan {{service.name}} Anda sudah diterima {{mall.name}}.',
              en: 'Your {{service.name}} application was received.',
            },
          },
        ],
        webhooks: [{ id: 'integrator', url, secretEnv: 'TEST_WEBHOOK_SECRET' }],
      },
    },
  };
}

/** One request the receiver got. */
export interface ReceivedHook {
  readonly id: string;
  readonly timestamp: string;
  readonly body: string;
  /** Whether the signature verified against WEBHOOK_SECRET. */
  readonly verified: boolean;
  /** The status the receiver answered. */
  readonly status: number;
}

/** Verifies a Standard Webhooks request independently: HMAC-SHA256 of `id.timestamp.body`. */
export function verifyStandardWebhook(headers: IncomingHttpHeaders, body: string): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') {
    return false;
  }
  const key = Buffer.from(WEBHOOK_SECRET.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    if (version !== 'v1' || value === undefined) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * A webhook receiver on 127.0.0.1. `answer(n)` gives the status of the n-th request (1-based);
 * `hold` keeps a request open (never answered) and reports it.
 */
export async function startReceiver(
  answer: (n: number, id: string) => number | 'hold' = () => 204,
): Promise<{
  url: string;
  received: ReceivedHook[];
  onRequest: (listener: (hook: ReceivedHook) => void) => void;
  close: () => Promise<void>;
}> {
  const received: ReceivedHook[] = [];
  const listeners: ((hook: ReceivedHook) => void)[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const id = String(request.headers['webhook-id']);
      const decision = answer(received.length + 1, id);
      const hook: ReceivedHook = {
        id,
        timestamp: String(request.headers['webhook-timestamp']),
        body,
        verified: verifyStandardWebhook(request.headers, body),
        status: decision === 'hold' ? 0 : decision,
      };
      received.push(hook);
      for (const listener of listeners) listener(hook);
      if (decision !== 'hold') response.writeHead(decision).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/hooks`,
    received,
    onRequest: (listener) => listeners.push(listener),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One mail the SMTP server accepted. */
export interface ReceivedMail {
  readonly from: string;
  readonly to: string[];
  readonly data: string;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 without TLS or authentication. */
export async function startSmtp(): Promise<{
  url: string;
  mails: ReceivedMail[];
  onMail: (listener: (mail: ReceivedMail) => void) => void;
  close: () => Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const listeners: ((mail: ReceivedMail) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        };
        mails.push(mail);
        callback();
        for (const listener of listeners) listener(mail);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${String(port)}`,
    mails,
    onMail: (listener) => listeners.push(listener),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
