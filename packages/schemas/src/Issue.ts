import {
  issueCatalog,
  type IssueCatalogEntry,
  type IssueCode,
  type IssueParamValue,
  type IssueParamsByCode,
} from './issueCatalog.js';

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

/**
 * Values an issue message is built from (`{ id: 'dpmptsp' }`); serializable. Each code's exact
 * parameters are {@link IssueParamsByCode}; a phrase a program composes is a `{ en, id }` text.
 */
export type IssueParams = Readonly<Record<string, IssueParamValue>>;

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

/**
 * What {@link createIssue} takes besides the code and its parameters: where, how severe, and the
 * locale `message` and `hint` are first rendered in.
 *
 * @example
 * ```ts
 * const place: IssuePlace = { path: ['services', 0, 'owner'], file: 'services/pbg.yaml', line: 7, column: 12 };
 * ```
 */
export interface IssuePlace {
  readonly path?: IssuePath;
  readonly severity?: IssueSeverity;
  /** The locale `message` and `hint` are first rendered in (English by default). */
  readonly locale?: Locale;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** The init of one code: its parameters are required unless the code's messages use none. */
type IssueInitFor<C extends IssueCode> = IssuePlace & {
  readonly code: C;
} & (object extends IssueParamsByCode[C]
    ? { readonly params?: IssueParamsByCode[C] }
    : { readonly params: IssueParamsByCode[C] });

/**
 * What {@link createIssue} needs: the code, where, and the values its message is built from —
 * exactly the parameters {@link IssueParamsByCode} declares for that code.
 */
export type IssueInit<C extends IssueCode = IssueCode> = { [K in C]: IssueInitFor<K> }[C];

/** The catalogue as the renderers below use it: any issue's params, read by name. */
const catalogue = issueCatalog as unknown as Readonly<Record<IssueCode, IssueCatalogEntry>>;

/** Renders the message and hint of `code` from `params` in `locale`. */
function render(
  code: IssueCode,
  params: IssueParams,
  locale: Locale,
): { readonly message: string; readonly hint?: string } {
  const entry = catalogue[code];
  const hint = entry.hint?.[locale](params);
  return {
    message: entry.message[locale](params),
    ...(hint === undefined ? {} : { hint }),
  };
}

/**
 * Builds an {@link Issue} whose message and hint come from the issue catalogue. The compiler
 * checks `params` against the code's entry in {@link IssueParamsByCode}: a missing, unknown or
 * mistyped parameter does not compile. A helper that takes the code as a type parameter `C`
 * passes `params: IssueParamsByCode[C]` (the second signature).
 *
 * @example
 * ```ts
 * const issue = createIssue({
 *   code: 'duplicate_id',
 *   path: ['agencies', 4, 'id'],
 *   params: { kind: 'agency', id: 'dpmptsp', first: 'agencies.yaml:2:7' },
 * });
 * issue.message; // 'Duplicate agency id "dpmptsp" (first declared at agencies.yaml:2:7).'
 * ```
 */
export function createIssue(init: IssueInit): Issue;
export function createIssue<C extends IssueCode>(
  init: IssuePlace & { readonly code: C; readonly params: IssueParamsByCode[C] },
): Issue;
export function createIssue(init: IssueInit): Issue {
  const params: IssueParams | undefined = init.params;
  return {
    code: init.code,
    severity: init.severity ?? catalogue[init.code].severity,
    ...render(init.code, params ?? {}, init.locale ?? 'en'),
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
  const { hint: _old, ...rest } = issue;
  return { ...rest, ...render(issue.code, issue.params ?? {}, locale) };
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
