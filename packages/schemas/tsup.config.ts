import { defineConfig } from 'tsup';
import { sharedBuild } from '../../scripts/tsup.shared.ts';

export default defineConfig({
  ...sharedBuild,
  entry: {
    index: 'src/index.ts',
    // issues: the issue catalogue, locales and textFor without zod (what the CLI loads at start).
    issues: 'src/issues.ts',
    // ajv and the published JSON Schema document, kept out of the root entry.
    'json-schema/index': 'src/json-schema/index.ts',
  },
  // One copy of the code the entries share (the issue catalogue), in CommonJS too.
  splitting: true,
});
