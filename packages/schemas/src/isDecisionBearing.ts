import type { ServiceType } from './vocabularies.js';

/**
 * Whether applications for a service ask for a decision that can be deemed approved at expiry
 * (fiktif positif). The rule, kept in this one place: a service bears a decision when it is a
 * permit, `type: licensing` (perizinan); an assistance, registration or information service
 * (`non-licensing`) has no decision to deem.
 *
 * Basis: deemed approval is granted to an application for a decision or action that the
 * authority does not decide in time — UU 30/2014 (Administrasi Pemerintahan) Art. 53, as amended
 * by UU 6/2023 (5 working days unless a rule says otherwise); for risk-based business licensing,
 * PP 28/2025. `mpp validate` warns (`deemed_approval_without_decision`) when a service that
 * bears no decision declares `sla.onExpiry: deemed-approval`.
 *
 * @example
 * ```ts
 * isDecisionBearing({ type: 'licensing' }); // true: a permit
 * isDecisionBearing({ type: 'non-licensing' }); // false: e.g. OSS assistance
 * ```
 */
export function isDecisionBearing(service: { readonly type: ServiceType }): boolean {
  return service.type === 'licensing';
}
