/**
 * The `iss` of tokens signed with a mall's own key (`mpp token`): `urn:mpp-kit:local:<mall id>`.
 * Their `aud` is the mall id.
 *
 * @param mallId - the mall's id.
 * @returns the issuer.
 * @example
 * ```ts
 * localIssuer('mpp-batang'); // 'urn:mpp-kit:local:mpp-batang'
 * ```
 */
export function localIssuer(mallId: string): string {
  return `urn:mpp-kit:local:${mallId}`;
}

/** The claim of local tokens that holds `role@agency` strings. */
export const LOCAL_ROLES_CLAIM = 'roles';
