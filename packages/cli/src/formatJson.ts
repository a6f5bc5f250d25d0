import {
  hasErrors,
  type Issue,
  type IssueCode,
  type IssuePath,
  type IssueSeverity,
} from '@mpp-kit/schemas/issues';

/**
 * One issue as `mpp validate --format json` prints it (no `params`).
 *
 * @example
 * ```ts
 * const issue: JsonIssue = { code: 'empty_file', severity: 'error', message: 'The file is empty.', path: [], file: 'x.yaml' };
 * ```
 */
export interface JsonIssue {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  readonly message: string;
  readonly hint?: string;
  readonly path: IssuePath;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * What `mpp validate --format json` prints: whether there is no error, and every issue.
 *
 * @example
 * ```ts
 * const report = JSON.parse(stdout) as JsonReport;
 * if (!report.valid) process.exitCode = 1;
 * ```
 */
export interface JsonReport {
  readonly valid: boolean;
  readonly issues: readonly JsonIssue[];
}

/**
 * Builds the JSON report object: `{ valid, issues }`, each issue with exactly the keys `code`,
 * `severity`, `message`, `hint`?, `path`, `file`?, `line`?, `column`?, in that order.
 *
 * @example
 * ```ts
 * toJsonReport([]); // { valid: true, issues: [] }
 * ```
 */
export function toJsonReport(issues: readonly Issue[]): JsonReport {
  return {
    valid: !hasErrors(issues),
    issues: issues.map((issue) => ({
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      ...(issue.hint === undefined ? {} : { hint: issue.hint }),
      path: issue.path,
      ...(issue.file === undefined ? {} : { file: issue.file }),
      ...(issue.line === undefined ? {} : { line: issue.line }),
      ...(issue.column === undefined ? {} : { column: issue.column }),
    })),
  };
}

/**
 * Formats issues as the JSON report of {@link toJsonReport}, indented by two spaces, with a final
 * newline. `valid` is `false` when any issue is an error. Pure.
 *
 * @example
 * ```ts
 * formatJson([]);
 * // '{\n  "valid": true,\n  "issues": []\n}\n'
 * ```
 */
export function formatJson(issues: readonly Issue[]): string {
  return `${JSON.stringify(toJsonReport(issues), null, 2)}\n`;
}
