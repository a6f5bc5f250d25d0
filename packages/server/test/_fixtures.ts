/** What the server tests share: Batang, a served mall on a chosen store, tokens, requests. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMallRuntime, loadMall, type MallStore } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import pg from 'pg';
import {
  createAuthenticator,
  createMallApp,
  ensureSigningKey,
  issueLocalToken,
  openMallStore,
  resolveStoreLocation,
  type MallAppOptions,
  type OpenedStore,
  type ServedMall,
} from '../src/index.js';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const batangPath = join(root, 'examples/batang');
export const pgUrl =
  process.env['MPP_TEST_PG_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

let batang: Promise<MallConfig> | undefined;
/** Batang, loaded once. */
export function loadBatang(): Promise<MallConfig> {
  batang ??= loadMall(batangPath).then((result) => {
    if (!result.ok) throw new Error('examples/batang does not load');
    return result.mall;
  });
  return batang;
}

/** A copy of a mall with another id (a second mall in one server). */
export function renamed(mall: MallConfig, id: string): MallConfig {
  return { ...mall, mall: { ...mall.mall, id } };
}

export type StoreKind = 'sqlite' | 'postgres';

/** A `--store` value of a new, empty database of that kind (a PostgreSQL schema prefix of its own). */
export function freshStore(kind: StoreKind): { store: string; drop: () => Promise<void> } {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-server-'));
    return { store: join(dir, '{mall}.sqlite'), drop: () => Promise.resolve() };
  }
  const prefix = `t${randomBytes(5).toString('hex')}_`;
  return {
    store: `${pgUrl}?schemaPrefix=${prefix}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ nspname: string }>(
          'SELECT nspname FROM pg_namespace WHERE nspname LIKE $1',
          [`${prefix}%`],
        );
        for (const row of rows) await client.query(`DROP SCHEMA "${row.nspname}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Batang's calendars cover this day. */
export const batangDay = '2025-05-05T02:00:00Z';

/** Served malls on a store, with their app. */
export async function serveInProcess(
  kind: StoreKind,
  malls: readonly MallConfig[],
  options: Omit<MallAppOptions, 'malls'> = {},
): Promise<{
  app: ReturnType<typeof createMallApp>;
  served: ServedMall[];
  token: (mall: MallConfig, subject: string, roles?: string[]) => Promise<string>;
  close: () => Promise<void>;
  store: string;
}> {
  const { store, drop } = freshStore(kind);
  const opened: OpenedStore[] = [];
  const served: ServedMall[] = [];
  for (const mall of malls) {
    const o = await openMallStore(resolveStoreLocation(store, mall.mall.id, malls.length, root));
    opened.push(o);
    await ensureSigningKey(o.state);
    const runtime = createMallRuntime(mall, {
      store: o.store as MallStore,
      clock: () => batangDay,
    });
    served.push({
      mall,
      runtime,
      store: o.store,
      state: o.state,
      authenticate: createAuthenticator(mall, o.state),
    });
  }
  const app = createMallApp({ malls: served, ...options });
  return {
    app,
    served,
    store,
    token: (mall, subject, roles = []) => {
      const index = malls.indexOf(mall);
      return issueLocalToken(opened[index]!.state, mall, { subject, roles });
    },
    close: async () => {
      await Promise.all(opened.map((o) => o.close()));
      await drop();
    },
  };
}

export const pbgDocuments = [
  'ktp',
  'bukti-tanah',
  'kkpr',
  'persetujuan-lingkungan',
  'rencana-teknis',
].map((requirementId) => ({ requirementId }));
export const pbgFacts = {
  floorArea: 100,
  integratedIndex: 0.5,
  localityIndex: 0.004,
  shst: 5_000_000,
  buildingIndex: 1,
};
/** A complete PBG application (owner DPMPTSP, technical team DPUPR and DLH). */
export const pbgBody = {
  serviceId: 'pbg',
  applicant: { nik: '3325080808670008', name: 'Siti Aminah' },
  documents: pbgDocuments,
  facts: pbgFacts,
};

/** A JSON request to the app. */
export async function call(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  method: string,
  path: string,
  options: { token?: string | undefined; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; json: any; text: string }> {
  const response = await app.request(path, {
    method,
    headers: {
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}
