import { analyzeWorkflow } from '@mpp-kit/workflows';
import type { CheckContext, FailedIds, PartialMall } from './CheckContext.js';

/**
 * The workflows the mall declares, each analysed on its own (reachability, roles and agencies,
 * terms); services' lifecycles are analysed with the services.
 *
 * @example
 * ```ts
 * checkWorkflows(mall, context, failed); // reports through context.push
 * ```
 */
export function checkWorkflows(mall: PartialMall, context: CheckContext, failed: FailedIds): void {
  mall.workflows?.forEach((workflow, i) => {
    for (const issue of analyzeWorkflow(workflow, {
      path: ['workflows', i],
      workflows: mall.workflows ?? [],
      roles: [...(mall.roles ?? []), ...failed.roles],
      agencies: [...(mall.agencies ?? []), ...failed.agencies],
      locale: context.locale,
    }))
      context.push(issue);
  });
}
