import { MppError } from '@mpp-kit/schemas';

/** Messages of {@link ServeError}, by code, in English and Indonesian. */
const messages: Readonly<
  Record<ServeErrorCode, (p: Record<string, string>) => { en: string; id: string }>
> = {
  store_shared: (p: Record<string, string>) => ({
    en: `Several malls cannot share one SQLite file (${p['store'] ?? ''}): put {mall} in the path (for example --store var/{mall}.sqlite) so that each mall gets its own, or use PostgreSQL.`,
    id: `Beberapa mal tidak dapat berbagi satu berkas SQLite (${p['store'] ?? ''}): tulis {mall} di path (misalnya --store var/{mall}.sqlite) agar tiap mal punya berkas sendiri, atau pakai PostgreSQL.`,
  }),
  store_schema: (p: Record<string, string>) => ({
    en: `The PostgreSQL schema name "${p['schema'] ?? ''}" is not valid (lower case letters, digits and _, at most 63): choose another schemaPrefix in the URL.`,
    id: `Nama skema PostgreSQL "${p['schema'] ?? ''}" tidak sah (huruf kecil, angka dan _, paling banyak 63): pilih schemaPrefix lain di URL.`,
  }),
  duplicate_mall: (p: Record<string, string>) => ({
    en: `Two of the malls have the id "${p['id'] ?? ''}" (${p['paths'] ?? ''}): each mall served must have its own mall.id.`,
    id: `Dua mal memakai id "${p['id'] ?? ''}" (${p['paths'] ?? ''}): tiap mal yang dilayani harus punya mall.id sendiri.`,
  }),
  bad_option: (p: Record<string, string>) => ({
    en: `${p['option'] ?? ''} must be ${p['expected'] ?? ''}, got "${p['value'] ?? ''}".`,
    id: `${p['option'] ?? ''} harus ${p['expectedId'] ?? ''}, bukan "${p['value'] ?? ''}".`,
  }),
  bad_role: (p: Record<string, string>) => ({
    en: `--role "${p['value'] ?? ''}" is not a role@agency of this mall (${p['why'] ?? ''}). Roles: ${p['roles'] ?? ''}.`,
    id: `--role "${p['value'] ?? ''}" bukan peran@instansi mal ini (${p['whyId'] ?? ''}). Peran: ${p['roles'] ?? ''}.`,
  }),
  local_auth_off: (p: Record<string, string>) => ({
    en: `The mall "${p['mall'] ?? ''}" turns its own tokens off (mall.auth.local: false): mpp token cannot issue one; sign in through its OpenID Connect issuer.`,
    id: `Mal "${p['mall'] ?? ''}" mematikan token sendiri (mall.auth.local: false): mpp token tidak dapat menerbitkannya; masuk lewat penerbit OpenID Connect-nya.`,
  }),
  cannot_listen: (p: Record<string, string>) => ({
    en: `Cannot listen on ${p['address'] ?? ''} (${p['reason'] ?? ''}): another program uses the port, or the address is not this machine's. Choose another --port or --host.`,
    id: `Tidak dapat mendengarkan di ${p['address'] ?? ''} (${p['reason'] ?? ''}): port dipakai program lain, atau alamat bukan milik mesin ini. Pilih --port atau --host lain.`,
  }),
  account_exists: (p: Record<string, string>) => ({
    en: `There is already an account "${p['id'] ?? ''}" in this store: choose another --id, or disable the old one first (mpp account disable).`,
    id: `Sudah ada akun "${p['id'] ?? ''}" di penyimpanan ini: pilih --id lain, atau nonaktifkan akun lama dulu (mpp account disable).`,
  }),
  unknown_account: (p: Record<string, string>) => ({
    en: `There is no account "${p['id'] ?? ''}" in this store; mpp account list shows them.`,
    id: `Tidak ada akun "${p['id'] ?? ''}" di penyimpanan ini; mpp account list menampilkannya.`,
  }),
  weak_password: (p: Record<string, string>) => ({
    en: `The password is too short (${p['length'] ?? ''} characters): use at least ${p['min'] ?? ''}, on one line of standard input.`,
    id: `Kata sandi terlalu pendek (${p['length'] ?? ''} karakter): pakai paling sedikit ${p['min'] ?? ''}, pada satu baris masukan standar.`,
  }),
  unknown_key: (p: Record<string, string>) => ({
    en: `There is no signing key "${p['kid'] ?? ''}" in this store. Keys: ${p['keys'] ?? ''}.`,
    id: `Tidak ada kunci penandatangan "${p['kid'] ?? ''}" di penyimpanan ini. Kunci: ${p['keys'] ?? ''}.`,
  }),
};

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
   * @param code - what went wrong.
   * @param params - the values the message names.
   * @throws never
   * @example
   * ```ts
   * new ServeError('bad_option', { option: '--port', expected: 'a port number', expectedId: 'nomor port', value: 'x' });
   * ```
   */
  constructor(code: ServeErrorCode, params: Record<string, string> = {}) {
    const text = messages[code](params);
    super(code, text);
  }
}
