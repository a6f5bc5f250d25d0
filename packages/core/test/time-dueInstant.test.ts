import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mallTimeZones } from '@mpp-kit/workflows';
import { computeDueInstant, dueInstant } from '../src/time/localInstants.js';

// dueInstant keeps each date's instant once computed: the kept answer is the computed one, for
// well-formed dates, malformed ones and every Indonesian time zone, however often it is asked and
// after the table starts again.

const date = fc.oneof(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((value) => value.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2025-02-30', '2025-13-01', '2025-6-1', ' 2025-06-01', '2025-06-01T00:00'),
);

describe('dueInstant', () => {
  it('answers what computing it answers, first time and every time after', () => {
    fc.assert(
      fc.property(
        fc.array(date, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(...mallTimeZones),
        (dates, zone) => {
          for (const value of [...dates, ...dates]) {
            expect(dueInstant(value, zone)).toBe(computeDueInstant(value, zone));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps answering right after more dates than it keeps', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let day = 0; day < 9000; day += 1) {
      const value = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      expect(dueInstant(value, 'Asia/Makassar')).toBe(computeDueInstant(value, 'Asia/Makassar'));
    }
    expect(dueInstant('2025-06-20', 'Asia/Jakarta')).toBe('2025-06-20T17:00:00.000Z');
    expect(dueInstant(null, 'Asia/Jakarta')).toBeNull();
  });
});
