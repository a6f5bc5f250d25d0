/**
 * Tests with real processes sharing one database: racing appends, concurrent claims, and a writer
 * killed with SIGKILL at random moments. Used by the SQLite and PostgreSQL test files.
 */
import { describe, expect, it } from 'vitest';
import { verifyChain, type ApplicationRecord, type MallStore } from '../../src/store/index.js';
import type { RaceOutcome } from './storeProcess.js';
import { startStoreProcess } from './storeProcesses.js';
import { at, makeEvent, makeRecord } from './storeFixtures.js';
import type { StoreSpec } from './storeSpec.js';

/** What the multi-process tests need from a store kind. */
export interface MultiProcessHarness {
  /** A spec for an empty database. */
  fresh(): Promise<StoreSpec>;
  /** Opens the store in this (the parent) process. */
  open(spec: StoreSpec): Promise<MallStore>;
  /** Extra checks of the database after the crash test (integrity check …). */
  afterCrashes?(spec: StoreSpec): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Defines the multi-process tests of a store kind.
 *
 * @example
 * ```ts
 * describeMultiProcess('sqlite', { fresh, open: (spec) => openStore(spec) });
 * ```
 */
export function describeMultiProcess(name: string, harness: MultiProcessHarness): void {
  describe(`${name} store: several processes`, () => {
    it('lets exactly one of two processes win each append with the same expected version', async () => {
      const spec = await harness.fresh();
      const store = await harness.open(spec);
      const ids = Array.from({ length: 40 }, (_, i) => `race-${String(i).padStart(2, '0')}`);
      const rounds = 3;
      try {
        for (const id of ids) await store.create(makeRecord(id), makeEvent('SUBMIT'));
        const children = ['A', 'B'].map((writer) =>
          startStoreProcess('race', { spec, ids, rounds, writer }),
        );
        await Promise.all(children.map((c) => c.waitForLine((l) => l === 'ready')));
        for (const child of children) child.send('go');
        const [a, b] = await Promise.all(
          children.map(async (child) => {
            const { code, stderr } = await child.exited;
            expect(code, stderr).toBe(0);
            return JSON.parse(child.lines.at(-1) as string) as RaceOutcome[];
          }),
        );
        const outcomes = [...(a as RaceOutcome[]), ...(b as RaceOutcome[])];
        expect(outcomes.filter((o) => o.result === 'error')).toEqual([]);
        const winners = new Map<string, string>();
        for (const id of ids) {
          for (let round = 1; round <= rounds; round++) {
            const pair = [a, b].map((list) =>
              (list as RaceOutcome[]).find((o) => o.id === id && o.round === round),
            );
            const results = pair.map((o) => o?.result).sort();
            expect(results, `${id} round ${String(round)}`).toEqual(['conflict', 'won']);
            const loser = pair.find((o) => o?.result === 'conflict');
            expect(loser?.actualVersion).toBeGreaterThan(round);
            winners.set(`${id}/${String(round)}`, pair[0]?.result === 'won' ? 'A' : 'B');
          }
        }
        for (const id of ids) {
          const record = (await store.get(id)) as ApplicationRecord;
          const events = await store.events(id);
          expect(record.version).toBe(rounds + 1);
          expect(events).toHaveLength(rounds + 1);
          expect(verifyChain(events, { version: record.version })).toEqual({ ok: true });
          for (let round = 1; round <= rounds; round++) {
            expect(events[round]?.payload).toEqual({
              writer: winners.get(`${id}/${String(round)}`),
              round,
            });
          }
          expect(record.state).toBe(
            `r${String(rounds)}-${String(winners.get(`${id}/${String(rounds)}`))}`,
          );
        }
      } finally {
        await store.close();
      }
    });

    it('never gives the same due application to two claiming processes', async () => {
      const spec = await harness.fresh();
      const store = await harness.open(spec);
      const ids = Array.from({ length: 120 }, (_, i) => `due-${String(i).padStart(3, '0')}`);
      try {
        for (const [i, id] of ids.entries()) {
          await store.create(makeRecord(id, { dueAt: at(i % 17) }), makeEvent('SUBMIT'));
        }
        const config = { spec, now: at(100), leaseUntil: at(200), batch: 3 };
        const children = [0, 1].map(() => startStoreProcess('claim', config));
        await Promise.all(children.map((c) => c.waitForLine((l) => l === 'ready')));
        for (const child of children) child.send('go');
        const claims = await Promise.all(
          children.map(async (child) => {
            const { code, stderr } = await child.exited;
            expect(code, stderr).toBe(0);
            return JSON.parse(child.lines.at(-1) as string) as string[];
          }),
        );
        const all = claims.flat();
        expect(new Set(all).size).toBe(all.length); // no application claimed twice
        expect([...all].sort()).toEqual(ids);
        expect(await store.claimDue(at(150), 10, at(250))).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('keeps every acknowledged write, and nothing half-written, across SIGKILLs', async () => {
      const spec = await harness.fresh();
      const acked = new Map<string, Map<number, string>>(); // id → seq → hash
      const kills = 6;
      for (let k = 0; k < kills; k++) {
        const child = startStoreProcess('writer', { spec, prefix: 'crash', apps: 12 });
        await child.waitForLine((l) => l.startsWith('ack '));
        await sleep(50 + Math.random() * 350);
        child.kill('SIGKILL');
        const { signal, stderr } = await child.exited;
        expect(signal, stderr).toBe('SIGKILL');
        for (const line of child.lines) {
          const [, id, seq, hash] = line.split(' ');
          const seen = acked.get(id as string) ?? new Map<number, string>();
          seen.set(Number(seq), hash as string);
          acked.set(id as string, seen);
        }
      }

      const store = await harness.open(spec);
      try {
        let ahead = 0;
        expect(acked.size).toBeGreaterThan(0);
        for (let i = 0; i < 12; i++) {
          const id = `crash-${String(i)}`;
          const record = await store.get(id);
          const events = await store.events(id);
          const seen = acked.get(id) ?? new Map<number, string>();
          const lastAcked = Math.max(0, ...seen.keys());
          if (record === undefined) {
            expect(lastAcked, id).toBe(0);
            expect(events).toEqual([]);
            continue;
          }
          // The record and the log moved together.
          expect(events.at(-1)?.seq, id).toBe(record.version);
          expect(events, id).toHaveLength(record.version);
          expect(record.state).toBe(`s${String(record.version)}`);
          expect((record.snapshot as { seq: number }).seq).toBe(record.version);
          expect(events.map((e) => (e.payload as { seq: number }).seq)).toEqual(
            events.map((e) => e.seq),
          );
          expect(verifyChain(events, { version: record.version }), id).toEqual({ ok: true });
          // Every acknowledged event is there, unchanged; at most one unacknowledged write per kill.
          for (const [seq, hash] of seen)
            expect(events[seq - 1]?.hash, `${id} seq ${String(seq)}`).toBe(hash);
          expect(record.version - lastAcked).toBeGreaterThanOrEqual(0);
          expect(record.version - lastAcked).toBeLessThanOrEqual(1);
          ahead += record.version - lastAcked;
        }
        expect(ahead).toBeLessThanOrEqual(kills);
      } finally {
        await store.close();
      }
      await harness.afterCrashes?.(spec);
    });
  });
}
