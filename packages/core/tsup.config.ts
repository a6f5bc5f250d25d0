import { defineConfig } from 'tsup';
import { sharedBuild } from '../../scripts/tsup.shared.ts';

export default defineConfig({
  ...sharedBuild,
  entry: {
    index: 'src/index.ts',
    'store/sqlite/index': 'src/store/sqlite/index.ts',
    'store/postgres/index': 'src/store/postgres/index.ts',
    // Which files make up a mall, without any schema (what `mpp validate --cache` loads).
    'files/index': 'src/files/index.ts',
    // Loading and validating a mall without the runtime, stores, site or reports (`mpp validate`).
    'load/index': 'src/load/index.ts',
    'simulate/index': 'src/simulate/index.ts',
  },
  splitting: true,
  esbuildOptions(options, context) {
    sharedBuild.esbuildOptions(options);
    // With code splitting, the CommonJS build keeps `import.meta` as written, which is a syntax
    // error in CommonJS: there it is `undefined`, and code falls back to `__filename`.
    if (context.format === 'cjs')
      options.define = { ...options.define, 'import.meta.url': 'undefined' };
  },
});
