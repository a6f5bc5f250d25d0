import type { WebState } from './WebState.js';

/**
 * A signing key of the server's own token issuer (`mpp token`), as kept in the database: the JWK
 * pair, when it was made, and when it was retired (a retired key no longer verifies).
 *
 * @example
 * ```ts
 * const key: SigningKeyRecord = { kid: 'k-2026-12-04-1a2b', privateJwk: { … }, publicJwk: { … }, createdAt: '2026-12-04T01:00:00.000Z', retiredAt: null };
 * ```
 */
export interface SigningKeyRecord {
  readonly kid: string;
  readonly privateJwk: Readonly<Record<string, unknown>>;
  readonly publicJwk: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly retiredAt: string | null;
}

/**
 * An `Idempotency-Key` as recorded by the first request that used it: who sent it, a hash of the
 * request body, and the id the application got.
 *
 * @example
 * ```ts
 * const row: IdempotencyRecord = { callerId: 'akun-7781', key: '6f1c…', requestHash: '9a0b…', applicationId: 'b5d3…', createdAt: '…' };
 * ```
 */
export interface IdempotencyRecord {
  readonly callerId: string;
  readonly key: string;
  readonly requestHash: string;
  readonly applicationId: string;
  readonly createdAt: string;
}

/**
 * What the server keeps besides applications, in the same database as the mall's store (SQLite
 * file or PostgreSQL schema): its signing keys and the idempotency keys of submissions. Every
 * process of the server shares it.
 *
 * @example
 * ```ts
 * const state = createMemoryServerState();
 * await state.addKey(key);
 * (await state.keys()).length; // 1
 * ```
 */
export interface ServerState {
  /** Accounts, sessions and uploaded files of the web desks. */
  readonly web: WebState;
  /** Every signing key, newest first. */
  keys(): Promise<SigningKeyRecord[]>;
  /** Adds a key. */
  addKey(key: SigningKeyRecord): Promise<void>;
  /** Marks a key retired at `at`; `false` when there is no such key. */
  retireKey(kid: string, at: string): Promise<boolean>;
  /**
   * Records `record` unless this caller already used this key, atomically across processes, and
   * returns the record that holds (the first one).
   */
  claimIdempotencyKey(record: IdempotencyRecord): Promise<IdempotencyRecord>;
  /** Resolves when the database answers (the readiness probe). */
  ping(): Promise<void>;
  /** Closes the connection (idempotent). */
  close(): Promise<void>;
}
