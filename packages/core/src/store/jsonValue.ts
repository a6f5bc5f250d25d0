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
export function findNonJson(
  value: unknown,
  path = '$',
  ancestors: Set<object> = new Set(),
): NonJson | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value)
        ? undefined
        : { path, problem: `${String(value)} is not a finite number` };
    case 'object': {
      if (value === null) return undefined;
      if (ancestors.has(value)) return { path, problem: 'circular reference' };
      ancestors.add(value);
      try {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const item: unknown = value[i];
            if (item === undefined)
              return { path: `${path}[${String(i)}]`, problem: 'undefined array item' };
            const bad = findNonJson(item, `${path}[${String(i)}]`, ancestors);
            if (bad) return bad;
          }
          return undefined;
        }
        if (!isPlainObject(value)) {
          const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
          return {
            path,
            problem: `${typeof name === 'string' ? name : 'non-plain'} object is not JSON`,
          };
        }
        for (const [key, item] of Object.entries(value)) {
          if (item === undefined) continue;
          const bad = findNonJson(item, childPath(path, key), ancestors);
          if (bad) return bad;
        }
        return undefined;
      } finally {
        ancestors.delete(value);
      }
    }
    default:
      return { path, problem: `${typeof value} is not JSON` };
  }
}
