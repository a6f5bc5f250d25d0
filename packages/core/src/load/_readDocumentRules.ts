/**
 * Keys that are rejected anywhere in a configuration: assigning them to a plain object can
 * replace its prototype (`__proto__`), and code that reads `obj.constructor` or `.prototype`
 * must never see configuration data there.
 */
export const forbiddenKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** `true` for a key in {@link forbiddenKeys}. */
export function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** How a non-mapping top level is named in `not_a_document` ("a list", "a string" ...). */
export function describeValueKind(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'a mapping';
}

/** The key a scalar becomes in plain data (`null` → `''`), or `undefined` for a collection. */
export function scalarKey(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return undefined;
}

/** `true` for the mapping a configuration document must be at its top level. */
export function isMappingValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The list index a path segment names (`2` or `'2'`), or -1 when it names none. */
export function listIndexOf(segment: string | number): number {
  return typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
}
