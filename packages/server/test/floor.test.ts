// Queue tickets and complaints over HTTP on SQLite and PostgreSQL: who may take, call and act,
// the display board and its live stream, the reports, and the problems a caller can hit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import { createMallApp } from '../src/index.js';
import { call, loadBatang, serveInProcess, type StoreKind } from './_fixtures.js';

describe.each(['sqlite', 'postgres'] as StoreKind[])('queue and complaints on %s', (kind) => {
  let server: Awaited<ReturnType<typeof serveInProcess>>;
  let app: ReturnType<typeof createMallApp>;
  let batang: MallConfig;
  let now = new Date('2026-12-07T01:30:00Z'); // Monday 08:30 WIB
  const tokens: Record<string, string> = {};
  const base = '/api/v1/malls/mpp-batang';

  beforeAll(async () => {
    batang = await loadBatang();
    server = await serveInProcess(kind, [batang], { rateLimitPerMinute: 0 });
    app = createMallApp({
      malls: server.served.map((served) => ({ ...served, clock: () => now })),
      rateLimitPerMinute: 0,
    });
    tokens['applicant'] = await server.token(batang, 'akun-siti');
    tokens['dpmptsp'] = await server.token(batang, 'nip-fo', ['front-office@dpmptsp']);
    tokens['dukcapil'] = await server.token(batang, 'nip-dk', ['front-office@disdukcapil']);
    tokens['coordinator'] = await server.token(batang, 'nip-head', ['head@dpmptsp']);
    tokens['officer'] = await server.token(batang, 'nip-adu', ['complaint-officer@dpmptsp']);
    tokens['dpupr'] = await server.token(batang, 'nip-pupr', ['complaint-handler@dpupr']);
  });
  afterAll(async () => {
    await server.close();
  });

  it('takes, calls and serves tickets with the right people, on the board and its stream', async () => {
    const queues = await call(app, 'GET', `${base}/queues`);
    expect(queues.status).toBe(200);
    expect(queues.json).toContainEqual(
      expect.objectContaining({ counterId: 'gerai-dpmptsp', prefix: 'A' }),
    );
    const walkIn = await call(app, 'POST', `${base}/queues/gerai-dpmptsp/tickets`, { body: {} });
    expect(walkIn.status).toBe(201);
    expect(walkIn.json.number).toBe('A-001');
    const older = await call(app, 'POST', `${base}/queues/gerai-dpmptsp/tickets`, {
      body: { priority: 'older-person' },
    });
    expect(older.json.number).toBe('A-002');
    const badGroup = await call(app, 'POST', `${base}/queues/gerai-dpmptsp/tickets`, {
      body: { priority: 'vip' },
    });
    expect(badGroup.status).toBe(400);

    const callPath = `${base}/queues/gerai-dpmptsp/call`;
    expect((await call(app, 'POST', callPath)).status).toBe(401);
    expect((await call(app, 'POST', callPath, { token: tokens['applicant'] })).status).toBe(403);
    expect((await call(app, 'POST', callPath, { token: tokens['dukcapil'] })).status).toBe(403);
    const called = await call(app, 'POST', callPath, { token: tokens['dpmptsp'] });
    expect(called.status).toBe(200);
    expect(called.json).toMatchObject({ number: 'A-002', calledBy: 'nip-fo' });

    const serve = `${base}/tickets/${String(called.json.id)}/serve`;
    expect((await call(app, 'POST', serve, { token: tokens['dukcapil'] })).status).toBe(403);
    expect((await call(app, 'POST', serve, { token: tokens['dpmptsp'] })).json.status).toBe(
      'served',
    );
    const twice = await call(app, 'POST', serve, { token: tokens['dpmptsp'] });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('invalid_action');

    const board = await call(app, 'GET', `${base}/queues/board`);
    expect(board.json.day).toBe('2026-12-07');
    expect(board.json.tickets).toEqual([
      { number: 'A-001', counterId: 'gerai-dpmptsp', status: 'waiting', calledAt: null },
      {
        number: 'A-002',
        counterId: 'gerai-dpmptsp',
        status: 'served',
        calledAt: '2026-12-07T01:30:00.000Z',
      },
    ]);

    const stream = await app.request(`${base}/queues/board/stream`);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toContain('event: board');
    expect(text).toContain('"number":"A-001"');

    const stats = await call(app, 'GET', `${base}/reports/queue`, { token: tokens['coordinator'] });
    expect(stats.status).toBe(200);
    expect(stats.json.rows).toEqual([
      expect.objectContaining({ counterId: 'gerai-dpmptsp', hour: 8, called: 1 }),
    ]);
    expect(
      (await call(app, 'GET', `${base}/reports/queue`, { token: tokens['dpmptsp'] })).status,
    ).toBe(403);

    now = new Date('2026-12-07T09:00:00Z'); // 16:00 WIB: closed
    const closed = await call(app, 'POST', `${base}/queues/gerai-dpmptsp/tickets`, {
      body: {},
      headers: { 'accept-language': 'id' },
    });
    expect(closed.status).toBe(409);
    expect(closed.json.code).toBe('closed');
    expect(closed.json.detail).toContain('sedang tutup');
    now = new Date('2026-12-07T01:30:00Z');
  });

  it('files complaints and moves them through their lifecycle with If-Match', async () => {
    const filed = await call(app, 'POST', `${base}/complaints`, {
      token: tokens['applicant'],
      body: {
        categoryId: 'bangunan-gedung',
        title: 'PBG belum terbit',
        content: 'Sudah lewat jangka waktu.',
        confidential: true,
        reporterName: 'Siti',
      },
    });
    expect(filed.status).toBe(201);
    expect(filed.json).toMatchObject({
      number: 'ADU-2026-000001',
      agency: 'dpupr',
      reporterId: 'akun-siti',
      firstResponseDue: '2026-12-10',
    });
    const id = String(filed.json.id);
    const anonymous = await call(app, 'POST', `${base}/complaints`, {
      body: { categoryId: 'informasi', title: 'Jam buka', content: 'Jam buka Sabtu?' },
    });
    expect(anonymous.status).toBe(201);
    expect(anonymous.json.reporterId).toBeNull();

    expect((await call(app, 'GET', `${base}/complaints`)).status).toBe(401);
    expect(
      (await call(app, 'GET', `${base}/complaints`, { token: tokens['dpmptsp'] })).status,
    ).toBe(403);
    const handlerView = await call(app, 'GET', `${base}/complaints/${id}`, {
      token: tokens['dpupr'],
    });
    expect(handlerView.json.reporterName).toBeNull();
    const mine = await call(app, 'GET', `${base}/complaints`, { token: tokens['applicant'] });
    expect(mine.json.map((c: { id: string }) => c.id)).toEqual([id]);

    const act = (action: string, token: string | undefined, version?: number, body?: object) =>
      call(app, 'POST', `${base}/complaints/${id}/actions/${action}`, {
        token,
        ...(body === undefined ? {} : { body }),
        headers: version === undefined ? {} : { 'if-match': `"${String(version)}"` },
      });
    expect((await act('verify', tokens['officer'])).status).toBe(428);
    expect((await act('verify', tokens['dpupr'], 1)).status).toBe(403);
    expect((await act('verify', tokens['officer'], 1)).json.state).toBe('verified');
    expect((await act('assign', tokens['officer'], 1)).status).toBe(412);
    expect((await act('assign', tokens['officer'], 2)).json.state).toBe('assigned');
    const answered = await act('answer', tokens['dpupr'], 3, { answer: 'Terbit hari ini.' });
    expect(answered.json).toMatchObject({ state: 'answered', answer: 'Terbit hari ini.' });
    expect((await act('close', tokens['applicant'], 4)).json.state).toBe('closed');

    const report = await call(app, 'GET', `${base}/reports/complaints`, {
      token: tokens['coordinator'],
    });
    expect(report.json.rows).toContainEqual(
      expect.objectContaining({ agency: 'dpupr', total: 1, answeredOnTime: 1 }),
    );
    const doc = await call(app, 'GET', '/openapi.json');
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/malls/{mallId}/queues/{counterId}/tickets',
        '/api/v1/malls/{mallId}/queues/board/stream',
        '/api/v1/malls/{mallId}/complaints/{id}/actions/{action}',
      ]),
    );
  });
});
