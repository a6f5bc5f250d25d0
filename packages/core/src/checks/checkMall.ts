import type { Issue } from '@mpp-kit/schemas';
import { checkCalendars } from './checkCalendars.js';
import type { CheckMallOptions, PartialMall } from './CheckContext.js';
import { checkComplaints } from './checkComplaints.js';
import { checkCoordination } from './checkCoordination.js';
import { checkCounters } from './checkCounters.js';
import { checkMallSection } from './checkMallSection.js';
import { checkNotifications } from './checkNotifications.js';
import { checkQueues } from './checkQueues.js';
import { checkServices } from './checkServices.js';
import { checkWorkflows } from './checkWorkflows.js';
import { createCheckContext } from './createCheckContext.js';

export type { CheckMallOptions, PartialMall } from './CheckContext.js';

/**
 * Cross-reference and semantic checks over a whole mall: unique ids per kind, every reference
 * resolves (with a nearest-match hint), the coordinator is an agency of the mall, SLAs within their
 * legal maximum, calendar coverage and consistency, fee formulas and their test vectors, periods.
 * Paths are into the merged mall (`['services', 12, 'owner']`). One check per section, in
 * `checks/`, each reporting through the shared context.
 *
 * @example
 * ```ts
 * const issues = checkMall(mall, { years: [2026] });
 * ```
 */
export function checkMall(mall: PartialMall, options: CheckMallOptions = {}): Issue[] {
  const { context, issues, failed } = createCheckContext(mall, options);
  checkMallSection(mall, context);
  checkCounters(mall, context);
  // Services: their lifecycles, fees and deemed approval included.
  checkServices(mall, context, failed);
  checkWorkflows(mall, context, failed);
  checkCalendars(mall, context, options);
  checkQueues(mall, context);
  checkComplaints(mall, context);
  checkNotifications(mall, context);
  checkCoordination(mall, context);
  return issues;
}
