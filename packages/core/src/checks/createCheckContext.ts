/**
 * The context every section check of `checkMall` reports through: the ids each section declares
 * (duplicates reported as they are indexed), reference checks with nearest-match hints, and the
 * issues collected so far.
 */
import {
  builtInRoles,
  createIssue,
  nearest,
  type Issue,
  type IssueCode,
  type IssueParamsByCode,
  type IssuePath,
  type Locale,
} from '@mpp-kit/schemas';
import type {
  CheckContext,
  CheckKind,
  CheckMallOptions,
  FailedIds,
  FailedSection,
  KnownIds,
  PartialMall,
} from './CheckContext.js';

/** A check context, the list its issues go to, and the ids of entries that failed the schema. */
export interface CheckRun {
  readonly context: CheckContext;
  readonly issues: Issue[];
  readonly failed: FailedIds;
}

/**
 * Indexes the ids of every section of `mall` (reporting duplicates) and returns the context the
 * section checks report through.
 *
 * @example
 * ```ts
 * const { context, issues } = createCheckContext(mall, { locale: 'id' });
 * checkCounters(mall, context);
 * ```
 */
export function createCheckContext(mall: PartialMall, options: CheckMallOptions): CheckRun {
  const issues: Issue[] = [];
  const context = new MallCheckContext(
    options.locale ?? 'en',
    issues,
    options.describePath ?? dottedPath,
  );
  const agencies = context.index('agency', 'agencies', mall.agencies);
  const counters = context.index('counter', 'counters', mall.counters);
  const services = context.index('service', 'services', mall.services);
  const workflows = context.index('workflow', 'workflows', mall.workflows);
  const calendars = context.index('calendar', 'calendars', mall.calendars);
  const roles = context.index('role', 'roles', mall.roles);
  const legalBases = context.index('legal basis', 'legalBases', mall.legalBases);
  context.index('survey', 'surveys', mall.surveys);
  const failed = declareFailedIds(options.failedIds, {
    agencies,
    counters,
    workflows,
    calendars,
    roles,
    legalBases,
  });
  if (mall.coordination) {
    context.index('task force', 'taskForces', mall.coordination.taskForces, ['coordination']);
    context.index('forum', 'forums', mall.coordination.forums, ['coordination']);
  }
  for (const builtIn of builtInRoles) roles.set(builtIn, -1);
  context.known = { agencies, counters, services, roles, legalBases, calendars };
  return { context, issues, failed };
}

function dottedPath(path: IssuePath): string {
  return path.join('.');
}

const noIds: KnownIds = new Map();

/**
 * The context as a class: its methods are shared by every run (one function each for the whole
 * process, so V8 keeps their optimized code between runs instead of compiling new closures for
 * every `checkMall`).
 */
class MallCheckContext implements CheckContext {
  known: CheckContext['known'] = {
    agencies: noIds,
    counters: noIds,
    services: noIds,
    roles: noIds,
    legalBases: noIds,
    calendars: noIds,
  };

  constructor(
    readonly locale: Locale,
    private readonly issues: Issue[],
    readonly describe: (path: IssuePath) => string,
  ) {}

  add<C extends IssueCode>(
    code: C,
    path: IssuePath,
    params: IssueParamsByCode[C],
    severity?: 'error' | 'warning',
  ): void {
    const locale = this.locale;
    this.issues.push(
      createIssue({ code, path, params, locale, ...(severity ? { severity } : {}) }),
    );
  }

  push(issue: Issue): void {
    this.issues.push(issue);
  }

  index(
    kind: CheckKind,
    section: string,
    items: readonly { id: string }[] | undefined,
    prefix: IssuePath = [],
  ): Map<string, number> {
    // Each id's item index; paths are built only for a duplicate.
    const seen = new Map<string, number>();
    if (items === undefined) return seen;
    for (let i = 0; i < items.length; i += 1) {
      const id = items[i]!.id;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        this.add('duplicate_id', [...prefix, section, i, 'id'], {
          kind,
          id,
          first: this.describe([...prefix, section, first, 'id']),
        });
    }
    return seen;
  }

  // Paths may be given as a function: built only when there is an issue to carry them.
  reference(
    kind: CheckKind,
    known: KnownIds,
    id: string | undefined,
    path: IssuePath | (() => IssuePath),
  ): void {
    if (id === undefined || known.has(id)) return;
    const suggestion = nearest(id, known.keys());
    const list = [...known.keys()];
    this.add('unknown_reference', typeof path === 'function' ? path() : path, {
      kind,
      id,
      // The message shows a few of them, nearest first (the catalogue decides how many).
      known: list,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  }

  referenceAll(
    kind: CheckKind,
    known: KnownIds,
    ids: readonly string[] | undefined,
    path: IssuePath | (() => IssuePath),
  ): void {
    if (ids === undefined) return;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i]!;
      if (!known.has(id))
        this.reference(kind, known, id, () => [...(typeof path === 'function' ? path() : path), i]);
    }
  }
}

/**
 * Adds the ids of entries that failed the schema to the maps of declared ids, so references to
 * them are not reported again as unknown (the entry's own error is the one to fix). Returns the
 * ids per section for the checks that take plain lists.
 */
function declareFailedIds(
  failedIds: CheckMallOptions['failedIds'],
  known: Readonly<Record<Exclude<FailedSection, 'services' | 'surveys'>, Map<string, number>>>,
): FailedIds {
  for (const [section, map] of Object.entries(known)) {
    for (const id of failedIds?.[section as FailedSection] ?? []) if (!map.has(id)) map.set(id, -1);
  }
  return {
    agencies: failedIds?.agencies ?? [],
    roles: failedIds?.roles ?? [],
    workflows: failedIds?.workflows ?? [],
  };
}
