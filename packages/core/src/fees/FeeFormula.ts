import { FeeFormulaError } from './FeeFormulaError.js';
import {
  parseFeeFormula,
  type FeeFormulaNode,
  type FeeFormulaSyntax,
} from './_feeFormulaSyntax.js';

export { FeeFormulaError } from './FeeFormulaError.js';
export { feeFormulaFunctions } from './_feeFormulaSyntax.js';

/** A parsed fee formula: its variables and an evaluator. */
export interface FeeFormula {
  /** The variable names the formula reads, in order of first use. */
  readonly variables: readonly string[];
  /**
   * Evaluates with the given variable values.
   * @throws {@link FeeFormulaError} when a variable is missing or a division by zero happens.
   */
  evaluate(values: Readonly<Record<string, number>>): number;
}

function evaluate(node: FeeFormulaNode, values: Readonly<Record<string, number>>): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'variable': {
      const value = values[node.name];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new FeeFormulaError(`no value for the variable "${node.name}"`, node.start);
      }
      return value;
    }
    case 'unary':
      return -evaluate(node.operand, values);
    case 'binary': {
      const left = evaluate(node.left, values);
      const right = evaluate(node.right, values);
      if (node.op === '+') return left + right;
      if (node.op === '-') return left - right;
      if (node.op === '*') return left * right;
      if (right === 0) throw new FeeFormulaError('division by zero', node.at);
      return left / right;
    }
    case 'call': {
      const args = node.args.map((arg) => evaluate(arg, values));
      if (node.name === 'min') return Math.min(...args);
      if (node.name === 'max') return Math.max(...args);
      if (node.name === 'round') return Math.round(args[0]!);
      if (node.name === 'floor') return Math.floor(args[0]!);
      return Math.ceil(args[0]!);
    }
  }
}

/**
 * Parses a fee formula safely: numbers, variables, `+ - * /`, parentheses, unary minus, and the
 * functions `min`, `max`, `round`, `floor`, `ceil`. Nothing else can run: there is no `eval`.
 * Whether the formula stays a fee (never negative, never infinite) over the declared ranges of
 * its facts is `analyzeFeeFormula`'s question.
 *
 * @example
 * ```ts
 * const formula = compileFeeFormula('floorArea * indexBuilding * unitTariff');
 * formula.evaluate({ floorArea: 100, indexBuilding: 1.2, unitTariff: 10000 }); // 1200000
 * ```
 * @throws {@link FeeFormulaError} with the position of the first problem.
 */
export function compileFeeFormula(expression: string): FeeFormula {
  return feeFormulaOf(parseFeeFormula(expression));
}

/** The evaluator of a formula already parsed (its syntax is only read). @internal */
export function feeFormulaOf({ root, variables }: FeeFormulaSyntax): FeeFormula {
  return { variables, evaluate: (values) => evaluate(root, values) };
}
