import type { CheckContext, PartialMall } from './CheckContext.js';

/**
 * Coordination: the members of the institution, task forces and forums, and agreement agencies, are declared.
 *
 * @example
 * ```ts
 * checkCoordination(mall, context); // reports through context
 * ```
 */
export function checkCoordination(mall: PartialMall, context: CheckContext): void {
  const { known } = context;
  const coordination = mall.coordination;
  if (coordination) {
    context.referenceAll('agency', known.agencies, coordination.institution?.members, [
      'coordination',
      'institution',
      'members',
    ]);
    coordination.taskForces.forEach((force, i) => {
      context.referenceAll('agency', known.agencies, force.members, [
        'coordination',
        'taskForces',
        i,
        'members',
      ]);
    });
    coordination.agreements.forEach((agreement, i) => {
      context.reference('agency', known.agencies, agreement.agency, [
        'coordination',
        'agreements',
        i,
        'agency',
      ]);
    });
    coordination.forums.forEach((forum, i) => {
      context.referenceAll('agency', known.agencies, forum.members, [
        'coordination',
        'forums',
        i,
        'members',
      ]);
    });
  }
}
