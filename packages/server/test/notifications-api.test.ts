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
});
