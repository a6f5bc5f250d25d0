// Every route × every kind of caller: who gets what. The rows are the callers, the columns the
// routes; each cell is the status that caller must get. State-changing cells act on an
// application of their own, so the cells do not depend on each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import { issueLocalToken } from '../src/index.js';
import { call, loadBatang, pbgBody, renamed, serveInProcess } from './_fixtures.js';

const callers = [
  'anonymous',
  'applicant',
  'other applicant',
  'officer of the agency',
  'officer of another agency',
  'coordinator',
  'token of another mall',
  'expired token',
] as const;
type CallerKind = (typeof callers)[number];

type Route = { name: string; expect: Readonly<Record<CallerKind, number>> };
const row = (...statuses: number[]): Readonly<Record<CallerKind, number>> =>
  Object.fromEntries(callers.map((caller, i) => [caller, statuses[i]!])) as Record<
    CallerKind,
    number
  >;

//                                   anon  app  other  agency other-ag coord other-mall expired
const routes: Route[] = [
  { name: 'GET services', expect: row(200, 200, 200, 200, 200, 200, 401, 401) },
  { name: 'GET service', expect: row(200, 200, 200, 200, 200, 200, 401, 401) },
  { name: 'POST checklist', expect: row(200, 200, 200, 200, 200, 200, 401, 401) },
  { name: 'POST applications', expect: row(401, 201, 201, 201, 403, 201, 401, 401) },
  { name: 'GET applications', expect: row(401, 200, 200, 200, 200, 200, 401, 401) },
  { name: 'GET application', expect: row(401, 200, 404, 200, 404, 200, 401, 401) },
  { name: 'GET timeline', expect: row(401, 200, 404, 200, 404, 200, 401, 401) },
  { name: 'GET actions', expect: row(401, 200, 404, 200, 404, 200, 401, 401) },
  { name: 'POST action ACCEPT', expect: row(401, 403, 404, 200, 404, 403, 401, 401) },
  { name: 'POST withdraw', expect: row(401, 200, 404, 403, 404, 403, 401, 401) },
  { name: 'GET inbox', expect: row(401, 403, 403, 200, 200, 200, 401, 401) },
  { name: 'GET reports/compliance', expect: row(401, 403, 403, 403, 403, 200, 401, 401) },
  { name: 'GET reports/wog', expect: row(401, 403, 403, 403, 403, 200, 401, 401) },
  { name: 'GET notifications', expect: row(401, 403, 403, 403, 403, 200, 401, 401) },
  { name: 'POST notification retry', expect: row(401, 403, 403, 403, 403, 200, 401, 401) },
];

describe('authorization matrix', () => {
  let server: Awaited<ReturnType<typeof serveInProcess>>;
  let batang: MallConfig;
  const tokens = new Map<CallerKind, string | undefined>();
  const base = '/api/v1/malls/mpp-batang';

  beforeAll(async () => {
    batang = await loadBatang();
    const other = renamed(batang, 'mpp-lain');
    server = await serveInProcess('sqlite', [batang, other], { rateLimitPerMinute: 0 });
    tokens.set('anonymous', undefined);
    tokens.set('applicant', await server.token(batang, 'akun-owner'));
    tokens.set('other applicant', await server.token(batang, 'akun-other'));
    tokens.set(
      'officer of the agency',
      await server.token(batang, 'nip-fo', ['front-office@dpmptsp']),
    );
    tokens.set(
      'officer of another agency',
      await server.token(batang, 'nip-dukcapil', ['front-office@disdukcapil']),
    );
    tokens.set('coordinator', await server.token(batang, 'nip-head', ['head@dpmptsp']));
    tokens.set(
      'token of another mall',
      await server.token(other, 'nip-fo', ['front-office@dpmptsp']),
    );
    tokens.set(
      'expired token',
      await issueLocalToken(server.served[0]!.state, batang, {
        subject: 'nip-fo',
        roles: ['front-office@dpmptsp'],
        ttlSeconds: 60,
        now: new Date(Date.now() - 3_600_000),
      }),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  /** A new PBG application of the applicant, at version 1. */
  const submitted = async (): Promise<string> => {
    const result = await call(server.app, 'POST', `${base}/applications`, {
      token: tokens.get('applicant'),
      body: pbgBody,
    });
    expect(result.status).toBe(201);
    return result.json.id as string;
  };

  /** A new dead-lettered notification (as the delivery worker leaves one). */
  let deadCount = 0;
  const deadLetter = async (): Promise<string> => {
    const outbox = server.served[0]!.store.outbox!;
    const id = `msg_matrix_${String(++deadCount)}`;
    const at = new Date().toISOString();
    await outbox.enqueue([
      { id, channel: 'webhook', target: 'hook', type: 'application.submit', at, message: {} },
    ]);
    const leaseUntil = new Date(Date.now() + 60_000).toISOString();
    for (const row of await outbox.claim(at, 100, leaseUntil, 'matrix'))
      await outbox.fail(row.id, 'matrix', 'HTTP 500', null);
    return id;
  };

  const request = async (route: string, token: string | undefined, id: string) => {
    const ifMatch = { 'if-match': '"1"' };
    switch (route) {
      case 'GET services':
        return call(server.app, 'GET', `${base}/services`, { token });
      case 'GET service':
        return call(server.app, 'GET', `${base}/services/pbg`, { token });
      case 'POST checklist':
        return call(server.app, 'POST', `${base}/services/pbg/checklist`, { token, body: {} });
      case 'POST applications':
        return call(server.app, 'POST', `${base}/applications`, {
          token,
          body: { ...pbgBody, applicant: { ...pbgBody.applicant, id: 'akun-at-counter' } },
        });
      case 'GET applications':
        return call(server.app, 'GET', `${base}/applications`, { token });
      case 'GET application':
        return call(server.app, 'GET', `${base}/applications/${id}`, { token });
      case 'GET timeline':
        return call(server.app, 'GET', `${base}/applications/${id}/timeline`, { token });
      case 'GET actions':
        return call(server.app, 'GET', `${base}/applications/${id}/actions`, { token });
      case 'POST action ACCEPT':
        return call(server.app, 'POST', `${base}/applications/${id}/actions`, {
          token,
          body: { type: 'ACCEPT' },
          headers: ifMatch,
        });
      case 'POST withdraw':
        return call(server.app, 'POST', `${base}/applications/${id}/withdraw`, {
          token,
          headers: ifMatch,
        });
      case 'GET inbox':
        return call(server.app, 'GET', `${base}/inbox`, { token });
      case 'GET reports/compliance':
        return call(server.app, 'GET', `${base}/reports/compliance`, { token });
      case 'GET notifications':
        return call(server.app, 'GET', `${base}/notifications?status=dead`, { token });
      case 'POST notification retry':
        return call(server.app, 'POST', `${base}/notifications/${await deadLetter()}/retry`, {
          token,
        });
      case 'GET reports/wog':
        return call(server.app, 'GET', `${base}/reports/wog`, { token });
      default:
        throw new Error(`no request for ${route}`);
    }
  };

  it.each(routes.map((route) => [route.name, route] as const))('%s', async (_, route) => {
    const got: Record<string, number> = {};
    for (const caller of callers) {
      const id = await submitted();
      const response = await request(route.name, tokens.get(caller), id);
      got[caller] = response.status;
      if (response.status >= 400) {
        expect(response.headers.get('content-type'), `${route.name} as ${caller}`).toMatch(
          /^application\/problem\+json/,
        );
      }
      // Nobody sees an application that is not theirs, not even in a list.
      if (route.name === 'GET applications' && response.status === 200) {
        const ids = (response.json.items as { id: string; applicantId: string }[]).map(
          (a) => a.applicantId,
        );
        if (caller === 'applicant') expect(new Set(ids)).toEqual(new Set(['akun-owner']));
        if (caller === 'other applicant') expect(ids.every((a) => a === 'akun-other')).toBe(true);
        if (caller === 'officer of another agency') expect(ids).toEqual([]);
      }
    }
    expect(got).toEqual(route.expect);
  });
});
