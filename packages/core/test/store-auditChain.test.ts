import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  canonicalJson,
  createMemoryStore,
  hashEvent,
  verifyChain,
  type StoredEvent,
} from '../src/store/index.js';
import { hashNewEvent } from '../src/store/auditChain.js';
import { checkEvent, sealEvent } from '../src/store/_storeInput.js';
import { makeEvent, makeRecord, nextRecord } from './store/storeFixtures.js';

/** A real chain of `n` events, built through the memory store. */
async function chain(n: number, payloads: unknown[] = [], id = 'app-1'): Promise<StoredEvent[]> {
  const store = createMemoryStore();
  let record = makeRecord(id);
  await store.create(record, makeEvent('SUBMIT', { payload: payloads[0] ?? { i: 0 } }));
  for (let i = 1; i < n; i++) {
    const next = nextRecord(record);
    await store.append(
      id,
      record.version,
      makeEvent('ADVANCE', { payload: payloads[i] ?? { i } }),
      next,
    );
    record = next;
  }
  return store.events(id);
}

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: [3, { z: 1, y: [true, null] }], a: 'x', A: 1, '': 0 })).toBe(
      '{"":0,"A":1,"a":"x","b":[3,{"y":[true,null],"z":1}]}',
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(canonicalJson('caf\u00e9 \ud83c\udfdb "q" \\ \n')).toBe('"café 🏛 \\"q\\" \\\\ \\n"');
    expect(canonicalJson({ kept: 1, dropped: undefined })).toBe('{"kept":1}');
    expect(canonicalJson([1.5, -2e-7, 1e21, 0])).toBe('[1.5,-2e-7,1e+21,0]');
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });

  it.each<[string, unknown]>([
    ['NaN', { n: Number.NaN }],
    ['Infinity', [1, Number.POSITIVE_INFINITY]],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a bigint', { n: 10n }],
    ['a Date', { at: new Date(0) }],
    ['a Map', new Map()],
    ['a function', { f: () => 1 }],
    ['undefined', undefined],
    ['an undefined array item', [1, undefined]],
    ['a symbol', Symbol('s')],
  ])('rejects %s', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('rejects a cycle, naming where', () => {
    const value: { a: { b: unknown[] } } = { a: { b: [] } };
    value.a.b.push(value);
    expect(() => canonicalJson(value)).toThrow(/\$\.a\.b\[0\]: circular reference/);
  });

  it('is stable under a JSON round trip and key shuffling (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('hashEvent', () => {
  it('is SHA-256 of the canonical event without its hash', async () => {
    const [first] = await chain(1);
    const { hash, ...content } = first as StoredEvent;
    const expected = createHash('sha256').update(canonicalJson(content)).digest('hex');
    expect(hashEvent(first as StoredEvent)).toBe(expected);
    expect(hash).toBe(expected);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });
});

describe("hashNewEvent (the stores' sealing path)", () => {
  const text = fc.string({ unit: 'binary', minLength: 1 }).filter((t) => !t.includes('\u0000'));
  const newEvent = fc.record(
    {
      type: text,
      actor: fc.record({ id: text, role: text, agency: text }, { requiredKeys: ['id', 'role'] }),
      at: fc.constantFrom('2025-03-03T01:00:00.000Z', '2025-03-03T08:00:00+07:00'),
      payload: fc.jsonValue(),
      reason: fc.string({ unit: 'binary' }).filter((t) => !t.includes('\u0000')),
    },
    { requiredKeys: ['type', 'actor', 'at'] },
  );

  it("gives hashEvent's hash for any event a store seals (property)", () => {
    fc.assert(
      fc.property(newEvent, text, fc.integer({ min: 1, max: 1e9 }), (event, id, seq) => {
        const sealed = sealEvent(id, seq, GENESIS_HASH, checkEvent(event));
        const { hash, ...content } = sealed.event;
        expect(hash).toBe(hashEvent(content));
        expect(hashNewEvent(content)).toBe(hash);
        // The text stored is exactly JSON.stringify of the stored event, as it always was.
        expect(sealed.body).toBe(JSON.stringify(sealed.event));
        expect(JSON.parse(sealed.body)).toEqual(sealed.event);
        expect(verifyChain([JSON.parse(sealed.body) as StoredEvent]).ok).toBe(seq === 1);
      }),
    );
  });

  it('keeps the hash of an event sealed before the change', () => {
    // The hash main's hashEvent gave this event before the stores had their own path: stored
    // chains and signed heads depend on it never moving.
    const content = {
      applicationId: 'app-1',
      seq: 2,
      type: 'RETURN',
      actor: { id: 'nip-1', role: 'front-office', agency: 'dpmptsp' },
      at: '2025-03-03T01:00:02.000Z',
      payload: { step: 'intake', dueAt: null, serviceDueAt: '2025-03-12T17:00:00.000Z' },
      reason: 'Berkas perlu dilengkapi',
      prevHash: 'a'.repeat(64),
    };
    const expected = '711c386eaddad4030a02670e11036f6ad71373b03b2e69f63f8f38e8d7eacfe5';
    expect(hashNewEvent(content)).toBe(expected);
    expect(hashEvent(content)).toBe(expected);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, and an empty one', async () => {
    const events = await chain(6);
    expect(verifyChain(events)).toEqual({ ok: true });
    expect(verifyChain(events, { version: 6 })).toEqual({ ok: true });
    expect(verifyChain([])).toEqual({ ok: true });
  });

  it('detects an edited event', async () => {
    const events = await chain(6);
    const edited = events.map((e) => (e.seq === 3 ? { ...e, payload: { i: 999 } } : e));
    expect(verifyChain(edited)).toEqual({ ok: false, firstBadSeq: 3, problem: 'edited' });
    const otherActor = events.map((e) =>
      e.seq === 5 ? { ...e, actor: { ...e.actor, role: 'signer' } } : e,
    );
    expect(verifyChain(otherActor)).toEqual({ ok: false, firstBadSeq: 5, problem: 'edited' });
    const newReason = events.map((e) => (e.seq === 1 ? { ...e, reason: 'added later' } : e));
    expect(verifyChain(newReason)).toEqual({ ok: false, firstBadSeq: 1, problem: 'edited' });
  });

  it('detects an edited event whose hash was recomputed, at the next link', async () => {
    const events = await chain(6);
    const forged = events.map((e) => {
      if (e.seq !== 3) return e;
      const content = { ...e, payload: { i: 999 } };
      return { ...content, hash: hashEvent(content) };
    });
    expect(verifyChain(forged)).toEqual({ ok: false, firstBadSeq: 4, problem: 'broken-link' });
  });

  it('detects a removed event, in the middle or (given the version) at the end', async () => {
    const events = await chain(6);
    expect(verifyChain(events.filter((e) => e.seq !== 4))).toEqual({
      ok: false,
      firstBadSeq: 4,
      problem: 'removed',
    });
    expect(verifyChain(events.slice(1))).toEqual({ ok: false, firstBadSeq: 1, problem: 'removed' });
    expect(verifyChain(events.slice(0, 5), { version: 6 })).toEqual({
      ok: false,
      firstBadSeq: 6,
      problem: 'removed',
    });
    expect(verifyChain(events.slice(0, 5))).toEqual({ ok: true }); // without the version a cut tail is invisible
  });

  it('detects reordered events', async () => {
    const events = await chain(6);
    const swapped = [...events];
    [swapped[2], swapped[4]] = [swapped[4] as StoredEvent, swapped[2] as StoredEvent];
    expect(verifyChain(swapped)).toEqual({ ok: false, firstBadSeq: 3, problem: 'reordered' });
    expect(verifyChain([...events].reverse())).toEqual({
      ok: false,
      firstBadSeq: 1,
      problem: 'reordered',
    });
  });

  it('detects renumbered, duplicated and foreign events', async () => {
    const events = await chain(6);
    // Event 4 removed and the rest renumbered: the renumbered event no longer matches its hash.
    const renumbered = events
      .filter((e) => e.seq !== 4)
      .map((e) => (e.seq > 4 ? { ...e, seq: e.seq - 1 } : e));
    expect(verifyChain(renumbered)).toEqual({ ok: false, firstBadSeq: 4, problem: 'edited' });
    // A second event 3 inserted.
    const duplicated = [...events.slice(0, 3), events[2] as StoredEvent, ...events.slice(3)];
    expect(verifyChain(duplicated)).toEqual({ ok: false, firstBadSeq: 4, problem: 'broken-link' });
    // Event 2 taken from another application's chain (its own hash is valid).
    const other = await chain(3, [], 'app-2');
    const foreign = events.map((e) => (e.seq === 2 ? (other[1] as StoredEvent) : e));
    expect(verifyChain(foreign)).toEqual({ ok: false, firstBadSeq: 2, problem: 'broken-link' });
    // More events than the record's version.
    expect(verifyChain(events, { version: 5 })).toEqual({
      ok: false,
      firstBadSeq: 6,
      problem: 'broken-link',
    });
  });

  it('detects any tampered payload at its own seq (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        async (payloads, pick) => {
          const events = await chain(payloads.length, payloads);
          expect(verifyChain(events, { version: payloads.length })).toEqual({ ok: true });
          const target = (pick % payloads.length) + 1;
          const tampered = events.map((e) =>
            e.seq === target ? { ...e, payload: { tampered: e.payload } } : e,
          );
          expect(verifyChain(tampered)).toEqual({
            ok: false,
            firstBadSeq: target,
            problem: 'edited',
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
