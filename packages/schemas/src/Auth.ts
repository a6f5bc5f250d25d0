import { z } from 'zod';
import { doc } from './_text.js';
import { httpUrl } from './_common.js';

/**
 * `role@agency`: an officer's role at an agency, both lower-kebab-case ids (`front-office@dpmptsp`).
 *
 * @example
 * ```ts
 * roleAtAgencyPattern.test('reviewer@dlh'); // true
 * ```
 */
export const roleAtAgencyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*@[a-z0-9]+(?:-[a-z0-9]+)*$/;

const roleAtAgency = doc(
  z.string().regex(roleAtAgencyPattern),
  'Peran @ instansi, misalnya front-office@dpmptsp (peran dari `roles`, instansi dari `agencies`).',
  'Role @ agency, for example front-office@dpmptsp (a role of `roles`, an agency of `agencies`).',
);

/**
 * An OpenID Connect issuer whose bearer tokens the server accepts (Keycloak, a national SSO …):
 * where its keys are, which audience the tokens must name, and how a claim maps to role @ agency.
 *
 * @example
 * ```yaml
 * issuers:
 *   - issuer: https://sso.batangkab.go.id/realms/mpp
 *     audience: mpp-batang
 *     rolesClaim: realm_access.roles
 *     roles:
 *       mpp-front-office-dpmptsp: [front-office@dpmptsp]
 *       mpp-head-dpmptsp: [head@dpmptsp]
 * ```
 */
export const oidcIssuer = z.strictObject({
  issuer: doc(
    httpUrl,
    'Alamat penerbit (klaim `iss`), persis seperti di token; kuncinya dibaca dari `<issuer>/.well-known/openid-configuration`.',
    'The issuer (the `iss` claim) exactly as in the tokens; its keys are found through `<issuer>/.well-known/openid-configuration`.',
  ),
  audience: doc(
    z.string().min(1),
    'Audiens yang wajib ada di token (klaim `aud`), biasanya id klien untuk mal ini.',
    'The audience tokens must name (the `aud` claim), usually the client id for this mall.',
  ),
  jwksUri: doc(
    httpUrl.optional(),
    'Alamat JWKS bila tidak memakai discovery OpenID.',
    'The JWKS address, when not found through OpenID discovery.',
  ),
  rolesClaim: doc(
    z
      .string()
      .regex(/^[A-Za-z0-9_:-]+(?:\.[A-Za-z0-9_:-]+)*$/)
      .default('roles'),
    'Klaim berisi peran pengguna, sebagai jalur bertitik (Keycloak: realm_access.roles atau groups).',
    "The claim holding the user's roles, as a dotted path (Keycloak: realm_access.roles or groups).",
  ),
  roles: doc(
    z.record(z.string().min(1), z.array(roleAtAgency).min(1)).default({}),
    'Nilai klaim peran → satu atau beberapa peran @ instansi. Nilai yang tidak terdaftar diabaikan.',
    'A roles-claim value → one or several role @ agency. Values not listed are ignored.',
  ),
  applicants: doc(
    z.boolean().default(true),
    'Pengguna tanpa peran yang dipetakan bertindak sebagai pemohon (id = klaim `sub`). false untuk penerbit khusus petugas.',
    'Users without a mapped role act as applicants (id = the `sub` claim). false for an officers-only issuer.',
  ),
});
/** An OpenID Connect issuer the server accepts. */
export type OidcIssuer = z.infer<typeof oidcIssuer>;

/**
 * Who may use the mall's HTTP API (`mpp serve`): the server's own signing key (`mpp token`),
 * OpenID Connect issuers with their claim → role @ agency mapping, and who reads the whole mall.
 *
 * @example
 * ```yaml
 * mall:
 *   auth:
 *     local: true
 *     coordinators: [head@dpmptsp]
 *     issuers:
 *       - { issuer: https://sso.example.go.id/realms/mpp, audience: mpp-batang, roles: { fo: [front-office@dpmptsp] } }
 * ```
 */
export const authSection = z.strictObject({
  local: doc(
    z.boolean().default(true),
    'Terima token yang ditandatangani kunci server sendiri (dibuat saat pertama jalan; `mpp token`). Matikan bila semua pengguna masuk lewat OIDC.',
    "Accept tokens signed with the server's own key (created at first start; `mpp token`). Turn off when everyone signs in through OIDC.",
  ),
  issuers: doc(
    z.array(oidcIssuer).default([]),
    'Penerbit OpenID Connect (misalnya Keycloak) yang tokennya diterima.',
    'OpenID Connect issuers (Keycloak, for example) whose tokens are accepted.',
  ),
  coordinators: doc(
    z.array(roleAtAgency).optional(),
    'Peran @ instansi yang boleh membaca seluruh mal: semua permohonan dan laporan. Bawaan: head@<koordinator mal>.',
    'Role @ agency allowed to read the whole mall: every application and the reports. Default: head@<the mall coordinator>.',
  ),
});
/** The `mall.auth` section. */
export type AuthSection = z.infer<typeof authSection>;
