import { defineConfig } from 'tsup';
import { sharedBuild } from '../../scripts/tsup.shared.ts';

export default defineConfig({ ...sharedBuild, entry: ['src/index.ts', 'src/bin.ts'] });
