import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mallFile, parseMallFile } from '@mpp-kit/schemas';
import {
  buildJsonSchema,
  jsonSchemaFiles,
  jsonSchemaTargets,
  validateWithJsonSchema,
} from '@mpp-kit/schemas/json-schema';
import Ajv07 from 'ajv';
import { plainReplacement, replaceAt, slotsOf } from './_documentSlots.js';
import addFormats from 'ajv-formats';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const fixtures = (kind: 'valid' | 'invalid') =>
  readdirSync(here(`fixtures/${kind}`))
    .filter((name) => name.endsWith('.json'))
    .map(
      (name) =>
        [
          name,
          JSON.parse(readFileSync(here(`fixtures/${kind}/${name}`), 'utf8')) as unknown,
        ] as const,
    );

describe('published JSON Schema', () => {
  it.each(jsonSchemaTargets)(
    'the committed %s file is up to date (run `pnpm schema:generate`)',
    (target) => {
      const committed = JSON.parse(
        readFileSync(here(`../schema/${jsonSchemaFiles[target]}`), 'utf8'),
      ) as unknown;
      expect(committed).toEqual(buildJsonSchema(target));
    },
  );

  it('every property carries a description, Indonesian first then English', () => {
    const schema = buildJsonSchema();
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const properties = record['properties'] as
        Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(properties ?? {})) {
        const description = child['description'];
        if (typeof description !== 'string' || !description.includes('\n\n'))
          missing.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });

  it('the draft-07 variant compiles with a plain ajv and accepts the valid corpus', () => {
    const ajv = new (Ajv07 as unknown as typeof Ajv07.default)({ allErrors: true, strict: false });
    (addFormats as unknown as typeof addFormats.default)(ajv);
    const validate = ajv.compile(buildJsonSchema('draft-7'));
    for (const [name, doc] of fixtures('valid')) expect(validate(doc), name).toBe(true);
    for (const [name, doc] of fixtures('invalid')) expect(validate(doc), name).toBe(false);
  });
});

describe('zod and ajv agree', () => {
  it.each(fixtures('valid'))('both accept %s', (_name, doc) => {
    expect(mallFile.safeParse(doc).success).toBe(true);
    expect(validateWithJsonSchema(doc)).toEqual({ ok: true });
  });

  it.each(fixtures('invalid'))('both reject %s, with located issues', (_name, doc) => {
    const zod = parseMallFile(doc);
    const ajv = validateWithJsonSchema(doc);
    expect(zod.ok).toBe(false);
    expect(ajv.ok).toBe(false);
    if (!zod.ok) for (const issue of zod.issues) expect(issue.message.length).toBeGreaterThan(5);
  });

  it('agree on random mutations of valid documents', () => {
    const valid = fixtures('valid').map(([, doc]) => doc);
    fc.assert(
      fc.property(
        fc.nat({ max: valid.length - 1 }),
        fc.nat(),
        plainReplacement,
        (which, where, value) => {
          const doc = structuredClone(valid[which]) as Record<string, unknown>;
          const slots = slotsOf(doc);
          replaceAt(slots[where % slots.length]!, value);
          const zod = mallFile.safeParse(doc).success;
          const ajv = validateWithJsonSchema(doc).ok;
          expect(ajv).toBe(zod);
        },
      ),
      { numRuns: 600 },
    );
  });
});
