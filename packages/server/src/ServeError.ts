import {
  defineMessages,
  localize,
  MppError,
  renderEveryLocale,
  type LocaleText,
  type LocalizedMessage,
} from '@mpp-kit/schemas';

/**
 * What an option of a `bad_option` {@link ServeError} should have been: a duration (`--ttl`), a
 * token subject (`--sub`), an account id (`--id`) or an instant (`--clock`).
 *
 * @example
 * ```ts
 * const expected: BadOptionExpectation = 'duration';
 * ```
 */
export type BadOptionExpectation = 'duration' | 'subject' | 'accountId' | 'instant';

/**
 * What an option of `bad_option` should have been, by code (rendered in the reader's language with
 * the rest of the message).
 *
 * @example
 * ```ts
 * badOptionExpectations.duration.en; // 'a duration such as 90s, 15m, 1h or 7d (at most 366d)'
 * ```
 */
export const badOptionExpectations: Readonly<Record<BadOptionExpectation, LocaleText>> = {
  duration: {
    en: 'a duration such as 90s, 15m, 1h or 7d (at most 366d)',
    id: 'durasi seperti 90s, 15m, 1h atau 7d (paling lama 366d)',
  },
  subject: { en: 'a user id of 1 to 200 characters', id: 'id pengguna 1 sampai 200 karakter' },
  accountId: {
    en: '1 to 100 visible ASCII characters without spaces (a NIP or a user name)',
    id: '1 sampai 100 karakter ASCII tanpa spasi (NIP atau nama pengguna)',
  },
  instant: {
    en: 'an ISO 8601 instant such as 2026-03-02T01:00:00Z',
    id: 'instan ISO 8601 seperti 2026-03-02T01:00:00Z',
  },
};

/**
 * Why a `--role` value is not a role@agency of the mall (`bad_role`).
 *
 * @example
 * ```ts
 * const problem: RoleProblem = { kind: 'no_role', role: 'kasir' };
 * ```
 */
export type RoleProblem =
  | { readonly kind: 'form' }
  | { readonly kind: 'no_role'; readonly role: string }
  | { readonly kind: 'no_agency'; readonly agency: string };

const roleProblemText = defineMessages({
  form: () => ({ en: 'not of the form role@agency', id: 'bukan berbentuk peran@instansi' }),
  no_role: (p: { role: string }) => ({
    en: `no role "${p.role}"`,
    id: `tidak ada peran "${p.role}"`,
  }),
  no_agency: (p: { agency: string }) => ({
    en: `no agency "${p.agency}"`,
    id: `tidak ada instansi "${p.agency}"`,
  }),
});

/** A {@link RoleProblem} in every locale. */
function roleProblem(problem: RoleProblem) {
  switch (problem.kind) {
    case 'form':
      return renderEveryLocale(roleProblemText.form, undefined);
    case 'no_role':
      return renderEveryLocale(roleProblemText.no_role, problem);
    case 'no_agency':
      return renderEveryLocale(roleProblemText.no_agency, problem);
  }
}

/**
 * The parameters of each {@link ServeError} code: the values its message names.
 *
 * @example
 * ```ts
 * const params: ServeErrorParams['bad_option'] = { option: '--ttl', expected: 'duration', value: '2y' };
 * ```
 */
export interface ServeErrorParams {
  readonly store_shared: { readonly store: string };
  readonly store_schema: { readonly schema: string };
  readonly duplicate_mall: { readonly id: string; readonly paths: string };
  readonly bad_option: {
    readonly option: string;
    readonly expected: BadOptionExpectation;
    readonly value: string;
  };
  readonly bad_role: {
    readonly value: string;
    readonly problem: RoleProblem;
    readonly roles: string;
  };
  readonly local_auth_off: { readonly mall: string };
  readonly cannot_listen: { readonly address: string; readonly reason: string };
  readonly account_exists: { readonly id: string };
  readonly unknown_account: { readonly id: string };
  readonly weak_password: { readonly length: number; readonly min: number };
  readonly unknown_key: { readonly kid: string; readonly keys: string };
}

/**
 * Messages of {@link ServeError}, by code, in English and Indonesian: each code's parameters are
 * the values its message names.
 *
 * @example
 * ```ts
 * renderMessage(serveErrorMessages.unknown_account, { id: 'nip-1' }, 'en');
 * // 'There is no account "nip-1" in this store; mpp account list shows them.'
 * ```
 */
export const serveErrorMessages = defineMessages<{
  readonly [C in ServeErrorCode]: (p: ServeErrorParams[C]) => LocaleText;
}>({
  store_shared: (p) => ({
    en: `Several malls cannot share one SQLite file (${p.store}): put {mall} in the path (for example --store var/{mall}.sqlite) so that each mall gets its own, or use PostgreSQL.`,
    id: `Beberapa mal tidak dapat berbagi satu berkas SQLite (${p.store}): tulis {mall} di path (misalnya --store var/{mall}.sqlite) agar tiap mal punya berkas sendiri, atau pakai PostgreSQL.`,
  }),
  store_schema: (p) => ({
    en: `The PostgreSQL schema name "${p.schema}" is not valid (lower case letters, digits and _, at most 63): choose another schemaPrefix in the URL.`,
    id: `Nama skema PostgreSQL "${p.schema}" tidak sah (huruf kecil, angka dan _, paling banyak 63): pilih schemaPrefix lain di URL.`,
  }),
  duplicate_mall: (p) => ({
    en: `Two of the malls have the id "${p.id}" (${p.paths}): each mall served must have its own mall.id.`,
    id: `Dua mal memakai id "${p.id}" (${p.paths}): tiap mal yang dilayani harus punya mall.id sendiri.`,
  }),
  bad_option: (p) => ({
    en: `${p.option} must be ${localize(badOptionExpectations[p.expected], 'en')}, got "${p.value}".`,
    id: `${p.option} harus ${localize(badOptionExpectations[p.expected], 'id')}, bukan "${p.value}".`,
  }),
  bad_role: (p) => ({
    en: `--role "${p.value}" is not a role@agency of this mall (${roleProblem(p.problem).en}). Roles: ${p.roles}.`,
    id: `--role "${p.value}" bukan peran@instansi mal ini (${roleProblem(p.problem).id}). Peran: ${p.roles}.`,
  }),
  local_auth_off: (p) => ({
    en: `The mall "${p.mall}" turns its own tokens off (mall.auth.local: false): mpp token cannot issue one; sign in through its OpenID Connect issuer.`,
    id: `Mal "${p.mall}" mematikan token sendiri (mall.auth.local: false): mpp token tidak dapat menerbitkannya; masuk lewat penerbit OpenID Connect-nya.`,
  }),
  cannot_listen: (p) => ({
    en: `Cannot listen on ${p.address} (${p.reason}): another program uses the port, or the address is not this machine's. Choose another --port or --host.`,
    id: `Tidak dapat mendengarkan di ${p.address} (${p.reason}): port dipakai program lain, atau alamat bukan milik mesin ini. Pilih --port atau --host lain.`,
  }),
  account_exists: (p) => ({
    en: `There is already an account "${p.id}" in this store: choose another --id, or disable the old one first (mpp account disable).`,
    id: `Sudah ada akun "${p.id}" di penyimpanan ini: pilih --id lain, atau nonaktifkan akun lama dulu (mpp account disable).`,
  }),
  unknown_account: (p) => ({
    en: `There is no account "${p.id}" in this store; mpp account list shows them.`,
    id: `Tidak ada akun "${p.id}" di penyimpanan ini; mpp account list menampilkannya.`,
  }),
  weak_password: (p) => ({
    en: `The password is too short (${String(p.length)} characters): use at least ${String(p.min)}, on one line of standard input.`,
    id: `Kata sandi terlalu pendek (${String(p.length)} karakter): pakai paling sedikit ${String(p.min)}, pada satu baris masukan standar.`,
  }),
  unknown_key: (p) => ({
    en: `There is no signing key "${p.kid}" in this store. Keys: ${p.keys}.`,
    id: `Tidak ada kunci penandatangan "${p.kid}" di penyimpanan ini. Kunci: ${p.keys}.`,
  }),
});

/**
 * Codes of {@link ServeError}.
 *
 * @example
 * ```ts
 * serveErrorCodes.includes('store_shared'); // true
 * ```
 */
export const serveErrorCodes = [
  'store_shared',
  'store_schema',
  'duplicate_mall',
  'bad_option',
  'bad_role',
  'local_auth_off',
  'unknown_key',
  'cannot_listen',
  'account_exists',
  'unknown_account',
  'weak_password',
] as const;

/**
 * A code of {@link serveErrorCodes}.
 *
 * @example
 * ```ts
 * const code: ServeErrorCode = 'bad_option';
 * ```
 */
export type ServeErrorCode = (typeof serveErrorCodes)[number];

/**
 * The arguments of `new ServeError(…)`: a code and that code's parameters.
 *
 * @example
 * ```ts
 * const args: ServeErrorArguments = ['unknown_account', { id: 'nip-1' }];
 * ```
 */
export type ServeErrorArguments = {
  [C in ServeErrorCode]: [code: C, params: ServeErrorParams[C]];
}[ServeErrorCode];

/**
 * Thrown when the server, `mpp token` or `mpp keys` cannot start as asked: a bad option, malls
 * that would share a SQLite file or an id, a role that the mall does not have. `message` is
 * English, `messageId` Indonesian; both say what to do.
 *
 * @example
 * ```ts
 * try {
 *   resolveStoreLocation('x.sqlite', 'mpp-batang', 2, process.cwd());
 * } catch (error) {
 *   if (error instanceof ServeError) console.error(error.code, error.messageId);
 * }
 * ```
 */
export class ServeError extends MppError {
  override readonly name = 'ServeError';
  /** Stable code. */
  declare readonly code: ServeErrorCode;

  /**
   * @param args - what went wrong (a code of {@link serveErrorCodes}), then the values its message
   * names ({@link ServeErrorParams}).
   * @throws never
   * @example
   * ```ts
   * new ServeError('bad_option', { option: '--ttl', expected: 'duration', value: '2y' });
   * ```
   */
  constructor(...args: ServeErrorArguments) {
    const [code, params] = args;
    const message = serveErrorMessages[code] as LocalizedMessage<typeof params>;
    super(code, renderEveryLocale(message, params));
  }
}
