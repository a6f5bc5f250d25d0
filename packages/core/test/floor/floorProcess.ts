/**
 * A child process for the floor race tests, run with `node --import tsx floorProcess.ts <mode>
 * <json>`; prints `ready`, then:
 *
 * - `call {spec, counterId, day, officer, at}`: for each line on stdin, calls next once and prints
 *   the called ticket's id (or `none`); stops at `end`.
 * - `take {spec, counterId, prefix, day, count, idPrefix, at}`: waits for a line, takes `count`
 *   tickets, prints their numbers as one JSON line.
 */
import { createInterface } from 'node:readline';
import { openStore, type StoreSpec } from '../store/storeSpec.js';

interface Config {
  spec: StoreSpec;
  counterId: string;
  day: string;
  at: string;
  officer: string;
  prefix: string;
  count: number;
  idPrefix: string;
}

const [mode, json] = process.argv.slice(2);
const config = JSON.parse(json ?? '{}') as Config;
// Writers on one SQLite file take turns unfairly: under a tight loop one may wait long for the lock.
const store =
  config.spec.kind === 'sqlite'
    ? (await import('../../src/store/sqlite/index.js')).createSqliteStore({
        file: config.spec.file,
        busyTimeoutMs: 60_000,
      })
    : await openStore(config.spec);
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
if (mode === 'call') {
  // One call per line received; prints the called ticket's id, or "none".
  for await (const line of lines) {
    if (line === 'end') break;
    const ticket = await store.floor.callNext({
      counterId: config.counterId,
      day: config.day,
      officer: config.officer,
      at: config.at,
    });
    process.stdout.write(`${ticket?.id ?? 'none'}\n`);
  }
} else {
  await new Promise<void>((resolve) => {
    lines.once('line', () => {
      resolve();
    });
  });
  const results: string[] = [];
  for (let i = 0; i < config.count; i++) {
    const taken = await store.floor.takeTicket({
      id: `${config.idPrefix}-${String(i)}`,
      counterId: config.counterId,
      prefix: config.prefix,
      day: config.day,
      kind: 'walk-in',
      priority: null,
      serviceId: null,
      slot: null,
      at: config.at,
      callableFrom: config.at,
    });
    if ('ticket' in taken) results.push(taken.ticket.number);
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}
lines.close();
await store.close();
