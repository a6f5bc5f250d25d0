import {
  createIssue,
  feeFactUnitSymbols,
  textFor,
  type ApplicationKind,
  type FeeFactUnit,
  type Issue,
  type LocaleText,
  type LocalizedText,
  type Service,
} from '@mpp-kit/schemas';
import { applyRounding } from './applyRounding.js';
import { compileFeeFormula, FeeFormulaError } from './FeeFormula.js';
import { readFeeFact, type FactValue } from './feeFacts.js';

export type { FactValue } from './feeFacts.js';

/**
 * The fact that picks the row of a `table` fee when more than one row applies to the application
 * kind: `facts.feeRow` = the row id.
 *
 * @example
 * ```ts
 * await runtime.submit({ serviceId: 'skck', applicationKind: 'new', applicant, facts: { [FEE_ROW_FACT]: 'wni' } });
 * ```
 */
export const FEE_ROW_FACT = 'feeRow';

/**
 * What an application costs (*biaya/tarif*, component 4 of the service standard), in rupiah, as
 * quoted on submission: free, a fixed amount, the row of a table, a formula evaluated over the
 * application's facts and rounded as the fee declares, or a commercial tariff the provider charges
 * at its own counter (`amount: null`: the mall does not know it; `tariffUrl` says where it is
 * published).
 *
 * @example
 * ```ts
 * const quote: FeeQuote = {
 *   kind: 'formula', amount: 1000000, currency: 'IDR',
 *   expression: 'floorArea * integratedIndex * localityIndex * shst * buildingIndex',
 *   values: { floorArea: 100, integratedIndex: 0.5, localityIndex: 0.004, shst: 5000000, buildingIndex: 1 },
 *   rounding: 'round', legalBasis: ['pp-16-2021'],
 * };
 * ```
 */
export type FeeQuote = {
  readonly currency: 'IDR';
  readonly legalBasis: readonly string[];
} & (
  | { readonly kind: 'free'; readonly amount: number }
  | { readonly kind: 'fixed'; readonly amount: number }
  | {
      readonly kind: 'table';
      readonly amount: number;
      readonly rowId: string;
      readonly label: LocalizedText;
    }
  | {
      readonly kind: 'formula';
      readonly amount: number;
      readonly expression: string;
      /** The variables as read from the facts. */
      readonly values: Readonly<Record<string, number>>;
      readonly rounding: 'none' | 'round' | 'floor' | 'ceil';
    }
  | {
      readonly kind: 'commercial';
      /** Not known to the mall: the provider charges its own tariff. */
      readonly amount: null;
      readonly tariffUrl?: string;
    }
);

/**
 * The result of {@link quoteFee}: the quote, or the problems with the facts (located under
 * `['facts', name]`).
 *
 * @example
 * ```ts
 * const result: FeeQuoteResult = { ok: false, issues: [missingFloorArea] };
 * ```
 */
export type FeeQuoteResult =
  | { readonly ok: true; readonly value: FeeQuote }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** What a formula variable is, in English and Indonesian, for the `missing_key` hint. */
function describeVariable(variable: {
  description?: LocalizedText | undefined;
  unit?: FeeFactUnit | undefined;
}): { expected: LocaleText } {
  const unit = (locale: 'en' | 'id') =>
    variable.unit === undefined ? '' : `, ${feeFactUnitSymbols[variable.unit][locale]}`;
  const en = variable.description === undefined ? '' : `: ${textFor(variable.description, 'en')}`;
  const id = variable.description === undefined ? '' : `: ${textFor(variable.description, 'id')}`;
  return { expected: { en: `a number${en}${unit('en')}`, id: `angka${id}${unit('id')}` } };
}

/**
 * Quotes a service's fee for an application kind and the application's facts. A `table` fee uses
 * the rows that apply to the kind; when several do, `facts.feeRow` names one. A `formula` fee
 * needs every variable in `facts` as declared (`readFeeFact`: of its type and within its range —
 * `fact_out_of_range` names the fact, the range and the unit) and is rounded as declared
 * (`applyRounding`). Never throws: problems come back as issues.
 *
 * @param service - the service, as loaded.
 * @param applicationKind - new, renewal or change.
 * @param facts - the application's facts.
 * @returns the quote, or the issues.
 * @throws never
 * @example
 * ```ts
 * const pbg = mall.services.find((s) => s.id === 'pbg')!;
 * quoteFee(pbg, 'new', { floorArea: 100, integratedIndex: 0.5, localityIndex: 0.004, shst: 5000000, buildingIndex: 1 });
 * // { ok: true, value: { kind: 'formula', amount: 1000000, … } }
 * quoteFee(pbg, 'new', {}); // { ok: false, issues: [{ code: 'missing_key', path: ['facts', 'floorArea'], … }, …] }
 * quoteFee(pbg, 'new', { floorArea: -500, integratedIndex: 0.5, localityIndex: 0.004, shst: 5000000, buildingIndex: 1 });
 * // { ok: false, issues: [{ code: 'fact_out_of_range', path: ['facts', 'floorArea'], … }] }
 * ```
 */
export function quoteFee(
  service: Pick<Service, 'fee'>,
  applicationKind: ApplicationKind,
  facts: Readonly<Record<string, FactValue>>,
): FeeQuoteResult {
  const fee = service.fee;
  const legalBasis = [...(fee.legalBasis ?? [])];
  switch (fee.kind) {
    case 'free':
      return { ok: true, value: { kind: 'free', amount: 0, currency: 'IDR', legalBasis } };
    case 'fixed':
      return {
        ok: true,
        value: { kind: 'fixed', amount: fee.amount, currency: 'IDR', legalBasis },
      };
    case 'commercial':
      return {
        ok: true,
        value: {
          kind: 'commercial',
          amount: null,
          currency: 'IDR',
          legalBasis,
          ...(fee.tariffUrl === undefined ? {} : { tariffUrl: fee.tariffUrl }),
        },
      };
    case 'table': {
      const rows = fee.rows.filter(
        (row) => row.when?.kind === undefined || row.when.kind.includes(applicationKind),
      );
      const chosen = facts[FEE_ROW_FACT];
      const path = ['facts', FEE_ROW_FACT];
      const row =
        chosen === undefined && rows.length === 1
          ? rows[0]
          : rows.find((candidate) => candidate.id === chosen);
      if (row !== undefined) {
        return {
          ok: true,
          value: {
            kind: 'table',
            amount: row.amount,
            currency: 'IDR',
            legalBasis,
            rowId: row.id,
            label: row.label,
          },
        };
      }
      if (chosen === undefined) {
        return {
          ok: false,
          issues: [
            createIssue({
              code: 'missing_key',
              path,
              params: {
                key: `facts.${FEE_ROW_FACT}`,
                expected: {
                  en: `the fee row: one of ${rows.map((row) => row.id).join(', ')}`,
                  id: `baris tarif: salah satu dari ${rows.map((row) => row.id).join(', ')}`,
                },
              },
            }),
          ],
        };
      }
      return {
        ok: false,
        issues: [
          createIssue({
            code: 'invalid_value',
            path,
            params: {
              actual: JSON.stringify(chosen),
              allowed: rows.map((candidate) => candidate.id),
            },
          }),
        ],
      };
    }
    case 'formula': {
      const formula = compileFeeFormula(fee.expression);
      const issues: Issue[] = [];
      const values: Record<string, number> = {};
      for (const name of formula.variables) {
        const value = facts[name];
        const variable = fee.variables[name];
        if (value === undefined || variable === undefined) {
          issues.push(
            createIssue({
              code: 'missing_key',
              path: ['facts', name],
              params: { key: `facts.${name}`, ...describeVariable(variable ?? {}) },
            }),
          );
          continue;
        }
        const reading = readFeeFact(name, variable, value);
        if (reading.ok) values[name] = reading.value;
        else
          issues.push(
            createIssue({ code: reading.code, params: reading.params, path: ['facts', name] }),
          );
      }
      if (issues.length > 0) return { ok: false, issues };
      const notComputable = (detail: string): FeeQuoteResult => ({
        ok: false,
        issues: [createIssue({ code: 'fee_not_computable', path: ['facts'], params: { detail } })],
      });
      let amount: number;
      try {
        amount = applyRounding(formula.evaluate(values), fee.rounding);
      } catch (error) {
        return notComputable(error instanceof FeeFormulaError ? error.message : String(error));
      }
      // `mpp validate` proves this cannot happen for facts in range; a fee is still never quoted wrong.
      if (!Number.isFinite(amount)) return notComputable('the result is not a finite number');
      if (amount < 0) return notComputable(`the result ${String(amount)} is negative`);
      return {
        ok: true,
        value: {
          kind: 'formula',
          amount,
          currency: 'IDR',
          legalBasis,
          expression: fee.expression,
          values,
          rounding: fee.rounding,
        },
      };
    }
  }
}

/**
 * The issues of a refused quote that refuse a fact as given — of the wrong type or outside its
 * declared range — rather than ask for one still missing: a caller answers these as a bad
 * request, and shows the others as "fill in the facts".
 *
 * @param result - what {@link quoteFee} returned.
 * @returns the refusals (empty when the quote succeeded or only facts are missing).
 * @example
 * ```ts
 * refusedFacts(quoteFee(pbg, 'new', { ...facts, floorArea: -500 })); // [{ code: 'fact_out_of_range', … }]
 * ```
 */
export function refusedFacts(result: FeeQuoteResult): readonly Issue[] {
  if (result.ok) return [];
  return result.issues.filter(
    (issue) => issue.code === 'fact_out_of_range' || issue.code === 'fact_wrong_type',
  );
}
