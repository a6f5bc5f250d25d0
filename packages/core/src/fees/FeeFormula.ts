import { MppError } from '@mpp-kit/schemas';

/** Functions a fee formula may call. */
export const feeFormulaFunctions = ['min', 'max', 'round', 'floor', 'ceil'] as const;

type Node =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: string; at: number }
  | { kind: 'unary'; operand: Node }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Node; right: Node }
  | { kind: 'call'; name: (typeof feeFormulaFunctions)[number]; args: Node[] };

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

/**
 * A fee formula that cannot be read or evaluated; `position` is the 0-based character offset.
 * `message` is a short English detail that the validator and the runtime place in their own
 * localized messages; `messageId` repeats it unless an Indonesian text is given.
 */
export class FeeFormulaError extends MppError {
  override readonly name = 'FeeFormulaError';
  declare readonly code: 'fee_formula';
  constructor(
    message: string,
    readonly position: number,
    messageId: string = message,
  ) {
    super('fee_formula', { en: message, id: messageId });
  }
}

const maxLength = 2000;
const maxDepth = 50;

/**
 * Parses a fee formula safely: numbers, variables, `+ - * /`, parentheses, unary minus, and the
 * functions `min`, `max`, `round`, `floor`, `ceil`. Nothing else can run: there is no `eval`.
 *
 * @example
 * ```ts
 * const formula = compileFeeFormula('floorArea * indexBuilding * unitTariff');
 * formula.evaluate({ floorArea: 100, indexBuilding: 1.2, unitTariff: 10000 }); // 1200000
 * ```
 * @throws {@link FeeFormulaError} with the position of the first problem.
 */
export function compileFeeFormula(expression: string): FeeFormula {
  if (expression.length > maxLength)
    throw new FeeFormulaError(`longer than ${maxLength} characters`, maxLength);
  let pos = 0;
  const variables: string[] = [];

  const skip = () => {
    while (pos < expression.length && /\s/.test(expression[pos]!)) pos++;
  };
  const fail = (what: string): never => {
    throw new FeeFormulaError(
      pos >= expression.length
        ? `${what} at the end`
        : `${what} at position ${pos + 1} ("${expression[pos]}")`,
      pos,
    );
  };

  const parseExpression = (depth: number): Node => {
    if (depth > maxDepth) fail('nested too deeply');
    let left = parseTerm(depth);
    for (;;) {
      skip();
      const op = expression[pos];
      if (op !== '+' && op !== '-') return left;
      pos++;
      left = { kind: 'binary', op, left, right: parseTerm(depth) };
    }
  };
  const parseTerm = (depth: number): Node => {
    let left = parseFactor(depth);
    for (;;) {
      skip();
      const op = expression[pos];
      if (op !== '*' && op !== '/') return left;
      pos++;
      left = { kind: 'binary', op, left, right: parseFactor(depth) };
    }
  };
  const parseFactor = (depth: number): Node => {
    skip();
    const ch = expression[pos];
    if (ch === '-') {
      pos++;
      return { kind: 'unary', operand: parseFactor(depth + 1) };
    }
    if (ch === '(') {
      pos++;
      const inner = parseExpression(depth + 1);
      skip();
      if (expression[pos] !== ')') fail('expected ")"');
      pos++;
      return inner;
    }
    const number = /^(?:\d+(?:\.\d+)?|\.\d+)/.exec(expression.slice(pos));
    if (number) {
      pos += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    const name = /^[A-Za-z][A-Za-z0-9]*/.exec(expression.slice(pos));
    if (name) {
      const at = pos;
      pos += name[0].length;
      skip();
      if (expression[pos] === '(') {
        const fn = name[0] as (typeof feeFormulaFunctions)[number];
        if (!feeFormulaFunctions.includes(fn)) {
          pos = at;
          fail(`unknown function "${name[0]}"`);
        }
        pos++;
        const args: Node[] = [];
        skip();
        if (expression[pos] !== ')') {
          for (;;) {
            args.push(parseExpression(depth + 1));
            skip();
            if (expression[pos] === ',') {
              pos++;
              continue;
            }
            break;
          }
        }
        if (expression[pos] !== ')') fail('expected ")" or ","');
        pos++;
        const arity = fn === 'min' || fn === 'max' ? args.length >= 1 : args.length === 1;
        if (!arity) {
          pos = at;
          fail(`wrong number of arguments to ${fn}`);
        }
        return { kind: 'call', name: fn, args };
      }
      if (!variables.includes(name[0])) variables.push(name[0]);
      return { kind: 'variable', name: name[0], at };
    }
    return fail('expected a number, a variable or "("');
  };

  const root = parseExpression(0);
  skip();
  if (pos < expression.length) fail('unexpected character');

  const evaluate = (node: Node, values: Readonly<Record<string, number>>): number => {
    switch (node.kind) {
      case 'number':
        return node.value;
      case 'variable': {
        const value = values[node.name];
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          throw new FeeFormulaError(`no value for the variable "${node.name}"`, node.at);
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
        if (right === 0) throw new FeeFormulaError('division by zero', 0);
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
  };

  return { variables, evaluate: (values) => evaluate(root, values) };
}
