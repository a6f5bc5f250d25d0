import type { MallConfig, Service } from '@mpp-kit/schemas';
import { resolveWorkflow, workflowGraph } from '@mpp-kit/workflows';
import { describeLifecycleGraph, type LifecycleMall } from './_lifecycleWords.js';
import type { LifecycleGraph } from './LifecycleGraph.js';

/**
 * The lifecycle graph of a service without compiling it for the mall: its workflow (a built-in
 * template, or a mall workflow and the `extends` chain behind it) resolved by `@mpp-kit/workflows`
 * and drawn as the symbolic machine `mpp graph` shows, with the agency keywords bound to the
 * service's agencies and everything put into words. `undefined` when the workflow cannot be
 * resolved or compiled.
 *
 * @example
 * ```ts
 * const graph = fallbackLifecycleGraph(pbg, mall);
 * graph?.states.map((state) => state.id);
 * // ['intake', 'intake_returned', 'technical-review', …, 'issued', 'rejected', 'expired']
 * ```
 */
export function fallbackLifecycleGraph(
  service: Service,
  mall: LifecycleMall & Partial<Pick<MallConfig, 'workflows'>> = {},
): LifecycleGraph | undefined {
  const resolved = resolveWorkflow(service.workflow, {
    workflows: mall.workflows ?? [],
    id: service.id,
  });
  if (!resolved.ok) return undefined;
  try {
    return describeLifecycleGraph(workflowGraph(resolved.value), service, mall);
  } catch {
    return undefined;
  }
}
