import {
  issueCatalog,
  localizeIssue,
  type Issue,
  type IssueParams,
  type Locale,
} from '@mpp-kit/schemas/issues';

/** Params that answer every key with a marker, to see whether a message uses any params. */
const probe: IssueParams = new Proxy(
  {},
  { get: (_target, key) => (typeof key === 'string' ? '\u0000' : undefined) },
);

/**
 * Re-renders an issue's message and hint in `locale` when that is safe: the code is in the
 * catalogue and either the issue carries its params or its message needs none. Otherwise the
 * issue is returned as it came (an issue built by hand without params would lose its details).
 */
export function localizeSafely(issue: Issue, locale: Locale): Issue {
  if (!Object.hasOwn(issueCatalog, issue.code)) return issue;
  if (issue.params === undefined) {
    const probed = localizeIssue({ ...issue, params: probe }, locale);
    if (probed.message.includes('\u0000') || probed.hint?.includes('\u0000') === true) return issue;
  }
  return localizeIssue(issue, locale);
}
