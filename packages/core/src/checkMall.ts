import {
  builtInRoles,
  createIssue,
  isDecisionBearing,
  nearest,
  type Issue,
  type IssueCode,
  type IssueParams,
  type IssuePath,
  type Locale,
  type MallConfig,
  type Service,
} from '@mpp-kit/schemas';
import { analyzeWorkflow, validateCalendars, type WorkflowService } from '@mpp-kit/workflows';
import { compileFeeFormula, FeeFormulaError } from './FeeFormula.js';
import { checkCalendarCoverage } from './_calendarCoverage.js';
import type { CheckContext, CheckKind } from './checks/CheckContext.js';
import { checkComplaints } from './checks/checkComplaints.js';
import { checkQueues } from './checks/checkQueues.js';

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
  const add = (
    code: IssueCode,
    path: IssuePath,
    params: IssueParams,
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

  // The mall section.
  if (mall.mall) {
    const coordinator = mall.mall.coordinator;
    if (!agencies.has(coordinator)) {
      const suggestion = nearest(coordinator, agencies.keys());
      add('coordinator_not_agency', ['mall', 'coordinator'], {
        id: coordinator,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    checkAll('calendar', calendars, mall.mall.calendars, ['mall', 'calendars']);
    const auth = mall.mall.auth;
    const checkActor = (key: string, path: IssuePath) => {
      const [role, agency] = key.split('@');
      check('role', roles, role, path);
      check('agency', agencies, agency, path);
    };
    auth?.coordinators?.forEach((key, i) => {
      checkActor(key, ['mall', 'auth', 'coordinators', i]);
    });
    auth?.issuers.forEach((issuer, i) => {
      for (const [value, keys] of Object.entries(issuer.roles))
        keys.forEach((key, j) => {
          checkActor(key, ['mall', 'auth', 'issuers', i, 'roles', value, j]);
        });
    });
  }

  // Counters.
  mall.counters?.forEach((counter, i) => {
    checkAll('agency', agencies, counter.agencies, ['counters', i, 'agencies']);
    counter.active?.forEach((period, j) => {
      if (period.to !== undefined && period.to < period.from) {
        add('invalid_period', ['counters', i, 'active', j, 'to'], {
          from: period.from,
          to: period.to,
        });
      }
    });
  });

  // Services.
  const analyses = new Map<string, SharedAnalysis>();
  mall.services?.forEach((service, i) => {
    const at = (...rest: (string | number)[]) => ['services', i, ...rest];
    check('agency', agencies, service.owner, () => at('owner'));
    checkAll('agency', agencies, service.participants, () => at('participants'));
    if (service.participants?.includes(service.owner)) {
      add('participant_is_owner', at('participants', service.participants.indexOf(service.owner)), {
        id: service.owner,
      });
    }
    checkAll('counter', counters, service.counters, () => at('counters'));
    checkAll('legal basis', legalBases, service.legalBasis, () => at('legalBasis'));
    checkAll('legal basis', legalBases, service.sla.legalBasis, () => at('sla', 'legalBasis'));
    checkAll('legal basis', legalBases, service.fee.legalBasis, () => at('fee', 'legalBasis'));
    check('legal basis', legalBases, service.version?.decree, () => at('version', 'decree'));
    service.complaints.forEach((channel, j) => {
      if (typeof channel === 'object')
        check('agency', agencies, channel.agency, () => at('complaints', j, 'agency'));
    });
    index('requirement', 'requirements', service.requirements, at());
    service.requirements.forEach((requirement, j) => {
      requirement.when?.kind?.forEach((kind, k) => {
        if (!service.applicationKinds.includes(kind)) {
          add('requirement_kind_unused', at('requirements', j, 'when', 'kind', k), {
            id: requirement.id,
            kind2: kind,
          });
        }
      });
    });
    if (service.sla.legalMax !== undefined && service.sla.days > service.sla.legalMax) {
      add('sla_exceeds_legal_max', at('sla', 'days'), {
        days: service.sla.days,
        unit: service.sla.unit,
        unitId: service.sla.unit === 'working' ? 'hari kerja' : 'hari kalender',
        legalMax: service.sla.legalMax,
      });
    }
    if (
      service.version?.validTo !== undefined &&
      service.version.validTo < service.version.validFrom
    ) {
      add('invalid_period', at('version', 'validTo'), {
        from: service.version.validFrom,
        to: service.version.validTo,
      });
    }
    if (service.fee.kind === 'formula') checkFormula(service.fee, at('fee'), add);
    checkDeemedApproval(service, at('sla', 'onExpiry'), add);
    // The lifecycle: references, reachability, exits, SLA shares, outputs (static analysis).
    // Services share one analysis when they share what it reads: the workflow, the expiry
    // consequence, the participants and whether an output is declared. The completion time is
    // compared per service: the shared analysis runs with `days: -1`, so its sla_shares_exceed
    // issue always carries the longest share, and each service keeps it only when it exceeds it.
    const key = JSON.stringify([
      typeof service.workflow === 'string' ? service.workflow : [service.id, service.workflow],
      service.sla.onExpiry,
      service.participants ?? [],
      // The schema requires an output; the analysis reads it as optional (WorkflowService).
      (service as WorkflowService).output === undefined,
    ]);
    // A workflow that failed its shape cannot be analysed; its own error says what to fix.
    if (typeof service.workflow === 'string' && failed.workflows.includes(service.workflow)) return;
    let analysis = analyses.get(key);
    if (analysis === undefined) {
      analysis = sharedAnalysis(
        analyzeWorkflow(service.workflow, {
          workflows: mall.workflows ?? [],
          roles: [...(mall.roles ?? []), ...failed.roles],
          agencies: [...(mall.agencies ?? []), ...failed.agencies],
          service: { ...service, sla: { ...service.sla, days: -1 } },
          locale,
        }),
      );
      analyses.set(key, analysis);
    }
    const { share } = analysis;
    analysis.issues.forEach((issue, j) => {
      if (j === share?.at && share.sum > service.sla.days)
        add('sla_shares_exceed', [...at('workflow'), ...issue.path], {
          ...issue.params,
          days: service.sla.days,
        });
      else if (j !== share?.at) issues.push({ ...issue, path: [...at('workflow'), ...issue.path] });
    });
  });

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
  const context: CheckContext = {
    add,
    reference: check,
    index,
    describe,
    known: { agencies, counters, services, roles, legalBases },
  };
  checkQueues(mall, context);
  checkComplaints(mall, context);

  // Coordination.
  const coordination = mall.coordination;
  if (coordination) {
    checkAll('agency', agencies, coordination.institution?.members, [
      'coordination',
      'institution',
      'members',
    ]);
    coordination.taskForces.forEach((force, i) => {
      checkAll('agency', agencies, force.members, ['coordination', 'taskForces', i, 'members']);
    });
    coordination.agreements.forEach((agreement, i) => {
      check('agency', agencies, agreement.agency, ['coordination', 'agreements', i, 'agency']);
    });
    coordination.forums.forEach((forum, i) => {
      checkAll('agency', agencies, forum.members, ['coordination', 'forums', i, 'members']);
    });
  }
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

type AddIssue = (
  code: IssueCode,
  path: IssuePath,
  params: IssueParams,
  severity?: 'error' | 'warning',
) => void;

/**
 * Deemed approval (fiktif positif) is only for services whose applications ask for a decision
 * (`isDecisionBearing`: a permit); an assistance, registration or information service that
 * declares it gets a `deemed_approval_without_decision` warning at `sla.onExpiry`.
 */
function checkDeemedApproval(service: Service, path: IssuePath, add: AddIssue): void {
  if (service.sla.onExpiry !== 'deemed-approval' || isDecisionBearing(service)) return;
  add('deemed_approval_without_decision', path, { id: service.id });
}

function checkFormula(
  fee: Extract<MallConfig['services'][number]['fee'], { kind: 'formula' }>,
  path: IssuePath,
  add: (code: IssueCode, path: IssuePath, params: IssueParams) => void,
): void {
  let formula;
  try {
    formula = compileFeeFormula(fee.expression);
  } catch (error) {
    if (error instanceof FeeFormulaError) {
      add('fee_expression_invalid', [...path, 'expression'], { detail: error.message });
      return;
    }
    throw error;
  }
  const declared = Object.keys(fee.variables);
  let unknown = false;
  for (const name of formula.variables) {
    if (!declared.includes(name)) {
      unknown = true;
      const suggestion = nearest(name, declared);
      add('fee_unknown_variable', [...path, 'expression'], {
        name,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
  }
  if (unknown) return;
  fee.examples.forEach((example, i) => {
    let actual: number;
    try {
      actual = applyRounding(formula.evaluate(example.given), fee.rounding);
    } catch (error) {
      add('fee_expression_invalid', [...path, 'examples', i], {
        detail: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    if (Math.abs(actual - example.expect) > 1e-9) {
      add('fee_example_mismatch', [...path, 'examples', i, 'expect'], {
        index: i + 1,
        actual,
        expected: example.expect,
      });
    }
  });
}

/**
 * Rounds a computed fee to whole rupiah the way the fee declares.
 *
 * @example
 * ```ts
 * applyRounding(1200000.4, 'round'); // 1200000
 * ```
 */
export function applyRounding(
  value: number,
  rounding: 'none' | 'round' | 'floor' | 'ceil',
): number {
  if (rounding === 'none') return value;
  return Math[rounding](value);
}

/** A lifecycle analysis shared by services, and where its completion-time issue is. */
interface SharedAnalysis {
  readonly issues: readonly Issue[];
  /** The sla_shares_exceed issue's index and longest share (absent when the analysis stopped early). */
  readonly share: { readonly at: number; readonly sum: number } | undefined;
}

function sharedAnalysis(issues: readonly Issue[]): SharedAnalysis {
  const at = issues.findIndex((issue) => issue.code === 'sla_shares_exceed');
  const sum = issues[at]?.params?.['sum'];
  return { issues, share: typeof sum === 'number' ? { at, sum } : undefined };
}
