import type { MallConfig, OidcIssuer } from '@mpp-kit/schemas';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { ApiProblem } from '../http/ApiProblem.js';
import type { ServerState } from '../state/ServerState.js';
import type { Caller, RoleAtAgency } from './Caller.js';
import { LOCAL_ROLES_CLAIM, localIssuer } from './localIssuer.js';

/** How long the local keys are kept before they are read again (retirements take effect). */
const LOCAL_KEYS_TTL_MS = 60_000;
/** How many verified tokens are remembered. */
const VERIFIED_TOKENS = 10_000;
/** Allowed clock difference between the issuer and this server. */
const CLOCK_TOLERANCE_S = 30;

/**
 * Resolves the `Authorization` header of a request to a {@link Caller}: no header is anonymous;
 * a bearer token must verify (signature, `exp`, `iss`, `aud`) against the mall's own keys or one
 * of its OpenID Connect issuers, or the request fails with a 401 problem.
 *
 * @example
 * ```ts
 * const caller = await authenticate(request.headers.get('authorization') ?? undefined);
 * ```
 */
export type Authenticate = (authorization: string | undefined) => Promise<Caller>;

/** A value at a dotted path of the claims. */
function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter((v) => v !== '');
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Builds the authenticator of one mall: its own keys (from the server state, re-read every
 * minute and whenever a token names an unknown key id) unless `mall.auth.local` is false, and
 * each issuer of `mall.auth.issuers` (keys from its JWKS, found through OpenID discovery unless
 * `jwksUri` is given; cached by `jose`). Claims map to role @ agency by the issuer's `roles`
 * table; role @ agency pairs the mall does not declare are dropped. An officer whose pair is in
 * `mall.auth.coordinators` (default `head@<coordinator>`) is a coordinator.
 *
 * @param mall - the mall.
 * @param state - its server state (the local keys).
 * @returns the authenticator.
 * @example
 * ```ts
 * const authenticate = createAuthenticator(mall, state);
 * const caller = await authenticate(`Bearer ${token}`);
 * ```
 */
export function createAuthenticator(mall: MallConfig, state: ServerState): Authenticate {
  const auth = mall.mall.auth;
  const mallId = mall.mall.id;
  const local = localIssuer(mallId);
  const callerOf = createCallerResolver(mall);

  let localKeys: { at: number; getKey: JWTVerifyGetKey; kids: Set<string> } | undefined;
  let reloading: Promise<void> | undefined;
  const loadLocalKeys = async (): Promise<void> => {
    const keys = (await state.keys()).filter((key) => key.retiredAt === null);
    localKeys = {
      at: Date.now(),
      getKey: createLocalJWKSet({ keys: keys.map((key) => ({ ...key.publicJwk })) }),
      kids: new Set(keys.map((key) => key.kid)),
    };
  };
  const localKeyFor = async (kid: string | undefined): Promise<JWTVerifyGetKey> => {
    const stale =
      localKeys === undefined ||
      Date.now() - localKeys.at > LOCAL_KEYS_TTL_MS ||
      (kid !== undefined && !localKeys.kids.has(kid) && Date.now() - localKeys.at > 5_000);
    if (stale) {
      reloading ??= loadLocalKeys().finally(() => {
        reloading = undefined;
      });
      await reloading;
    }
    return localKeys!.getKey;
  };

  const remote = new Map<string, Promise<JWTVerifyGetKey>>();
  const remoteKeys = (issuer: OidcIssuer): Promise<JWTVerifyGetKey> => {
    let keys = remote.get(issuer.issuer);
    if (keys === undefined) {
      keys = (async () => {
        let uri = issuer.jwksUri;
        if (uri === undefined) {
          const base = issuer.issuer.replace(/\/$/, '');
          const response = await fetch(`${base}/.well-known/openid-configuration`);
          const discovery = (await response.json()) as { jwks_uri?: unknown };
          if (!response.ok || typeof discovery.jwks_uri !== 'string')
            throw new Error(`no jwks_uri in ${base}/.well-known/openid-configuration`);
          uri = discovery.jwks_uri;
        }
        return createRemoteJWKSet(new URL(uri));
      })();
      // A failed discovery is tried again on the next token.
      keys.catch(() => remote.delete(issuer.issuer));
      remote.set(issuer.issuer, keys);
    }
    return keys;
  };

  const invalid = (reason: string): ApiProblem =>
    new ApiProblem(
      401,
      'invalid_token',
      { reason },
      {
        'www-authenticate': `Bearer realm="${mallId}", error="invalid_token"`,
      },
    );

  // Tokens verified lately, until they expire or for a minute at most (as long as a retired key
  // may take to be noticed anyway): a client sends the same token with every request.
  const verified = new Map<string, { caller: Caller; until: number }>();
  const remember = (token: string, caller: Caller, exp: number | undefined): Caller => {
    if (verified.size >= VERIFIED_TOKENS) verified.clear();
    const until = Math.min((exp ?? 0) * 1000, Date.now() + LOCAL_KEYS_TTL_MS);
    verified.set(token, { caller, until });
    return caller;
  };

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return { kind: 'anonymous' };
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/i.exec(
      authorization.trim(),
    );
    if (!match) throw invalid('malformed');
    const token = match[1]!;
    const known = verified.get(token);
    if (known !== undefined && Date.now() < known.until) return known.caller;
    let iss: string | undefined;
    let kid: string | undefined;
    try {
      iss = decodeJwt(token).iss;
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw invalid('malformed');
    }
    const issuer = auth?.issuers.find((entry) => entry.issuer === iss);
    const isLocal = iss === local && auth?.local !== false;
    if (!isLocal && issuer === undefined) throw invalid('unknown_issuer');
    let payload: JWTPayload;
    try {
      const getKey = isLocal ? await localKeyFor(kid) : await remoteKeys(issuer!);
      ({ payload } = await jwtVerify(token, getKey, {
        issuer: isLocal ? local : issuer!.issuer,
        audience: isLocal ? mallId : issuer!.audience,
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['sub', 'exp'],
        ...(isLocal ? { algorithms: ['ES256'] } : {}),
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw invalid('expired');
      if (error instanceof errors.JWTClaimValidationFailed) throw invalid(`claim_${error.claim}`);
      if (error instanceof errors.JOSEError) throw invalid('signature');
      throw invalid('keys_unavailable');
    }
    const subject = payload.sub!;
    const values = isLocal
      ? strings(payload[LOCAL_ROLES_CLAIM])
      : strings(claimAt(payload, issuer!.rolesClaim)).flatMap(
          (value) => issuer!.roles[value] ?? [],
        );
    const caller = callerOf(subject, values);
    if (caller.kind === 'applicant' && !isLocal && !issuer!.applicants)
      throw new ApiProblem(403, 'no_role');
    return remember(token, caller, payload.exp);
  };
}

/**
 * The one rule that turns a user and their `role@agency` values into a {@link Caller}, shared by
 * bearer tokens and the web desks' sessions: pairs the mall does not declare (an unknown role or
 * agency) are dropped; with a pair left the user is an officer — a coordinator when a pair is in
 * `mall.auth.coordinators` (default `head@<coordinator>`) —, else an applicant.
 *
 * @param mall - the mall.
 * @returns the resolver: subject and values → caller.
 * @example
 * ```ts
 * const callerOf = createCallerResolver(mall);
 * callerOf('nip-1', ['head@dpmptsp']); // { kind: 'officer', id: 'nip-1', actors: [...], coordinator: true }
 * callerOf('akun-1', []); // { kind: 'applicant', id: 'akun-1' }
 * ```
 */
export function createCallerResolver(
  mall: MallConfig,
): (subject: string, values: readonly string[]) => Exclude<Caller, { kind: 'anonymous' }> {
  const roleIds = new Set(mall.roles.map((role) => role.id));
  const agencyIds = new Set(mall.agencies.map((agency) => agency.id));
  const coordinators = new Set(mall.mall.auth?.coordinators ?? [`head@${mall.mall.coordinator}`]);
  return (subject, values) => {
    const actors: RoleAtAgency[] = [];
    for (const value of new Set(values)) {
      const [role = '', agency = ''] = value.split('@');
      if (roleIds.has(role) && agencyIds.has(agency)) actors.push({ role, agency });
    }
    if (actors.length === 0) return { kind: 'applicant', id: subject };
    return {
      kind: 'officer',
      id: subject,
      actors,
      coordinator: actors.some((actor) => coordinators.has(`${actor.role}@${actor.agency}`)),
    };
  };
}
