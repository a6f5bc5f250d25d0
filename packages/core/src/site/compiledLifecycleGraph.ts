import type { MallConfig, Service } from '@mpp-kit/schemas';
import { workflowGraph, type WorkingDayCalendar } from '@mpp-kit/workflows';
import { compileServiceLifecycle } from '../compileServiceLifecycle.js';
import type { LifecycleGraph } from './LifecycleGraph.js';

/**
 * The lifecycle diagram of a service drawn from its compiled XState machine (the same graph as
 * `mpp graph`), with the service's own agencies on every transition; `undefined` when the
 * workflow cannot be compiled (the site then shows the template's plain steps).
 *
 * @example
 * ```ts
 * const graph = compiledLifecycleGraph(mall, pbg, createMallCalendar(mall));
 * graph?.transitions.find((t) => t.event.startsWith('APPROVE'))?.actor; // 'reviewer@dpupr, reviewer@dlh'
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
  return {
    ...(graph.initial === undefined ? {} : { initial: graph.initial }),
    states: graph.states.map((state) => ({
      id: state.id,
      label:
        typeof state.label === 'string'
          ? state.label
          : state.label.en === undefined
            ? { id: state.label.id }
            : { id: state.label.id, en: state.label.en },
      ...(state.final ? { final: true } : {}),
    })),
    transitions: graph.transitions.map((transition) => ({
      from: transition.from,
      to: transition.to,
      event: transition.event,
      ...(transition.actor === undefined ? {} : { actor: transition.actor }),
    })),
  };
}
