import type { MallConfig } from '@mpp-kit/schemas';
import { checkRoles } from '../auth/issueLocalToken.js';
import { ServeError } from '../ServeError.js';
import type { AccountRecord, WebState } from '../state/WebState.js';
import { hashPassword } from './passwordHash.js';

/**
 * The shortest password an account may have (NIST SP 800-63B asks for at least 8; the desks
 * ask for 10).
 *
 * @example
 * ```ts
 * 'kata-sandi-panjang'.length >= MIN_PASSWORD_LENGTH; // true
 * ```
 */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * What {@link createAccount} needs.
 *
 * @example
 * ```ts
 * const request: AccountRequest = { id: 'nip-1987', name: 'Dewi Lestari', roles: ['front-office@dpmptsp'], password: '…' };
 * ```
 */
export interface AccountRequest {
  /** The account id (an officer's NIP or user name; an applicant's generated id). */
  readonly id: string;
  /** What they sign in with; default the id. Kept in lower case. */
  readonly login?: string;
  readonly name?: string;
  /** `role@agency` pairs for an officer; none for an applicant. */
  readonly roles?: readonly string[];
  readonly password: string;
  readonly nik?: string;
  readonly now?: Date;
}

/**
 * Creates a local account of the web desks: the roles checked against the mall (`bad_role`),
 * the password at least {@link MIN_PASSWORD_LENGTH} characters (`weak_password`) and hashed with
 * scrypt, the id and login unused (`account_exists`). What `mpp account add` and `/daftar` call.
 *
 * @param web - the mall's web state.
 * @param mall - the mall.
 * @param request - the account.
 * @returns the account as stored.
 * @throws {@link ServeError} `bad_role`, `weak_password`, `account_exists`, `bad_option` (an id
 * that is not 1–100 visible characters).
 * @example
 * ```ts
 * await createAccount(state.web, mall, { id: 'nip-1987', roles: ['reviewer@dlh'], password: 'rahasia-panjang-sekali' });
 * ```
 */
export async function createAccount(
  web: WebState,
  mall: MallConfig,
  request: AccountRequest,
): Promise<AccountRecord> {
  if (!/^[\x21-\x7e]{1,100}$/.test(request.id)) {
    throw new ServeError('bad_option', {
      option: '--id',
      value: request.id.slice(0, 40),
      expected: 'accountId',
    });
  }
  const roles = [...new Set(request.roles ?? [])];
  checkRoles(mall, roles);
  if (request.password.length < MIN_PASSWORD_LENGTH) {
    throw new ServeError('weak_password', {
      length: request.password.length,
      min: MIN_PASSWORD_LENGTH,
    });
  }
  const account: AccountRecord = {
    id: request.id,
    login: (request.login ?? request.id).trim().toLowerCase(),
    name: request.name?.trim() || request.id,
    roles,
    passwordHash: await hashPassword(request.password),
    nik: request.nik ?? null,
    disabled: false,
    failedLogins: 0,
    lockedUntil: null,
    createdAt: (request.now ?? new Date()).toISOString(),
  };
  if (!(await web.addAccount(account))) throw new ServeError('account_exists', { id: request.id });
  return account;
}
