import { createMemoryWebState } from './createMemoryWebState.js';
import type { IdempotencyRecord, ServerState, SigningKeyRecord } from './ServerState.js';

/**
 * A {@link ServerState} in memory, for tests and a server on `createMemoryStore()`: lost when the
 * process ends, not shared between processes.
 *
 * @returns the state.
 * @example
 * ```ts
 * const state = createMemoryServerState();
 * await state.ping();
 * ```
 */
export function createMemoryServerState(): ServerState {
  const keys: SigningKeyRecord[] = [];
  const used = new Map<string, IdempotencyRecord>();
  return {
    web: createMemoryWebState(),
    keys: () => Promise.resolve([...keys].reverse()),
    addKey: (key) => {
      keys.push(structuredClone(key));
      return Promise.resolve();
    },
    retireKey: (kid, at) => {
      const index = keys.findIndex((key) => key.kid === kid);
      const key = keys[index];
      if (key === undefined) return Promise.resolve(false);
      keys[index] = { ...key, retiredAt: at };
      return Promise.resolve(true);
    },
    claimIdempotencyKey: (record) => {
      const id = JSON.stringify([record.callerId, record.key]);
      const first = used.get(id) ?? record;
      used.set(id, first);
      return Promise.resolve(first);
    },
    ping: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
