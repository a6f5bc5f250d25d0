/**
 * `@mpp-kit/core/simulate`: a mall at work, simulated on a store — a seeded stream of
 * applications run through the runtime day by day, with the scheduler delivering deadlines. Judge
 * the result with `reportDeadlineCompliance` from `@mpp-kit/core`, the same computation
 * `mpp report` uses.
 *
 * @example
 * ```ts
 * import { createMemoryStore, reportDeadlineCompliance } from '@mpp-kit/core';
 * import { simulateMall } from '@mpp-kit/core/simulate';
 * const store = createMemoryStore();
 * const result = await simulateMall({ mall, store, days: 5, from: '2026-08-03', seed: 1 });
 * const report = await reportDeadlineCompliance(mall, store, { now: result.endsAt });
 * ```
 * @module
 */
export { simulateMall } from './simulateMall.js';
export type { SimulationOptions, SimulationProgress, SimulationResult } from './simulateMall.js';
export {
  chooseSimulationStart,
  fitsCalendar,
  SIMULATION_MARGIN_DAYS,
} from './chooseSimulationStart.js';
export { createRandom, hashSeed } from './createRandom.js';
export type { Random } from './createRandom.js';
