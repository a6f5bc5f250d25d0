/**
 * A local account of the web desks: an applicant who registered at `/daftar`, or an officer made
 * with `mpp account add` (their role @ agency pairs in `roles`).
 *
 * @example
 * ```ts
 * const account: AccountRecord = { id: 'nip-1987', login: 'nip-1987', name: 'Dewi', roles: ['front-office@dpmptsp'], passwordHash: 'scrypt$…', nik: null, disabled: false, failedLogins: 0, lockedUntil: null, createdAt: '2026-12-04T01:00:00.000Z' };
 * ```
 */
export interface AccountRecord {
  /** The account id: the applicant id of their applications, or the officer's actor id. */
  readonly id: string;
  /** What they type to sign in (lower case): an e-mail address, or the officer's id. */
  readonly login: string;
  readonly name: string;
  /** `role@agency` pairs; none for an applicant. */
  readonly roles: readonly string[];
  readonly passwordHash: string;
  /** The applicant's NIK, when they gave it (never shown unmasked). */
  readonly nik: string | null;
  readonly disabled: boolean;
  /** Failed sign-ins in a row. */
  readonly failedLogins: number;
  /** Until when sign-ins are refused after too many failures. */
  readonly lockedUntil: string | null;
  readonly createdAt: string;
}

/**
 * A signed-in browser: the SHA-256 of its cookie's token (never the token), who it is, and the
 * secret its forms' CSRF tokens are made from.
 *
 * @example
 * ```ts
 * const session: SessionRecord = { idHash: '9f…', accountId: 'nip-1987', roles: [], name: 'Dewi', source: 'local', csrf: 'b1…', createdAt: '…', expiresAt: '…' };
 * ```
 */
export interface SessionRecord {
  readonly idHash: string;
  /** The account (local), or the token subject (OpenID Connect). */
  readonly accountId: string;
  /** For OpenID Connect sessions: the role@agency pairs resolved at sign-in. */
  readonly roles: readonly string[];
  readonly name: string;
  readonly source: 'local' | 'oidc';
  readonly csrf: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/**
 * An uploaded file, kept by its SHA-256 in the store's database (never in a public folder).
 *
 * @example
 * ```ts
 * const blob: BlobRecord = { sha256: 'e3b0…', size: 12034, mediaType: 'application/pdf', data: bytes };
 * ```
 */
export interface BlobRecord {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly data: Uint8Array;
}

/**
 * What the web desks keep beside the store (same SQLite file or PostgreSQL schema as the
 * applications): accounts, sessions and uploaded files. Every process shares it.
 *
 * @example
 * ```ts
 * const web = state.web;
 * await web.addAccount(account);
 * (await web.accountByLogin('nip-1987'))?.name; // 'Dewi'
 * ```
 */
export interface WebState {
  /** Adds an account; `false` when the id or the login is taken. */
  addAccount(account: AccountRecord): Promise<boolean>;
  accountById(id: string): Promise<AccountRecord | undefined>;
  accountByLogin(login: string): Promise<AccountRecord | undefined>;
  /** Every account, oldest first. */
  accounts(): Promise<AccountRecord[]>;
  /** Disables or enables an account (its sessions end); `false` when there is none. */
  setDisabled(id: string, disabled: boolean): Promise<boolean>;
  /** Records the outcome of a sign-in: failures in a row and the lock, or both cleared. */
  setLoginFailures(id: string, failedLogins: number, lockedUntil: string | null): Promise<void>;
  addSession(session: SessionRecord): Promise<void>;
  /** The session with that token hash, unless expired at `now`. */
  session(idHash: string, now: string): Promise<SessionRecord | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Stores a file (idempotent: the same content is kept once). */
  putBlob(blob: BlobRecord): Promise<void>;
  blob(sha256: string): Promise<BlobRecord | undefined>;
}
