export { createPostgresStore } from './createPostgresStore.js';
export type { PostgresPool, PostgresStoreOptions } from './createPostgresStore.js';
