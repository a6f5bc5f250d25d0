import { createMallRuntime, createMemoryStore } from '@mpp-kit/core';
import { describe, expect, it } from 'vitest';
import {
  createAuthenticator,
  createMallApp,
  createMemoryServerState,
  issueLocalToken,
  type MallAppOptions,
} from '../src/index.js';
import { batangDay, call, loadBatang } from './_fixtures.js';

async function memoryApp(options: Omit<MallAppOptions, 'malls'> = {}) {
  const mall = await loadBatang();
  const store = createMemoryStore();
  const state = createMemoryServerState();
  const runtime = createMallRuntime(mall, { store, clock: () => batangDay });
  const app = createMallApp({
    malls: [{ mall, runtime, store, state, authenticate: createAuthenticator(mall, state) }],
    ...options,
  });
  return { app, mall, state };
}

describe('the server around the API', () => {
  it('serves the generated OpenAPI 3.1 document and an offline reference page', async () => {
    const { app } = await memoryApp();
    const doc = await call(app, 'GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.json.openapi).toBe('3.1.0');
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/malls/{mallId}/applications',
        '/api/v1/malls/{mallId}/applications/{id}/actions',
        '/api/v1/malls/{mallId}/inbox',
        '/api/v1/malls/{mallId}/reports/wog',
        '/api/v1/malls/{mallId}/services/{serviceId}/checklist',
      ]),
    );
    expect(doc.json.components.schemas.SubmitRequest.properties.serviceId).toBeDefined();
    expect(
      doc.json.paths['/api/v1/malls/{mallId}/applications/{id}/actions'].post.responses,
    ).toHaveProperty('412');
    const page = await call(app, 'GET', '/docs');
    expect(page.text).toContain('/docs/assets/swagger-ui-bundle.js');
    expect(page.text).not.toMatch(/https?:\/\//);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const bundle = await app.request('/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    expect((await app.request('/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });

  it('limits each caller’s rate (429 with Retry-After), body sizes (413), and sets security headers', async () => {
    const { app, mall, state } = await memoryApp({ rateLimitPerMinute: 3, bodyLimitBytes: 1000 });
    const token = await issueLocalToken(state, mall, { subject: 'akun-1' });
    const other = await issueLocalToken(state, mall, { subject: 'akun-2' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await call(app, 'GET', '/api/v1/malls/mpp-batang/applications', { token })).status,
      );
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(app, 'GET', '/api/v1/malls/mpp-batang/applications', { token });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json.code).toBe('rate_limited');
    expect(
      (await call(app, 'GET', '/api/v1/malls/mpp-batang/applications', { token: other })).status,
    ).toBe(200);
    const big = await call(app, 'POST', '/api/v1/malls/mpp-batang/services/pbg/checklist', {
      body: { facts: { note: 'x'.repeat(2000) } },
    });
    expect(big.status).toBe(413);
    expect(big.json.code).toBe('payload_too_large');
    expect(big.headers.get('x-content-type-options')).toBe('nosniff');
    expect(big.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('keeps CORS off unless origins are configured', async () => {
    const preflight = {
      headers: { origin: 'https://desk.example.go.id', 'access-control-request-method': 'POST' },
    };
    const off = await call(
      (await memoryApp()).app,
      'OPTIONS',
      '/api/v1/malls/mpp-batang/services',
      preflight,
    );
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const on = await call(
      (await memoryApp({ corsOrigins: ['https://desk.example.go.id'] })).app,
      'OPTIONS',
      '/api/v1/malls/mpp-batang/services',
      preflight,
    );
    expect(on.headers.get('access-control-allow-origin')).toBe('https://desk.example.go.id');
  });

  it('answers /health, /ready and unknown routes as problems', async () => {
    const { app } = await memoryApp();
    expect((await call(app, 'GET', '/health')).json).toEqual({ status: 'ok' });
    expect((await call(app, 'GET', '/ready')).json).toMatchObject({
      status: 'ready',
      malls: ['mpp-batang'],
    });
    const nowhere = await call(app, 'GET', '/api/v1/malls/no-such-mall/services');
    expect(nowhere.status).toBe(404);
    expect(nowhere.json).toMatchObject({ code: 'route_not_found', status: 404 });
    expect(nowhere.json.title).toBe('Tidak ditemukan');
  });
});
