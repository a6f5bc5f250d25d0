/** What {@link resolveColor} looks at. @example `resolveColor({ env: process.env, isTTY: process.stdout.isTTY === true })` */
export interface ColorContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether the stream the text goes to is a terminal. */
  readonly isTTY: boolean;
}

/**
 * Decides whether to write ANSI colour: `FORCE_COLOR` wins (`0`/`false` forces it off, any other
 * non-empty value on), then a non-empty `NO_COLOR` (no-color.org) or `TERM=dumb` turns it off,
 * else colour follows whether the stream is a terminal.
 *
 * @example
 * ```ts
 * resolveColor({ env: {}, isTTY: true }); // true
 * resolveColor({ env: { NO_COLOR: '1' }, isTTY: true }); // false
 * resolveColor({ env: { FORCE_COLOR: '1' }, isTTY: false }); // true
 * ```
 */
export function resolveColor({ env, isTTY }: ColorContext): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}
