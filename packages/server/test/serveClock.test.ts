import { describe, expect, it } from 'vitest';
import { ServeError } from '../src/ServeError.js';
import {
  CLOCK_OFFSET_ENV,
  clockOffset,
  createServeClock,
  workerClockEnv,
} from '../src/_serveClock.js';

/** A real-time clock the test moves by hand. */
function manualTime(startMs: number) {
  let ms = startMs;
  return {
    now: () => ms,
    advance: (by: number) => {
      ms += by;
    },
  };
}

const realStart = Date.parse('2026-12-05T07:00:00.000Z');
const mallStart = '2025-05-05T02:00:00.000Z';

describe('the clock `mpp serve --clock` gives a cluster', () => {
  it('without --clock is real time, and the workers get no offset', () => {
    const time = manualTime(realStart);
    expect(createServeClock(undefined, undefined, time.now)().toISOString()).toBe(
      '2026-12-05T07:00:00.000Z',
    );
    expect(workerClockEnv(undefined, realStart)).toEqual({});
  });

  it('with --clock starts at the given instant and runs at real speed', () => {
    const time = manualTime(realStart);
    const clock = createServeClock(mallStart, undefined, time.now);
    expect(clock().toISOString()).toBe(mallStart);
    time.advance(90_000);
    expect(clock().toISOString()).toBe('2025-05-05T02:01:30.000Z');
  });

  it('workers that start at different moments read the same instant as their primary', () => {
    const time = manualTime(realStart);
    // The primary computes the offset when it starts and forks its workers with it.
    const env = workerClockEnv(mallStart, time.now());
    const primary = createServeClock(mallStart, undefined, time.now);
    time.advance(350); // the first worker has loaded its code
    const first = createServeClock(mallStart, env[CLOCK_OFFSET_ENV], time.now);
    time.advance(1_200); // the second one was slower
    const second = createServeClock(mallStart, env[CLOCK_OFFSET_ENV], time.now);
    time.advance(10);
    const readings = [primary(), first(), second()].map((d) => d.toISOString());
    expect(readings).toEqual(Array(3).fill('2025-05-05T02:00:01.560Z'));
    // Each computing its own offset when it started would have put them apart by the start-up.
    const own = createServeClock(mallStart, undefined, time.now);
    expect(own().getTime() - second().getTime()).toBe(-1_560);
  });

  it('ignores an inherited offset that is not a number and counts from --clock instead', () => {
    const time = manualTime(realStart);
    for (const inherited of ['', ' ', 'soon', 'NaN', 'Infinity']) {
      expect(createServeClock(mallStart, inherited, time.now)().toISOString()).toBe(mallStart);
    }
  });

  it('refuses an instant it cannot read, naming the option (English and Indonesian)', () => {
    const error = (() => {
      try {
        clockOffset('besok pagi', realStart);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ServeError);
    const serveError = error as ServeError;
    expect(serveError.code).toBe('bad_option');
    expect(serveError.message).toContain('--clock');
    expect(serveError.message).toContain('besok pagi');
    expect(serveError.messageId).toContain('--clock');
    expect(serveError.messageId).not.toBe(serveError.message);
  });
});
