// Writes docs/configuration-reference.md from the JSON Schema. Run: pnpm docs:reference
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConfigReference } from '../src/renderConfigReference.js';

const file = fileURLToPath(new URL('../../../docs/configuration-reference.md', import.meta.url));
writeFileSync(file, renderConfigReference());
console.log(`wrote ${file}`);
