/**
 * The real `mpp serve` (the CLI binary, a child process) killed with SIGKILL while it delivers
 * notifications, on SQLite and on PostgreSQL: applications are submitted and accepted over HTTP,
 * so e-mails (to a real SMTP server, smtp-server) and signed webhooks (to a real HTTP receiver)
 * queue in the outbox; the receiver holds the first delivery open, and on that signal the server
 * is killed. A restarted server delivers every outbox row; each event has exactly one
 * notification id per target, and receivers that drop repeats by id (`webhook-id`,
 * `Message-ID`) see every id.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { NotificationEntry } from '@mpp-kit/core';
import { openMallStore, resolveStoreLocation } from '@mpp-kit/server';
import {
  startReceiver,
  startSmtp,
  WEBHOOK_SECRET,
} from '../packages/core/test/notifications/notificationFixtures.js';
import { pbgBody } from '../packages/server/test/_fixtures.js';
import {
  repoRoot,
  send,
  serve,
  servedChildren,
  token,
} from '../packages/server/test/_serveProcess.js';

const pgUrl =
  process.env['MPP_TEST_PG_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const pgPrefix = `t_crash_${randomBytes(4).toString('hex')}_`;
const dir = mkdtempSync(join(tmpdir(), 'mpp-serve-crash-'));
const base = '/api/v1/malls/mpp-batang';
const applications = 5;

afterAll(async () => {
  for (const child of servedChildren) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${pgPrefix}mpp_batang CASCADE`);
  } finally {
    await client.end();
  }
});

/** Batang copied to `folder`, with e-mail to the applicant and a webhook to `hookUrl`. */
function mallWithNotifications(folder: string, hookUrl: string): string {
  cpSync(join(repoRoot, 'examples/batang'), folder, {
    recursive: true,
    filter: (source) => !source.includes('node_modules'),
  });
  const file = join(folder, 'mall.yaml');
  const yaml = readFileSync(file, 'utf8').replace(
    /^ {2}coordinator: dpmptsp\n/m,
    (line) =>
      line +
      [
        '  notifications:',
        '    email: { from: "MPP Batang <noreply@mpp.example.go.id>" }',
        // A delivery attempt may take long: the first round is still in flight when the kill comes.
        '    delivery: { maxAttempts: 8, backoffSeconds: 1, maxBackoffSeconds: 2, timeoutSeconds: 60 }',
        '    templates:',
        '      - id: kabar',
        '        on: [SUBMIT, ACCEPT]',
        '        to: [applicant]',
        '        subject: "Permohonan {{application.id}}: {{event}}"',
        '        body: "Permohonan {{service.name}} Anda kini {{state}}."',
        '    webhooks:',
        `      - { id: integrator, url: "${hookUrl}", secretEnv: TEST_WEBHOOK_SECRET }`,
        '',
      ].join('\n'),
  );
  expect(yaml).toContain('  notifications:');
  writeFileSync(file, yaml);
  return folder;
}

const stores = {
  sqlite: () => join(dir, '{mall}.sqlite'),
  postgres: () => `${pgUrl}?schemaPrefix=${pgPrefix}mpp_`,
};

async function outboxRows(store: string): Promise<NotificationEntry[]> {
  const opened = await openMallStore(resolveStoreLocation(store, 'mpp-batang', 1, repoRoot));
  try {
    return await opened.store.outbox!.list({ limit: 1000 });
  } finally {
    await opened.close();
  }
}

describe.each(Object.entries(stores))('mpp serve killed with SIGKILL on %s', (name, storeOf) => {
  it('delivers every outbox notification after a restart, one id per event and target', async () => {
    let killed = false;
    // Until the kill, every webhook is held open (the server waits on it); afterwards, 204.
    const receiver = await startReceiver(() => (killed ? 204 : 'hold'));
    const smtp = await startSmtp();
    const mall = mallWithNotifications(join(dir, name), receiver.url);
    const store = storeOf();
    const env = { MPP_SMTP_URL: smtp.url, TEST_WEBHOOK_SECRET: WEBHOOK_SECRET };
    const firstHeld = new Promise<string>((resolve) => {
      receiver.onRequest((hook) => {
        if (hook.status === 0) resolve(hook.id);
      });
    });
    try {
      const one = await serve(['--store', store, '--clock', '2025-05-05T02:00:00Z'], {
        mall,
        env,
      });
      const siti = token(store, 'akun-siti', [], mall);
      const frontOffice = token(store, 'nip-fo', ['front-office@dpmptsp'], mall);
      for (let i = 0; i < applications; i++) {
        const submitted = await send(one.url, 'POST', `${base}/applications`, siti, {
          ...pbgBody,
          applicant: { ...pbgBody.applicant, email: `siti.${String(i)}@example.com` },
        });
        expect(submitted.status).toBe(201);
        const accepted = await send(
          one.url,
          'POST',
          `${base}/applications/${String(submitted.json.id)}/actions`,
          frontOffice,
          { type: 'ACCEPT' },
          { 'if-match': '"1"' },
        );
        expect(accepted.status).toBe(200);
      }
      // The first webhook is being delivered (the receiver holds it): kill the server now.
      const heldId = await firstHeld;
      one.child.kill('SIGKILL');
      expect(await one.signal).toBe('SIGKILL');
      killed = true;

      const before = await outboxRows(store);
      // Two events per application, each an e-mail and a webhook.
      expect(before).toHaveLength(applications * 2 * 2);
      const interrupted = before.find((row) => row.id === heldId);
      expect(interrupted).toMatchObject({ status: 'pending', attempts: 1, channel: 'webhook' });
      expect(before.filter((row) => row.status === 'pending').length).toBeGreaterThan(applications);

      // Every id reaching each receiver (they drop repeats by id) is the signal to stop.
      const webhookIds = new Set(before.filter((r) => r.channel === 'webhook').map((r) => r.id));
      const emailIds = new Set(before.filter((r) => r.channel === 'email').map((r) => r.id));
      const hooksSeen = new Set<string>();
      const mailsSeen = new Set<string>();
      const messageIdOf = (data: string) => /^Message-ID: <([^@>]+)@mpp-kit>/im.exec(data)?.[1];
      const allSeen = new Promise<void>((resolve) => {
        const check = () => {
          if (hooksSeen.size === webhookIds.size && mailsSeen.size === emailIds.size) resolve();
        };
        receiver.onRequest((hook) => {
          if (hook.status >= 200 && hook.status < 300) hooksSeen.add(hook.id);
          check();
        });
        smtp.onMail((mail) => {
          const id = messageIdOf(mail.data);
          if (id !== undefined) mailsSeen.add(id);
          check();
        });
        for (const mail of smtp.mails) {
          const id = messageIdOf(mail.data);
          if (id !== undefined) mailsSeen.add(id);
        }
        check();
      });

      // Restarted two hours later (by its clock): the dead process's leases have run out.
      const two = await serve(['--store', store, '--clock', '2025-05-05T04:00:00Z'], {
        mall,
        env,
      });
      await allSeen;
      two.child.kill('SIGTERM');
      expect(await two.exited).toBe(0);

      const after = await outboxRows(store);
      expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
      expect(after.filter((r) => r.status !== 'delivered')).toEqual([]);
      // Exactly one id per event and target: no event was notified twice under two ids.
      const keys = after.map((r) => `${String(r.sourceId)} ${r.type} ${r.channel} ${r.target}`);
      expect(new Set(keys).size).toBe(after.length);
      // Receivers deduplicating by id saw every id; every webhook's signature verified.
      expect([...hooksSeen].sort()).toEqual([...webhookIds].sort());
      expect([...mailsSeen].sort()).toEqual([...emailIds].sort());
      expect(hooksSeen.has(heldId)).toBe(true);
      expect(receiver.received.every((hook) => hook.verified)).toBe(true);
      // Each e-mail went to its application's applicant.
      for (const mail of smtp.mails) expect(mail.to[0]).toMatch(/^siti\.\d@example\.com$/);
    } finally {
      await receiver.close();
      await smtp.close();
    }
  }, 90_000);
});
