import { ServeError } from './ServeError.js';

/**
 * How a cluster's primary gives its workers one clock: the offset from real time in milliseconds.
 * Each worker computing its own from `--clock` when it starts would put the workers' clocks apart
 * by their start-up times, and an action reaching a worker whose clock is behind the one that
 * wrote the last event would be refused as earlier than that event.
 */
export const CLOCK_OFFSET_ENV = 'MPP_SERVE_CLOCK_OFFSET_MS';

/** Milliseconds from real time (`now`) to a clock that starts at `start` now. */
export function clockOffset(start: string, now: number = Date.now()): number {
  const offset = Date.parse(start) - now;
  if (Number.isNaN(offset)) {
    throw new ServeError('bad_option', { option: '--clock', value: start, expected: 'instant' });
  }
  return offset;
}

/** The environment a primary gives its workers so they share its clock (empty without `--clock`). */
export function workerClockEnv(
  start: string | undefined,
  now: number = Date.now(),
): Record<string, string> {
  return start === undefined ? {} : { [CLOCK_OFFSET_ENV]: String(clockOffset(start, now)) };
}

/**
 * The runtime's clock: real time, or real time shifted to start at `start`. A worker passes the
 * offset its primary computed (`inherited`, from {@link CLOCK_OFFSET_ENV}), so every worker reads
 * the same instant at the same moment whenever it started; a value that is not a number is
 * ignored and the offset computed from `start` now.
 */
export function createServeClock(
  start: string | undefined,
  inherited: string | undefined,
  now: () => number = Date.now,
): () => Date {
  if (start === undefined) return () => new Date(now());
  const given = inherited === undefined || inherited.trim() === '' ? NaN : Number(inherited);
  const offset = Number.isFinite(given) ? given : clockOffset(start, now());
  return () => new Date(now() + offset);
}
