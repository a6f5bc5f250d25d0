import { z } from 'zod';
import { mallFile } from '../MallDocument.js';

/** JSON Schema dialects the configuration language is published in. */
export const jsonSchemaTargets = ['draft-2020-12', 'draft-7'] as const;
/** A JSON Schema dialect. */
export type JsonSchemaTarget = (typeof jsonSchemaTargets)[number];

/** File names of the published JSON Schema, per dialect, under `@mpp-kit/schemas/schema/`. */
export const jsonSchemaFiles: Readonly<Record<JsonSchemaTarget, string>> = {
  'draft-2020-12': 'mpp-kit.schema.json',
  'draft-7': 'mpp-kit.draft-07.schema.json',
};

/**
 * Generates the JSON Schema of one configuration file from the zod schemas (input side: keys with
 * defaults are optional). The committed files under `packages/schemas/schema/` are this output;
 * a test fails when they are out of date (`pnpm schema:generate` rewrites them).
 *
 * @example
 * ```ts
 * const schema = buildJsonSchema('draft-7');
 * schema.$schema; // 'http://json-schema.org/draft-07/schema#'
 * ```
 */
export function buildJsonSchema(
  target: JsonSchemaTarget = 'draft-2020-12',
): Record<string, unknown> {
  const generated = z.toJSONSchema(mallFile, {
    target,
    io: 'input',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `https://mpp-kit.dev/schema/v1/${jsonSchemaFiles[target]}`,
    title: 'mpp-kit configuration (apiVersion mpp-kit/v1)',
    description:
      'Satu berkas konfigurasi Mal Pelayanan Publik.\n\nOne Mal Pelayanan Publik configuration file.',
    ...rest,
  };
}
