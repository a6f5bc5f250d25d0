import {
  builtInRoles,
  createIssue,
  nearest,
  type Issue,
  type IssueCode,
  type IssueParamsByCode,
  type IssuePath,
  type Locale,
  type MallConfig,
} from '@mpp-kit/schemas';
import { analyzeWorkflow, validateCalendars } from '@mpp-kit/workflows';
import { checkCalendarCoverage } from './_calendarCoverage.js';
import type { CheckContext, CheckKind } from './checks/CheckContext.js';
import { checkComplaints } from './checks/checkComplaints.js';
import { checkNotifications } from './checks/checkNotifications.js';
import { checkQueues } from './checks/checkQueues.js';
import { checkServices } from './checks/checkServices.js';
import { checkCoordination, checkCounters, checkMallSection } from './checks/checkSections.js';

export { applyRounding } from './fees/applyRounding.js';

/** Options of {@link checkMall}. */
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
type FailedSection = keyof NonNullable<CheckMallOptions['failedIds']>;

/** A mall whose sections may be partial (items that failed the schema are left out). */
export type PartialMall = Partial<MallConfig>;

type Kind = CheckKind;

/**
 * Cross-reference and semantic checks over a whole mall: unique ids per kind, every reference
 * resolves (with a nearest-match hint), the coordinator is an agency of the mall, SLAs within their
 * legal maximum, calendar coverage and consistency, fee formulas and their test vectors, periods.
 * Paths are into the merged mall (`['services', 12, 'owner']`).
 *
 * @example
 * ```ts
 * const issues = checkMall(mall, { years: [2026] });
 * ```
 */
export function checkMall(mall: PartialMall, options: CheckMallOptions = {}): Issue[] {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  const describe = options.describePath ?? ((path: IssuePath) => path.join('.'));
  const add = <C extends IssueCode>(
    code: C,
    path: IssuePath,
    params: IssueParamsByCode[C],
    severity?: 'error' | 'warning',
  ) => {
    issues.push(createIssue({ code, path, params, locale, ...(severity ? { severity } : {}) }));
  };

  const index = (
    kind: Kind,
    section: string,
    items: readonly { id: string }[] | undefined,
    prefix: IssuePath = [],
  ) => {
    const seen = new Map<string, IssuePath>();
    (items ?? []).forEach((item, i) => {
      const path = [...prefix, section, i, 'id'];
      const first = seen.get(item.id);
      if (first) add('duplicate_id', path, { kind, id: item.id, first: describe(first) });
      else seen.set(item.id, path);
    });
    return seen;
  };

  const agencies = index('agency', 'agencies', mall.agencies);
  const counters = index('counter', 'counters', mall.counters);
  const services = index('service', 'services', mall.services);
  const workflows = index('workflow', 'workflows', mall.workflows);
  const calendars = index('calendar', 'calendars', mall.calendars);
  const roles = index('role', 'roles', mall.roles);
  const legalBases = index('legal basis', 'legalBases', mall.legalBases);
  index('survey', 'surveys', mall.surveys);
  const failed = declareFailedIds(options.failedIds, {
    agencies,
    counters,
    workflows,
    calendars,
    roles,
    legalBases,
  });
  if (mall.coordination) {
    index('task force', 'taskForces', mall.coordination.taskForces, ['coordination']);
    index('forum', 'forums', mall.coordination.forums, ['coordination']);
  }
  for (const builtIn of builtInRoles) roles.set(builtIn, []);

  // Paths may be given as a function: built only when there is an issue to carry them.
  const check = (
    kind: Kind,
    known: Map<string, IssuePath>,
    id: string | undefined,
    path: IssuePath | (() => IssuePath),
  ) => {
    if (id === undefined || known.has(id)) return;
    const suggestion = nearest(id, known.keys());
    const list = [...known.keys()];
    add('unknown_reference', typeof path === 'function' ? path() : path, {
      kind,
      id,
      // The message shows a few of them, nearest first (the catalogue decides how many).
      known: list,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  };
  const checkAll = (
    kind: Kind,
    known: Map<string, IssuePath>,
    ids: readonly string[] | undefined,
    path: IssuePath | (() => IssuePath),
  ) => {
    ids?.forEach((id, i) => {
      if (!known.has(id))
        check(kind, known, id, () => [...(typeof path === 'function' ? path() : path), i]);
    });
  };

  const context: CheckContext = {
    add,
    push: (issue) => issues.push(issue),
    reference: check,
    referenceAll: checkAll,
    index,
    describe,
    locale,
    known: { agencies, counters, services, roles, legalBases, calendars },
  };

  checkMallSection(mall, context);
  checkCounters(mall, context);

  // Services (their lifecycles, fees and deemed approval included).
  checkServices(mall, context, failed);

  // Workflows declared by the mall, on their own.
  mall.workflows?.forEach((workflow, i) => {
    issues.push(
      ...analyzeWorkflow(workflow, {
        path: ['workflows', i],
        workflows: mall.workflows ?? [],
        roles: [...(mall.roles ?? []), ...failed.roles],
        agencies: [...(mall.agencies ?? []), ...failed.agencies],
        locale,
      }),
    );
  });

  // Calendars: the one set of calendar rules, from the calendar engine's package.
  for (const issue of validateCalendars(mall.calendars ?? [], { locale }))
    issues.push({ ...issue, path: ['calendars', ...issue.path] });
  // Coverage of the years asked about, or of the days ahead.
  checkCalendarCoverage(mall, options, add);

  // Sections with their own check functions.
  checkQueues(mall, context);
  checkComplaints(mall, context);
  checkNotifications(mall, context);

  checkCoordination(mall, context);
  return issues;
}

/**
 * Adds the ids of entries that failed the schema to the maps of declared ids, so references to
 * them are not reported again as unknown (the entry's own error is the one to fix). Returns the
 * ids per section for the checks that take plain lists.
 */
function declareFailedIds(
  failedIds: CheckMallOptions['failedIds'],
  known: Readonly<Record<Exclude<FailedSection, 'services' | 'surveys'>, Map<string, IssuePath>>>,
): Readonly<Record<'agencies' | 'roles' | 'workflows', readonly string[]>> {
  for (const [section, map] of Object.entries(known)) {
    for (const id of failedIds?.[section as FailedSection] ?? []) if (!map.has(id)) map.set(id, []);
  }
  return {
    agencies: failedIds?.agencies ?? [],
    roles: failedIds?.roles ?? [],
    workflows: failedIds?.workflows ?? [],
  };
}
