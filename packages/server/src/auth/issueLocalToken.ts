import { randomUUID } from 'node:crypto';
import { builtInRoles, type MallConfig } from '@mpp-kit/schemas';
import { importJWK, SignJWT } from 'jose';
import { ServeError, type RoleProblem } from '../ServeError.js';
import type { ServerState } from '../state/ServerState.js';
import { LOCAL_ROLES_CLAIM, localIssuer } from './localIssuer.js';
import { ensureSigningKey, LOCAL_ALGORITHM } from './signingKeys.js';

/**
 * What {@link issueLocalToken} puts in a token.
 *
 * @example
 * ```ts
 * const request: LocalTokenRequest = { subject: 'nip-1987', roles: ['front-office@dpmptsp'], ttlSeconds: 3600 };
 * ```
 */
export interface LocalTokenRequest {
  /** The user: an applicant's account id, an officer's NIP. */
  readonly subject: string;
  /** `role@agency` strings; none for an applicant. */
  readonly roles?: readonly string[];
  /** Lifetime in seconds; default 3600. */
  readonly ttlSeconds?: number;
  /** The issue time; default now. */
  readonly now?: Date;
}

/**
 * Checks `role@agency` strings against the mall: a declared role (not `applicant` or `system`) at
 * a declared agency.
 *
 * @param mall - the mall.
 * @param roles - the strings.
 * @throws {@link ServeError} `bad_role` naming the first one that is not.
 * @example
 * ```ts
 * checkRoles(mall, ['front-office@dpmptsp']);
 * ```
 */
export function checkRoles(mall: MallConfig, roles: readonly string[]): void {
  const known = mall.roles.map((role) => role.id);
  for (const value of roles) {
    const [role = '', agency = '', extra] = value.split('@');
    const problem: RoleProblem | undefined =
      extra !== undefined || role === '' || agency === ''
        ? { kind: 'form' }
        : !known.includes(role) || (builtInRoles as readonly string[]).includes(role)
          ? { kind: 'no_role', role }
          : !mall.agencies.some((a) => a.id === agency)
            ? { kind: 'no_agency', agency }
            : undefined;
    if (problem !== undefined)
      throw new ServeError('bad_role', { value, problem, roles: known.join(', ') });
  }
}

/**
 * Signs a token with the mall's own key (made on first use), as `mpp token` prints it: `iss`
 * `urn:mpp-kit:local:<mall id>`, `aud` the mall id, `sub`, `roles` (role@agency), `exp`.
 *
 * @param state - the mall's server state (where the key is).
 * @param mall - the mall.
 * @param request - subject, roles and lifetime.
 * @returns the compact JWT.
 * @throws {@link ServeError} `bad_role`, `local_auth_off`, `bad_option` (an empty subject).
 * @example
 * ```ts
 * const token = await issueLocalToken(state, mall, { subject: 'nip-1', roles: ['front-office@dpmptsp'] });
 * await fetch(url, { headers: { authorization: `Bearer ${token}` } });
 * ```
 */
export async function issueLocalToken(
  state: ServerState,
  mall: MallConfig,
  request: LocalTokenRequest,
): Promise<string> {
  if (mall.mall.auth?.local === false)
    throw new ServeError('local_auth_off', { mall: mall.mall.id });
  if (request.subject.trim() === '' || request.subject.length > 200) {
    throw new ServeError('bad_option', {
      option: '--sub',
      value: request.subject,
      expected: 'subject',
    });
  }
  const roles = [...new Set(request.roles ?? [])];
  checkRoles(mall, roles);
  const key = await ensureSigningKey(state);
  const now = Math.floor((request.now ?? new Date()).getTime() / 1000);
  return new SignJWT(roles.length === 0 ? {} : { [LOCAL_ROLES_CLAIM]: roles })
    .setProtectedHeader({ alg: LOCAL_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setIssuer(localIssuer(mall.mall.id))
    .setAudience(mall.mall.id)
    .setSubject(request.subject)
    .setIssuedAt(now)
    .setExpirationTime(now + (request.ttlSeconds ?? 3600))
    .setJti(randomUUID())
    .sign(await importJWK(key.privateJwk, LOCAL_ALGORITHM));
}
