import { complaintTierDays } from '@mpp-kit/schemas';
import type { CheckContext, PartialMall } from './CheckContext.js';

/**
 * The checks of the `complaints` section: category ids unique, receiving agencies, officer roles
 * and legal bases that exist, and a warning for a category whose own term is longer than its
 * SP4N-LAPOR! tier allows; a lifecycle that names who reopens while it disallows reopening.
 *
 * @example
 * ```ts
 * checkComplaints(mall, context); // reports through context.add
 * ```
 */
export function checkComplaints(mall: PartialMall, context: CheckContext): void {
  const complaints = mall.complaints;
  if (complaints === undefined) return;
  const { known } = context;
  context.index('complaint category', 'categories', complaints.categories, ['complaints']);
  context.reference('role', known.roles, complaints.officerRole, ['complaints', 'officerRole']);
  context.reference('role', known.roles, complaints.handlerRole, ['complaints', 'handlerRole']);
  complaints.legalBasis?.forEach((id, i) => {
    context.reference('legal basis', known.legalBases, id, ['complaints', 'legalBasis', i]);
  });
  const lifecycle = complaints.lifecycle;
  if (lifecycle?.reopening === false && lifecycle.actors?.reopen !== undefined)
    context.add(
      'complaint_reopen_actor_without_reopening',
      ['complaints', 'lifecycle', 'actors', 'reopen'],
      {},
    );
  complaints.categories.forEach((category, i) => {
    const at = ['complaints', 'categories', i];
    context.reference('agency', known.agencies, category.agency, [...at, 'agency']);
    const max = complaintTierDays[category.tier];
    if (category.days !== undefined && category.days > max) {
      context.add('complaint_term_over_tier', [...at, 'days'], {
        days: category.days,
        max,
        tier: category.tier,
      });
    }
  });
}
