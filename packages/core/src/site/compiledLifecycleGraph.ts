import type { MallConfig, Service } from '@mpp-kit/schemas';
import { workflowGraph, type WorkingDayCalendar } from '@mpp-kit/workflows';
import { compileServiceLifecycle } from '../lifecycle/compileServiceLifecycle.js';
import { describeLifecycleGraph } from './_lifecycleWords.js';
import type { LifecycleGraph } from './LifecycleGraph.js';

/**
 * The lifecycle diagram of a service drawn from its compiled XState machine (the same graph as
 * `mpp graph`), put into words: events by name with their qualifier, officers by role name and
 * agency short name; `undefined` when the workflow cannot be compiled (the site then uses
 * {@link fallbackLifecycleGraph}).
 *
 * @example
 * ```ts
 * const graph = compiledLifecycleGraph(mall, pbg, createMallCalendar(mall));
 * graph?.transitions.find((t) => t.event === 'APPROVE')?.actor;
 * // { id: 'Petugas pemeriksa (DPUPR, DLH)', en: 'Reviewer (DPUPR, DLH)' }
 * ```
 */
export function compiledLifecycleGraph(
  mall: MallConfig,
  service: Service,
  calendar: WorkingDayCalendar,
): LifecycleGraph | undefined {
  let graph;
  try {
    graph = workflowGraph(compileServiceLifecycle(mall, service.id, { calendar }));
  } catch {
    return undefined;
  }
  return describeLifecycleGraph(graph, service, mall);
}
