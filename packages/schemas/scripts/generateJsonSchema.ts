// Writes the published JSON Schema files from the zod schemas. Run: pnpm schema:generate
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildJsonSchema,
  jsonSchemaFiles,
  jsonSchemaTargets,
} from '../src/json-schema/buildJsonSchema.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const target of jsonSchemaTargets) {
  const file = dir + jsonSchemaFiles[target];
  writeFileSync(file, JSON.stringify(buildJsonSchema(target), null, 2) + '\n');
  console.log(`wrote ${file}`);
}
