import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import { createMemoryStore, type MallStore } from '../src/store/index.js';
import { createSqliteStore } from '../src/store/sqlite/index.js';
import {
  createMallRuntime,
  DefinitionMismatchError,
  resolveServiceDefinition,
  workflowVersionOf,
} from '../src/runtime/index.js';
import {
  applicant,
  batang,
  createTestClock,
  officer,
  pbgDocuments,
  pbgFacts,
} from './runtime/runtimeFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mpp-runtime-versions-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const frontOffice = officer('front-office', 'dpmptsp');
const dpupr = officer('reviewer', 'dpupr');
const dlh = officer('reviewer', 'dlh');

/** Batang with PBG reviewed by DPUPR alone, in 20 working days, as version 2026.1. */
async function changedBatang(): Promise<MallConfig> {
  const mall = structuredClone(await batang());
  const pbg = mall.services.find((s) => s.id === 'pbg');
  if (!pbg) throw new Error('no pbg');
  Object.assign(pbg, {
    workflow: {
      template: 'permit-with-levy',
      technicalTeam: { agencies: ['dpupr'], policy: 'all' },
    },
    sla: { ...pbg.sla, days: 20, legalMax: 28 },
    version: { id: '2026.1', validFrom: '2026-01-01' },
  });
  return mall;
}

/** Batang without PBG at all. */
async function batangWithoutPbg(): Promise<MallConfig> {
  const mall = structuredClone(await batang());
  mall.services = mall.services.filter((s) => s.id !== 'pbg');
  return mall;
}

async function submitPbg(mall: MallConfig, store: MallStore, at: string) {
  const runtime = createMallRuntime(mall, { store, clock: createTestClock(at) });
  return runtime.submit({
    serviceId: 'pbg',
    applicant: { id: 'akun-1' },
    documents: pbgDocuments,
    facts: pbgFacts,
  });
}

describe('applications stay on the version they were submitted under', () => {
  it('hashes the resolved lifecycle: a changed team or SLA is a new workflow version, a new name is not', async () => {
    const before = resolveServiceDefinition(await batang(), 'pbg');
    const after = resolveServiceDefinition(await changedBatang(), 'pbg');
    expect(after.workflowVersion).not.toBe(before.workflowVersion);
    expect([before.serviceVersion, after.serviceVersion]).toEqual(['2025.1', '2026.1']);
    const renamed = structuredClone(await batang());
    const pbg = renamed.services.find((s) => s.id === 'pbg');
    if (pbg) pbg.name = { id: 'PBG (nama baru)' };
    expect(resolveServiceDefinition(renamed, 'pbg').workflowVersion).toBe(before.workflowVersion);
    expect(workflowVersionOf(before)).toBe(before.workflowVersion);
  });

  it('runs an old application on its old lifecycle and a new one on the new, in one runtime', async () => {
    const store = createMemoryStore();
    const old = await submitPbg(await batang(), store, '2025-05-05T02:00:00Z');

    const clock = createTestClock('2025-05-06T02:00:00Z');
    const runtime = createMallRuntime(await changedBatang(), { store, clock });
    const fresh = await runtime.submit({
      serviceId: 'pbg',
      applicant: { id: 'akun-2' },
      documents: pbgDocuments,
      facts: pbgFacts,
    });
    expect(fresh.serviceVersion).toBe('2026.1');
    expect(fresh.serviceDue).toBe('2025-06-11'); // 20 working days now (Eid al-Adha 6 and 9 June skipped)
    expect(old.serviceVersion).toBe('2025.1');
    expect(old.serviceDue).toBe('2025-06-20'); // still 28 on the old application

    // The old application still needs DLH's vote; the new one is decided by DPUPR alone.
    let oldVersion = (
      await runtime.act(old.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: 1 })
    ).version;
    const oldVoted = await runtime.act(old.id, {
      type: 'APPROVE',
      actor: dpupr,
      expectedVersion: oldVersion,
    });
    expect(oldVoted.state).toBe('technical-review');
    oldVersion = (
      await runtime.act(old.id, { type: 'APPROVE', actor: dlh, expectedVersion: oldVoted.version })
    ).version;
    expect((await runtime.get(old.id)).state).toBe('levy-assessment');

    const newAccepted = await runtime.act(fresh.id, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    await expect(
      runtime.act(fresh.id, { type: 'APPROVE', actor: dlh, expectedVersion: newAccepted.version }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(
      (
        await runtime.act(fresh.id, {
          type: 'APPROVE',
          actor: dpupr,
          expectedVersion: newAccepted.version,
        })
      ).state,
    ).toBe('levy-assessment');

    expect((await runtime.replay(old.id)).matches).toBe(true);
    expect((await runtime.replay(fresh.id)).matches).toBe(true);
    expect(oldVersion).toBe(4);
  });

  it('acts on applications of a service the configuration no longer has, from the definition stored with them', async () => {
    const store = createMemoryStore();
    const old = await submitPbg(await batang(), store, '2025-05-05T02:00:00Z');
    const runtime = createMallRuntime(await batangWithoutPbg(), {
      store,
      clock: createTestClock('2025-05-06T02:00:00Z'),
    });
    await expect(
      runtime.submit({ serviceId: 'pbg', applicant: { id: 'akun-3' } }),
    ).rejects.toMatchObject({ code: 'validation' });
    const accepted = await runtime.act(old.id, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    expect(accepted.state).toBe('technical-review');
    expect(accepted.pending[0]?.allowed).toEqual(
      [dpupr, dlh].map(({ role, agency }) => ({ role, agency })),
    );
    expect((await runtime.replay(old.id)).matches).toBe(true);
  });

  it('refuses to run an application whose stored definition was edited behind its back', async () => {
    const file = join(dir, 'tampered.sqlite');
    const store = createSqliteStore({ file });
    const old = await submitPbg(await batang(), store, '2025-05-05T02:00:00Z');
    await store.close();
    // Someone with database access lets DLH out of the team in the stored definition.
    const db = new Database(file);
    db.exec('DROP TRIGGER events_no_update');
    const row = db
      .prepare('SELECT body FROM events WHERE application_id = ? AND seq = 1')
      .get(old.id) as { body: string };
    const event = JSON.parse(row.body) as {
      payload: { definition: { service: { participants: string[] } } };
    };
    event.payload.definition.service.participants = ['dpupr'];
    db.prepare('UPDATE events SET body = ? WHERE application_id = ? AND seq = 1').run(
      JSON.stringify(event),
      old.id,
    );
    db.close();

    const reopened = createSqliteStore({ file });
    try {
      const runtime = createMallRuntime(await batangWithoutPbg(), {
        store: reopened,
        clock: createTestClock('2025-05-06T02:00:00Z'),
      });
      const error = await runtime
        .act(old.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DefinitionMismatchError);
      expect(await runtime.verify(old.id)).toEqual({
        ok: false,
        firstBadSeq: 1,
        problem: 'edited',
      });
      expect(await reopened.get(old.id)).toMatchObject({ version: 1 });
    } finally {
      await reopened.close();
    }
  });

  it('keeps applicant ids apart: the applicant of an old application is still its only applicant', async () => {
    const store = createMemoryStore();
    const old = await submitPbg(await batang(), store, '2025-05-05T02:00:00Z');
    const runtime = createMallRuntime(await changedBatang(), {
      store,
      clock: createTestClock('2025-05-06T02:00:00Z'),
    });
    await expect(
      runtime.withdraw(old.id, { actor: applicant('akun-2'), expectedVersion: 1 }),
    ).rejects.toMatchObject({ reason: 'not_applicant' });
    expect(
      (await runtime.withdraw(old.id, { actor: applicant('akun-1'), expectedVersion: 1 })).state,
    ).toBe('withdrawn');
  });
});
