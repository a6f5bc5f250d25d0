export { createIssue, localizeIssue, hasErrors, sortIssues, issueSeverities, locales } from './Issue.js';
export type { Issue, IssueInit, IssuePath, IssueParams, IssueSeverity, Locale } from './Issue.js';
export { issueCatalog, issueCodes } from './issueCatalog.js';
export type { IssueCode, IssueCatalogEntry } from './issueCatalog.js';
