import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../src/json-schema/buildJsonSchema.js';
import { renderConfigReference } from '../src/renderConfigReference.js';

const reference = renderConfigReference();
type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every `(key, node)` of every `properties` in the schema, however deep — except the `id`/`en` of
 * localized text, which the reference names once as its type ("text or `{ id, en }`").
 */
function properties(node: unknown, out: [string, Node][] = []): [string, Node][] {
  if (Array.isArray(node)) for (const item of node) properties(item, out);
  if (!isNode(node)) return out;
  const localized =
    isNode(node['properties']) && Object.keys(node['properties']).sort().join() === 'en,id';
  if (isNode(node['properties']) && !localized) {
    for (const [key, child] of Object.entries(node['properties']))
      if (isNode(child)) out.push([key, child]);
  }
  for (const value of Object.values(node)) properties(value, out);
  return out;
}

/** The Key column of every table row. */
const keyCells = [...reference.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] ?? '');
const flat = (text: string): string =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

describe('docs/configuration-reference.md', () => {
  it('is up to date with the JSON Schema (run `pnpm docs:reference`)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../../docs/configuration-reference.md', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(reference);
  });

  it('has a row for every key of the schema, at any depth', () => {
    const schema = buildJsonSchema('draft-2020-12');
    const sections = Object.keys(schema['properties'] as Node);
    const documented = new Set([
      ...sections,
      ...keyCells.map((cell) =>
        cell
          .split(/\.|\[\]/)
          .filter(Boolean)
          .at(-1),
      ),
    ]);
    const missing = properties(schema['properties'])
      .map(([key]) => key)
      .filter((key) => !documented.has(key));
    expect([...new Set(missing)]).toEqual([]);
    expect(keyCells.length).toBeGreaterThan(200);
  });

  it('shows every description, Indonesian first, then English, and every allowed value', () => {
    const schema = buildJsonSchema('draft-2020-12');
    for (const [key, node] of properties(schema)) {
      const description = node['description'];
      if (typeof description === 'string') {
        const [id = '', en = ''] = description.split('\n\n');
        expect(reference, key).toContain(`${flat(id)}<br>*${flat(en)}*`);
      }
      for (const value of Array.isArray(node['enum']) ? node['enum'] : [])
        expect(reference, key).toContain(`\`${String(value)}\``);
    }
  });

  it.each([
    [
      'sla.unit',
      '| `sla.unit` | one of `working`, `calendar` |  | `"working"` | Satuan: working (hari kerja, bawaan) atau calendar (hari kalender).<br>*Unit: working days (default) or calendar days.* |',
    ],
    ['fee.kind', '| `fee.kind` | one of `free`, `fixed`, `table`, `formula`, `commercial` | yes |'],
    [
      'fee.amount',
      '| `fee.amount` | number ≥ 0 | yes |  | (only with `kind: fixed`) Jumlah dalam rupiah.<br>*Amount in rupiah.* |',
    ],
    ['mall.region', '| `region` | text matching `^\\d{2}\\.\\d{2}$` | yes |'],
    ['requirements[].document', '| `requirements[].document` | text or `{ id, en }` | yes |'],
  ])('documents %s', (_key, row) => {
    expect(reference).toContain(row);
  });
});

describe('renderConfigReference', () => {
  const tiny = {
    $id: 'https://example.org/tiny.json',
    type: 'object',
    required: ['apiVersion'],
    properties: {
      apiVersion: { type: 'string', const: 'mpp-kit/v1', description: 'Versi.\n\nVersion.' },
      counters: {
        type: 'array',
        description: 'Gerai.\n\nCounters.',
        items: {
          type: 'object',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
              description: 'Id gerai.\n\nCounter id.',
            },
            features: {
              type: 'array',
              default: [],
              items: { type: 'string', enum: ['priority', 'drive-thru'] },
              description: 'Fitur.\n\nFeatures.',
            },
          },
          additionalProperties: false,
        },
      },
    },
  };

  it('renders a section as a table of its keys', () => {
    const text = renderConfigReference(tiny);
    expect(text.slice(text.indexOf('## counters'))).toMatchInlineSnapshot(`
      "## counters

      Gerai.

      *Counters.*

      Type: list of mappings.

      Each entry of \`counters\` has these keys:

      | Key | Type | Required | Default | Description (Indonesian, *English*) |
      |---|---|---|---|---|
      | \`id\` | id (lower-kebab-case) | yes |  | Id gerai.<br>*Counter id.* |
      | \`features\` | list of one of \`priority\`, \`drive-thru\` |  | \`[]\` | Fitur.<br>*Features.* |
      "
    `);
  });

  it('refuses a JSON Schema keyword it does not render, instead of leaving it out', () => {
    expect(() =>
      renderConfigReference({ properties: { x: { allOf: [{ type: 'string' }] } } }),
    ).toThrow('JSON Schema keyword "allOf" at x is not rendered');
  });
});
