import { MppError, nearest, type Locale, type MallConfig } from '@mpp-kit/schemas';
import { compileWorkflow, type WorkflowMachine, type WorkingDayCalendar } from '@mpp-kit/workflows';
import { createMallCalendar } from '../calendar/createMallCalendar.js';

/** A service id the mall does not have. */
export class UnknownServiceError extends MppError {
  override readonly name = 'UnknownServiceError';
  declare readonly code: 'unknown_service';
  constructor(
    readonly serviceId: string,
    readonly known: readonly string[],
  ) {
    const suggestion = nearest(serviceId, known);
    const list = `${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}`;
    super('unknown_service', {
      en:
        `The mall has no service "${serviceId}". ` +
        (suggestion ? `Did you mean "${suggestion}"?` : `Services: ${list}.`),
      id:
        `Mal tidak memiliki layanan "${serviceId}". ` +
        (suggestion ? `Mungkin maksud Anda "${suggestion}"?` : `Layanan: ${list}.`),
    });
  }
}

/**
 * Compiles the lifecycle of one service of a loaded mall into its XState machine: the service's
 * workflow (a template, a template with options, or a workflow the mall declares) with the mall's
 * coordinator and working-day calendar.
 *
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const machine = compileServiceLifecycle(result.mall, 'pbg');
 *   console.log(toMermaid(machine));
 * }
 * ```
 * @throws {@link UnknownServiceError} when the mall has no such service; `WorkflowCompileError`
 * when the workflow cannot be compiled (a loaded mall has already been checked).
 */
export function compileServiceLifecycle(
  mall: MallConfig,
  serviceId: string,
  options: { locale?: Locale; calendar?: WorkingDayCalendar } = {},
): WorkflowMachine {
  const service = mall.services.find((candidate) => candidate.id === serviceId);
  if (!service)
    throw new UnknownServiceError(
      serviceId,
      mall.services.map((candidate) => candidate.id),
    );
  return compileWorkflow(service.workflow, {
    service,
    coordinator: mall.mall.coordinator,
    calendar: options.calendar ?? createMallCalendar(mall),
    workflows: mall.workflows,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
}
