/** The services section of `checkMall`: references, requirements, SLA, fees, deemed approval and lifecycles. */
import {
  isDecisionBearing,
  type Issue,
  type IssuePath,
  type MallConfig,
  type FeeVariable,
} from '@mpp-kit/schemas';
import { analyzeWorkflow, type WorkflowService } from '@mpp-kit/workflows';
import { applyRounding } from '../fees/applyRounding.js';
import {
  analyzeParsedFeeFormula,
  tryParseFeeFormula,
  type FeeFormulaAnalysis,
  type ParsedFeeFormula,
} from '../fees/analyzeFeeFormula.js';
import { feeFormulaOf, type FeeFormula } from '../fees/FeeFormula.js';
import { sameJson } from './_sameJson.js';
import { FeeFormulaError } from '../fees/FeeFormulaError.js';
import { feeFactRange, readFeeFact } from '../fees/feeFacts.js';
import type { CheckContext, FailedIds, KnownIds, PartialMall } from './CheckContext.js';

/**
 * Checks every service: its references (owner, participants, counters, legal bases, complaint
 * agencies), requirement ids and kinds, its completion time against the legal maximum, its
 * version period, its fee formula and examples, deemed approval, and its lifecycle (static
 * analysis, shared by services that read the same). `failed` names the entries that failed the
 * schema: a service whose workflow is one of them is not analysed.
 */
export function checkServices(mall: PartialMall, context: CheckContext, failed: FailedIds): void {
  // Shared lifecycle analyses: by workflow key, then expiry consequence, then participants' count
  // and output (one number), so looking one up builds no key.
  const analyses = new Map<string, Map<string, Map<number, SharedAnalysis>>>();
  // Fee formulas parsed once per distinct expression (the syntax is only read).
  const formulas = new Map<string, FormulaChecks>();
  const services = mall.services ?? [];
  // Most references resolve: the context (and a path) only for a service with one that does not.
  const { agencies, counters, legalBases } = context.known;
  for (let i = 0; i < services.length; i += 1) {
    const service = services[i]!;
    if (!agencies.has(service.owner))
      context.reference('agency', agencies, service.owner, at(i, 'owner'));
    if (!allKnown(agencies, service.participants))
      context.referenceAll('agency', agencies, service.participants, at(i, 'participants'));
    if (service.participants?.includes(service.owner)) {
      context.add(
        'participant_is_owner',
        at(i, 'participants', service.participants.indexOf(service.owner)),
        {
          id: service.owner,
        },
      );
    }
    if (!allKnown(counters, service.counters))
      context.referenceAll('counter', counters, service.counters, at(i, 'counters'));
    if (!allKnown(legalBases, service.legalBasis))
      context.referenceAll('legal basis', legalBases, service.legalBasis, at(i, 'legalBasis'));
    if (!allKnown(legalBases, service.sla.legalBasis))
      context.referenceAll(
        'legal basis',
        legalBases,
        service.sla.legalBasis,
        at(i, 'sla', 'legalBasis'),
      );
    if (!allKnown(legalBases, service.fee.legalBasis))
      context.referenceAll(
        'legal basis',
        legalBases,
        service.fee.legalBasis,
        at(i, 'fee', 'legalBasis'),
      );
    const decree = service.version?.decree;
    if (decree !== undefined && !legalBases.has(decree))
      context.reference('legal basis', legalBases, decree, at(i, 'version', 'decree'));
    for (let j = 0; j < service.complaints.length; j += 1) {
      const channel = service.complaints[j]!;
      if (
        typeof channel === 'object' &&
        channel.agency !== undefined &&
        !agencies.has(channel.agency)
      )
        context.reference('agency', agencies, channel.agency, at(i, 'complaints', j, 'agency'));
    }
    const requirements = service.requirements;
    if (hasDuplicateId(requirements))
      context.index('requirement', 'requirements', requirements, at(i));
    for (let j = 0; j < requirements.length; j += 1) {
      const requirement = requirements[j]!;
      const kinds = requirement.when?.kind;
      if (kinds === undefined) continue;
      for (let k = 0; k < kinds.length; k += 1) {
        const kind = kinds[k]!;
        if (!service.applicationKinds.includes(kind)) {
          context.add('requirement_kind_unused', at(i, 'requirements', j, 'when', 'kind', k), {
            id: requirement.id,
            kind2: kind,
          });
        }
      }
    }
    if (service.sla.legalMax !== undefined && service.sla.days > service.sla.legalMax) {
      context.add('sla_exceeds_legal_max', at(i, 'sla', 'days'), {
        days: service.sla.days,
        unit: service.sla.unit,
        legalMax: service.sla.legalMax,
      });
    }
    if (
      service.version?.validTo !== undefined &&
      service.version.validTo < service.version.validFrom
    ) {
      context.add('invalid_period', at(i, 'version', 'validTo'), {
        from: service.version.validFrom,
        to: service.version.validTo,
      });
    }
    if (service.fee.kind === 'formula') {
      const expression = service.fee.expression;
      let checks = formulas.get(expression);
      if (checks === undefined) {
        const syntax = tryParseFeeFormula(expression);
        checks = {
          syntax,
          formula: syntax instanceof FeeFormulaError ? undefined : feeFormulaOf(syntax),
          analyses: [],
        };
        formulas.set(expression, checks);
      }
      checkFormula(service.fee, checks, i, context);
    }
    // Deemed approval (fiktif positif) is only for services whose applications ask for a decision
    // (`isDecisionBearing`: a permit); an assistance, registration or information service that
    // declares it gets a `deemed_approval_without_decision` warning at `sla.onExpiry`.
    if (service.sla.onExpiry === 'deemed-approval' && !isDecisionBearing(service))
      context.add('deemed_approval_without_decision', at(i, 'sla', 'onExpiry'), { id: service.id });
    // The lifecycle: references, reachability, exits, SLA shares, outputs (static analysis).
    // Services share one analysis when they share what it reads: the workflow, the expiry
    // consequence, how many participants there are (a technical team without agencies of its own
    // is the participants: the analysis reads only their number, for empty_team and
    // quorum_exceeds_team) and whether an output is declared. The completion time is compared
    // per service: the shared analysis runs with `days: -1`, so its sla_shares_exceed issue
    // always carries the longest share, and each service keeps it only when it exceeds it.
    // An inline workflow is keyed by its service's id and its content.
    const workflow = service.workflow;
    // A workflow that failed its shape cannot be analysed; its own error says what to fix.
    if (typeof workflow === 'string' && failed.workflows.includes(workflow)) continue;
    const workflowKey =
      typeof workflow === 'string' ? workflow : JSON.stringify([service.id, workflow]);
    let byExpiry = analyses.get(workflowKey);
    if (byExpiry === undefined)
      analyses.set(workflowKey, (byExpiry = new Map<string, Map<number, SharedAnalysis>>()));
    let byReading = byExpiry.get(service.sla.onExpiry);
    if (byReading === undefined)
      byExpiry.set(service.sla.onExpiry, (byReading = new Map<number, SharedAnalysis>()));
    // The schema requires an output; the analysis reads it as optional (WorkflowService).
    const reading =
      (service.participants?.length ?? 0) * 2 +
      ((service as WorkflowService).output === undefined ? 0 : 1);
    let analysis = byReading.get(reading);
    if (analysis === undefined) {
      analysis = sharedAnalysis(
        analyzeWorkflow(workflow, {
          workflows: mall.workflows ?? [],
          roles: [...(mall.roles ?? []), ...failed.roles],
          agencies: [...(mall.agencies ?? []), ...failed.agencies],
          service: { ...service, sla: { ...service.sla, days: -1 } },
          locale: context.locale,
        }),
      );
      byReading.set(reading, analysis);
    }
    const { issues, share } = analysis;
    for (let j = 0; j < issues.length; j += 1) {
      const issue = issues[j]!;
      if (j === share?.at) {
        if (share.sum > service.sla.days)
          context.add('sla_shares_exceed', [...at(i, 'workflow'), ...issue.path], {
            ...issue.params,
            days: service.sla.days,
          });
      } else context.push({ ...issue, path: [...at(i, 'workflow'), ...issue.path] });
    }
  }
}

/** The path of a service's part (`['services', i, ...rest]`). */
function at(i: number, ...rest: (string | number)[]): IssuePath {
  return ['services', i, ...rest];
}

/** Whether every id of a list (none: `true`) is declared. */
function allKnown(known: KnownIds, ids: readonly string[] | undefined): boolean {
  if (ids === undefined) return true;
  for (const id of ids) if (!known.has(id)) return false;
  return true;
}

/** Whether two items of a list share an id (a short list is compared pairwise). */
function hasDuplicateId(items: readonly { readonly id: string }[]): boolean {
  if (items.length > 16) return new Set(items.map((item) => item.id)).size < items.length;
  for (let i = 1; i < items.length; i += 1)
    for (let j = 0; j < i; j += 1) if (items[i]!.id === items[j]!.id) return true;
  return false;
}

/** Fields a numeric fee variable does not read (a choice's options), and those the others do not. */
const unusedByNumbers = ['options'] as const satisfies readonly (keyof FeeVariable)[];
const unusedByOthers = ['min', 'max', 'unit'] as const satisfies readonly (keyof FeeVariable)[];

/** A formula's syntax (or parse error), its evaluator, and its analyses so far. */
interface FormulaChecks {
  readonly syntax: ParsedFeeFormula;
  readonly formula: FeeFormula | undefined;
  /**
   * The analyses made, with what each read besides the expression: services that declare the
   * same variables and rounding share one (the analysis reads nothing else).
   */
  readonly analyses: {
    readonly variables: FormulaFee['variables'];
    readonly rounding: FormulaFee['rounding'];
    readonly analysis: FeeFormulaAnalysis;
  }[];
}

type FormulaFee = Extract<MallConfig['services'][number]['fee'], { kind: 'formula' }>;

/** The path of a part of service `i`'s fee (`['services', i, 'fee', ...rest]`). */
function feePath(i: number, ...rest: (string | number)[]): IssuePath {
  return ['services', i, 'fee', ...rest];
}

function checkFormula(
  fee: FormulaFee,
  checks: FormulaChecks,
  service: number,
  context: Pick<CheckContext, 'add'>,
): void {
  let declarationsOk = true;
  for (const name in fee.variables) {
    const variable = fee.variables[name]!;
    const numeric = variable.type === 'number' || variable.type === 'integer';
    const fields = numeric ? unusedByNumbers : unusedByOthers;
    for (let f = 0; f < fields.length; f += 1) {
      const field = fields[f]!;
      if (variable[field] === undefined) continue;
      declarationsOk = false;
      context.add('fee_variable_field_unused', feePath(service, 'variables', name, field), {
        name,
        type: variable.type,
        field,
      });
    }
    if (variable.type === 'choice' && variable.options === undefined) {
      context.add('fee_choice_without_options', feePath(service, 'variables', name), { name });
    }
    if (numeric) {
      const range = feeFactRange(variable);
      if (range.min > range.max) {
        declarationsOk = false;
        context.add('fee_variable_range_empty', feePath(service, 'variables', name), {
          name,
          min: range.min,
          max: range.max,
        });
      }
    }
  }
  const analysis = formulaAnalysis(fee, checks);
  for (const problem of analysis.problems) {
    context.add(problem.code, feePath(service, 'expression'), {
      ...problem.params,
      offset: problem.offset,
    });
  }
  // No problem means the expression parsed.
  const formula = checks.formula;
  if (!declarationsOk || analysis.problems.length > 0 || formula === undefined) return;
  for (let i = 0; i < fee.examples.length; i += 1) {
    const example = fee.examples[i]!;
    const values: Record<string, number> = {};
    let readable = true;
    for (const name of formula.variables) {
      const given = example.given[name];
      const variable = fee.variables[name];
      if (given === undefined || variable === undefined) continue;
      const reading = readFeeFact(name, variable, given);
      if (reading.ok) values[name] = reading.value;
      else {
        readable = false;
        context.add(reading.code, feePath(service, 'examples', i, 'given', name), reading.params);
      }
    }
    if (!readable) continue;
    let actual: number;
    try {
      actual = applyRounding(formula.evaluate(values), fee.rounding);
    } catch (error) {
      context.add('fee_expression_invalid', feePath(service, 'examples', i), {
        detail: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    if (Math.abs(actual - example.expect) > 1e-9) {
      context.add('fee_example_mismatch', feePath(service, 'examples', i, 'expect'), {
        index: i + 1,
        actual,
        expected: example.expect,
      });
    }
  }
}

/**
 * Whether two objects list their own keys in the same order: the analysis reads the order of the
 * declared facts (an unknown name's suggestion is the first of the equally near ones).
 */
function sameKeyOrder(a: object, b: object): boolean {
  const keys = Object.keys(b);
  let i = 0;
  for (const key in a) if (Object.hasOwn(a, key) && keys[i++] !== key) return false;
  return i === keys.length;
}

/** The analysis of a formula fee: one already made for the same variables and rounding, or a new one. */
function formulaAnalysis(fee: FormulaFee, checks: FormulaChecks): FeeFormulaAnalysis {
  for (const made of checks.analyses) {
    if (
      made.rounding === fee.rounding &&
      sameJson(made.variables, fee.variables) &&
      sameKeyOrder(made.variables, fee.variables)
    )
      return made.analysis;
  }
  const analysis = analyzeParsedFeeFormula(
    fee.expression,
    checks.syntax,
    fee.variables,
    fee.rounding,
  );
  checks.analyses.push({ variables: fee.variables, rounding: fee.rounding, analysis });
  return analysis;
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
