/** The three stores a conformance-style test runs on: memory, a SQLite file, a PostgreSQL schema. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool, escapeIdentifier } from 'pg';
import { createMemoryStore, type MallStore } from '../../src/store/index.js';
import { openStore } from './storeSpec.js';

/** One store kind: its name for `describe.each` and how to open a fresh, empty store of it. */
export interface StoreKind {
  readonly name: 'memory' | 'sqlite' | 'postgres';
  open(): Promise<MallStore>;
}

/**
 * Fresh stores of each kind for one test file, named after `label`: every `open()` gives a new
 * SQLite file or PostgreSQL schema; `cleanup()` (in `afterAll`) removes them all.
 */
export function threeStores(label: string): {
  kinds: readonly StoreKind[];
  cleanup: () => Promise<void>;
} {
  const dir = mkdtempSync(join(tmpdir(), `mpp-${label}-`));
  const connectionString =
    process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
  const prefix = `mpp_${label.replace(/-/g, '_')}_${String(process.pid)}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  let opened = 0;
  const kinds: StoreKind[] = [
    { name: 'memory', open: () => Promise.resolve(createMemoryStore()) },
    {
      name: 'sqlite',
      open: () => openStore({ kind: 'sqlite', file: join(dir, `${String(++opened)}.sqlite`) }),
    },
    {
      name: 'postgres',
      open: () => {
        const schema = `${prefix}_${String(++opened)}`;
        schemas.push(schema);
        return openStore({ kind: 'postgres', connectionString, schema });
      },
    },
  ];
  const cleanup = async () => {
    rmSync(dir, { recursive: true, force: true });
    if (schemas.length === 0) return;
    const admin = new Pool({ connectionString, connectionTimeoutMillis: 5000, max: 1 });
    admin.on('error', () => undefined);
    try {
      for (const schema of schemas)
        await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
    } finally {
      await admin.end();
    }
  };
  return { kinds, cleanup };
}
