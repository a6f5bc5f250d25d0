// The store's own description of a pool must take every pg Pool, so that the declarations of
// @mpp-kit/core/store/postgres need no @types/pg and a user's `new Pool(...)` still fits.
import { Pool } from 'pg';
import { expectTypeOf, test } from 'vitest';
import type { PostgresPool, PostgresStoreOptions } from '../src/store/postgres/index.js';

test('a pg Pool is a PostgresPool', () => {
  expectTypeOf<Pool>().toExtend<PostgresPool>();
  const options: PostgresStoreOptions = { pool: new Pool(), schema: 'mpp_batang' };
  expectTypeOf(options).toExtend<PostgresStoreOptions>();
});

test('a connection string or a pool, not both', () => {
  expectTypeOf<{ connectionString: string; pool: Pool }>().not.toExtend<PostgresStoreOptions>();
  expectTypeOf<{ schema: string }>().not.toExtend<PostgresStoreOptions>();
});
