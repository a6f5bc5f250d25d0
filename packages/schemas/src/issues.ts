// `@mpp-kit/schemas/issues`: what a program needs to show issues (their type, catalogue, locales,
// sorting and localizing) and localized text, without zod or the JSON Schema. The CLI loads this
// at start so that `mpp --version` and `mpp --help` do not pay for the configuration schemas.
export {
  createIssue,
  localizeIssue,
  hasErrors,
  sortIssues,
  issueSeverities,
  locales,
} from './Issue.js';
export type {
  Issue,
  IssueInit,
  IssuePlace,
  IssuePath,
  IssueParams,
  IssueSeverity,
  Locale,
} from './Issue.js';
export { issueCatalog, issueCodes, issueKindNames, issueParamExamples } from './issueCatalog.js';
export type {
  IssueCode,
  IssueCatalogEntry,
  IssueKind,
  IssueParamValue,
  IssueParamsByCode,
  AnyIssueParams,
} from './issueCatalog.js';
export { localize, renderMessage, renderEveryLocale, defineMessages } from './LocalizedMessage.js';
export type { LocaleText, LocalizedMessage } from './LocalizedMessage.js';
export { textFor } from './textFor.js';
export type { LocalizedText } from './LocalizedText.js';
export { MppError } from './MppError.js';
