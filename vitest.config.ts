import { defineConfig } from 'vitest/config';

const conditions = ['@mpp-kit/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: {
    resolve: {
      conditions: ['@mpp-kit/source', 'module', 'node', 'development|production'],
      externalConditions: ['@mpp-kit/source'],
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
