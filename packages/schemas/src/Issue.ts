import { issueCatalog, type IssueCode } from './issueCatalog.js';

/** Severities an {@link Issue} can carry, most severe first. */
export const issueSeverities = ['error', 'warning', 'info'] as const;
/** How serious an issue is: `error` makes a configuration invalid, `warning` and `info` do not. */
export type IssueSeverity = (typeof issueSeverities)[number];

/** Locales every message exists in: Indonesian and English. */
export const locales = ['id', 'en'] as const;
/** A message locale: `id` (Bahasa Indonesia) or `en` (English). */
export type Locale = (typeof locales)[number];

/** A path into a configuration document: object keys and array indexes. */
export type IssuePath = readonly (string | number)[];

/** Values an issue message is built from (`{ id: 'dpmptsp' }`); serializable. */
export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/**
 * One problem found in a configuration, a workflow or an input value.
 *
 * Issues are data: `code` is a stable snake_case identifier (see the issue-code reference),
 * `message` and `hint` are rendered from `params` in one locale, and `file`/`line`/`column`
 * (1-based) are present when the problem came from a file.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'unknown_reference',
 *   severity: 'error',
 *   message: 'Unknown agency "dpmptps".',
 *   hint: 'Did you mean "dpmptsp"?',
 *   path: ['services', 3, 'owner'],
 *   params: { kind: 'agency', id: 'dpmptps', suggestion: 'dpmptsp' },
 *   file: 'services/pbg.yaml',
 *   line: 7,
 *   column: 12,
 * };
 * ```
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  readonly message: string;
  readonly hint?: string;
  readonly path: IssuePath;
  readonly params?: IssueParams;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** What {@link createIssue} needs: the code, where, and the values its message is built from. */
export interface IssueInit {
  readonly code: IssueCode;
  readonly path?: IssuePath;
  readonly params?: IssueParams;
  readonly severity?: IssueSeverity;
  readonly locale?: Locale;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Builds an {@link Issue} whose message and hint come from the issue catalogue.
 *
 * @example
 * ```ts
 * const issue = createIssue({
 *   code: 'duplicate_id',
 *   path: ['agencies', 4, 'id'],
 *   params: { kind: 'agency', id: 'dpmptsp' },
 * });
 * issue.message; // 'Duplicate agency id "dpmptsp".'
 * ```
 */
export function createIssue(init: IssueInit): Issue {
  const entry = issueCatalog[init.code];
  const params = init.params ?? {};
  const locale = init.locale ?? 'en';
  const hint = entry.hint?.[locale](params);
  return {
    code: init.code,
    severity: init.severity ?? entry.severity,
    message: entry.message[locale](params),
    ...(hint === undefined ? {} : { hint }),
    path: init.path ?? [],
    ...(init.params === undefined ? {} : { params: init.params }),
    ...(init.file === undefined ? {} : { file: init.file }),
    ...(init.line === undefined ? {} : { line: init.line }),
    ...(init.column === undefined ? {} : { column: init.column }),
  };
}

/**
 * Renders an issue's message and hint again in another locale.
 *
 * @example
 * ```ts
 * const id = localizeIssue(issue, 'id');
 * id.message; // 'Id instansi "dpmptsp" ganda.'
 * ```
 */
export function localizeIssue(issue: Issue, locale: Locale): Issue {
  const entry = issueCatalog[issue.code];
  const params = issue.params ?? {};
  const hint = entry.hint?.[locale](params);
  const { hint: _old, ...rest } = issue;
  return {
    ...rest,
    message: entry.message[locale](params),
    ...(hint === undefined ? {} : { hint }),
  };
}

/** `true` when any issue has severity `error`. @example `hasErrors(result.issues)` */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * Sorts issues by file, line, column, then path, so output is stable.
 *
 * @example
 * ```ts
 * const ordered = sortIssues(issues);
 * ```
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.path.join('.').localeCompare(b.path.join('.')),
  );
}
