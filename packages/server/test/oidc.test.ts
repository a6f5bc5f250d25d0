// A real OpenID Connect provider (oidc-provider) in this process issues JWT access tokens; the
// server finds its keys through discovery and accepts them, mapping the groups claim to
// role@agency. Tokens that are forged, expired, for another audience or from another issuer are
// refused with 401.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMallRuntime, createMemoryStore } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator, createMallApp, createMemoryServerState } from '../src/index.js';
import { batangDay, call, loadBatang, pbgBody } from './_fixtures.js';

let http: Server;
let issuer = '';
let signingJwk: JWK;
let app: ReturnType<typeof createMallApp>;
const base = '/api/v1/malls/mpp-batang';

/** An access token from the provider's token endpoint (client credentials). */
async function tokenFrom(clientId: string): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:secret-${clientId}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope: 'mpp',
      resource: 'urn:mpp-batang',
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (body.access_token === undefined) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
}

/** A token signed by us, with the provider's key unless another is given. */
async function signed(claims: Record<string, unknown>, jwk: JWK = signingJwk): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ groups: ['mpp-fo'], ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'provider-key', typ: 'at+jwt' })
    .setIssuedAt(now)
    .setExpirationTime((claims['exp'] as number | undefined) ?? now + 300)
    .sign(await importJWK(jwk, 'RS256'));
}

beforeAll(async () => {
  http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${String((http.address() as AddressInfo).port)}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  signingJwk = { ...(await exportJWK(privateKey)), kid: 'provider-key', alg: 'RS256', use: 'sig' };
  const provider = new Provider(issuer, {
    clients: ['mpp-desk', 'citizen-app'].map((id) => ({
      client_id: id,
      client_secret: `secret-${id}`,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
    })),
    jwks: { keys: [signingJwk] },
    scopes: ['mpp'],
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => 'urn:mpp-batang',
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'mpp',
          audience: 'mpp-batang',
          accessTokenFormat: 'jwt',
          accessTokenTTL: 300,
        }),
      },
    },
    // Officers come through the desk client, with their Keycloak-like groups.
    extraTokenClaims: (_ctx: unknown, token: unknown) =>
      (token as { clientId?: string }).clientId === 'mpp-desk'
        ? { groups: ['mpp-fo', 'unmapped'] }
        : {},
  });
  http.on('request', provider.callback());

  const batang = await loadBatang();
  const mall: MallConfig = {
    ...batang,
    mall: {
      ...batang.mall,
      auth: {
        local: false,
        issuers: [
          {
            issuer,
            audience: 'mpp-batang',
            rolesClaim: 'groups',
            roles: { 'mpp-fo': ['front-office@dpmptsp'] },
            applicants: true,
          },
        ],
      },
    },
  };
  const store = createMemoryStore();
  const state = createMemoryServerState();
  app = createMallApp({
    malls: [
      {
        mall,
        runtime: createMallRuntime(mall, { store, clock: () => batangDay }),
        store,
        state,
        authenticate: createAuthenticator(mall, state),
      },
    ],
  });
});

afterAll(async () => {
  http.closeAllConnections();
  await new Promise((resolve) => http.close(resolve));
});

describe('OpenID Connect tokens', () => {
  it('accepts the provider’s tokens: an officer by the groups claim, an applicant without', async () => {
    const citizen = await tokenFrom('citizen-app');
    const submitted = await call(app, 'POST', `${base}/applications`, {
      token: citizen,
      body: pbgBody,
    });
    expect(submitted.status).toBe(201);
    expect(submitted.json.applicantId).toBe('citizen-app');

    const officer = await tokenFrom('mpp-desk');
    const inbox = await call(app, 'GET', `${base}/inbox`, { token: officer });
    expect(inbox.status).toBe(200);
    expect(inbox.json.items.map((a: { id: string }) => a.id)).toContain(submitted.json.id);
    const accepted = await call(
      app,
      'POST',
      `${base}/applications/${String(submitted.json.id)}/actions`,
      {
        token: officer,
        body: { type: 'ACCEPT' },
        headers: { 'if-match': '"1"' },
      },
    );
    expect(accepted.status).toBe(200);
    const timeline = await call(
      app,
      'GET',
      `${base}/applications/${String(submitted.json.id)}/timeline`,
      {
        token: citizen,
      },
    );
    expect(timeline.json[1].actor).toEqual({
      id: 'mpp-desk',
      role: 'front-office',
      agency: 'dpmptsp',
    });
  });

  it('refuses forged, expired, wrong-audience and wrong-issuer tokens, and the mall’s own tokens when local is off', async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const forger = { ...(await exportJWK(privateKey)), kid: 'provider-key' };
    const now = Math.floor(Date.now() / 1000);
    const good = { iss: issuer, aud: 'mpp-batang', sub: 'nip-1' };
    const cases: [string, string, string][] = [
      ['forged', await signed(good, forger), 'signature'],
      ['expired', await signed({ ...good, exp: now - 600 }), 'expired'],
      ['wrong audience', await signed({ ...good, aud: 'mpp-other' }), 'claim_aud'],
      ['wrong issuer', await signed({ ...good, iss: `${issuer}/other` }), 'unknown_issuer'],
      [
        'local issuer, off',
        await signed({ ...good, iss: 'urn:mpp-kit:local:mpp-batang' }),
        'unknown_issuer',
      ],
      ['not a JWT', 'abc.def', 'malformed'],
    ];
    // The same claims, signed right, pass: the refusals are for the reason named.
    expect((await call(app, 'GET', `${base}/inbox`, { token: await signed(good) })).status).toBe(
      200,
    );
    for (const [name, token, reason] of cases) {
      const response = await call(app, 'GET', `${base}/inbox`, { token });
      expect([name, response.status, response.json.code, response.json.reason]).toEqual([
        name,
        401,
        'invalid_token',
        reason,
      ]);
      expect(response.headers.get('www-authenticate')).toMatch(
        /^Bearer realm="mpp-batang", error="invalid_token"/,
      );
    }
  });
});
