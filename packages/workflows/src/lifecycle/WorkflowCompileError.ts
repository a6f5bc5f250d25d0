import { localizeIssue, MppError, type Issue } from '@mpp-kit/schemas';

/**
 * Thrown by {@link compileWorkflow} when a workflow cannot become a machine (unknown template or
 * step, a team without agencies …). `message` is English, `messageId` Indonesian. It carries the same issues {@link analyzeWorkflow} reports,
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
export class WorkflowCompileError extends MppError {
  override readonly name = 'WorkflowCompileError';
  /** Stable error code. */
  declare readonly code: 'workflow_invalid';
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
    const messages = (list: readonly Issue[]): string =>
      list.map((issue) => issue.message).join(' ');
    super('workflow_invalid', {
      en: `Workflow "${workflow}" cannot be compiled: ${messages(issues)}`,
      id: `Alur kerja "${workflow}" tidak dapat dikompilasi: ${messages(issues.map((issue) => localizeIssue(issue, 'id')))}`,
    });
    this.workflow = workflow;
    this.issues = issues;
  }
}
