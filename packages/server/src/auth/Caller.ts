/**
 * An officer's role at an agency, as the server resolved it from a token.
 *
 * @example
 * ```ts
 * const actor: RoleAtAgency = { role: 'front-office', agency: 'dpmptsp' };
 * ```
 */
export interface RoleAtAgency {
  readonly role: string;
  readonly agency: string;
}

/**
 * Who is calling, as the authentication middleware resolved it from the bearer token: nobody
 * (no token), an applicant (their account id is the token's subject), or an officer with their
 * role @ agency pairs — a coordinator reads the whole mall.
 *
 * @example
 * ```ts
 * const caller: Caller = { kind: 'officer', id: 'nip-1987', actors: [{ role: 'reviewer', agency: 'dlh' }], coordinator: false };
 * ```
 */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'applicant'; readonly id: string }
  | {
      readonly kind: 'officer';
      readonly id: string;
      readonly actors: readonly RoleAtAgency[];
      readonly coordinator: boolean;
    };
