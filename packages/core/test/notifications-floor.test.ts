/**
 * Floor events notify: a queue ticket called and a complaint's steps write e-mails and webhooks
 * to the outbox in the same store transaction as the change (memory, SQLite, PostgreSQL); the
 * reporter of an anonymous or confidential complaint appears in no notification to an agency,
 * and the reporter's own e-mail goes to them alone.
 */
import type { MallConfig } from '@mpp-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaintDesk, createQueueDesk } from '../src/floor/index.js';
import { createNotificationWorker, type OutgoingEmail } from '../src/notifications/index.js';
import { StoreError } from '../src/store/index.js';
import { batang } from './runtime/runtimeFixtures.js';
import { threeStores } from './store/threeStores.js';

const { kinds, cleanup } = threeStores('floor-notify');
let mall: MallConfig;

const AGENCY_MAIL = 'pengaduan@dpupr.example.go.id';
const REPORTER_MAIL = 'siti.aminah@example.com';

beforeAll(async () => {
  const base = await batang();
  mall = {
    ...base,
    mall: {
      ...base.mall,
      locales: ['id', 'en'],
      notifications: {
        email: { from: 'MPP Batang <noreply@mpp.example.go.id>', smtpUrlEnv: 'MPP_SMTP_URL' },
        delivery: {
          maxAttempts: 3,
          backoffSeconds: 30,
          maxBackoffSeconds: 3600,
          timeoutSeconds: 5,
        },
        templates: [
          {
            id: 'aduan',
            on: ['COMPLAINT_RECEIVED', 'COMPLAINT_ANSWERED'],
            to: ['reporter', AGENCY_MAIL],
            subject: 'Pengaduan {{complaint.number}}: {{state}}',
            body: '{{complaint.title}} ({{complaint.category}}) untuk {{complaint.agency}}, jawaban paling lambat {{complaint.answerDue}}. {{complaint.answer}}',
          },
          {
            id: 'panggilan',
            on: ['TICKET_CALLED'],
            to: ['loket@mpp.example.go.id'],
            subject: 'Nomor {{ticket.number}} dipanggil',
            body: 'Nomor {{ticket.number}} ke {{ticket.counter}}.',
          },
        ],
        webhooks: [
          {
            id: 'dinas',
            url: 'https://dpupr.example.go.id/hook',
            secretEnv: 'HOOK_SECRET',
            events: ['COMPLAINT_RECEIVED', 'COMPLAINT_ANSWERED', 'TICKET_CALLED'],
          },
          // No `events`: application events only.
          { id: 'semua', url: 'https://kominfo.example.go.id/hook', secretEnv: 'HOOK_SECRET' },
        ],
      },
    },
  };
});
afterAll(cleanup);

const at = (instant: string) => () => new Date(instant);
const officer = { id: 'nip-adu', role: 'complaint-officer', agency: 'dpmptsp' };
const dpupr = { id: 'nip-pupr', role: 'complaint-handler', agency: 'dpupr' };

describe.each(kinds)('floor notifications on $name', ({ open }) => {
  it('a complaint writes its notifications with it and keeps a confidential reporter from the agency', async () => {
    const store = await open();
    const desk = createComplaintDesk(mall, store, { clock: at('2026-12-07T02:00:00Z') });
    const filed = await desk.submit({
      categoryId: 'bangunan-gedung',
      title: 'PBG belum terbit',
      content: 'Sudah lewat jangka waktu.',
      anonymous: false,
      confidential: true,
      reporter: { id: 'akun-siti', name: 'Siti Aminah', contact: REPORTER_MAIL },
    });
    const rows = await store.outbox!.list({ sourceId: filed.id });
    expect(rows.map((r) => `${r.channel} ${r.target} ${r.type}`).sort()).toEqual([
      'email aduan complaint.received',
      'email aduan#reporter complaint.received',
      'webhook dinas complaint.received',
    ]);
    const agencyMail = rows.find((r) => r.target === 'aduan')!;
    expect(agencyMail.message).toMatchObject({
      applicant: false,
      to: [AGENCY_MAIL],
      subject: `Pengaduan ${filed.number}: received`,
    });
    expect(rows.find((r) => r.target === 'aduan#reporter')!.message).toMatchObject({
      reporter: true,
      to: [],
    });
    const hook = JSON.parse(
      (rows.find((r) => r.channel === 'webhook')!.message as { body: string }).body,
    );
    expect(hook).toMatchObject({
      type: 'complaint.received',
      data: { complaintId: filed.id, number: filed.number, agency: 'dpupr', confidential: true },
    });
    // Nothing that goes to the agency names the reporter.
    for (const row of rows.filter((r) => r.target !== 'aduan#reporter'))
      expect(JSON.stringify(row)).not.toMatch(/Siti|akun-siti|siti\.aminah/);

    // Verification notifies nobody (no template or subscription takes it); the answer does.
    const verified = await desk.act(filed.id, 1, 'verify', officer);
    expect(await store.outbox!.list({ sourceId: filed.id })).toHaveLength(3);
    const assigned = await desk.act(filed.id, verified.version, 'assign', officer);
    await desk.act(filed.id, assigned.version, 'answer', dpupr, { answer: 'PBG terbit.' });
    const answered = (await store.outbox!.list({ sourceId: filed.id })).filter(
      (r) => r.type === 'complaint.answered',
    );
    expect(answered).toHaveLength(3);
    expect(JSON.stringify(answered)).toContain('PBG terbit.');

    // The e-mails: the agency's to the agency, the reporter's to the reporter alone.
    const sent: OutgoingEmail[] = [];
    const worker = createNotificationWorker({
      store,
      mall,
      env: { HOOK_SECRET: 'whsec_' + Buffer.alloc(32, 1).toString('base64') },
      sendEmail: (mail) => {
        sent.push(mail);
        return Promise.resolve();
      },
      fetch: () => Promise.resolve(new Response(null, { status: 204 })),
      batchSize: 100,
      clock: at('2026-12-08T00:00:00Z'),
    });
    await worker.runOnce();
    expect(sent.map((m) => m.to).sort()).toEqual([
      [AGENCY_MAIL],
      [AGENCY_MAIL],
      [REPORTER_MAIL],
      [REPORTER_MAIL],
    ]);
    await store.close();
  });

  it('an anonymous complaint names nobody anywhere, and its reporter copy has no one to go to', async () => {
    const store = await open();
    const desk = createComplaintDesk(mall, store, { clock: at('2026-12-07T02:00:00Z') });
    const filed = await desk.submit({
      categoryId: 'bangunan-gedung',
      title: 'Pungutan liar',
      content: 'Diminta uang.',
      anonymous: true,
      confidential: false,
      reporter: { id: 'akun-budi', name: 'Budi', contact: 'budi@example.com' },
    });
    const rows = await store.outbox!.list({ sourceId: filed.id });
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toMatch(/Budi|akun-budi|budi@/);
    await store.close();
  });

  it('a notification the store refuses rolls the change back', async () => {
    const store = await open();
    const desk = createComplaintDesk(mall, store, { clock: at('2026-12-07T02:00:00Z') });
    const filed = await desk.submit({
      categoryId: 'informasi',
      title: 'T',
      content: 'C',
      anonymous: true,
      confidential: false,
    });
    const next = { ...filed, state: 'verified' as const, version: 2 };
    await expect(
      store.floor.updateComplaint(filed.id, 1, next, () => [
        {
          id: 'msg_x',
          channel: 'sms' as never,
          target: 't',
          type: 'x',
          at: next.receivedAt,
          message: {},
        },
      ]),
    ).rejects.toBeInstanceOf(StoreError);
    expect((await store.floor.getComplaint(filed.id))?.version).toBe(1);
    expect((await store.outbox!.list()).map((r) => r.id)).not.toContain('msg_x');
    await store.close();
  });

  it('calling a ticket notifies the subscribers of TICKET_CALLED, once per call', async () => {
    const store = await open();
    // Monday 7 December 2026, 09:00 WIB.
    const desk = createQueueDesk(mall, store, { clock: at('2026-12-07T02:00:00Z') });
    const ticket = await desk.take({ counterId: 'gerai-dpupr' });
    expect(await store.outbox!.list()).toEqual([]);
    await desk.callNext('gerai-dpupr', 'nip-1');
    const rows = await store.outbox!.list({ sourceId: ticket.id });
    expect(rows.map((r) => `${r.channel} ${r.target} ${r.type}`).sort()).toEqual([
      'email panggilan queue.ticket_called',
      'webhook dinas queue.ticket_called',
    ]);
    expect(rows.find((r) => r.channel === 'email')!.message).toMatchObject({
      subject: `Nomor ${ticket.number} dipanggil`,
    });
    // A recall is another event; no subscription takes TICKET_RECALLED.
    await desk.recall(ticket.id, 'nip-1');
    expect(await store.outbox!.list({ sourceId: ticket.id })).toHaveLength(2);
    await store.close();
  });
});
