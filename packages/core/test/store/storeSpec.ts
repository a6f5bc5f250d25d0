/** How a test process (parent or child) opens the store under test. */
import type { MallStore } from '../../src/store/index.js';

/** Where the store lives: serialisable, so a parent can hand it to a child process. */
export type StoreSpec =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string };

/** Opens the store a spec describes (importing only the driver it needs). */
export async function openStore(spec: StoreSpec): Promise<MallStore> {
  if (spec.kind === 'sqlite') {
    const { createSqliteStore } = await import('../../src/store/sqlite/index.js');
    return createSqliteStore({ file: spec.file });
  }
  const { createPostgresStore } = await import('../../src/store/postgres/index.js');
  return createPostgresStore({ connectionString: spec.connectionString, schema: spec.schema });
}
