// Types of @mpp-kit/schemas that this package's functions return, named here too so that a user of
// @mpp-kit/workflows alone can write them. Each is the other package's type itself (an alias).
import type * as schemas from '@mpp-kit/schemas';

/**
 * A problem found in a lifecycle definition, as `analyzeWorkflow` reports it: `Issue` of
 * `@mpp-kit/schemas` (code, severity, path, message, hint).
 *
 * @example
 * ```ts
 * const issues: Issue[] = analyzeWorkflow(definition);
 * ```
 */
export type Issue = schemas.Issue;
