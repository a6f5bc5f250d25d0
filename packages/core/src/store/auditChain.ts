import { hash } from 'node:crypto';
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

/** The canonical text of a value known to be JSON (`findNonJson` found nothing). */
function serialise(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + serialise(value[i]);
    return `${text}]`;
  }
  const keys = Object.keys(value).sort();
  let text = '{';
  for (const key of keys) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${serialise(item)}`;
  }
  return `${text}}`;
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
  return sha256Hex(canonicalJson(content));
}

function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex'); // the text as UTF-8, in one call
}

/**
 * The hash of an event a store is sealing, whose fields it has just checked and copied: the same
 * text and hash as {@link hashEvent} (a test compares them), written in its keys' sorted order
 * without sorting them (actor: agency, id, role; then applicationId, at, payload, prevHash,
 * reason, seq, type).
 */
export function hashNewEvent(event: Omit<StoredEvent, 'hash'>): string {
  const { actor } = event;
  const actorText =
    (actor.agency === undefined ? '{' : `{"agency":${JSON.stringify(actor.agency)},`) +
    `"id":${JSON.stringify(actor.id)},"role":${JSON.stringify(actor.role)}}`;
  const payload = event.payload === undefined ? '' : `,"payload":${serialise(event.payload)}`;
  const reason = event.reason === undefined ? '' : `,"reason":${JSON.stringify(event.reason)}`;
  return sha256Hex(
    `{"actor":${actorText},"applicationId":${JSON.stringify(event.applicationId)},` +
      `"at":${JSON.stringify(event.at)}${payload},"prevHash":${JSON.stringify(event.prevHash)}` +
      `${reason},"seq":${JSON.stringify(event.seq)},"type":${JSON.stringify(event.type)}}`,
  );
}

/**
 * Problems an audit reports. {@link verifyChain}: `edited` (an event's content no longer matches
 * its hash), `removed` (a sequence number is missing, or the log is shorter than the record's
 * version or than a signed head), `reordered` (events out of sequence order), `broken-link` (an
 * event's `prevHash` is not the previous event's hash, a sequence number repeats, or the log is
 * longer than the record's version), `head-mismatch` (the event at a signed head's position is not
 * the one that was signed: the chain was rewritten). `runtime.verify` adds `refused` (the lifecycle
 * does not take an event on replay) and `record-mismatch` (the application record — state, snapshot,
 * due dates, inbox, fixed fields — is not what the replay of its events gives).
 *
 * @example
 * ```ts
 * chainProblems.includes('edited'); // true
 * ```
 */
export const chainProblems = [
  'edited',
  'removed',
  'reordered',
  'broken-link',
  'head-mismatch',
  'refused',
  'record-mismatch',
] as const;

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
 * A point of an application's chain kept outside the database: the hash of the event at `version`
 * (see {@link signChainHead}).
 *
 * @example
 * ```ts
 * const anchor: ChainAnchor = { version: 4, hash: (await store.events('app-1'))[3]!.hash };
 * ```
 */
export interface ChainAnchor {
  /** The sequence number of the anchored event. */
  readonly version: number;
  /** Its hash. */
  readonly hash: string;
}

/**
 * Checks an application's event log, as read from a store (in `seq` order): sequence numbers run
 * 1, 2, 3 … without gaps, each event's hash matches its content, and each `prevHash` is the previous
 * event's hash (64 zeros for the first). Give the record's `version` to also detect events removed
 * from the end of the log, and a `head` kept elsewhere (a signed head) to detect a chain rewritten
 * in full or cut below the head.
 *
 * Without a head, the chain proves the log was not changed *after* the fact by someone who cannot
 * rewrite every later hash; a head anchors it up to the head's version.
 *
 * @param events - the log, in the order the store returned it.
 * @param options - `version`: the record's version, the expected length of the log; `head`: an
 * anchor the log must still contain.
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
  options: { readonly version?: number; readonly head?: ChainAnchor } = {},
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
  const head = options.head;
  if (head !== undefined) {
    if (events.length < head.version)
      return { ok: false, firstBadSeq: events.length + 1, problem: 'removed' };
    if (events[head.version - 1]?.hash !== head.hash)
      return { ok: false, firstBadSeq: head.version, problem: 'head-mismatch' };
  }
  return { ok: true };
}
