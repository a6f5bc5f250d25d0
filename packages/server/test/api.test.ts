import { createMallRuntime } from '@mpp-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMallApp } from '../src/index.js';
import {
  batangDay,
  loadBatang,
  call,
  pbgBody,
  serveInProcess,
  type StoreKind,
} from './_fixtures.js';

const base = '/api/v1/malls/mpp-batang';

describe.each<StoreKind>(['sqlite', 'postgres'])('the API on %s', (kind) => {
  let server: Awaited<ReturnType<typeof serveInProcess>>;
  let siti = '';
  let frontOffice = '';
  let dlh = '';
  let dpupr = '';

  beforeAll(async () => {
    const mall = await loadBatang();
    server = await serveInProcess(kind, [mall]);
    siti = await server.token(mall, 'akun-siti');
    frontOffice = await server.token(mall, 'nip-fo', ['front-office@dpmptsp']);
    dlh = await server.token(mall, 'nip-dlh', ['reviewer@dlh']);
    dpupr = await server.token(mall, 'nip-dpupr', ['reviewer@dpupr']);
  });
  afterAll(async () => {
    await server.close();
  });

  it('submits once per Idempotency-Key, refuses a reused key with another body, and acts with If-Match', async () => {
    const { app } = server;
    const key = `key-${kind}-${String(Date.now())}`;
    const first = await call(app, 'POST', `${base}/applications`, {
      token: siti,
      body: pbgBody,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(first.json).toMatchObject({
      serviceId: 'pbg',
      state: 'intake',
      version: 1,
      applicantId: 'akun-siti',
    });
    expect(first.json.applicant.nik).toBe('3325********0008');
    expect(first.text).not.toContain('3325080808670008');
    const id = first.json.id as string;
    expect(first.headers.get('location')).toBe(`${base}/applications/${id}`);

    // Retries (one at the same time as another) give the first application back, never a second.
    const retries = await Promise.all(
      [1, 2, 3].map(() =>
        call(app, 'POST', `${base}/applications`, {
          token: siti,
          body: pbgBody,
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    for (const retry of retries) {
      expect(retry.status).toBe(201);
      expect(retry.json.id).toBe(id);
      expect(retry.headers.get('idempotency-replayed')).toBe('true');
    }
    const mine = await call(app, 'GET', `${base}/applications`, { token: siti });
    expect(mine.json.items.map((a: { id: string }) => a.id)).toEqual([id]);

    const reused = await call(app, 'POST', `${base}/applications`, {
      token: siti,
      body: { ...pbgBody, facts: { ...pbgBody.facts, floorArea: 120 } },
      headers: { 'idempotency-key': key },
    });
    expect(reused.status).toBe(422);
    expect(reused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reused.json.code).toBe('idempotency_key_reused');

    // Inbox: the front office has it.
    const inbox = await call(app, 'GET', `${base}/inbox`, { token: frontOffice });
    expect(inbox.status).toBe(200);
    expect(inbox.json.items.map((a: { id: string }) => a.id)).toContain(id);

    const accept = (headers: Record<string, string>, token = frontOffice) =>
      call(app, 'POST', `${base}/applications/${id}/actions`, {
        token,
        body: { type: 'ACCEPT' },
        headers,
      });
    const missing = await accept({});
    expect(missing.status).toBe(428);
    expect(missing.json.code).toBe('precondition_required');
    const stale = await accept({ 'if-match': '"7"' });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({
      code: 'precondition_failed',
      expectedVersion: 7,
      actualVersion: 1,
    });
    const wrongOfficer = await accept({ 'if-match': '"1"' }, dlh);
    expect(wrongOfficer.status).toBe(403);
    expect(wrongOfficer.json).toMatchObject({
      code: 'forbidden',
      allowed: [{ role: 'front-office', agency: 'dpmptsp' }],
    });
    const accepted = await accept({ 'if-match': '"1"' });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('etag')).toBe('"2"');
    expect(accepted.json).toMatchObject({ state: 'technical-review', version: 2 });
    const again = await accept({ 'if-match': '"1"' });
    expect(again.status).toBe(412);

    const notNow = await call(app, 'POST', `${base}/applications/${id}/actions`, {
      token: frontOffice,
      body: { type: 'ACCEPT' },
      headers: { 'if-match': '"2"' },
    });
    expect(notNow.status).toBe(409);
    expect(notNow.json.code).toBe('invalid_action');
    const inboxDlh = await call(app, 'GET', `${base}/inbox`, { token: dlh });
    expect(inboxDlh.json.items.map((a: { id: string }) => a.id)).toContain(id);
    const allowed = await call(app, 'GET', `${base}/applications/${id}/actions`, { token: dpupr });
    expect(allowed.json.actions.map((a: { type: string }) => a.type)).toEqual(
      expect.arrayContaining(['APPROVE', 'REJECT']),
    );

    const timeline = await call(app, 'GET', `${base}/applications/${id}/timeline`, { token: siti });
    expect(timeline.status).toBe(200);
    expect(timeline.headers.get('etag')).toBe('"2"');
    expect(timeline.json.map((e: { type: string }) => e.type)).toEqual(['SUBMIT', 'ACCEPT']);

    const read = await call(app, 'GET', `${base}/applications/${id}`, { token: siti });
    const cached = await call(app, 'GET', `${base}/applications/${id}`, {
      token: siti,
      headers: { 'if-none-match': read.headers.get('etag')! },
    });
    expect(cached.status).toBe(304);

    const withdrawn = await call(app, 'POST', `${base}/applications/${id}/withdraw`, {
      token: siti,
      body: { reason: 'Batal membangun' },
      headers: { 'if-match': '"2"' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json).toMatchObject({ state: 'withdrawn', phase: 'final', version: 3 });
    const emptyInbox = await call(app, 'GET', `${base}/inbox`, { token: dlh });
    expect(emptyInbox.json.items.map((a: { id: string }) => a.id)).not.toContain(id);
  });

  it('answers an action as the stored record says after another process moved the application on', async () => {
    const mall = await loadBatang();
    const served = server.served[0]!;
    // A second process on the same store: a runtime and an app of its own, with their own caches.
    const other = createMallApp({
      malls: [
        {
          ...served,
          runtime: createMallRuntime(mall, { store: served.store, clock: () => batangDay }),
        },
      ],
    });
    const submitted = await call(server.app, 'POST', `${base}/applications`, {
      token: siti,
      body: { serviceId: 'sip-bidan' },
    });
    expect(submitted.status).toBe(201);
    const id = submitted.json.id as string;
    const act = (app: typeof other, version: number, token = frontOffice) =>
      call(app, 'POST', `${base}/applications/${id}/actions`, {
        token,
        body:
          token === siti
            ? { type: 'RESUBMIT' }
            : { type: 'RETURN', reason: 'Berkas perlu dilengkapi' },
        headers: { 'if-match': `"${String(version)}"` },
      });
    expect((await act(server.app, 1)).json).toMatchObject({ version: 2 });
    expect((await act(other, 2, siti)).json).toMatchObject({ version: 3 });
    // This process last saw version 2: If-Match "2" is stale all the same.
    const stale = await act(server.app, 2);
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({
      code: 'precondition_failed',
      expectedVersion: 2,
      actualVersion: 3,
    });
    const returned = await act(server.app, 3);
    expect(returned.status).toBe(200);
    expect(returned.json).toMatchObject({ version: 4 });
    // Someone who may not see it gets the answer of an unknown id, at the current version too.
    const stranger = await act(server.app, 4, await server.token(mall, 'akun-lain'));
    expect(stranger.status).toBe(404);
    expect(stranger.json.code).toBe('not_found');
    const otherAgency = await act(server.app, 4, dlh);
    expect(otherAgency.status).toBe(404);
  });

  it('takes the time, author and id from the server, never from the body; an applicant sets no risk level', async () => {
    const { app } = server;
    const forged = await call(app, 'POST', `${base}/applications`, {
      token: siti,
      body: {
        ...pbgBody,
        at: '2020-01-06T02:00:00Z',
        submittedBy: { id: 'head', role: 'head', agency: 'dpmptsp' },
        id: 'chosen-by-caller',
      },
    });
    expect(forged.status).toBe(201);
    expect(forged.json.id).not.toBe('chosen-by-caller');
    expect(forged.json.submittedAt).not.toMatch(/^2020-01-06/);
    const timeline = await call(
      app,
      'GET',
      `${base}/applications/${forged.json.id as string}/timeline`,
      {
        token: siti,
      },
    );
    expect(timeline.json[0]).toMatchObject({
      type: 'SUBMIT',
      actor: { id: 'akun-siti', role: 'applicant' },
      payload: { submittedBy: { id: 'akun-siti', role: 'applicant' } },
    });
    const risky = await call(app, 'POST', `${base}/applications`, {
      token: siti,
      body: { ...pbgBody, riskLevel: 'low' },
    });
    expect(risky.status).toBe(403);
    expect(risky.json.code).toBe('forbidden_route');
  });

  it('answers problems in Indonesian or English, with the issues of a 422 and never a NIK', async () => {
    const { app } = server;
    const bad = { ...pbgBody, applicant: { nik: '3325089999990008' }, facts: {} };
    const id = await call(app, 'POST', `${base}/applications`, { token: siti, body: bad });
    expect(id.status).toBe(422);
    expect(id.headers.get('content-language')).toBe('id');
    expect(id.json.code).toBe('validation');
    expect(id.json.errors.length).toBeGreaterThan(0);
    expect(id.text).not.toContain('3325089999990008');
    const en = await call(app, 'POST', `${base}/applications`, {
      token: siti,
      body: bad,
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.json.title).toBe('Invalid request');
    expect(id.json.title).toBe('Permintaan tidak valid');
    const notJson = await app.request(`${base}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${siti}`, 'content-type': 'application/json' },
      body: '{"serviceId":',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { code: string }).code).toBe('bad_request');
  });

  it('gives the catalogue: services, a standard, a checklist with why and the fee worked out', async () => {
    const { app } = server;
    const services = await call(app, 'GET', `${base}/services`);
    expect(services.status).toBe(200);
    expect(services.headers.get('etag')).toMatch(/^"|^W\//);
    expect(services.json.map((s: { id: string }) => s.id)).toContain('pbg');
    const pbg = await call(app, 'GET', `${base}/services/pbg`, {
      headers: { 'accept-language': 'en' },
    });
    expect(pbg.json.standard.sections).toHaveLength(14);
    const checklist = await call(app, 'POST', `${base}/services/pbg/checklist`, {
      body: { applicationKind: 'new', facts: pbgBody.facts, documents: [{ requirementId: 'ktp' }] },
    });
    expect(checklist.status).toBe(200);
    expect(checklist.json.complete).toBe(false);
    expect(checklist.json.items.every((item: { why: unknown }) => item.why !== undefined)).toBe(
      true,
    );
    expect(checklist.json.feeWorkedOut).toMatch(/= 100 .* = \d+$/);
    expect((await call(app, 'GET', `${base}/services/nope`)).json.code).toBe('unknown_service');
  });
});
