/** What the semantic checks of one section get from `checkMall`: the ids it knows and how to report. */
import type {
  Issue,
  IssueCode,
  IssueParams,
  IssuePath,
  Locale,
  MallConfig,
} from '@mpp-kit/schemas';

/** The kinds of thing an id names, as `unknown_reference` and `duplicate_id` say them. */
export type CheckKind =
  | 'agency'
  | 'counter'
  | 'service'
  | 'workflow'
  | 'role'
  | 'calendar'
  | 'legal basis'
  | 'requirement'
  | 'task force'
  | 'forum'
  | 'survey'
  | 'complaint category';

/** Ids declared in the mall, by kind: each with the index of the item that declares it first (-1: declared otherwise, such as a built-in role or an entry that failed the schema). */
export type KnownIds = ReadonlyMap<string, number>;

/** The helpers a section check reports through (paths are into the merged mall). */
export interface CheckContext {
  /** Reports an issue (severity: the catalogue's, unless given). */
  add(code: IssueCode, path: IssuePath, params: IssueParams, severity?: 'error' | 'warning'): void;
  /** Adds an issue made elsewhere (e.g. by the workflow analysis), as it is. */
  push(issue: Issue): void;
  /**
   * Reports `unknown_reference` (with a nearest-match hint) when `id` is given and not known. The
   * path may be given as a function: built only when there is an issue to carry it.
   */
  reference(
    kind: CheckKind,
    known: KnownIds,
    id: string | undefined,
    path: IssuePath | (() => IssuePath),
  ): void;
  /** {@link CheckContext.reference} for each id of a list (the path gets the id's index). */
  referenceAll(
    kind: CheckKind,
    known: KnownIds,
    ids: readonly string[] | undefined,
    path: IssuePath | (() => IssuePath),
  ): void;
  /** The language of the messages. */
  readonly locale: Locale;
  /** Indexes `items` by id, reporting `duplicate_id` for the second of two; returns the index. */
  index(
    kind: CheckKind,
    section: string,
    items: readonly { id: string }[] | undefined,
    prefix?: IssuePath,
  ): Map<string, number>;
  /** Names a place in the merged mall for messages (`file:line:column` when loaded from files). */
  describe(path: IssuePath): string;
  /** The ids the mall declares. */
  readonly known: {
    readonly agencies: KnownIds;
    readonly counters: KnownIds;
    readonly services: KnownIds;
    /** Declared roles and the built-in ones. */
    readonly roles: KnownIds;
    readonly legalBases: KnownIds;
    readonly calendars: KnownIds;
  };
}

/** Options of `checkMall`. */
export interface CheckMallOptions {
  readonly locale?: Locale;
  /** Years the mall's calendars must cover; a missing year is an error. */
  readonly years?: readonly number[];
  /**
   * The day validation runs ("today", in the mall's time zone); when `years` is not given, a
   * calendar whose coverage ends within 90 days of it (or has ended) gets a
   * `calendar_coverage_ending` warning, and one that starts after it a `calendar_year_missing`
   * warning. Defaults to the current date.
   */
  readonly asOf?: Date;
  /** Names a place in the merged mall for messages (e.g. `file:line:column`); default the dotted path. */
  readonly describePath?: (path: IssuePath) => string;
  /**
   * Ids of entries that failed the schema (and so are not in `mall`), per section. They are
   * declared: a reference to one is not reported as unknown, since the entry's own error says
   * what to fix.
   */
  readonly failedIds?: {
    readonly agencies?: readonly string[];
    readonly counters?: readonly string[];
    readonly services?: readonly string[];
    readonly workflows?: readonly string[];
    readonly calendars?: readonly string[];
    readonly roles?: readonly string[];
    readonly legalBases?: readonly string[];
    readonly surveys?: readonly string[];
  };
}

/** Sections whose entries have ids others refer to. */
export type FailedSection = keyof NonNullable<CheckMallOptions['failedIds']>;

/** A mall whose sections may be partial (items that failed the schema are left out). */
export type PartialMall = Partial<MallConfig>;

/** Ids of entries that failed the schema, for the checks that take plain lists. */
export type FailedIds = Readonly<Record<'agencies' | 'roles' | 'workflows', readonly string[]>>;
