import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  // import.meta.url in the CommonJS build (the docs page finds swagger-ui-dist from this file).
  shims: true,
  target: 'node20',
});
