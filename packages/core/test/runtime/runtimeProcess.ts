/**
 * A child process for the runtime concurrency tests, run with `node --import tsx runtimeProcess.ts
 * <mode> <json>` (the parent passes `--conditions=@mpp-kit/source`):
 *
 * - `act {spec, ids, action, at}`: prints `ready`, waits for a line on stdin, then sends `action`
 *   to each application with the runtime over the store; prints one JSON line of outcomes.
 * - `tick {spec, now, batchSize}`: prints `ready`, waits for a line, runs the scheduler step once;
 *   prints its result as one JSON line.
 */
import { createInterface } from 'node:readline';
import { createMallRuntime, type ActionInput } from '../../src/runtime/index.js';
import { openStore, type StoreSpec } from '../store/storeSpec.js';
import { batang } from './runtimeFixtures.js';

/** The outcome of one action attempt. */
export interface ActOutcome {
  readonly id: string;
  readonly result: 'won' | 'conflict' | 'error';
  readonly detail?: string;
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

const [mode, json] = process.argv.slice(2);
const config = JSON.parse(json ?? '{}') as {
  spec: StoreSpec;
  ids?: string[];
  action?: ActionInput;
  at?: string;
  now?: string;
  batchSize?: number;
};
const store = await openStore(config.spec);
try {
  const runtime = createMallRuntime(await batang(), {
    store,
    clock: () => config.at ?? config.now ?? new Date().toISOString(),
  });
  if (mode === 'act') {
    print('ready');
    await waitForGo();
    const outcomes: ActOutcome[] = [];
    for (const id of config.ids ?? []) {
      try {
        await runtime.act(id, config.action as ActionInput);
        outcomes.push({ id, result: 'won' });
      } catch (error) {
        const code = (error as { code?: string }).code;
        outcomes.push(
          code === 'conflict'
            ? { id, result: 'conflict' }
            : { id, result: 'error', detail: String(error) },
        );
      }
    }
    print(JSON.stringify(outcomes));
  } else if (mode === 'tick') {
    print('ready');
    await waitForGo();
    const result = await runtime.runDueDeadlines(config.now as string, {
      batchSize: config.batchSize ?? 5,
      schedulerId: `scheduler-${String(process.pid)}`,
    });
    print(JSON.stringify(result));
  } else {
    throw new Error(`unknown mode ${String(mode)}`);
  }
} finally {
  await store.close();
}
