import type { IssueCode } from '@mpp-kit/schemas';

/** Where the issue-code reference lives in the repository (relative to its root). @example `issueDocsLink(code, issueDocsPath)` */
export const issueDocsPath = 'docs/issue-codes.md';

/** The published issue-code reference: an absolute URL, as SARIF's `helpUri` requires. @example `issueDocsLink(code, issueDocsUrl)` */
export const issueDocsUrl = 'https://mpp-kit.dev/docs/issue-codes.md';

/**
 * The link to an issue code's entry in the issue-code reference: `docs/issue-codes.md#<code>`,
 * or under another base such as {@link issueDocsUrl}.
 *
 * @example
 * ```ts
 * issueDocsLink('duplicate_id'); // 'docs/issue-codes.md#duplicate_id'
 * issueDocsLink('duplicate_id', issueDocsUrl); // 'https://mpp-kit.dev/docs/issue-codes.md#duplicate_id'
 * ```
 */
export function issueDocsLink(
  code: IssueCode | (string & {}),
  base: string = issueDocsPath,
): string {
  return `${base}#${code}`;
}
