/**
 * Notifications end to end on every store: the outbox row is written in the event's transaction,
 * a real SMTP server receives nodemailer's mail, a real HTTP receiver verifies the Standard
 * Webhooks signature with its own code, failures are retried with backoff and dead-lettered, an
 * operator's retry delivers, and leases keep two workers apart. PostgreSQL runs in a schema of
 * this file's own, dropped after it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import nodemailer from 'nodemailer';
import { Pool, escapeIdentifier } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import {
  backoffDelayMs,
  createNotificationWorker,
  type NotificationWorkerOptions,
} from '../src/notifications/index.js';
import { createMallRuntime } from '../src/runtime/index.js';
import {
  ConflictError,
  createMemoryStore,
  StoreError,
  type MallStore,
} from '../src/store/index.js';
import { createPostgresStore } from '../src/store/postgres/index.js';
import { createSqliteStore } from '../src/store/sqlite/index.js';
import { batang, createTestClock, officer } from './runtime/runtimeFixtures.js';
import {
  startReceiver,
  startSmtp,
  WEBHOOK_SECRET,
  withNotifications,
} from './notifications/notificationFixtures.js';

const connectionString =
  process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const schema = `mpp_notify_${String(process.pid)}_${Date.now().toString(36)}`;
const admin = new Pool({ connectionString, max: 2 });
admin.on('error', () => undefined);
const dir = mkdtempSync(join(tmpdir(), 'mpp-notify-'));
let files = 0;

afterAll(async () => {
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
  } finally {
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
});

interface Kind {
  name: 'memory' | 'sqlite' | 'postgres';
  open(): Promise<MallStore>;
  /** Makes every later outbox insert fail inside the store's transaction. */
  breakOutbox?(): Promise<void>;
}

let sqliteFile = '';
const kinds: Kind[] = [
  { name: 'memory', open: () => Promise.resolve(createMemoryStore()) },
  {
    name: 'sqlite',
    open: () => {
      files += 1;
      sqliteFile = join(dir, `mall-${String(files)}.sqlite`);
      return Promise.resolve(createSqliteStore({ file: sqliteFile }));
    },
    breakOutbox: () => {
      const db = new Database(sqliteFile);
      db.exec(
        "CREATE TRIGGER outbox_broken BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox broken'); END",
      );
      db.close();
      return Promise.resolve();
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const s = escapeIdentifier(schema);
      await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      return createPostgresStore({ connectionString, schema });
    },
    breakOutbox: async () => {
      const s = escapeIdentifier(schema);
      await admin.query(
        `CREATE FUNCTION ${s}.outbox_broken() RETURNS trigger LANGUAGE plpgsql AS
           $$ BEGIN RAISE EXCEPTION 'outbox broken'; END $$;
         CREATE TRIGGER outbox_broken BEFORE INSERT ON ${s}.outbox
           FOR EACH ROW EXECUTE FUNCTION ${s}.outbox_broken();`,
      );
    },
  },
];

let base: MallConfig;
beforeAll(async () => {
  base = await batang();
});

const frontOffice = officer('front-office', 'disdukcapil');

/** A store, a runtime on a settable clock, and a worker factory on the same clock. */
async function setupOn(kind: Kind, url: string, delivery = {}) {
  const store = await kind.open();
  const mall = withNotifications(base, url, delivery);
  const clock = createTestClock('2025-05-05T02:00:00Z');
  const runtime = createMallRuntime(mall, { store, clock });
  const worker = (options: Partial<NotificationWorkerOptions> = {}) =>
    createNotificationWorker({
      store,
      mall,
      clock: () => new Date(clock()),
      random: () => 0.5,
      env: { TEST_WEBHOOK_SECRET: WEBHOOK_SECRET },
      ...options,
    });
  return { store, mall, clock, runtime, worker };
}

describe.each(kinds.filter((k) => k.breakOutbox !== undefined))(
  'the outbox of the $name store',
  (kind) => {
    const setup = (url: string) => setupOn(kind, url);
    it('writes no event when its notification cannot be written (one transaction)', async () => {
      const receiver = await startReceiver();
      const { store, runtime } = await setup(receiver.url);
      try {
        const app = await runtime.submit({ serviceId: 'ktp-el', applicant: { id: 'akun-budi' } });
        await kind.breakOutbox!();
        await expect(
          runtime.act(app.id, {
            type: 'WITHDRAW',
            actor: { id: 'akun-budi', role: 'applicant' },
            expectedVersion: 1,
            reason: 'salah layanan',
          }),
        ).rejects.toBeInstanceOf(StoreError);
        expect((await store.get(app.id))?.version).toBe(1);
        expect(await store.events(app.id)).toHaveLength(1);
      } finally {
        await store.close();
        await receiver.close();
      }
    });
  },
);

describe.each(kinds)('notifications on the $name store', (kind) => {
  const setup = (url: string, delivery = {}) => setupOn(kind, url, delivery);

  it('writes the notifications of an event in its transaction, and none for a refused action', async () => {
    const receiver = await startReceiver();
    const { store, runtime } = await setup(receiver.url);
    try {
      const app = await runtime.submit({
        serviceId: 'ktp-el',
        applicant: { id: 'akun-siti', email: 'siti@example.com' },
      });
      const rows = await store.outbox!.list({ sourceId: app.id });
      expect(rows.map((r) => [r.channel, r.target, r.type, r.status, r.attempts])).toEqual(
        expect.arrayContaining([
          ['email', 'diterima', 'application.submit', 'pending', 0],
          ['webhook', 'integrator', 'application.submit', 'pending', 0],
        ]),
      );
      expect(rows).toHaveLength(2);
      // A stale version is refused: no event, no notification.
      await expect(
        runtime.act(app.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: 7 }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await store.outbox!.list()).toHaveLength(2);
      // Enqueuing an id twice keeps one row.
      const [first] = rows;
      await store.outbox!.enqueue([first!]);
      expect(await store.outbox!.list()).toHaveLength(2);
    } finally {
      await store.close();
      await receiver.close();
    }
  });

  it('delivers an e-mail through a real SMTP server and a webhook whose signature verifies', async () => {
    const receiver = await startReceiver();
    const smtp = await startSmtp();
    const transport = nodemailer.createTransport(smtp.url);
    const { store, runtime, worker } = await setup(receiver.url);
    try {
      const app = await runtime.submit({
        serviceId: 'ktp-el',
        applicant: { id: 'akun-siti', email: 'siti@example.com' },
      });
      const round = await worker({ sendEmail: (mail) => transport.sendMail(mail) }).runOnce();
      expect(round).toEqual({ claimed: 2, delivered: 2, retried: 0, dead: 0 });

      expect(smtp.mails).toHaveLength(1);
      const mail = smtp.mails[0]!;
      expect(mail.to).toEqual(['siti@example.com']);
      expect(mail.from).toBe('noreply@mpp.example.go.id');
      expect(mail.data).toContain(`Subject: Permohonan ${app.id} diterima`);
      expect(mail.data).toMatch(/Message-ID: <msg_[\w-]+@mpp-kit>/);
      const text = mail.data.replace(/=\r?\n/g, ''); // quoted-printable soft line breaks
      expect(text).toContain('Permohonan Perekaman dan Penerbitan KTP-el Anda sudah diterima');
      expect(text).toContain('Your Electronic identity card (KTP-el) application was received.');

      expect(receiver.received).toHaveLength(1);
      const hook = receiver.received[0]!;
      expect(hook.verified).toBe(true);
      const body = JSON.parse(hook.body) as { type: string; data: { applicationId: string } };
      expect(body.type).toBe('application.submit');
      expect(body.data.applicationId).toBe(app.id);
      const rows = await store.outbox!.list();
      expect(rows.map((r) => r.status)).toEqual(['delivered', 'delivered']);
      expect(rows.map((r) => r.id)).toContain(hook.id);
      // Nothing is left to claim.
      expect((await worker().runOnce()).claimed).toBe(0);
    } finally {
      transport.close();
      await store.close();
      await receiver.close();
      await smtp.close();
    }
  });

  it('retries a failing receiver with growing delays, then delivers with the same id', async () => {
    const receiver = await startReceiver((n) => (n <= 2 ? 503 : 200));
    const { store, runtime, worker, clock } = await setup(receiver.url);
    try {
      await runtime.submit({ serviceId: 'ktp-el', applicant: { id: 'akun-joko' } });
      const w = worker();
      expect(await w.runOnce()).toMatchObject({ claimed: 2, retried: 1, delivered: 1 }); // e-mail: no address
      let [row] = await store.outbox!.list({ status: 'pending' });
      expect(row?.attempts).toBe(1);
      expect(row?.lastError).toMatch(/HTTP 503/);
      const firstDelay = Date.parse(row!.nextAttemptAt) - Date.parse(clock());
      expect(firstDelay).toBe(backoffDelayMs(1, 30, 3600, () => 0.5));
      // Not due yet: nothing is claimed.
      expect((await w.runOnce()).claimed).toBe(0);
      clock.set(row!.nextAttemptAt);
      expect(await w.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      [row] = await store.outbox!.list({ status: 'pending' });
      const secondDelay = Date.parse(row!.nextAttemptAt) - Date.parse(clock());
      expect(secondDelay).toBe(2 * firstDelay);
      clock.set(row!.nextAttemptAt);
      expect(await w.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
      expect(receiver.received.map((h) => h.status)).toEqual([503, 503, 200]);
      expect(new Set(receiver.received.map((h) => h.id)).size).toBe(1);
      expect(new Set(receiver.received.map((h) => h.timestamp)).size).toBe(3);
      expect(receiver.received.every((h) => h.verified)).toBe(true);
    } finally {
      await store.close();
      await receiver.close();
    }
  });

  it('dead-letters after maxAttempts and delivers after an operator retries', async () => {
    let up = false;
    const receiver = await startReceiver(() => (up ? 200 : 500));
    const { store, runtime, worker, clock } = await setup(receiver.url, { maxAttempts: 3 });
    try {
      await runtime.submit({ serviceId: 'ktp-el', applicant: { id: 'akun-rina' } });
      const w = worker();
      for (let round = 0; round < 3; round++) {
        await w.runOnce();
        const [pending] = await store.outbox!.list({ status: 'pending' });
        if (pending) clock.set(pending.nextAttemptAt);
      }
      const dead = await store.outbox!.list({ status: 'dead' });
      expect(dead).toHaveLength(1);
      expect(dead[0]).toMatchObject({ attempts: 3, channel: 'webhook' });
      expect(dead[0]?.lastError).toMatch(/HTTP 500/);
      clock.advanceHours(48);
      expect((await w.runOnce()).claimed).toBe(0);
      expect(await store.outbox!.retry(dead[0]!.id, clock())).toBe(true);
      expect(await store.outbox!.retry(dead[0]!.id, clock())).toBe(false);
      up = true;
      expect(await w.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
      expect(await store.outbox!.list({ status: 'dead' })).toEqual([]);
      expect(receiver.received).toHaveLength(4);
    } finally {
      await store.close();
      await receiver.close();
    }
  });

  it('leases rows to one worker; an expired lease passes to another, and the first can no longer record', async () => {
    const receiver = await startReceiver();
    const { store, runtime } = await setup(receiver.url);
    try {
      for (let i = 0; i < 6; i++) {
        await runtime.submit({ serviceId: 'ktp-el', applicant: { id: `akun-${String(i)}` } });
      }
      const outbox = store.outbox!;
      const now = '2025-05-05T03:00:00.000Z';
      const until = '2025-05-05T03:01:00.000Z';
      const [a, b] = await Promise.all([
        outbox.claim(now, 7, until, 'worker-a'),
        outbox.claim(now, 7, until, 'worker-b'),
      ]);
      const ids = [...a, ...b].map((r) => r.id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      // After the lease ends another worker gets the row; the first may not complete it.
      const later = '2025-05-05T03:02:00.000Z';
      const again = await outbox.claim(later, 1, '2025-05-05T03:03:00.000Z', 'worker-c');
      expect(again).toHaveLength(1);
      expect(again[0]?.attempts).toBe(2);
      const holder = a.some((r) => r.id === again[0]!.id) ? 'worker-a' : 'worker-b';
      expect(await outbox.complete(again[0]!.id, holder, later)).toBe(false);
      expect(await outbox.complete(again[0]!.id, 'worker-c', later)).toBe(true);
    } finally {
      await store.close();
      await receiver.close();
    }
  });
});

describe('notification worker configuration errors', () => {
  it('dead-letters at once a webhook whose subscription was removed, and retries a missing secret', async () => {
    const receiver = await startReceiver();
    const store = createMemoryStore();
    const mall = withNotifications(base, receiver.url);
    const runtime = createMallRuntime(mall, { store, clock: () => '2025-05-05T02:00:00Z' });
    try {
      await runtime.submit({ serviceId: 'ktp-el', applicant: { id: 'akun-x' } });
      const noSecret = createNotificationWorker({
        store,
        mall,
        env: {},
        clock: () => new Date('2025-05-05T02:00:00Z'),
      });
      await noSecret.runOnce();
      const [pending] = await store.outbox!.list({ status: 'pending' });
      expect(pending?.lastError).toMatch(/TEST_WEBHOOK_SECRET .*not set/);
      const removed: MallConfig = {
        ...mall,
        mall: { ...mall.mall, notifications: { ...mall.mall.notifications!, webhooks: [] } },
      };
      const w = createNotificationWorker({
        store,
        mall: removed,
        clock: () => new Date('2025-05-06T02:00:00Z'),
      });
      expect(await w.runOnce()).toMatchObject({ dead: 1 });
      expect(receiver.received).toHaveLength(0);
    } finally {
      await store.close();
      await receiver.close();
    }
  });
});
