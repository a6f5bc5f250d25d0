/**
 * A per-caller request budget: `check(key)` counts a request against the caller's budget of the
 * current minute and says whether it may go on, or how many seconds until it may.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ perMinute: 600 });
 * const verdict = limiter.check('applicant:akun-1');
 * if (!verdict.ok) console.log(verdict.retryAfter);
 * ```
 */
export interface RateLimiter {
  check(key: string): { readonly ok: true } | { readonly ok: false; readonly retryAfter: number };
}

/**
 * A fixed-window limiter in this process's memory (each worker counts its own requests, so `N`
 * workers allow up to `N × perMinute`; put a shared limit in the proxy in front when that
 * matters). Windows of callers that went quiet are dropped.
 *
 * @param options - the budget per caller per minute, and the clock (ms).
 * @returns the limiter.
 * @example
 * ```ts
 * const limiter = createRateLimiter({ perMinute: 2 });
 * limiter.check('x'); limiter.check('x');
 * limiter.check('x'); // { ok: false, retryAfter: 60 }
 * ```
 */
export function createRateLimiter(options: {
  readonly perMinute: number;
  readonly now?: () => number;
}): RateLimiter {
  const now = options.now ?? Date.now;
  let window = Math.floor(now() / 60_000);
  let counts = new Map<string, number>();
  return {
    check(key) {
      const at = now();
      const current = Math.floor(at / 60_000);
      if (current !== window) {
        window = current;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count <= options.perMinute) return { ok: true };
      return {
        ok: false,
        retryAfter: Math.max(1, Math.ceil(((current + 1) * 60_000 - at) / 1000)),
      };
    },
  };
}
