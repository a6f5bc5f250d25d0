import { defineConfig } from 'tsup';
import { sharedBuild } from '../../scripts/tsup.shared.ts';

export default defineConfig({
  ...sharedBuild,
  entry: {
    index: 'src/index.ts',
    'store/sqlite/index': 'src/store/sqlite/index.ts',
    'store/postgres/index': 'src/store/postgres/index.ts',
  },
  splitting: true,
});
