import type { FeeVariable, IssueParamsByCode } from '@mpp-kit/schemas';

/**
 * A fact of an application: a number (for fee formulas), a text (a choice, a table row) or a
 * yes/no.
 *
 * @example
 * ```ts
 * const facts: Record<string, FactValue> = { floorArea: 120, feeRow: 'wni', corner: true };
 * ```
 */
export type FactValue = number | string | boolean;

/**
 * The numbers a fee fact can stand for in its formula: `min` and `max` (`Infinity` when there is
 * no upper limit), and whether only whole numbers occur.
 *
 * @example
 * ```ts
 * const range: FeeFactRange = { min: 0, max: Infinity, integer: false };
 * ```
 */
export interface FeeFactRange {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/**
 * The range a declared fee fact allows, as the formula reads it: a number or integer from `min`
 * (default 0) to `max` (default unlimited), a boolean as 0 or 1, a choice between its smallest
 * and its largest option value.
 *
 * @example
 * ```ts
 * feeFactRange({ type: 'number', unit: 'm2', max: 100000 }); // { min: 0, max: 100000, integer: false }
 * feeFactRange({ type: 'boolean' }); // { min: 0, max: 1, integer: true }
 * ```
 */
export function feeFactRange(variable: FeeVariable): FeeFactRange {
  switch (variable.type) {
    case 'boolean':
      return { min: 0, max: 1, integer: true };
    case 'choice': {
      const values = (variable.options ?? []).map((option) => option.value);
      if (values.length === 0) return { min: 0, max: 0, integer: true };
      return {
        min: Math.min(...values),
        max: Math.max(...values),
        integer: values.every((value) => Number.isInteger(value)),
      };
    }
    case 'number':
    case 'integer':
      return {
        min: variable.min ?? 0,
        max: variable.max ?? Infinity,
        integer: variable.type === 'integer',
      };
  }
}

/** A fee fact read for its formula: the number, or what is wrong (an issue code and its params). */
export type FeeFactReading =
  | { readonly ok: true; readonly value: number }
  | {
      readonly ok: false;
      readonly code: 'fact_wrong_type';
      readonly params: IssueParamsByCode['fact_wrong_type'];
    }
  | {
      readonly ok: false;
      readonly code: 'fact_out_of_range';
      readonly params: IssueParamsByCode['fact_out_of_range'];
    };

function shown(value: FactValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Reads one fact for a fee formula as its declaration says: a number or integer within its range,
 * a boolean as 1 or 0, a choice as its option's value. A value of the wrong type is
 * `fact_wrong_type`; a number outside the range is `fact_out_of_range`, whose message names the
 * fact, the range and the unit.
 *
 * @param name - the fact's name (a variable of the formula).
 * @param variable - its declaration.
 * @param value - the value given.
 * @returns the number the formula reads, or the issue code and params.
 * @example
 * ```ts
 * readFeeFact('floorArea', { type: 'number', unit: 'm2' }, -500);
 * // { ok: false, code: 'fact_out_of_range', params: { name: 'floorArea', actual: -500, min: 0, factUnit: 'm2' } }
 * ```
 */
export function readFeeFact(name: string, variable: FeeVariable, value: FactValue): FeeFactReading {
  const wrongType = (extra: { readonly allowed?: readonly string[] } = {}): FeeFactReading => ({
    ok: false,
    code: 'fact_wrong_type',
    params: { name, type: variable.type, actual: shown(value), ...extra },
  });
  switch (variable.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value: value ? 1 : 0 } : wrongType();
    case 'choice': {
      const options = variable.options ?? [];
      const option = options.find((candidate) => candidate.id === value);
      if (option !== undefined) return { ok: true, value: option.value };
      return wrongType({ allowed: options.map((candidate) => candidate.id) });
    }
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType();
      if (variable.type === 'integer' && !Number.isInteger(value)) return wrongType();
      const range = feeFactRange(variable);
      if (value >= range.min && value <= range.max) return { ok: true, value };
      return {
        ok: false,
        code: 'fact_out_of_range',
        params: {
          name,
          actual: value,
          min: range.min,
          ...(variable.max === undefined ? {} : { max: variable.max }),
          ...(variable.unit === undefined ? {} : { factUnit: variable.unit }),
        },
      };
    }
  }
}
