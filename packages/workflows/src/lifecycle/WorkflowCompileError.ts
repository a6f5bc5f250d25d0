import type { Issue } from '@mpp-kit/schemas';

/**
 * Thrown by {@link compileWorkflow} when a workflow cannot become a machine (unknown template or
 * step, a team without agencies …). It carries the same issues {@link analyzeWorkflow} reports,
 * so run the analysis first to show them located in the YAML.
 *
 * @example
 * ```ts
 * try {
 *   compileWorkflow('permt', context);
 * } catch (error) {
 *   if (error instanceof WorkflowCompileError) console.log(error.issues[0]?.hint); // 'Did you mean "permit"?'
 * }
 * ```
 */
export class WorkflowCompileError extends Error {
  override readonly name = 'WorkflowCompileError';
  /** Stable error code. */
  readonly code = 'workflow_invalid' as const;
  /** Id of the workflow that failed to compile. */
  readonly workflow: string;
  /** Every problem found. */
  readonly issues: readonly Issue[];

  /**
   * @param workflow - id of the workflow.
   * @param issues - the problems found (at least one error).
   * @throws never
   * @example
   * ```ts
   * new WorkflowCompileError('pbg', issues);
   * ```
   */
  constructor(workflow: string, issues: readonly Issue[]) {
    super(
      `Workflow "${workflow}" cannot be compiled: ${issues.map((issue) => issue.message).join(' ')}`,
    );
    this.workflow = workflow;
    this.issues = issues;
  }
}
