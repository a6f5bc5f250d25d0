import { createHash } from 'node:crypto';
import type { MallConfig } from '@mpp-kit/schemas';
import { resolveWorkflow, WorkflowCompileError, type ResolvedWorkflow } from '@mpp-kit/workflows';
import { UnknownServiceError } from '../lifecycle/compileServiceLifecycle.js';
import { canonicalJson } from '../store/auditChain.js';

/**
 * What a lifecycle machine is compiled from, frozen at submission and stored (as JSON) in the
 * first event of every application: the service's agencies and completion time, the mall
 * coordinator, and the fully resolved workflow. An application is always run by the machine
 * compiled from its own definition, so it stays on the version it was submitted under when the
 * configuration changes.
 *
 * `workflowVersion` is the first 16 hex digits of the SHA-256 of the canonical JSON of
 * `{ service, coordinator, workflow }`: any change that can change the lifecycle (a step, a role,
 * a team agency, the SLA, the expiry consequence) gives a new version; a change of a service's
 * name, requirements or fee does not.
 *
 * @example
 * ```ts
 * const definition: ServiceDefinition = resolveServiceDefinition(mall, 'pbg');
 * definition.workflowId; // 'pbg'
 * definition.workflowVersion; // '5b1f0c2e9a7d4e61'
 * definition.serviceVersion; // '2025.1'
 * ```
 */
export interface ServiceDefinition {
  readonly serviceId: string;
  /** `service.version.id`, or `unversioned`. */
  readonly serviceVersion: string;
  /** The resolved workflow's id (the service id for an inline `{ template, … }` workflow). */
  readonly workflowId: string;
  /** Hash of `{ service, coordinator, workflow }`; see above. */
  readonly workflowVersion: string;
  /** The mall coordinator the `coordinator` keyword binds to. */
  readonly coordinator: string;
  /** What the lifecycle needs of the service. */
  readonly service: {
    readonly id: string;
    readonly owner: string;
    readonly participants: readonly string[];
    readonly sla: {
      readonly days: number;
      readonly unit: 'working' | 'calendar';
      readonly legalMax?: number;
      readonly onExpiry: 'none' | 'escalate' | 'deemed-approval' | 'deemed-refusal';
      readonly legalBasis?: readonly string[];
    };
  };
  /** The workflow with templates, bases and overrides applied. */
  readonly workflow: ResolvedWorkflow;
}

/**
 * The `workflowVersion` of a definition's parts: the first 16 hex digits of the SHA-256 of their
 * canonical JSON.
 *
 * @throws TypeError when a part is not JSON.
 * @example
 * ```ts
 * const { service, coordinator, workflow } = resolveServiceDefinition(mall, 'pbg');
 * workflowVersionOf({ service, coordinator, workflow }); // same as .workflowVersion
 * ```
 */
export function workflowVersionOf(
  parts: Pick<ServiceDefinition, 'service' | 'coordinator' | 'workflow'>,
): string {
  const text = canonicalJson({
    service: parts.service,
    coordinator: parts.coordinator,
    workflow: parts.workflow,
  });
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * Resolves the lifecycle definition of one service of a loaded mall as the runtime freezes it at
 * submission: see {@link ServiceDefinition}.
 *
 * @param mall - a loaded mall.
 * @param serviceId - the service.
 * @returns the definition, with its `workflowVersion`.
 * @throws {@link UnknownServiceError} when the mall has no such service; `WorkflowCompileError`
 * when its workflow cannot be resolved (a loaded mall has been checked already).
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) resolveServiceDefinition(result.mall, 'pbg').workflow.steps.map((s) => s.id);
 * // ['intake', 'technical-review', 'levy-assessment', 'payment', 'issuance']
 * ```
 */
export function resolveServiceDefinition(
  mall: Pick<MallConfig, 'mall' | 'services' | 'workflows'>,
  serviceId: string,
): ServiceDefinition {
  const service = mall.services.find((candidate) => candidate.id === serviceId);
  if (!service)
    throw new UnknownServiceError(
      serviceId,
      mall.services.map((candidate) => candidate.id),
    );
  const inline = typeof service.workflow === 'object' && 'template' in service.workflow;
  const resolved = resolveWorkflow(service.workflow, {
    workflows: mall.workflows,
    ...(inline ? { id: service.id } : {}),
  });
  if (!resolved.ok) {
    const id = typeof service.workflow === 'string' ? service.workflow : service.id;
    throw new WorkflowCompileError(id, resolved.issues);
  }
  // JSON, so that what is hashed is exactly what is stored and read back.
  const workflow = JSON.parse(JSON.stringify(resolved.value)) as ResolvedWorkflow;
  const sla = service.sla;
  const parts = {
    coordinator: mall.mall.coordinator,
    service: {
      id: service.id,
      owner: service.owner,
      participants: [...(service.participants ?? [])],
      sla: {
        days: sla.days,
        unit: sla.unit,
        ...(sla.legalMax === undefined ? {} : { legalMax: sla.legalMax }),
        onExpiry: sla.onExpiry,
        ...(sla.legalBasis === undefined ? {} : { legalBasis: [...sla.legalBasis] }),
      },
    },
    workflow,
  };
  return {
    serviceId: service.id,
    serviceVersion: service.version?.id ?? 'unversioned',
    workflowId: workflow.id,
    workflowVersion: workflowVersionOf(parts),
    ...parts,
  };
}
