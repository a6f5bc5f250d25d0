/**
 * The lifecycles a runtime runs, by (service, service version, workflow version): compiled from
 * the current configuration for new applications, and from the definition stored in an
 * application's first event for applications submitted under another version.
 */
import type { MallConfig } from '@mpp-kit/schemas';
import { compileWorkflow, type WorkflowMachine, type WorkingDayCalendar } from '@mpp-kit/workflows';
import type { ApplicationRecord, MallStore } from '../store/MallStore.js';
import { DefinitionMismatchError } from './errors.js';
import {
  resolveServiceDefinition,
  workflowVersionOf,
  type ServiceDefinition,
} from './resolveServiceDefinition.js';

/** A compiled lifecycle and what the runtime needs to know about it. */
export interface Lifecycle {
  readonly key: string;
  readonly definition: ServiceDefinition;
  readonly machine: WorkflowMachine;
  /** Owner, participants, and every agency a transition names. */
  readonly agencies: readonly string[];
  /** Whether an outcome or a deemed approval branches on the risk level. */
  readonly usesRiskLevel: boolean;
}

/** The registry key of an application's lifecycle. */
export function lifecycleKey(
  record: Pick<ApplicationRecord, 'serviceId' | 'serviceVersion' | 'workflowVersion'>,
): string {
  return `${record.serviceId}@${record.serviceVersion}#${record.workflowVersion}`;
}

interface StateNodeLike {
  readonly transitions: ReadonlyMap<string, readonly { readonly meta?: unknown }[]>;
  readonly states: Readonly<Record<string, StateNodeLike>>;
}

function namedAgencies(machine: WorkflowMachine, definition: ServiceDefinition): string[] {
  const agencies = new Set<string>([definition.service.owner, ...definition.service.participants]);
  const visit = (node: StateNodeLike): void => {
    for (const list of node.transitions.values()) {
      for (const transition of list) {
        const actors =
          (transition.meta as { actors?: readonly { agency: string }[] } | undefined)?.actors ?? [];
        for (const actor of actors) if (actor.agency !== 'applicant') agencies.add(actor.agency);
      }
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return [...agencies];
}

function branchesOnRisk(definition: ServiceDefinition): boolean {
  const { workflow } = definition;
  const rules = [
    ...workflow.steps.flatMap((step) => step.outcomes.flatMap((outcome) => outcome.rules)),
    ...workflow.expiry.deemedApproval,
    ...workflow.expiry.deemedRefusal,
  ];
  return rules.some((rule) => rule.when?.riskLevel !== undefined);
}

/** Compiles a definition with the runtime's calendar. */
export function compileLifecycle(
  definition: ServiceDefinition,
  calendar: WorkingDayCalendar,
): Lifecycle {
  const machine = compileWorkflow(definition.workflow, {
    service: definition.service,
    coordinator: definition.coordinator,
    calendar,
  });
  return {
    key: lifecycleKey(definition),
    definition,
    machine,
    agencies: namedAgencies(machine, definition),
    usesRiskLevel: branchesOnRisk(definition),
  };
}

/** The runtime's lifecycles. */
export interface LifecycleRegistry {
  /** The lifecycle new applications of a service get (throws `UnknownServiceError`). */
  current(serviceId: string): Lifecycle;
  /** The lifecycle an application runs under. */
  forRecord(record: ApplicationRecord): Promise<Lifecycle>;
}

function isDefinition(value: unknown): value is ServiceDefinition {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate['serviceId'] === 'string' &&
    typeof candidate['coordinator'] === 'string' &&
    typeof candidate['service'] === 'object' &&
    candidate['service'] !== null &&
    typeof candidate['workflow'] === 'object' &&
    candidate['workflow'] !== null
  );
}

/** A registry over the mall's current configuration and the store's stored definitions. */
export function createLifecycleRegistry(
  mall: Pick<MallConfig, 'mall' | 'services' | 'workflows'>,
  calendar: WorkingDayCalendar,
  store: MallStore,
): LifecycleRegistry {
  const byKey = new Map<string, Lifecycle>();
  const byService = new Map<string, Lifecycle>();

  const current = (serviceId: string): Lifecycle => {
    const known = byService.get(serviceId);
    if (known) return known;
    const definition = resolveServiceDefinition(mall, serviceId);
    const lifecycle = byKey.get(lifecycleKey(definition)) ?? compileLifecycle(definition, calendar);
    byService.set(serviceId, lifecycle);
    byKey.set(lifecycle.key, lifecycle);
    return lifecycle;
  };

  const fromStore = async (record: ApplicationRecord): Promise<Lifecycle> => {
    const [first] = await store.events(record.id);
    const stored = (first?.payload as { definition?: unknown } | null | undefined)?.definition;
    if (!isDefinition(stored)) {
      throw new DefinitionMismatchError(record.id, 'the first event holds no lifecycle definition');
    }
    let version: string;
    try {
      version = workflowVersionOf(stored);
    } catch (error) {
      throw new DefinitionMismatchError(record.id, 'the stored definition is not JSON', {
        cause: error,
      });
    }
    if (version !== record.workflowVersion || stored.serviceId !== record.serviceId) {
      throw new DefinitionMismatchError(
        record.id,
        `it hashes to ${version} for service ${stored.serviceId}, but the application records ${record.workflowVersion} for ${record.serviceId}`,
      );
    }
    try {
      return compileLifecycle({ ...stored, workflowVersion: version }, calendar);
    } catch (error) {
      throw new DefinitionMismatchError(
        record.id,
        error instanceof Error ? error.message : String(error),
        { cause: error },
      );
    }
  };

  return {
    current,
    async forRecord(record) {
      const key = lifecycleKey(record);
      const known = byKey.get(key);
      if (known) return known;
      if (
        !byService.has(record.serviceId) &&
        mall.services.some((s) => s.id === record.serviceId)
      ) {
        current(record.serviceId);
        const now = byKey.get(key);
        if (now) return now;
      }
      const lifecycle = await fromStore(record);
      byKey.set(key, lifecycle);
      return lifecycle;
    },
  };
}
