/** Strict JSON values: what a store keeps is exactly what it gives back. */

/** Where and why a value is not JSON. */
export interface NonJson {
  /** JSONPath-like location, `$` for the value itself. */
  readonly path: string;
  readonly problem: string;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Finds the first part of `value` that JSON cannot represent exactly: a non-finite number, a
 * bigint, a function, a symbol, `undefined` (except as an object property, which JSON omits), a
 * non-plain object (Date, Map, class instance …) or a cycle.
 */
export function findNonJson(value: unknown, path = '$'): NonJson | undefined {
  const found = firstNonJson(value, new Set());
  if (found === undefined) return undefined;
  let where = path;
  for (let i = found.keys.length - 1; i >= 0; i--) {
    const key = found.keys[i] as string | number;
    where = typeof key === 'number' ? `${where}[${String(key)}]` : childPath(where, key);
  }
  return { path: where, problem: found.problem };
}

/** A problem and the keys that lead to it, innermost first (paths are built only on failure). */
interface Found {
  readonly keys: (string | number)[];
  readonly problem: string;
}

function firstNonJson(value: unknown, ancestors: Set<object>): Found | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value)
        ? undefined
        : { keys: [], problem: `${String(value)} is not a finite number` };
    case 'object': {
      if (value === null) return undefined;
      if (ancestors.has(value)) return { keys: [], problem: 'circular reference' };
      ancestors.add(value);
      const found = Array.isArray(value)
        ? arrayNonJson(value, ancestors)
        : objectNonJson(value, ancestors);
      ancestors.delete(value);
      return found;
    }
    default:
      return { keys: [], problem: `${typeof value} is not JSON` };
  }
}

function arrayNonJson(value: readonly unknown[], ancestors: Set<object>): Found | undefined {
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (item === undefined) return { keys: [i], problem: 'undefined array item' };
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    const found = firstNonJson(item, ancestors);
    if (found) {
      found.keys.push(i);
      return found;
    }
  }
  return undefined;
}

function objectNonJson(value: object, ancestors: Set<object>): Found | undefined {
  if (!isPlainObject(value)) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return {
      keys: [],
      problem: `${typeof name === 'string' ? name : 'non-plain'} object is not JSON`,
    };
  }
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (
      item === undefined ||
      item === null ||
      typeof item === 'string' ||
      typeof item === 'boolean'
    )
      continue;
    const found = firstNonJson(item, ancestors);
    if (found) {
      found.keys.push(key);
      return found;
    }
  }
  return undefined;
}
