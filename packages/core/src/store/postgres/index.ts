export { createPostgresStore } from './createPostgresStore.js';
export type { PostgresStoreOptions } from './createPostgresStore.js';
