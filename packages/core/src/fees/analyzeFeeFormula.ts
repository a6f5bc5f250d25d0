import { nearest, type FeeVariable, type IssueParams } from '@mpp-kit/schemas';
import { applyRounding } from './applyRounding.js';
import { FeeFormulaError } from './FeeFormulaError.js';
import { feeFactRange } from './feeFacts.js';
import {
  parseFeeFormula,
  type FeeFormulaNode,
  type FeeFormulaSyntax,
} from './_feeFormulaSyntax.js';

/**
 * What {@link analyzeFeeFormula} found wrong with a formula: an issue code, its params, and
 * `offset`, the 0-based position in the formula the problem is at.
 *
 * @example
 * ```ts
 * const problem: FeeFormulaProblem = {
 *   code: 'fee_division_by_zero', offset: 1, params: { divisor: '0' },
 * };
 * ```
 */
export interface FeeFormulaProblem {
  readonly code:
    | 'fee_expression_invalid'
    | 'fee_unknown_variable'
    | 'fee_division_by_zero'
    | 'fee_can_be_negative';
  readonly offset: number;
  readonly params: IssueParams;
}

/**
 * The result of {@link analyzeFeeFormula}: the problems (none for a sound formula) and the range
 * of fees the formula can give for allowed facts (`lowest`/`highest`, rounded as declared; absent
 * when the formula could not be analysed).
 *
 * @example
 * ```ts
 * const analysis: FeeFormulaAnalysis = { problems: [], lowest: 0, highest: Infinity };
 * ```
 */
export interface FeeFormulaAnalysis {
  readonly problems: readonly FeeFormulaProblem[];
  readonly lowest?: number;
  readonly highest?: number;
}

interface Interval {
  readonly lo: number;
  readonly hi: number;
}

const everything: Interval = { lo: -Infinity, hi: Infinity };

/** 0 × ∞ is 0 here: a bound of ∞ stands for "any finite number", never for ∞ itself. */
function times(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

function multiply(a: Interval, b: Interval): Interval {
  const products = [times(a.lo, b.lo), times(a.lo, b.hi), times(a.hi, b.lo), times(a.hi, b.hi)];
  return { lo: Math.min(...products), hi: Math.max(...products) };
}

function shownNumber(value: number): string {
  if (value === -Infinity) return '-∞';
  if (value === Infinity) return '∞';
  return String(Number(value.toPrecision(12)));
}

/**
 * Proves over the declared ranges of its facts that a fee formula gives a fee for every allowed
 * input — never an infinite or non-numeric result, never a negative one — by interval arithmetic
 * over the formula's syntax: each sub-formula gets the smallest and largest value it can take. A
 * division by a sub-formula whose interval contains 0 is `fee_division_by_zero`; a result whose
 * interval reaches below 0 (after the declared rounding) is `fee_can_be_negative`, located at the
 * innermost part that goes negative; a variable that is not declared is `fee_unknown_variable`.
 * The analysis is safe, not exact: a formula it accepts never goes wrong, and a formula it refuses
 * is rewritten (`max(0, …)`) or its facts narrowed (`min`, `max`). Never throws.
 *
 * @param expression - the formula.
 * @param variables - the declared facts (type, unit, range).
 * @param rounding - the fee's rounding to whole rupiah.
 * @returns the problems, each with its offset in the formula, and the range of fees.
 * @example
 * ```ts
 * analyzeFeeFormula('1/0', {}, 'round').problems[0]?.code; // 'fee_division_by_zero'
 * analyzeFeeFormula('-floorArea', { floorArea: { type: 'number', unit: 'm2' } }, 'round').problems[0]?.code;
 * // 'fee_can_be_negative'
 * analyzeFeeFormula('floorArea * 10000', { floorArea: { type: 'number', unit: 'm2', max: 1000 } }, 'round');
 * // { problems: [], lowest: 0, highest: 10000000 }
 * ```
 */
export function analyzeFeeFormula(
  expression: string,
  variables: Readonly<Record<string, FeeVariable>>,
  rounding: 'none' | 'round' | 'floor' | 'ceil',
): FeeFormulaAnalysis {
  return analyzeParsedFeeFormula(expression, tryParseFeeFormula(expression), variables, rounding);
}

/**
 * A formula's syntax, or the {@link FeeFormulaError} that parsing it threw: a result that can be
 * kept and shared by every fee that has the same expression.
 * @internal
 */
export type ParsedFeeFormula = FeeFormulaSyntax | FeeFormulaError;

/** Parses a formula into a {@link ParsedFeeFormula}. @internal */
export function tryParseFeeFormula(expression: string): ParsedFeeFormula {
  try {
    return parseFeeFormula(expression);
  } catch (error) {
    if (!(error instanceof FeeFormulaError)) throw error;
    return error;
  }
}

/**
 * {@link analyzeFeeFormula} of an expression already parsed by {@link tryParseFeeFormula} (the
 * syntax is only read, so one parse serves every fee with that expression).
 * @internal
 */
export function analyzeParsedFeeFormula(
  expression: string,
  syntax: ParsedFeeFormula,
  variables: Readonly<Record<string, FeeVariable>>,
  rounding: 'none' | 'round' | 'floor' | 'ceil',
): FeeFormulaAnalysis {
  if (syntax instanceof FeeFormulaError) {
    return {
      problems: [
        {
          code: 'fee_expression_invalid',
          offset: syntax.position,
          params: { detail: syntax.message },
        },
      ],
    };
  }
  const problems: FeeFormulaProblem[] = [];
  const declared = Object.keys(variables);
  const intervals = new Map<FeeFormulaNode, Interval>();
  const reported = new Set<string>();

  const visit = (node: FeeFormulaNode): Interval => {
    const interval = intervalOf(node);
    intervals.set(node, interval);
    return interval;
  };
  const intervalOf = (node: FeeFormulaNode): Interval => {
    switch (node.kind) {
      case 'number':
        return { lo: node.value, hi: node.value };
      case 'variable': {
        const variable = Object.hasOwn(variables, node.name) ? variables[node.name] : undefined;
        if (variable === undefined) {
          if (!reported.has(node.name)) {
            reported.add(node.name);
            const suggestion = nearest(node.name, declared);
            problems.push({
              code: 'fee_unknown_variable',
              offset: node.start,
              params: { name: node.name, ...(suggestion === undefined ? {} : { suggestion }) },
            });
          }
          return everything;
        }
        const range = feeFactRange(variable);
        return { lo: range.min, hi: range.max };
      }
      case 'unary': {
        const operand = visit(node.operand);
        return { lo: -operand.hi, hi: -operand.lo };
      }
      case 'binary': {
        const left = visit(node.left);
        const right = visit(node.right);
        switch (node.op) {
          case '+':
            return { lo: left.lo + right.lo, hi: left.hi + right.hi };
          case '-':
            return { lo: left.lo - right.hi, hi: left.hi - right.lo };
          case '*':
            return multiply(left, right);
          case '/':
            if (right.lo <= 0 && right.hi >= 0) {
              problems.push({
                code: 'fee_division_by_zero',
                offset: node.right.start,
                params: { divisor: expression.slice(node.right.start, node.right.end) },
              });
              return everything;
            }
            return multiply(left, { lo: 1 / right.hi, hi: 1 / right.lo });
        }
        break;
      }
      case 'call': {
        const args = node.args.map(visit);
        const los = args.map((arg) => arg.lo);
        const his = args.map((arg) => arg.hi);
        if (node.name === 'min') return { lo: Math.min(...los), hi: Math.min(...his) };
        if (node.name === 'max') return { lo: Math.max(...los), hi: Math.max(...his) };
        const name = node.name;
        return { lo: Math[name](los[0]!), hi: Math[name](his[0]!) };
      }
    }
  };

  const result = visit(syntax.root);
  if (problems.length > 0) return { problems };
  const lowest = applyRounding(result.lo, rounding);
  const highest = applyRounding(result.hi, rounding);
  if (lowest < 0) {
    // The innermost part that goes below 0 while its own parts do not.
    let culprit = syntax.root;
    for (;;) {
      const next = children(culprit).find((child) => (intervals.get(child)?.lo ?? 0) < 0);
      if (next === undefined) break;
      culprit = next;
    }
    problems.push({
      code: 'fee_can_be_negative',
      offset: culprit.kind === 'unary' || culprit.kind === 'binary' ? culprit.at : culprit.start,
      params: {
        part: expression.slice(culprit.start, culprit.end),
        lowest: shownNumber(intervals.get(culprit)?.lo ?? lowest),
      },
    });
  }
  return { problems, lowest, highest };
}

function children(node: FeeFormulaNode): readonly FeeFormulaNode[] {
  switch (node.kind) {
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'call':
      return node.args;
    default:
      return [];
  }
}
