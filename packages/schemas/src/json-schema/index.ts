/**
 * `@mpp-kit/schemas/json-schema`: the published JSON Schema of the configuration language and its
 * ajv validator. A subpath of its own, so that importing the configuration types and zod schemas
 * from `@mpp-kit/schemas` loads neither ajv nor the schema document (over 400 KB).
 *
 * @example
 * ```ts
 * import { validateWithJsonSchema } from '@mpp-kit/schemas/json-schema';
 *
 * validateWithJsonSchema({ apiVersion: 'mpp-kit/v1', roles: [] }); // { ok: true }
 * ```
 *
 * @module
 */
export { buildJsonSchema, jsonSchemaFiles, jsonSchemaTargets } from './buildJsonSchema.js';
export type { JsonSchemaTarget } from './buildJsonSchema.js';
export { validateWithJsonSchema, createJsonSchemaValidator } from './createJsonSchemaValidator.js';
export type { JsonSchemaResult } from './createJsonSchemaValidator.js';
