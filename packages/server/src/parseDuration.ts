import { ServeError } from './ServeError.js';

const units = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/**
 * Reads a duration such as `90s`, `15m`, `1h` or `7d` (a whole number and a unit) into seconds.
 *
 * @param text - the duration.
 * @param option - the option it came from, for the error message.
 * @returns seconds.
 * @throws {@link ServeError} `bad_option` for anything else, or more than 366 days.
 * @example
 * ```ts
 * parseDuration('1h', '--ttl'); // 3600
 * ```
 */
export function parseDuration(text: string, option: string): number {
  const match = /^(\d{1,7})([smhd])$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * units[match[2] as keyof typeof units] : NaN;
  if (!(seconds > 0 && seconds <= 366 * 86_400)) {
    throw new ServeError('bad_option', {
      option,
      value: text,
      expected: 'duration',
    });
  }
  return seconds;
}
