import { nearest, type IssuePath } from '@mpp-kit/schemas';
import type { CheckContext, PartialMall } from './CheckContext.js';

/**
 * The mall section: the coordinator is an agency, its calendars and auth actors are declared.
 *
 * @example
 * ```ts
 * checkMallSection(mall, context); // reports through context
 * ```
 */
export function checkMallSection(mall: PartialMall, context: CheckContext): void {
  const { known } = context;
  if (mall.mall) {
    const coordinator = mall.mall.coordinator;
    if (!known.agencies.has(coordinator)) {
      const suggestion = nearest(coordinator, known.agencies.keys());
      context.add('coordinator_not_agency', ['mall', 'coordinator'], {
        id: coordinator,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    context.referenceAll('calendar', known.calendars, mall.mall.calendars, ['mall', 'calendars']);
    const auth = mall.mall.auth;
    const checkActor = (key: string, path: IssuePath) => {
      const [role, agency] = key.split('@');
      context.reference('role', known.roles, role, path);
      context.reference('agency', known.agencies, agency, path);
    };
    auth?.coordinators?.forEach((key, i) => {
      checkActor(key, ['mall', 'auth', 'coordinators', i]);
    });
    auth?.issuers.forEach((issuer, i) => {
      for (const [value, keys] of Object.entries(issuer.roles))
        keys.forEach((key, j) => {
          checkActor(key, ['mall', 'auth', 'issuers', i, 'roles', value, j]);
        });
    });
  }
}
