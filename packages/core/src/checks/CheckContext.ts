/** What the semantic checks of one section get from `checkMall`: the ids it knows and how to report. */
import type { IssueCode, IssueParams, IssuePath } from '@mpp-kit/schemas';

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

/** Ids declared in the mall, by kind, with where each was first declared. */
export type KnownIds = ReadonlyMap<string, IssuePath>;

/** The helpers a section check reports through (paths are into the merged mall). */
export interface CheckContext {
  /** Reports an issue (severity: the catalogue's, unless given). */
  add(code: IssueCode, path: IssuePath, params: IssueParams, severity?: 'error' | 'warning'): void;
  /** Reports `unknown_reference` (with a nearest-match hint) when `id` is given and not known. */
  reference(kind: CheckKind, known: KnownIds, id: string | undefined, path: IssuePath): void;
  /** Indexes `items` by id, reporting `duplicate_id` for the second of two; returns the index. */
  index(
    kind: CheckKind,
    section: string,
    items: readonly { id: string }[] | undefined,
    prefix?: IssuePath,
  ): Map<string, IssuePath>;
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
  };
}
