import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { nearest } from '../_nearest.js';
import { createIssue, type Issue, type IssuePath, type Locale } from '../Issue.js';
import jsonSchema from '../../schema/mpp-kit.schema.json' with { type: 'json' };

// ajv and ajv-formats are CommonJS modules whose default export is the module object under
// NodeNext typing; unwrap `.default` when present so both ESM and CJS builds get the function.
type AjvClass = typeof import('ajv/dist/2020.js').default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ??
  Ajv2020Module) as AjvClass;
type AddFormats = typeof import('ajv-formats').default;
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed by the CJS typing under NodeNext
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;

/** Result of validating plain JSON against the published JSON Schema. */
export type JsonSchemaResult = { ok: true } | { ok: false; issues: Issue[] };

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function valueAt(data: unknown, path: IssuePath): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function toIssue(error: ErrorObject, data: unknown, locale: Locale): Issue {
  const path = pointerToPath(error.instancePath);
  const actual = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return createIssue({
        code: 'missing_key',
        locale,
        path: [...path, String(params['missingProperty'])],
        params: { key: String(params['missingProperty']), expected: 'a value' },
      });
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const properties = (
        error.parentSchema as { properties?: Record<string, unknown> } | undefined
      )?.properties;
      const allowed = Object.keys(properties ?? {});
      const suggestion = nearest(key, allowed);
      return createIssue({
        code: 'unknown_key',
        locale,
        path: [...path, key],
        params: { key, allowed, ...(suggestion === undefined ? {} : { suggestion }) },
      });
    }
    case 'type':
      return createIssue({
        code: 'invalid_type',
        locale,
        path,
        params: { expected: String(params['type']), actual: describeValue(actual) },
      });
    case 'enum':
    case 'const':
      return createIssue({
        code: 'invalid_value',
        locale,
        path,
        params: {
          actual: describeValue(actual),
          allowed: (Array.isArray(params['allowedValues'])
            ? (params['allowedValues'] as unknown[])
            : [params['allowedValue']]
          ).map(String),
        },
      });
    case 'pattern':
    case 'format':
      return createIssue({
        code: 'invalid_format',
        locale,
        path,
        params: {
          actual: String(actual),
          format: String(params['format'] ?? params['pattern']),
          example: '',
        },
      });
    case 'minimum':
    case 'minItems':
    case 'minLength':
    case 'exclusiveMinimum':
      return createIssue({
        code: 'too_small',
        locale,
        path,
        params: { detail: error.message ?? error.keyword },
      });
    case 'maximum':
    case 'maxItems':
    case 'maxLength':
    case 'exclusiveMaximum':
      return createIssue({
        code: 'too_big',
        locale,
        path,
        params: { detail: error.message ?? error.keyword },
      });
    default:
      return createIssue({
        code: 'invalid_type',
        locale,
        path,
        params: { expected: error.message ?? error.keyword, actual: describeValue(actual) },
      });
  }
}

let compiled: ValidateFunction | undefined;

/**
 * Validates plain JSON data (one configuration file or a bundle) against the published JSON Schema
 * with ajv — what an integrator without zod does. Errors become {@link Issue}s with paths.
 *
 * @example
 * ```ts
 * const result = validateWithJsonSchema({ apiVersion: 'mpp-kit/v1', roles: [] });
 * result.ok; // true
 * ```
 */
export function validateWithJsonSchema(
  data: unknown,
  options: { locale?: Locale } = {},
): JsonSchemaResult {
  compiled ??= createJsonSchemaValidator();
  if (compiled(data)) return { ok: true };
  const issues = (compiled.errors ?? []).map((error) =>
    toIssue(error, data, options.locale ?? 'en'),
  );
  return { ok: false, issues };
}

/**
 * Compiles the published draft 2020-12 JSON Schema with ajv (all errors, formats) and returns the
 * ajv validate function, for callers who want ajv's own error objects.
 *
 * @example
 * ```ts
 * const validate = createJsonSchemaValidator();
 * if (!validate(data)) console.log(validate.errors);
 * ```
 */
export function createJsonSchemaValidator(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  addFormats(ajv);
  return ajv.compile(jsonSchema);
}
