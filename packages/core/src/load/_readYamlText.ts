import { type Issue, type IssueCode, type IssueParamsByCode } from '@mpp-kit/schemas';
import type {
  Alias,
  Document,
  Node,
  ParseOptions,
  DocumentOptions,
  Scalar,
  SchemaOptions,
} from 'yaml';
import { yamlModule } from './_yamlModule.js';
import type { ConfigPath, ConfigText, ReadLimits } from './readConfigText.js';
import { describeValueKind, isForbiddenKey, listIndexOf, scalarKey } from './_readDocumentRules.js';
import { createLineIndex, createOffsetReporter } from './_readLineIndex.js';
import { YamlDepthGuard } from './_readYamlDepthGuard.js';
import {
  locateFastPlace,
  readYamlFast,
  readYamlFastPlaces,
  type FastPlace,
} from './_readYamlFast.js';

/**
 * yaml options that pin the YAML 1.2 core schema, whatever `%YAML` directive the file carries:
 * an explicit `schema` wins over the schema yaml picks for the directive's version. No YAML 1.1
 * extras either: no `<<` merge keys, and `!!timestamp`, `!!binary`, `!!set` ... stay unresolved
 * (their values stay strings and maps, with a warning). Duplicate keys are found while building
 * the value (yaml's own check is quadratic in the mapping size), and errors stay short.
 */
const yamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  customTags: [],
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  strict: true,
};

/** The depth at which the token stream is cut, for the composer's recursion (see the guard). */
function abortDepth(maxDepth: number): number {
  return Math.min(maxDepth * 2, Math.max(maxDepth, 500));
}

interface AnchorEntry {
  node: Node;
  value: unknown;
  /** Levels of collections below the anchored node, itself included. */
  height: number;
  /** Alias expansions inside the anchored node. */
  aliases: number;
  done: boolean;
}

/** A thrown stack overflow, the only way the composer's recursion can still escape the guard. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function shortDetail(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/**
 * Reads YAML text (already decoded, BOM removed). See `readConfigText`. A file the fast path
 * (`_readYamlFast.ts`) reads is read once, without locations; when something asks where a node is
 * (an issue found later, by the schema or the checks), the fast path reads it again keeping the
 * places of its nodes, and the located reader runs only for a node the fast path cannot place (an
 * empty value). Any other file is read by the located reader straight away, which reports its
 * problems.
 */
export function readYamlText(text: string, file: string, limits: ReadLimits): ConfigText {
  const value = readYamlFast(text, limits.maxDepth);
  if (value === undefined) return readYamlLocated(text, file, limits);
  let located: ConfigText | undefined;
  let places: FastPlace | undefined;
  const lines = createLineIndex(text);
  return {
    file,
    format: 'yaml',
    value,
    issues: [],
    locate(path, what = 'value') {
      places ??= readYamlFastPlaces(text, limits.maxDepth);
      const offset = places === undefined ? undefined : locateFastPlace(places, path, what);
      if (offset !== undefined) return lines.position(offset);
      located ??= readYamlLocated(text, file, limits);
      return located.locate(path, what);
    },
    lineText: (line) => lines.lineText(line),
    // The fast path declines a flow mapping key without a value, so there is no split text.
    splitFlowText: () => undefined,
  };
}

/** The located reader: yaml's composer, with every node's place kept. */
export function readYamlLocated(text: string, file: string, limits: ReadLimits): ConfigText {
  const { Composer, isAlias, isMap, isScalar, isSeq } = yamlModule();
  const lines = createLineIndex(text);
  const issues: Issue[] = [];
  const add = createOffsetReporter(lines, file, issues);
  // Keys standing without a value in a flow mapping right after plain text: path → the entry as
  // it was probably meant (`id: "Surat Izin Praktik Bidan, Kebidanan"`).
  const splitTexts = new Map<string, string>();
  const result = (
    value: unknown,
    locateIn?: (path: ConfigPath, what: 'value' | 'key') => number | undefined,
  ): ConfigText => ({
    file,
    format: 'yaml',
    value,
    issues,
    locate(path, what = 'value') {
      const offset = locateIn?.(path, what);
      return offset === undefined ? undefined : lines.position(offset);
    },
    lineText: (line) => lines.lineText(line),
    splitFlowText: (path) => splitTexts.get(JSON.stringify(path)),
  });

  // 1. Parse, with the token stream cut if it nests too deeply.
  const guard = new YamlDepthGuard(limits.maxDepth, abortDepth(limits.maxDepth));
  let doc: Document.Parsed | undefined;
  let secondDocumentAt = -1;
  try {
    for (const parsed of new Composer(yamlOptions).compose(guard.tokens(text), true, text.length)) {
      if (doc === undefined) doc = parsed;
      else {
        secondDocumentAt = parsed.range[0];
        break;
      }
    }
  } catch (error) {
    if (isStackOverflow(error)) {
      add('too_deep', Math.max(guard.firstTooDeepOffset, 0), { limit: limits.maxDepth });
    } else {
      add('yaml_syntax', 0, {
        detail: shortDetail(error instanceof Error ? error.message : String(error)),
      });
    }
    return result(undefined);
  }
  if (guard.aborted) {
    add('too_deep', Math.max(guard.firstTooDeepOffset, 0), { limit: limits.maxDepth });
    return result(undefined);
  }
  if (doc === undefined) {
    add('empty_file', 0);
    return result(undefined);
  }
  const parsed = doc;

  // 2. Directive, errors and warnings.
  if (parsed.directives.yaml.explicit) {
    const directive = /^%YAML[ \t]+([^\s#]*)/m.exec(text);
    if (directive !== null && directive[1] !== '1.2') {
      add('yaml_version_ignored', directive.index, { version: directive[1] ?? '' });
    }
  }
  let fatal = false;
  for (const error of parsed.errors) {
    fatal = true;
    if (error.code === 'RESOURCE_EXHAUSTION')
      add('too_deep', error.pos[0], { limit: limits.maxDepth });
    else add('yaml_syntax', error.pos[0], { detail: shortDetail(error.message) });
  }
  if (secondDocumentAt >= 0) {
    fatal = true;
    const marker = text.lastIndexOf('---', secondDocumentAt);
    add('yaml_syntax', marker >= 0 && marker < secondDocumentAt ? marker : secondDocumentAt, {
      detail:
        'the file holds more than one YAML document (a second "---"); keep one document per file',
    });
  }
  for (const warning of parsed.warnings) {
    if (warning.code === 'BAD_DIRECTIVE' && warning.message.startsWith('Unsupported YAML version'))
      continue;
    add('yaml_syntax', warning.pos[0], { detail: shortDetail(warning.message) }, [], 'warning');
  }
  if (fatal) return result(undefined);

  const contents = parsed.contents;
  if (contents === null || isEmptyScalar(contents)) {
    add('empty_file', 0);
    return result(undefined);
  }
  if (!isMap(contents)) {
    const actual = isSeq(contents)
      ? 'a list'
      : isScalar(contents)
        ? describeValueKind(contents.value)
        : 'an alias';
    add('not_a_document', contents.range[0], { actual });
    return result(undefined);
  }

  // 3. One walk over the nodes: build plain data, check keys, depth and aliases.
  const { maxDepth, maxAliasCount } = limits;
  const anchors = new Map<string, AnchorEntry>();
  const aliasTargets = new Map<Alias, Node>();
  const path: (string | number)[] = [];
  // Walk state in an object: the closures mutate it, and control flow analysis should know.
  const walk = { aborted: false, fatal: false, aliasTotal: 0, deepest: 0 };

  // A function, not a property read: control flow analysis would keep an earlier narrowing.
  const halted = (): boolean => walk.aborted;
  const stop = <C extends IssueCode>(
    code: C,
    offset: number,
    params: IssueParamsByCode[C],
  ): void => {
    add(code, offset, params, path);
    walk.aborted = true;
  };

  const build = (node: unknown, depth: number): unknown => {
    if (node === null || node === undefined || walk.aborted) return null;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined && anchor !== '') return buildAnchored(node as Node, anchor, depth);
    return buildNode(node, depth);
  };

  const buildAnchored = (node: Node, name: string, depth: number): unknown => {
    const entry: AnchorEntry = { node, value: undefined, height: 0, aliases: 0, done: false };
    anchors.set(name, entry);
    const aliasesBefore = walk.aliasTotal;
    const deepestBefore = walk.deepest;
    walk.deepest = depth;
    const value = buildNode(node, depth);
    entry.height = walk.deepest - depth;
    entry.aliases = walk.aliasTotal - aliasesBefore;
    entry.value = value;
    entry.done = true;
    if (deepestBefore > walk.deepest) walk.deepest = deepestBefore;
    return value;
  };

  const buildNode = (node: unknown, depth: number): unknown => {
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const level = depth + 1;
      if (level > maxDepth) {
        stop('too_deep', node.range?.[0] ?? 0, { limit: maxDepth });
        return undefined;
      }
      if (level > walk.deepest) walk.deepest = level;
      const object: Record<string, unknown> = {};
      let previous: { key: string; text: string } | undefined;
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyValue = build(keyNode, level);
        if (halted()) return undefined;
        const key = scalarKey(keyValue);
        if (key === undefined) {
          add(
            'yaml_syntax',
            offsetOf(keyNode, node),
            {
              detail:
                'a mapping key must be a plain value (text or a number), not a list or a mapping',
            },
            path,
          );
          walk.fatal = true;
        }
        path.push(key ?? '?');
        if (node.flow === true && key !== undefined) {
          previous = noteSplitText(pair, key, previous, path, splitTexts);
        }
        const value = build(pair.value, level);
        if (halted()) return undefined;
        if (key !== undefined) {
          if (isForbiddenKey(key)) add('forbidden_key', offsetOf(keyNode, node), { key }, path);
          else {
            if (Object.hasOwn(object, key))
              add('duplicate_key', offsetOf(keyNode, node), { key }, path);
            object[key] = value;
          }
        }
        path.pop();
      }
      return object;
    }
    if (isSeq(node)) {
      const level = depth + 1;
      if (level > maxDepth) {
        stop('too_deep', node.range?.[0] ?? 0, { limit: maxDepth });
        return undefined;
      }
      if (level > walk.deepest) walk.deepest = level;
      const items = node.items;
      const array: unknown[] = [];
      for (let index = 0; index < items.length; index += 1) {
        path.push(index);
        array.push(build(items[index], level));
        path.pop();
        if (halted()) return undefined;
      }
      return array;
    }
    if (isAlias(node)) {
      const at = node.range?.[0] ?? 0;
      const entry = anchors.get(node.source);
      if (entry === undefined) {
        stop('yaml_syntax', at, {
          detail: `unknown alias "*${node.source}" (an anchor "&${node.source}" must come before it)`,
        });
        return undefined;
      }
      if (!entry.done) {
        stop('alias_limit', at, {
          detail: `the alias "*${node.source}" refers to a node that contains it`,
        });
        return undefined;
      }
      aliasTargets.set(node, entry.node);
      walk.aliasTotal += 1 + entry.aliases;
      if (walk.aliasTotal > maxAliasCount) {
        stop('alias_limit', at, { detail: `more than ${maxAliasCount} alias expansions` });
        return undefined;
      }
      if (depth + entry.height > maxDepth) {
        stop('too_deep', at, { limit: maxDepth });
        return undefined;
      }
      if (depth + entry.height > walk.deepest) walk.deepest = depth + entry.height;
      return entry.value;
    }
    return null;
  };

  let value: unknown;
  try {
    value = build(contents, 0);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    add('too_deep', contents.range[0], { limit: maxDepth });
    walk.aborted = true;
  }

  // 4. Locations, by path, on demand. Each mapping's keys are indexed once, on first use, so
  // locating many issues in one large mapping stays linear (the last of duplicate keys wins).
  const pairIndexes = new WeakMap<Node, Map<string, { value: Node | null; key: Node | null }>>();
  const pairsOf = (map: Node & { items: { key: unknown; value: unknown }[] }) => {
    let index = pairIndexes.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) {
        const k = pair.key as Node | null;
        const text = keyText(k, aliasTargets);
        if (text !== undefined) index.set(text, { value: pair.value as Node | null, key: k });
      }
      pairIndexes.set(map, index);
    }
    return index;
  };
  const locateIn = (target: ConfigPath, what: 'value' | 'key'): number | undefined => {
    let node: Node | null = contents;
    let keyNode: Node | null = null;
    let found = true;
    for (let step = 0; step < target.length; step += 1) {
      const segment = target[step] as string | number;
      while (isAlias(node)) node = aliasTargets.get(node) ?? null;
      let next: { value: Node | null; key: Node | null } | undefined;
      if (isMap(node)) {
        next = pairsOf(node).get(String(segment));
      } else if (isSeq(node)) {
        const index = listIndexOf(segment);
        const item = node.items[index] as Node | null | undefined;
        if (index >= 0 && item !== undefined) next = { value: item, key: null };
      }
      if (next === undefined) {
        found = false;
        break;
      }
      node = next.value;
      keyNode = next.key;
      if (node === null) {
        // A pair without a value node: only its key has a place.
        found = step === target.length - 1;
        break;
      }
    }
    // The whole path: its key or its value. Only an ancestor: the ancestor's key if it has one
    // (`mall:` for a key missing inside `mall`), else its value (the top-level mapping).
    const preferKey = what === 'key' || !found;
    const chosen = preferKey && keyNode !== null ? keyNode : (node ?? keyNode);
    return chosen?.range?.[0];
  };

  return result(walk.aborted || walk.fatal ? undefined : value, locateIn);
}

/**
 * In a flow mapping, a plain key with no value after an entry whose value is plain text is most
 * likely the rest of that text, cut by a comma (`{ id: Surat Izin, Kebidanan, en: … }`): records
 * the entry as it was meant at the key's path. Returns what the next pair sees as its previous
 * entry.
 */
function noteSplitText(
  pair: { key: unknown; value: unknown },
  key: string,
  previous: { key: string; text: string } | undefined,
  path: ConfigPath,
  splitTexts: Map<string, string>,
): { key: string; text: string } | undefined {
  const { isScalar, Scalar } = yamlModule();
  const plain = (node: unknown): node is Scalar =>
    isScalar(node) && node.type === Scalar.PLAIN && typeof node.value === 'string';
  if (pair.value === null && plain(pair.key) && previous !== undefined) {
    const joined = `${previous.text}, ${key}`;
    splitTexts.set(JSON.stringify(path), `${previous.key}: "${joined}"`);
    return { key: previous.key, text: joined };
  }
  return plain(pair.value) ? { key, text: String(pair.value.value) } : undefined;
}

/** The null scalar yaml puts in a document with nothing but `---` and comments. */
function isEmptyScalar(node: Node): boolean {
  return (
    yamlModule().isScalar(node) &&
    node.value === null &&
    (node.source === undefined || node.source === '') &&
    node.tag === undefined &&
    node.anchor === undefined
  );
}

function offsetOf(node: Node | null, fallback: Node): number {
  return node?.range?.[0] ?? fallback.range?.[0] ?? 0;
}

function keyText(node: Node | null, aliasTargets: ReadonlyMap<Alias, Node>): string | undefined {
  const { isAlias, isScalar } = yamlModule();
  let target: Node | null | undefined = node;
  while (isAlias(target)) target = aliasTargets.get(target);
  if (target === null || target === undefined) return '';
  if (isScalar(target)) return scalarKey(target.value);
  return undefined;
}
