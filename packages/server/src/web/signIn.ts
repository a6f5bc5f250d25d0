import type { AccountRecord, WebState } from '../state/WebState.js';
import { hashPassword, verifyPassword } from './passwordHash.js';

/** Failed sign-ins in a row before an account is locked. */
const FAILURES_BEFORE_LOCK = 5;
/** The first lock; each further failure doubles it, up to an hour. */
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 3_600_000;

/**
 * The outcome of {@link signIn}: the account, or why not — `unknown` and `wrong` look the same to
 * the person signing in; `locked` says until when.
 *
 * @example
 * ```ts
 * const outcome: SignInOutcome = { ok: false, reason: 'locked', until: '2026-12-04T02:05:00.000Z' };
 * ```
 */
export type SignInOutcome =
  | { readonly ok: true; readonly account: AccountRecord }
  | { readonly ok: false; readonly reason: 'wrong' | 'disabled' }
  | { readonly ok: false; readonly reason: 'locked'; readonly until: string };

let dummyHash: Promise<string> | undefined;

/**
 * Checks a sign-in against the accounts, throttled per account across processes: after 5
 * failures in a row the account is locked for a minute, then twice as long on each further
 * failure (at most an hour); a success clears the count. An unknown login costs the same scrypt
 * work as a known one, so timing does not tell which logins exist.
 *
 * @param web - the mall's web state.
 * @param login - what was typed (compared in lower case).
 * @param password - the password typed.
 * @param now - the time.
 * @returns the outcome.
 * @example
 * ```ts
 * const outcome = await signIn(state.web, 'nip-1987', password, new Date());
 * if (outcome.ok) console.log(outcome.account.roles);
 * ```
 */
export async function signIn(
  web: WebState,
  login: string,
  password: string,
  now: Date,
): Promise<SignInOutcome> {
  const account = await web.accountByLogin(login.trim().toLowerCase());
  if (account === undefined) {
    dummyHash ??= hashPassword('no such account');
    await verifyPassword(password, await dummyHash);
    return { ok: false, reason: 'wrong' };
  }
  if (account.lockedUntil !== null && account.lockedUntil > now.toISOString())
    return { ok: false, reason: 'locked', until: account.lockedUntil };
  const matches = await verifyPassword(password, account.passwordHash);
  if (!matches) {
    const failures = account.failedLogins + 1;
    const over = failures - FAILURES_BEFORE_LOCK;
    const lockedUntil =
      over < 0
        ? null
        : new Date(
            now.getTime() + Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(over, 10)),
          ).toISOString();
    await web.setLoginFailures(account.id, failures, lockedUntil);
    return lockedUntil === null
      ? { ok: false, reason: 'wrong' }
      : { ok: false, reason: 'locked', until: lockedUntil };
  }
  if (account.disabled) return { ok: false, reason: 'disabled' };
  if (account.failedLogins > 0 || account.lockedUntil !== null)
    await web.setLoginFailures(account.id, 0, null);
  return { ok: true, account };
}
