import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: N = 2^16, r = 8, p = 1 (64 MiB, about 0.1–0.3 s on a small server). */
const COST = { log2N: 16, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

const optionsOf = (log2N: number, r: number, p: number): ScryptOptions => ({
  N: 2 ** log2N,
  r,
  p,
  maxmem: 2 ** log2N * r * 128 + 16 * 1024 * 1024,
});

/**
 * Hashes a password with scrypt (memory-hard; Node's own `crypto.scrypt`, N = 2^16, r = 8,
 * p = 1, a 16-byte random salt), as `scrypt$16$8$1$<salt>$<key>` (base64url): the cost is kept
 * with each hash so that it can be raised later without breaking old ones.
 *
 * @param password - the password.
 * @returns the encoded hash.
 * @example
 * ```ts
 * const hash = await hashPassword('kata sandi yang panjang');
 * await verifyPassword('kata sandi yang panjang', hash); // true
 * ```
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, optionsOf(COST.log2N, COST.r, COST.p));
  return [
    'scrypt',
    COST.log2N,
    COST.r,
    COST.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/**
 * Checks a password against a hash of {@link hashPassword}, in constant time. A malformed hash
 * never matches.
 *
 * @param password - what was typed.
 * @param encoded - the stored hash.
 * @returns whether they match.
 * @example
 * ```ts
 * await verifyPassword('salah', hash); // false
 * ```
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, key] = encoded.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false;
  const cost = [Number(log2N), Number(r), Number(p)] as const;
  if (!cost.every((n) => Number.isInteger(n) && n > 0) || cost[0] > 20) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), optionsOf(...cost));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
