/**
 * The fast path agrees with zod: on 10,000 generated documents (Batang's configuration files and
 * the valid fixtures, each mutated), `compileFastParse(mallFile)` gives the same verdict as
 * `mallFile.safeParse`, and when both accept, the same output — the same keys in the same order,
 * the same defaults, the same values.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileFastParse, localizedText, mallFile, service } from '@mpp-kit/schemas';
import { z } from 'zod';
import { plainReplacement, replaceAt, slotsOf } from './_documentSlots.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Batang's files (YAML 1.2 core, as the reader reads them) and the valid fixtures. */
function corpus(): unknown[] {
  const root = here('../../../examples/batang');
  const yamlFiles: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) yamlFiles.push(path);
    }
  };
  walk(root);
  const fixtures = readdirSync(here('fixtures/valid'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(here(`fixtures/valid/${name}`), 'utf8')) as unknown);
  return [
    ...yamlFiles.map((file) => parse(readFileSync(file, 'utf8'), { version: '1.2' }) as unknown),
    ...fixtures,
  ];
}

/** The same data with the same keys in the same order, all the way down. */
function sameShape(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return true;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join('\u0000') !== keysB.join('\u0000')) return false;
  return keysA.every((key) =>
    sameShape((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

const compiled = new Map<string, WeakMap<z.ZodType, ReturnType<typeof compileFastParse>>>();

function agree(schema: z.ZodType, value: unknown, generateCode = true): void {
  const variant = String(generateCode);
  if (!compiled.has(variant)) compiled.set(variant, new WeakMap());
  const parsers = compiled.get(variant)!;
  let parseFast = parsers.get(schema);
  if (parseFast === undefined)
    parsers.set(schema, (parseFast = compileFastParse(schema, { generateCode })));
  // zod first: were the fast path to change its input, zod would not see it.
  const zod = schema.safeParse(value);
  const fast = parseFast(value);
  expect(fast !== undefined, 'the same verdict').toBe(zod.success);
  if (fast !== undefined && zod.success) {
    expect(fast.data).toStrictEqual(zod.data);
    expect(sameShape(fast.data, zod.data), 'keys in the same order').toBe(true);
  }
}

const valid = corpus();

/** Values a mutation puts somewhere: every kind YAML or JSON can give, and plausible near-misses. */
const replacement = fc.oneof(
  plainReplacement,
  fc.constantFrom(0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1e21),
  fc.constantFrom(
    '2024-02-29',
    'working',
    'calendar',
    'permit',
    'deemed-approval',
    'sp4n-lapor',
    '24:00',
    'https://batangkab.go.id',
    '33.25',
    'mpp-kit/v1',
    'ab',
    '😀',
  ),
  fc.constantFrom<unknown>({ id: 'Teks', en: 'Text' }, ['new'], { kind: 'free' }, { days: 3 }),
);

/** One change to a document: replace or remove a value, add an unknown key, move a key last, or copy a subtree elsewhere. */
const change = fc.record({
  kind: fc.constantFrom('replace', 'replace', 'unknown-key', 'reorder', 'copy', 'key-case'),
  where: fc.nat(),
  from: fc.nat(),
  value: replacement,
});
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function apply(doc: unknown, { kind, where, from, value }: Change): void {
  const slots = slotsOf(doc);
  if (slots.length === 0) return;
  const slot = slots[where % slots.length]!;
  const target = slot.parent[slot.key];
  switch (kind) {
    case 'replace':
      replaceAt(slot, structuredClone(value));
      return;
    case 'unknown-key':
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>)['extra'] = structuredClone(value) ?? 1;
      return;
    case 'reorder':
      // The key goes last: the same mapping, written in another order.
      if (!Array.isArray(slot.parent)) {
        Reflect.deleteProperty(slot.parent, slot.key);
        slot.parent[slot.key] = target;
      }
      return;
    case 'copy':
      slot.parent[slot.key] = structuredClone(
        slots[from % slots.length]!.parent[slots[from % slots.length]!.key],
      );
      return;
    case 'key-case':
      if (!Array.isArray(slot.parent) && typeof slot.key === 'string') {
        Reflect.deleteProperty(slot.parent, slot.key);
        slot.parent[slot.key.toUpperCase()] = target;
      }
      return;
  }
}

describe('compileFastParse agrees with zod', () => {
  it('on every document of the corpus, as written', () => {
    expect(valid.length).toBeGreaterThan(20);
    for (const doc of valid) {
      expect(mallFile.safeParse(doc).success).toBe(true);
      agree(mallFile, doc);
    }
  });

  const mutated = fc.tuple(
    fc.nat({ max: valid.length - 1 }),
    fc.array(change, { minLength: 1, maxLength: 3 }),
  );
  const mutate = ([which, changes]: [number, Change[]]): unknown => {
    const doc = structuredClone(valid[which]);
    for (const one of changes) apply(doc, one);
    return doc;
  };

  it('on 10,000 mutated documents (verdict, output, defaults, key order)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        const doc = mutate(input);
        if (!mallFile.safeParse(doc).success) rejected += 1;
        agree(mallFile, doc);
      }),
      { numRuns: 10_000 },
    );
    // Both verdicts are exercised: neither nearly everything accepted nor nearly everything refused.
    expect(rejected).toBeGreaterThan(2_000);
    expect(rejected).toBeLessThan(9_000);
  }, 180_000);

  it('on 2,000 more without generated code (the loop used where new Function is refused)', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        agree(mallFile, mutate(input), false);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('leaves the input alone and shares only what it would have copied unchanged', () => {
    const doc = structuredClone(valid[0]);
    const before = structuredClone(doc);
    const fast = compileFastParse(mallFile)(doc);
    expect(fast).toBeDefined();
    expect(doc).toStrictEqual(before);
  });

  it('on the schema constructs it compiles and those it hands to zod', () => {
    const cases: [z.ZodType, unknown[]][] = [
      [localizedText, ['x', { id: 'a', en: 'b' }, { en: 'b', id: 'a' }, { id: 'a' }, 3, null]],
      [service, [{}, { id: 'x' }, null]],
      [z.string().min(2), ['😀', 'ab', 'a', '', 3]],
      [z.string().trim().toLowerCase(), ['  AB ', 'x', 1]],
      [z.string().transform((s) => s.length), ['abc', 1]],
      [z.number().int().min(0), [0, -1, 1.5, 2 ** 53, Number.NaN, '1']],
      [
        z.object({ a: z.string().optional(), b: z.number().default(3) }),
        [{}, { a: 'x' }, { c: 1 }],
      ],
      [z.strictObject({ a: z.string().optional() }), [{}, { a: undefined }, { b: 1 }]],
      [z.record(z.string().regex(/^[a-z]+$/), z.number()), [{ a: 1 }, { A: 1 }, { a: 'x' }, []]],
      [z.union([z.string(), z.array(z.string()).min(1)]), ['a', ['a'], [], [1]]],
      [z.array(z.number()).min(1).max(2), [[1], [], [1, 2, 3], [1, 'x']]],
      [
        z.strictObject({ v: z.strictObject({ n: z.number() }).nullable().default(null) }),
        [{}, { v: null }, { v: { n: 1 } }],
      ],
      [z.xor([z.string(), z.string().min(2)]), ['a', 'ab']],
      [z.lazy(() => z.string()), ['a', 1]],
    ];
    for (const [schema, values] of cases)
      for (const value of values) {
        agree(schema, value);
        agree(schema, value, false);
      }
  });
});
