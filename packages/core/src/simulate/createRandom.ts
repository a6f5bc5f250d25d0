/**
 * A seeded pseudo-random source: everything random in a simulation comes from one of these, so a
 * run is the same for the same seed (no `Math.random`).
 *
 * @example
 * ```ts
 * const random = createRandom(1);
 * random.int(1, 6); // the same first roll for seed 1, every time
 * ```
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One item of a non-empty list, by weight (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A standard normal deviate (mean 0, deviation 1). */
  gaussian(): number;
  /** A Poisson count with this mean (normal approximation above 50). */
  poisson(mean: number): number;
  /** An independent source derived from this one and a label. */
  fork(label: string): Random;
}

/**
 * FNV-1a of a text: turns a seed label into 32 bits.
 *
 * @throws never
 * @example
 * ```ts
 * hashSeed('batang') === hashSeed('batang'); // true
 * ```
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Creates a {@link Random} from a seed (mulberry32: 32 bits of state, fast, good enough for
 * simulations; not for secrets).
 *
 * @param seed - an integer, or any text (hashed).
 * @returns the random source.
 * @throws never
 * @example
 * ```ts
 * const random = createRandom('batang-2026');
 * random.weighted(['mon', 'fri'], [1.3, 0.6]);
 * ```
 */
export function createRandom(seed: number | string): Random {
  let state = (typeof seed === 'number' ? seed : hashSeed(seed)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | undefined;
  const gaussian = (): number => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (items.length === 0 || !(total > 0))
        throw new RangeError('weighted pick needs a positive weight');
      let roll = next() * total;
      for (let i = 0; i < items.length; i++) {
        roll -= weights[i] ?? 0;
        if (roll < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    gaussian,
    poisson: (mean) => {
      if (mean <= 0) return 0;
      if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k += 1;
        p *= next();
      }
      return k;
    },
    fork: (label) => createRandom((hashSeed(label) ^ Math.floor(next() * 4294967296)) >>> 0),
  };
  return random;
}
