/** The syntax tree of a fee formula and its parser, shared by evaluation and range analysis. */
import { FeeFormulaError } from './FeeFormulaError.js';

/** Functions a fee formula may call. */
export const feeFormulaFunctions = ['min', 'max', 'round', 'floor', 'ceil'] as const;

/** Where a node is in the formula: 0-based offsets of its first character and past its last. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** A node of a parsed fee formula; `at` is where a binary or unary operator stands. */
export type FeeFormulaNode = Span &
  (
    | { readonly kind: 'number'; readonly value: number }
    | { readonly kind: 'variable'; readonly name: string }
    | { readonly kind: 'unary'; readonly at: number; readonly operand: FeeFormulaNode }
    | {
        readonly kind: 'binary';
        readonly op: '+' | '-' | '*' | '/';
        readonly at: number;
        readonly left: FeeFormulaNode;
        readonly right: FeeFormulaNode;
      }
    | {
        readonly kind: 'call';
        readonly name: (typeof feeFormulaFunctions)[number];
        readonly args: readonly FeeFormulaNode[];
      }
  );

/** A parsed formula: its tree and the variable names it reads, in order of first use. */
export interface FeeFormulaSyntax {
  readonly root: FeeFormulaNode;
  readonly variables: readonly string[];
}

const maxLength = 2000;
const maxDepth = 50;

/**
 * Parses a fee formula: numbers, variables, `+ - * /`, parentheses, unary minus and the functions
 * of {@link feeFormulaFunctions}.
 *
 * @throws {@link FeeFormulaError} with the position of the first problem.
 */
export function parseFeeFormula(expression: string): FeeFormulaSyntax {
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

  const parseExpression = (depth: number): FeeFormulaNode => {
    if (depth > maxDepth) fail('nested too deeply');
    let left = parseTerm(depth);
    for (;;) {
      skip();
      const op = expression[pos];
      if (op !== '+' && op !== '-') return left;
      const at = pos++;
      const right = parseTerm(depth);
      left = { kind: 'binary', op, at, left, right, start: left.start, end: right.end };
    }
  };
  const parseTerm = (depth: number): FeeFormulaNode => {
    let left = parseFactor(depth);
    for (;;) {
      skip();
      const op = expression[pos];
      if (op !== '*' && op !== '/') return left;
      const at = pos++;
      const right = parseFactor(depth);
      left = { kind: 'binary', op, at, left, right, start: left.start, end: right.end };
    }
  };
  const parseFactor = (depth: number): FeeFormulaNode => {
    skip();
    const start = pos;
    const ch = expression[pos];
    if (ch === '-') {
      pos++;
      const operand = parseFactor(depth + 1);
      return { kind: 'unary', at: start, operand, start, end: operand.end };
    }
    if (ch === '(') {
      pos++;
      const inner = parseExpression(depth + 1);
      skip();
      if (expression[pos] !== ')') fail('expected ")"');
      pos++;
      return { ...inner, start, end: pos };
    }
    const number = /^(?:\d+(?:\.\d+)?|\.\d+)/.exec(expression.slice(pos));
    if (number) {
      const value = Number(number[0]);
      if (!Number.isFinite(value)) fail('number too large');
      pos += number[0].length;
      return { kind: 'number', value, start, end: pos };
    }
    const name = /^[A-Za-z][A-Za-z0-9]*/.exec(expression.slice(pos));
    if (name) {
      pos += name[0].length;
      const end = pos;
      skip();
      if (expression[pos] === '(') {
        const fn = name[0] as (typeof feeFormulaFunctions)[number];
        if (!feeFormulaFunctions.includes(fn)) {
          pos = start;
          fail(`unknown function "${name[0]}"`);
        }
        pos++;
        const args: FeeFormulaNode[] = [];
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
          pos = start;
          fail(`wrong number of arguments to ${fn}`);
        }
        return { kind: 'call', name: fn, args, start, end: pos };
      }
      if (!variables.includes(name[0])) variables.push(name[0]);
      return { kind: 'variable', name: name[0], start, end };
    }
    return fail('expected a number, a variable or "("');
  };

  const root = parseExpression(0);
  skip();
  if (pos < expression.length) fail('unexpected character');
  return { root, variables };
}
