import { defineConfig } from 'tsup';
import { sharedBuild } from '../../scripts/tsup.shared.ts';

export default defineConfig({
  ...sharedBuild,
  // issues: the issue catalogue, locales and textFor without zod (what the CLI loads at start).
  entry: ['src/index.ts', 'src/issues.ts'],
  // One copy of the issue catalogue for both entries, in CommonJS too.
  splitting: true,
});
