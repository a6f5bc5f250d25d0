import { buildJsonSchema } from './json-schema/buildJsonSchema.js';
import { idPattern } from './_text.js';

/** A JSON Schema node as `buildJsonSchema` writes it. */
type Node = Readonly<Record<string, unknown>>;

/** The JSON Schema keywords this renderer understands; any other one is an error, never skipped. */
const knownKeywords = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  'oneOf',
  'enum',
  'const',
  'default',
  'pattern',
  'format',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
]);

/** One documented key: its path inside its section, and what a reader needs to know. */
interface Row {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly default: string;
  readonly description: string;
  /** `kind: formula` when the key exists only in some variants of a union. */
  readonly when: readonly string[];
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nodes = (value: unknown): readonly Node[] =>
  Array.isArray(value) ? value.filter(isNode) : [];
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;
/** A JSON value as the reader writes it in YAML: text as is, anything else as JSON. */
const scalar = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);
const cell = (text: string): string =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

function checkKeywords(node: Node, path: string): void {
  for (const keyword of Object.keys(node)) {
    if (!knownKeywords.has(keyword)) {
      throw new Error(
        `renderConfigReference: JSON Schema keyword "${keyword}" at ${path || '(root)'} is not rendered; teach the renderer about it`,
      );
    }
  }
}

const friendlyPatterns: ReadonlyMap<string, string> = new Map([
  [idPattern.source, 'id (lower-kebab-case)'],
  ['^(?:[01]\\d|2[0-3]):[0-5]\\d$', 'time (HH:MM)'],
  ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'e-mail address'],
  ['^https?:\\/\\/[^\\s/$.?#][^\\s]*$', 'URL (http or https)'],
]);

/** `string ("text" | {id, en})`: the localized-text shape of the configuration language. */
function isLocalizedText(node: Node): boolean {
  const options = nodes(node['anyOf']);
  if (options.length !== 2) return false;
  const [plain, object] = options;
  const keys = isNode(object?.['properties'])
    ? Object.keys(object['properties']).sort().join(',')
    : '';
  return plain?.['type'] === 'string' && object?.['type'] === 'object' && keys === 'en,id';
}

function bounds(node: Node): string {
  const parts: string[] = [];
  const min = node['minimum'];
  const max = node['maximum'];
  if (typeof min === 'number' && min > Number.MIN_SAFE_INTEGER) parts.push(`≥ ${min}`);
  if (typeof max === 'number' && max < Number.MAX_SAFE_INTEGER) parts.push(`≤ ${max}`);
  return parts.length === 0 ? '' : ` ${parts.join(', ')}`;
}

function itemCount(node: Node): string {
  const min = typeof node['minItems'] === 'number' ? node['minItems'] : 0;
  const max = typeof node['maxItems'] === 'number' ? node['maxItems'] : undefined;
  if (max !== undefined && max === min) return ` (exactly ${min})`;
  if (max !== undefined) return ` (${min} to ${max})`;
  return min > 0 ? ` (at least ${min})` : '';
}

/** A reader's name for the type of a node: `text`, `id (lower-kebab-case)`, `list of …`, `one of …`. */
function typeOf(node: Node, path: string): string {
  checkKeywords(node, path);
  if (node['const'] !== undefined) return code(scalar(node['const']));
  if (Array.isArray(node['enum']))
    return `one of ${node['enum'].map((value) => code(scalar(value))).join(', ')}`;
  if (isLocalizedText(node)) return 'text or `{ id, en }`';
  const union = nodes(node['anyOf'] ?? node['oneOf']);
  if (union.length > 0)
    return [...new Set(union.map((option) => typeOf(option, path)))].join(', or ');
  switch (node['type']) {
    case 'string': {
      if (node['format'] === 'date') return 'date (YYYY-MM-DD)';
      const pattern = node['pattern'];
      if (typeof pattern === 'string')
        return friendlyPatterns.get(pattern) ?? `text matching ${code(pattern)}`;
      const length =
        typeof node['maxLength'] === 'number' ? ` (at most ${node['maxLength']} characters)` : '';
      return `text${length}`;
    }
    case 'integer':
      return `whole number${bounds(node)}`;
    case 'number':
      return `number${bounds(node)}`;
    case 'boolean':
      return '`true` or `false`';
    case 'null':
      return '`null`';
    case 'array': {
      const items = isNode(node['items']) ? node['items'] : {};
      const itemType =
        items['type'] === 'object' && !isNode(items['additionalProperties'])
          ? 'mappings'
          : typeOf(items, `${path}[]`);
      return `list of ${itemType}${itemCount(node)}`;
    }
    case 'object': {
      const values = node['additionalProperties'];
      if (isNode(values)) {
        const names = isNode(node['propertyNames'])
          ? typeOf(node['propertyNames'], `${path}.<key>`)
          : 'text';
        const valueType =
          values['type'] === 'object' ? 'a mapping' : typeOf(values, `${path}.<key>`);
        return `mapping from ${names} to ${valueType}`;
      }
      return 'mapping';
    }
    default:
      return 'any value';
  }
}

/** `Indonesian<br>*English*` from a description written as `Indonesian\n\nEnglish`. */
function describe(node: Node): string {
  const text = typeof node['description'] === 'string' ? node['description'] : '';
  const cut = text.indexOf('\n\n');
  if (cut === -1) return cell(text);
  return `${cell(text.slice(0, cut))}<br>*${cell(text.slice(cut + 2))}*`;
}

function defaultOf(node: Node): string {
  return node['default'] === undefined ? '' : code(JSON.stringify(node['default']));
}

/** The values a variant allows for `key` (`const`, or an `enum`), or `undefined` when not fixed. */
function tagValues(variant: Node, key: string): readonly string[] | undefined {
  const property = isNode(variant['properties']) ? variant['properties'][key] : undefined;
  if (
    !isNode(property) ||
    !Array.isArray(variant['required']) ||
    !variant['required'].includes(key)
  )
    return undefined;
  if (property['const'] !== undefined) return [scalar(property['const'])];
  return Array.isArray(property['enum']) ? property['enum'].map(scalar) : undefined;
}

/** The key whose fixed values tell the variants of a union apart (`kind` of a fee or a step), if any. */
function discriminator(variants: readonly Node[]): string | undefined {
  const first = variants[0];
  if (variants.length < 2 || !isNode(first?.['properties'])) return undefined;
  return Object.keys(first['properties']).find((key) =>
    variants.every((variant) => tagValues(variant, key) !== undefined),
  );
}

/** Rows for the keys below `node`, which sits at `path` (`''` for a section's own entries). */
function rowsBelow(node: Node, path: string): Row[] {
  checkKeywords(node, path);
  if (isLocalizedText(node)) return [];
  if (node['type'] === 'array' && isNode(node['items']))
    return rowsBelow(node['items'], `${path}[]`);
  const union = nodes(node['anyOf'] ?? node['oneOf']);
  if (union.length > 0) return rowsOfUnion(union, path);
  if (node['type'] !== 'object') return [];
  const rows: Row[] = [];
  const prefix = path === '' ? '' : `${path}.`;
  if (isNode(node['properties'])) {
    const required = Array.isArray(node['required']) ? node['required'] : [];
    for (const [key, child] of Object.entries(node['properties'])) {
      if (!isNode(child)) continue;
      const childPath = `${prefix}${key}`;
      rows.push({
        path: childPath,
        type: typeOf(child, childPath),
        required: required.includes(key),
        default: defaultOf(child),
        description: describe(child),
        when: [],
      });
      rows.push(...rowsBelow(child, childPath));
    }
  }
  if (isNode(node['additionalProperties']))
    rows.push(...rowsBelow(node['additionalProperties'], `${prefix}<key>`));
  return rows;
}

/** Rows of the variants of a union, merged: a key in every variant is shown once, unconditionally. */
function rowsOfUnion(options: readonly Node[], path: string): Row[] {
  // "X, or a list of X" (an actor or several): document X once, at the key itself.
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const variants = options.filter(
    (option) =>
      !(
        option['type'] === 'array' &&
        options.some((other) => other !== option && same(other, option['items']))
      ),
  );
  const tag = discriminator(variants);
  const prefix = path === '' ? '' : `${path}.`;
  const merged = new Map<string, { row: Row; labels: string[] }>();
  const labels: string[] = [];
  for (const variant of variants) {
    const label = tag === undefined ? '' : `${tag}: ${(tagValues(variant, tag) ?? []).join(', ')}`;
    labels.push(label);
    for (const row of rowsBelow(variant, path)) {
      if (tag !== undefined && row.path === `${prefix}${tag}`) continue;
      const key = JSON.stringify([row.path, row.type, row.required, row.default, row.description]);
      const entry = merged.get(key) ?? { row, labels: [] };
      entry.labels.push(label);
      merged.set(key, entry);
    }
  }
  const rows: Row[] = [];
  if (tag !== undefined) {
    const tags = variants.map((variant) => {
      const property = isNode(variant['properties']) ? variant['properties'][tag] : undefined;
      return { values: tagValues(variant, tag) ?? [], node: isNode(property) ? property : {} };
    });
    rows.push({
      path: `${prefix}${tag}`,
      type: `one of ${tags.flatMap(({ values }) => values.map(code)).join(', ')}`,
      required: true,
      default: '',
      description: tags
        .map(({ values, node }) => `${values.map(code).join(', ')}: ${describe(node)}`)
        .join('<br>'),
      when: [],
    });
  }
  for (const { row, labels: seen } of merged.values()) {
    const everywhere = tag === undefined || labels.every((label) => seen.includes(label));
    rows.push(everywhere ? row : { ...row, when: seen });
  }
  return rows;
}

function table(rows: readonly Row[]): string[] {
  const lines = [
    '| Key | Type | Required | Default | Description (Indonesian, *English*) |',
    '|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const when = row.when.length === 0 ? '' : `(only with ${row.when.map(code).join(' or ')}) `;
    lines.push(
      `| ${code(row.path)} | ${cell(row.type)} | ${row.required ? 'yes' : ''} | ${row.default} | ${when}${row.description} |`,
    );
  }
  return lines;
}

/**
 * Renders the configuration reference (Markdown) from the published JSON Schema: every key of
 * every section with its type, whether it is required, its default, its allowed values and its
 * description, Indonesian first, then English. Nothing is written by hand, so the reference
 * cannot drift from the schema; a JSON Schema keyword the renderer does not know throws instead
 * of being skipped. `pnpm docs:reference` writes the result to `docs/configuration-reference.md`,
 * and a test fails when the committed file is out of date.
 *
 * @throws Error when the schema uses a keyword this renderer does not render.
 * @example
 * ```ts
 * writeFileSync('docs/configuration-reference.md', renderConfigReference());
 * renderConfigReference().includes('| `sla.unit` | one of `working`, `calendar` |'); // true
 * ```
 */
export function renderConfigReference(
  schema: Readonly<Record<string, unknown>> = buildJsonSchema('draft-2020-12'),
): string {
  checkKeywords(schema, '');
  const sections = isNode(schema['properties'])
    ? Object.entries(schema['properties']).filter(([, node]) => isNode(node))
    : [];
  const required = Array.isArray(schema['required']) ? schema['required'] : [];
  const lines = [
    '# Configuration reference',
    '',
    '<!-- Generated from the JSON Schema (packages/schemas/src/renderConfigReference.ts) by `pnpm docs:reference`; do not edit. -->',
    '',
    `Every key of the mpp-kit configuration language (\`apiVersion: mpp-kit/v1\`), generated from the published JSON Schema`,
    `(${code(scalar(schema['$id'] ?? ''))}). The same descriptions appear in your editor when you hover over a key.`,
    '',
    'How to read the tables:',
    '',
    '- **Key** is the path inside the section: `sla.unit` is the `unit` key inside `sla`; `[]` means "each entry of the list"',
    '  (`requirements[].document`); `<key>` stands for a name you choose (a fee formula variable, a workflow step).',
    '- **Type**: *text* is a string; *id* is lower-kebab-case (`gerai-dpmptsp`) and must be unique per kind; a',
    '  *text or `{ id, en }`* value is either plain text or a mapping with the Indonesian (`id`) and English (`en`) text;',
    '  *one of* lists every allowed value.',
    '- **Required**: *yes* when the key must be written whenever its parent is. A key with a **Default** may be left out.',
    '- "(only with `kind: formula`)" marks a key that exists only in that variant (for example of `fee`).',
    '',
    'A file is a mapping with these top-level keys; every file needs `apiVersion`, and the other sections may be split',
    'across files of a folder as you like (exactly one file has `mall`).',
    '',
    '| Section | Type | Required | Description (Indonesian, *English*) |',
    '|---|---|---|---|',
    ...sections.map(
      ([key, node]) =>
        `| [${code(key)}](#${key.replace(/[^a-zA-Z0-9-]/g, '').toLowerCase()}) | ${cell(typeOf(node as Node, key))} | ${required.includes(key) ? 'yes' : ''} | ${describe(node as Node)} |`,
    ),
    '',
  ];
  for (const [key, value] of sections) {
    const node = value as Node;
    // A section that is a list documents the keys of one entry (`id`, not `[].id`).
    const rows =
      node['type'] === 'array' && isNode(node['items'])
        ? rowsBelow(node['items'], '')
        : rowsBelow(node, '');
    lines.push(
      `## ${key}`,
      '',
      describe(node).replace('<br>', '\n\n'),
      '',
      `Type: ${typeOf(node, key)}.${defaultOf(node) === '' ? '' : ` Default: ${defaultOf(node)}.`}`,
      '',
    );
    if (rows.length > 0) {
      lines.push(
        node['type'] === 'array'
          ? `Each entry of \`${key}\` has these keys:`
          : `Keys of \`${key}\`:`,
        '',
        ...table(rows),
        '',
      );
    }
  }
  return lines.join('\n');
}
