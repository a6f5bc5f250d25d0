/** The mall, counters and coordination sections of `checkMall`: references and periods. */
import { nearest, type IssuePath } from '@mpp-kit/schemas';
import type { PartialMall } from '../checkMall.js';
import type { CheckContext } from './CheckContext.js';

/** The mall section: the coordinator is an agency, its calendars and auth actors are declared. */
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

/** Counters: their agencies are declared and their active periods run forwards. */
export function checkCounters(mall: PartialMall, context: CheckContext): void {
  const { known } = context;
  mall.counters?.forEach((counter, i) => {
    context.referenceAll('agency', known.agencies, counter.agencies, ['counters', i, 'agencies']);
    counter.active?.forEach((period, j) => {
      if (period.to !== undefined && period.to < period.from) {
        context.add('invalid_period', ['counters', i, 'active', j, 'to'], {
          from: period.from,
          to: period.to,
        });
      }
    });
  });
}

/** Coordination: the members of the institution, task forces and forums, and agreement agencies, are declared. */
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
