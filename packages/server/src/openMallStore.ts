import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MallStore } from '@mpp-kit/core';
import { ServeError } from './ServeError.js';
import type { ServerState } from './state/ServerState.js';

/**
 * Where a served mall keeps its data: a SQLite file, or a schema in a PostgreSQL database.
 *
 * @example
 * ```ts
 * const location: StoreLocation = { kind: 'sqlite', file: '/var/lib/mpp/mpp-batang.sqlite' };
 * ```
 */
export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string };

/** The schema prefix of PostgreSQL malls; `?schemaPrefix=` in the URL changes it. */
const DEFAULT_SCHEMA_PREFIX = 'mpp_';

/**
 * Works out where a mall's data goes from the `--store` value: a PostgreSQL URL
 * (`postgres://…` or `postgresql://…`) gives the schema `mpp_<mall id>` (dashes as `_`; the URL
 * parameter `schemaPrefix` replaces `mpp_`), so several malls share one database, each in its own
 * schema; anything else is a SQLite file, where `{mall}` stands for the mall id — required when
 * several malls are served, so that each has its own file.
 *
 * @param store - the `--store` value.
 * @param mallId - the mall's id.
 * @param mallCount - how many malls the server serves.
 * @param cwd - the folder relative paths are read from.
 * @returns the location.
 * @throws {@link ServeError} `store_shared` when several malls would share one SQLite file,
 * `store_schema` when the schema name would be invalid.
 * @example
 * ```ts
 * resolveStoreLocation('postgres://db/mpp', 'mpp-batang', 1, '/'); // { kind: 'postgres', schema: 'mpp_mpp_batang', … }
 * resolveStoreLocation('/var/lib/mpp/{mall}.sqlite', 'mpp-batang', 2, '/'); // { kind: 'sqlite', file: '/var/lib/mpp/mpp-batang.sqlite' }
 * ```
 */
export function resolveStoreLocation(
  store: string,
  mallId: string,
  mallCount: number,
  cwd: string,
): StoreLocation {
  if (/^postgres(?:ql)?:\/\//.test(store)) {
    const url = new URL(store);
    const prefix = url.searchParams.get('schemaPrefix') ?? DEFAULT_SCHEMA_PREFIX;
    url.searchParams.delete('schemaPrefix');
    const schema = `${prefix}${mallId.replace(/-/g, '_')}`;
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ServeError('store_schema', { schema });
    return { kind: 'postgres', connectionString: url.toString(), schema };
  }
  if (mallCount > 1 && !store.includes('{mall}') && store !== ':memory:')
    throw new ServeError('store_shared', { store });
  const file = store.replaceAll('{mall}', mallId);
  return { kind: 'sqlite', file: file === ':memory:' ? file : resolve(cwd, file) };
}

/**
 * A mall's store and server state, opened.
 *
 * @example
 * ```ts
 * const { store, state } = await openMallStore({ kind: 'sqlite', file: 'batang.sqlite' });
 * ```
 */
export interface OpenedStore {
  readonly store: MallStore;
  readonly state: ServerState;
  /** Closes both. */
  close(): Promise<void>;
}

/**
 * Opens the application store and the server state of one mall at a location, creating the file
 * or schema on first start. Loads `better-sqlite3` or `pg` only for the kind used.
 *
 * @param location - from {@link resolveStoreLocation}.
 * @returns the opened store and state.
 * @throws `StoreError` from the store when the database cannot be opened.
 * @example
 * ```ts
 * const opened = await openMallStore(resolveStoreLocation('mpp.sqlite', 'mpp-batang', 1, process.cwd()));
 * await opened.close();
 * ```
 */
export async function openMallStore(location: StoreLocation): Promise<OpenedStore> {
  if (location.kind === 'sqlite') {
    if (location.file !== ':memory:') mkdirSync(dirname(location.file), { recursive: true });
    const [{ createSqliteStore }, { createSqliteServerState }] = await Promise.all([
      import('@mpp-kit/core/store/sqlite'),
      import('./state/createSqliteServerState.js'),
    ]);
    const store = createSqliteStore({ file: location.file });
    const state = createSqliteServerState(location.file);
    return { store, state, close: () => closeBoth(store, state) };
  }
  const [{ createPostgresStore }, { createPostgresServerState }, pg] = await Promise.all([
    import('@mpp-kit/core/store/postgres'),
    import('./state/createPostgresServerState.js'),
    import('pg'),
  ]);
  const pool = new pg.default.Pool({ connectionString: location.connectionString, max: 10 });
  pool.on('error', () => undefined);
  try {
    const store = await createPostgresStore({ pool, schema: location.schema });
    const state = await createPostgresServerState(pool, location.schema, false);
    return {
      store,
      state,
      close: async () => {
        await closeBoth(store, state);
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

async function closeBoth(store: MallStore, state: ServerState): Promise<void> {
  await Promise.allSettled([store.close(), state.close()]);
}
