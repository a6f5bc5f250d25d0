/**
 * A child process for the multi-process store tests, run with `node --import tsx storeProcess.ts
 * <mode> <json>`:
 *
 * - `race {spec, ids, rounds, writer}`: prints `ready`, waits for a line on stdin, then for each
 *   round r and each id appends with expected version r; prints one JSON line with the outcomes.
 * - `claim {spec, now, leaseUntil, batch}`: prints `ready`, waits for a line, then claims due
 *   applications in batches until none is left; prints one JSON line with the claimed ids.
 * - `writer {spec, prefix, apps}`: creates and appends forever, round robin over `apps`
 *   applications, printing `ack <id> <seq> <hash>` after each write is acknowledged. Killed by the
 *   parent.
 */
import { createInterface } from 'node:readline';
import type { ApplicationRecord, MallStore } from '../../src/store/index.js';
import { makeEvent, makeRecord, nextRecord } from './storeFixtures.js';
import { openStore, type StoreSpec } from './storeSpec.js';

interface RaceConfig {
  spec: StoreSpec;
  ids: string[];
  rounds: number;
  writer: string;
}
interface ClaimConfig {
  spec: StoreSpec;
  now: string;
  leaseUntil: string;
  batch: number;
}
interface WriterConfig {
  spec: StoreSpec;
  prefix: string;
  apps: number;
}

/** The outcome of one race attempt. */
export interface RaceOutcome {
  id: string;
  round: number;
  result: 'won' | 'conflict' | 'error';
  actualVersion?: number;
  error?: string;
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function waitForGo(): Promise<void> {
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => {
    lines.once('line', () => {
      resolve();
    });
  });
  lines.close();
}

async function race(store: MallStore, config: RaceConfig): Promise<void> {
  const base = new Map<string, ApplicationRecord>();
  for (const id of config.ids) base.set(id, (await store.get(id)) as ApplicationRecord);
  print('ready');
  await waitForGo();
  const outcomes: RaceOutcome[] = [];
  for (let round = 1; round <= config.rounds; round++) {
    for (const id of config.ids) {
      const record = {
        ...(base.get(id) as ApplicationRecord),
        version: round + 1,
        state: `r${String(round)}-${config.writer}`,
      };
      try {
        await store.append(
          id,
          round,
          makeEvent('RACE', { payload: { writer: config.writer, round } }),
          record,
        );
        outcomes.push({ id, round, result: 'won' });
      } catch (error) {
        const e = error as { code?: string; actualVersion?: number; message?: string };
        outcomes.push(
          e.code === 'conflict'
            ? { id, round, result: 'conflict', actualVersion: e.actualVersion as number }
            : { id, round, result: 'error', error: String(e.message) },
        );
      }
    }
  }
  print(JSON.stringify(outcomes));
}

async function claim(store: MallStore, config: ClaimConfig): Promise<void> {
  print('ready');
  await waitForGo();
  const claimed: string[] = [];
  for (;;) {
    const batch = await store.claimDue(config.now, config.batch, config.leaseUntil);
    if (batch.length === 0) break;
    claimed.push(...batch.map((r) => r.id));
  }
  print(JSON.stringify(claimed));
}

async function writer(store: MallStore, config: WriterConfig): Promise<never> {
  const records = new Map<string, ApplicationRecord | undefined>();
  for (let i = 0; i < config.apps; i++) {
    const id = `${config.prefix}-${String(i)}`;
    records.set(id, await store.get(id));
  }
  const padding = 'x'.repeat(2000); // a few pages per write, so a kill can land mid-write
  for (let n = 0; ; n++) {
    for (const [id, current] of records) {
      const seq = (current?.version ?? 0) + 1;
      const snapshot = { seq, padding, n };
      const event = makeEvent(seq === 1 ? 'SUBMIT' : 'ADVANCE', { payload: { seq, padding } });
      let stored;
      let next: ApplicationRecord;
      if (current === undefined) {
        next = makeRecord(id, { state: 's1', snapshot });
        stored = await store.create(next, event);
      } else {
        next = nextRecord(current, { state: `s${String(seq)}`, snapshot });
        stored = await store.append(id, current.version, event, next);
      }
      records.set(id, next);
      print(`ack ${id} ${String(stored.seq)} ${stored.hash}`);
    }
  }
}

const [mode, json] = process.argv.slice(2);
const config = JSON.parse(json ?? '{}') as { spec: StoreSpec };
const store = await openStore(config.spec);
try {
  if (mode === 'race') await race(store, config as RaceConfig);
  else if (mode === 'claim') await claim(store, config as ClaimConfig);
  else if (mode === 'writer') await writer(store, config as WriterConfig);
  else throw new Error(`unknown mode ${String(mode)}`);
} finally {
  await store.close();
}
