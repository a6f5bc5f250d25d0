export { createSqliteStore } from './createSqliteStore.js';
export type { SqliteStoreOptions } from './createSqliteStore.js';
