import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { ServeError } from '../ServeError.js';
import type { ServerState, SigningKeyRecord } from '../state/ServerState.js';

/** The algorithm of the server's own tokens. */
export const LOCAL_ALGORITHM = 'ES256';

/**
 * Makes a new ES256 signing key and stores it: from now on it signs the tokens `mpp token`
 * prints, while older keys still verify until they are retired.
 *
 * @param state - the mall's server state.
 * @param now - when (ISO instant); default now.
 * @returns the new key.
 * @example
 * ```ts
 * const key = await rotateSigningKey(state);
 * key.kid; // 'k-20261204-3f9a1c2b'
 * ```
 */
export async function rotateSigningKey(
  state: ServerState,
  now = new Date().toISOString(),
): Promise<SigningKeyRecord> {
  const { privateKey, publicKey } = await generateKeyPair(LOCAL_ALGORITHM, { extractable: true });
  const kid = `k-${now.slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;
  const key: SigningKeyRecord = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: LOCAL_ALGORITHM },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: LOCAL_ALGORITHM, use: 'sig' },
    createdAt: now,
    retiredAt: null,
  };
  await state.addKey(key);
  return key;
}

/**
 * The key that signs: the newest one not retired, made (and stored) when there is none — the
 * server calls this at first start.
 *
 * @param state - the mall's server state.
 * @returns the signing key.
 * @example
 * ```ts
 * const key = await ensureSigningKey(state);
 * ```
 */
export async function ensureSigningKey(state: ServerState): Promise<SigningKeyRecord> {
  const active = (await state.keys()).find((key) => key.retiredAt === null);
  return active ?? rotateSigningKey(state);
}

/**
 * Retires a key: tokens it signed stop verifying (every process notices within a minute).
 *
 * @param state - the mall's server state.
 * @param kid - the key id.
 * @param now - when (ISO instant); default now.
 * @throws {@link ServeError} `unknown_key` when there is no such key.
 * @example
 * ```ts
 * await retireSigningKey(state, 'k-20261204-3f9a1c2b');
 * ```
 */
export async function retireSigningKey(
  state: ServerState,
  kid: string,
  now = new Date().toISOString(),
): Promise<void> {
  if (!(await state.retireKey(kid, now))) {
    const keys = (await state.keys()).map((key) => key.kid).join(', ') || '(none)';
    throw new ServeError('unknown_key', { kid, keys });
  }
}
