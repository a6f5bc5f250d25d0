import type { MallConfig } from '@mpp-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBatang, call, pbgBody, serveInProcess, type StoreKind } from './_fixtures.js';

const base = '/api/v1/malls/mpp-batang';

/** Batang with one e-mail template for the applicant on SUBMIT. */
function withApplicantMail(mall: MallConfig): MallConfig {
  return {
    ...mall,
    mall: {
      ...mall.mall,
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
            id: 'diterima',
            on: ['SUBMIT'],
            to: ['applicant'],
            subject: 'Permohonan {{application.id}} diterima',
            body: 'Permohonan {{service.name}} Anda sudah diterima.',
          },
        ],
        webhooks: [],
      },
    },
  };
}

describe.each<StoreKind>(['sqlite', 'postgres'])('applicant e-mail over the API on %s', (kind) => {
  let server: Awaited<ReturnType<typeof serveInProcess>>;
  let siti = '';

  beforeAll(async () => {
    const mall = withApplicantMail(await loadBatang());
    server = await serveInProcess(kind, [mall]);
    siti = await server.token(mall, 'akun-siti');
  });
  afterAll(async () => {
    await server.close();
  });

  it('keeps applicant.email in the SUBMIT event, writes the e-mail to the outbox, and refuses a bad address', async () => {
    const { app, served } = server;
    const email = 'siti.aminah@example.com';
    const submitted = await call(app, 'POST', `${base}/applications`, {
      token: siti,
      body: { ...pbgBody, applicant: { ...pbgBody.applicant, email } },
    });
    expect(submitted.status).toBe(201);
    const id = submitted.json.id as string;
    const store = served[0]!.store;
    const [submit] = await store.events(id);
    expect(submit).toMatchObject({
      type: 'SUBMIT',
      payload: { applicant: { id: 'akun-siti', email } },
    });
    const rows = await store.outbox!.list({ sourceId: id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: 'email',
      target: 'diterima',
      type: 'application.submit',
      status: 'pending',
      message: { applicant: true, subject: `Permohonan ${id} diterima` },
    });

    const bad = await call(app, 'POST', `${base}/applications`, {
      token: siti,
      body: { ...pbgBody, applicant: { ...pbgBody.applicant, email: 'not an address' } },
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toContain('email');
    expect(await store.outbox!.list()).toHaveLength(1);
  });

  it('lets a coordinator list the dead letters and retry one over HTTP', async () => {
    const { app, served } = server;
    const outbox = served[0]!.store.outbox!;
    const head = await server.token(served[0]!.mall, 'nip-head', ['head@dpmptsp']);
    const at = '2025-07-01T02:30:00.000Z';
    await outbox.enqueue(
      ['msg_dead_1', 'msg_dead_2'].map((id) => ({
        id,
        channel: 'webhook' as const,
        target: 'integrator',
        type: 'application.issue',
        sourceId: `app-${id}`,
        at,
        message: { body: '{}' },
      })),
    );
    for (const row of await outbox.claim(at, 100, '2025-07-01T02:31:00.000Z', 'w'))
      await outbox.fail(row.id, 'w', `HTTP 500 for ${row.id}`, row.id === 'msg_dead_1' ? null : at);

    const dead = await call(app, 'GET', `${base}/notifications?status=dead`, { token: head });
    expect(dead.status).toBe(200);
    expect(dead.json.items).toEqual([
      expect.objectContaining({
        id: 'msg_dead_1',
        status: 'dead',
        attempts: 1,
        lastError: 'HTTP 500 for msg_dead_1',
      }),
    ]);
    const bySource = await call(app, 'GET', `${base}/notifications?sourceId=app-msg_dead_2`, {
      token: head,
    });
    expect(bySource.json.items.map((r: { id: string }) => r.id)).toEqual(['msg_dead_2']);
    const badStatus = await call(app, 'GET', `${base}/notifications?status=lost`, { token: head });
    expect(badStatus.status).toBe(400);

    const retried = await call(app, 'POST', `${base}/notifications/msg_dead_1/retry`, {
      token: head,
    });
    expect(retried.status).toBe(200);
    expect(retried.json).toMatchObject({ id: 'msg_dead_1', status: 'pending' });
    expect((await outbox.list({ status: 'dead' })).map((r) => r.id)).toEqual([]);
    expect((await outbox.list({ sourceId: 'app-msg_dead_1' }))[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
    });

    // Only a dead row can be retried: a pending one (or an unknown id) is a 404 that says so.
    const again = await call(app, 'POST', `${base}/notifications/msg_dead_1/retry`, {
      token: head,
      headers: { 'accept-language': 'id' },
    });
    expect(again.status).toBe(404);
    expect(again.json).toMatchObject({ code: 'notification_not_found' });
    expect(again.json.detail).toContain('Hanya notifikasi gagal yang dapat dicoba ulang');
  });
});
