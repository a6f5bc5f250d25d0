import { createHash } from 'node:crypto';
import { findNonJson } from './jsonValue.js';
import type { StoredEvent } from './MallStore.js';

/**
 * The `prevHash` of an application's first event: 64 zeros.
 *
 * @example
 * ```ts
 * (await store.events('app-1'))[0]?.prevHash === GENESIS_HASH; // true
 * ```
 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Serialises a JSON value canonically: object keys sorted (by UTF-16 code units), no whitespace,
 * object properties whose value is `undefined` omitted, strings escaped as `JSON.stringify` does
 * (so lone surrogates stay distinct). Equal values always give the same text.
 *
 * @throws TypeError when the value is not JSON: a non-finite number, bigint, function, symbol,
 * `undefined` (other than as a property value), a non-plain object or a cycle.
 * @example
 * ```ts
 * canonicalJson({ b: [1, 'x'], a: { d: null, c: true } }); // '{"a":{"c":true,"d":null},"b":[1,"x"]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  const bad = findNonJson(value);
  if (bad) throw new TypeError(`canonicalJson: ${bad.path}: ${bad.problem}`);
  return serialise(value);
}

function serialise(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(serialise).join(',')}]`;
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${serialise(item)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Computes an event's hash: SHA-256 (hex) of the UTF-8 canonical JSON of the event without its
 * `hash` property (so including `applicationId`, `seq` and `prevHash`).
 *
 * @throws TypeError when the event holds a value that is not JSON (see {@link canonicalJson}).
 * @example
 * ```ts
 * const [first] = await store.events('app-1');
 * hashEvent(first!) === first!.hash; // true
 * ```
 */
export function hashEvent(event: Omit<StoredEvent, 'hash'> & { readonly hash?: string }): string {
  const content: Record<string, unknown> = { ...event };
  delete content.hash;
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/**
 * Problems {@link verifyChain} reports: `edited` (an event's content no longer matches its hash),
 * `removed` (a sequence number is missing, or the log is shorter than the record's version),
 * `reordered` (events out of sequence order), `broken-link` (an event's `prevHash` is not the
 * previous event's hash, a sequence number repeats, or the log is longer than the record's version).
 *
 * @example
 * ```ts
 * chainProblems.includes('edited'); // true
 * ```
 */
export const chainProblems = ['edited', 'removed', 'reordered', 'broken-link'] as const;

/**
 * A problem of {@link chainProblems}.
 *
 * @example
 * ```ts
 * const problem: ChainProblem = 'removed';
 * ```
 */
export type ChainProblem = (typeof chainProblems)[number];

/**
 * The result of {@link verifyChain}.
 *
 * @example
 * ```ts
 * const result: ChainVerification = { ok: false, firstBadSeq: 3, problem: 'edited' };
 * ```
 */
export type ChainVerification =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The first sequence number that can no longer be trusted. */
      readonly firstBadSeq: number;
      readonly problem: ChainProblem;
    };

/**
 * Checks an application's event log, as read from a store (in `seq` order): sequence numbers run
 * 1, 2, 3 … without gaps, each event's hash matches its content, and each `prevHash` is the previous
 * event's hash (64 zeros for the first). Give the record's `version` to also detect events removed
 * from the end of the log.
 *
 * The chain proves the log was not changed *after* the fact by someone who cannot rewrite every
 * later hash; to also catch a rewrite of the whole tail, anchor the last hash somewhere else (a
 * signed daily digest, a printed receipt).
 *
 * @param events - the log, in the order the store returned it.
 * @param options - `version`: the record's version, the expected length of the log.
 * @returns `{ ok: true }`, or the first bad sequence number and what is wrong there.
 * @throws never (a value that is not JSON counts as `edited`)
 * @example
 * ```ts
 * const record = await store.get('app-1');
 * const result = verifyChain(await store.events('app-1'), { version: record!.version });
 * if (!result.ok) console.error(`event ${result.firstBadSeq}: ${result.problem}`);
 * ```
 */
export function verifyChain(
  events: readonly StoredEvent[],
  options: { readonly version?: number } = {},
): ChainVerification {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as StoredEvent;
    const expectedSeq = i + 1;
    if (event.seq !== expectedSeq) {
      // A number already passed (a duplicate, an inserted event) or not a number at all.
      if (!(typeof event.seq === 'number' && event.seq > expectedSeq)) {
        return { ok: false, firstBadSeq: expectedSeq, problem: 'broken-link' };
      }
      // A jump ahead: the skipped number comes later (reordered) or never (removed).
      const later = events.some((other, j) => j > i && other.seq === expectedSeq);
      return { ok: false, firstBadSeq: expectedSeq, problem: later ? 'reordered' : 'removed' };
    }
    let actualHash: string;
    try {
      actualHash = hashEvent(event);
    } catch {
      return { ok: false, firstBadSeq: expectedSeq, problem: 'edited' };
    }
    if (actualHash !== event.hash)
      return { ok: false, firstBadSeq: expectedSeq, problem: 'edited' };
    if (event.prevHash !== prevHash)
      return { ok: false, firstBadSeq: expectedSeq, problem: 'broken-link' };
    prevHash = event.hash;
  }
  if (options.version !== undefined && events.length < options.version) {
    return { ok: false, firstBadSeq: events.length + 1, problem: 'removed' };
  }
  if (options.version !== undefined && events.length > options.version) {
    return { ok: false, firstBadSeq: options.version + 1, problem: 'broken-link' };
  }
  return { ok: true };
}
