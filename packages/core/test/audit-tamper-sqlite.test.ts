/** The tamper matrix on the SQLite store: the attacker opens the file and drops the triggers. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/store/sqlite/index.js';
import { describeTamperMatrix, tamperKinds, type RawDatabase } from './audit/tamperMatrix.js';

const dir = mkdtempSync(join(tmpdir(), 'mpp-tamper-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;

function rawSqlite(file: string): RawDatabase {
  const db = new Database(file);
  db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
  const remove = (id: string) => {
    for (const table of ['events', 'application_pending', 'application_agencies'])
      db.prepare(`DELETE FROM ${table} WHERE application_id = ?`).run(id);
    db.prepare('DELETE FROM applications WHERE id = ?').run(id);
  };
  return {
    write: async ({ record, events }) => {
      remove(record.id);
      db.prepare(
        `INSERT INTO applications (id, mall_id, service_id, service_version, workflow_id,
          workflow_version, applicant_id, state, version, due_at, created_at, updated_at, head_hash, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        record.id,
        record.mallId,
        record.serviceId,
        record.serviceVersion,
        record.workflowId,
        record.workflowVersion,
        record.applicantId,
        record.state,
        record.version,
        record.dueAt === null ? null : new Date(record.dueAt).toISOString(),
        new Date(record.createdAt).toISOString(),
        record.updatedAt,
        events.at(-1)?.hash ?? '',
        JSON.stringify(record),
      );
      for (const agency of new Set(record.agencies))
        db.prepare('INSERT INTO application_agencies (agency, application_id) VALUES (?, ?)').run(
          agency,
          record.id,
        );
      for (const event of events)
        db.prepare(
          `INSERT INTO events (application_id, seq, type, at, actor_id, prev_hash, hash, body)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          record.id,
          event.seq,
          event.type,
          event.at,
          event.actor.id,
          event.prevHash,
          event.hash,
          JSON.stringify(event),
        );
      return Promise.resolve();
    },
    remove: async (id) => {
      remove(id);
      return Promise.resolve();
    },
    close: async () => {
      db.close();
      return Promise.resolve();
    },
  };
}

describeTamperMatrix('sqlite', () => {
  const file = join(dir, `tamper-${String((n += 1))}.sqlite`);
  return Promise.resolve({
    store: createSqliteStore({ file }),
    reopen: () => Promise.resolve(createSqliteStore({ file })),
    raw: () => Promise.resolve(rawSqlite(file)),
  });
});

describe('docs/security.md', () => {
  it('states the tamper matrix figures and every kind the signed heads do not catch', () => {
    const text = readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');
    const count = (key: 'chain' | 'replay' | 'heads') =>
      tamperKinds.filter((kind) => kind.detected[key]).length;
    expect(text).toContain(`makes ${String(tamperKinds.length)} kinds of change`);
    expect(text).toContain(
      `The chain alone catches ${String(count('chain'))}, the chain and the record check ${String(count('replay'))}`,
    );
    expect(text).toContain(`and with signed heads ${String(count('heads'))}.`);
    // The one kind the heads miss is the first item of the list.
    expect(tamperKinds.filter((kind) => !kind.detected.heads).map((kind) => kind.name)).toEqual([
      'append an event the lifecycle accepts, as a forged officer, after the export',
    ]);
    expect(text).toContain('**Anything after the last signed head.**');
  });
});
