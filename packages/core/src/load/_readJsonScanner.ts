/**
 * Small hand-written scanners over JSON text, for what `JSON.parse` does not tell: where a syntax
 * error is, where duplicate keys are, and where the node at a path starts. All are iterative
 * (nesting depth costs no stack) and run only when an issue needs a location.
 */

/** A JSON syntax error: offset of the offending character and a short description. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly detail: string;
}

/** A key that occurs a second time in the same JSON object. */
export interface JsonDuplicateKey {
  readonly key: string;
  /** Offset of the second key's opening quote. */
  readonly offset: number;
  /** Path of the second key (its object's path plus the key). */
  readonly path: (string | number)[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipSpace(text: string, i: number): number {
  let at = i;
  while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
  return at;
}

/** Index after the closing quote of the (valid) string whose opening quote is at `i`. */
function stringEnd(text: string, i: number): number {
  let at = i + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return text.length;
    let backslashes = 0;
    for (let b = quote - 1; b > i && text.charCodeAt(b) === BACKSLASH; b -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** The decoded text of the (valid) string token `text[start, end)`. */
function decodeString(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  if (!inner.includes('\\')) return inner;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return inner;
  }
}

/** Index after the (valid) value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return stringEnd(text, i);
  if (c !== 0x5b && c !== 0x7b) {
    let at = i;
    while (at < text.length) {
      const d = text.charCodeAt(at);
      if (d === 0x2c || d === 0x5d || d === 0x7d || isSpace(d)) break;
      at += 1;
    }
    return at;
  }
  let depth = 0;
  let at = i;
  while (at < text.length) {
    const d = text.charCodeAt(at);
    if (d === QUOTE) {
      at = stringEnd(text, at);
      continue;
    }
    if (d === 0x5b || d === 0x7b) depth += 1;
    else if (d === 0x5d || d === 0x7d) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
    at += 1;
  }
  return at;
}

function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = text.codePointAt(i) ?? 0;
  if (c < 0x20) return `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${String.fromCodePoint(c)}"`;
}

/**
 * Finds the first syntax error in `text` by the JSON grammar `JSON.parse` follows (RFC 8259),
 * or `undefined` when the text is valid JSON.
 *
 * @example
 * ```ts
 * findJsonSyntaxError('{"a": 1,}'); // { offset: 8, detail: 'expected a property name in double quotes, found "}"' }
 * ```
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const fail = (offset: number, expected: string): JsonSyntaxError => ({
    offset,
    detail: `${expected}, found ${describe(text, offset)}`,
  });
  // Each open container: `{` or `[`.
  const stack: number[] = [];
  let i = skipSpace(text, 0);
  // States: expecting a value; then after a value, a separator or a close.
  for (;;) {
    // --- a value at i
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      stack.push(c);
      i = skipSpace(text, i + 1);
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(i) === close) {
        stack.pop();
        i += 1;
      } else if (c === 0x7b) {
        const key = scanKey(text, i, fail);
        if (typeof key !== 'number') return key;
        i = key;
        continue;
      } else {
        continue;
      }
    } else if (c === QUOTE) {
      const end = scanString(text, i, fail);
      if (typeof end !== 'number') return end;
      i = end;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const end = scanNumber(text, i, fail);
      if (typeof end !== 'number') return end;
      i = end;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else return fail(i, 'expected a value');
    // --- after a value: close containers, or a separator
    for (;;) {
      i = skipSpace(text, i);
      const open = stack[stack.length - 1];
      if (open === undefined) {
        return i < text.length ? fail(i, 'expected the end of the document') : undefined;
      }
      const d = text.charCodeAt(i);
      if (open === 0x7b) {
        if (d === 0x7d) {
          stack.pop();
          i += 1;
          continue;
        }
        if (d !== 0x2c) return fail(i, 'expected "," or "}" after a property value');
        const key = scanKey(text, skipSpace(text, i + 1), fail);
        if (typeof key !== 'number') return key;
        i = key;
        break;
      }
      if (d === 0x5d) {
        stack.pop();
        i += 1;
        continue;
      }
      if (d !== 0x2c) return fail(i, 'expected "," or "]" after a list item');
      i = skipSpace(text, i + 1);
      break;
    }
  }
}

type Fail = (offset: number, expected: string) => JsonSyntaxError;

/** Scans `"key" :` at `i`; returns the index of the value after it (spaces skipped). */
function scanKey(text: string, i: number, fail: Fail): number | JsonSyntaxError {
  if (text.charCodeAt(i) !== QUOTE) return fail(i, 'expected a property name in double quotes');
  const end = scanString(text, i, fail);
  if (typeof end !== 'number') return end;
  const colon = skipSpace(text, end);
  if (text.charCodeAt(colon) !== 0x3a) return fail(colon, 'expected ":" after a property name');
  return skipSpace(text, colon + 1);
}

function scanString(text: string, i: number, fail: Fail): number | JsonSyntaxError {
  let at = i + 1;
  for (;;) {
    if (at >= text.length) return fail(at, 'expected a closing double quote');
    const c = text.charCodeAt(at);
    if (c === QUOTE) return at + 1;
    if (c < 0x20)
      return fail(at, 'expected no control character inside a string (write \\n, \\t ...)');
    if (c === BACKSLASH) {
      const e = text.charCodeAt(at + 1);
      if (e === 0x75) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
          return fail(at, 'expected four hex digits after \\u');
        at += 6;
        continue;
      }
      // " \ / b f n r t
      if (
        e === QUOTE ||
        e === BACKSLASH ||
        e === 0x2f ||
        e === 0x62 ||
        e === 0x66 ||
        e === 0x6e ||
        e === 0x72 ||
        e === 0x74
      ) {
        at += 2;
        continue;
      }
      return fail(
        at,
        'expected a valid escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)',
      );
    }
    at += 1;
  }
}

function scanNumber(text: string, i: number, fail: Fail): number | JsonSyntaxError {
  const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  match.lastIndex = i;
  const found = match.exec(text);
  if (found === null || found[0] === '-' || found[0] === '') return fail(i, 'expected a number');
  const end = i + found[0].length;
  const next = text.charCodeAt(end);
  if (next === 0x2e || next === 0x65 || next === 0x45 || (next >= 0x30 && next <= 0x39)) {
    return fail(end, 'expected a valid number');
  }
  return end;
}

/**
 * Finds every key that occurs twice in the same object of the valid JSON `text`, in order.
 *
 * @example
 * ```ts
 * findJsonDuplicateKeys('{"a": 1, "a": 2}'); // [{ key: 'a', offset: 9, path: ['a'] }]
 * ```
 */
export function findJsonDuplicateKeys(text: string): JsonDuplicateKey[] {
  const found: JsonDuplicateKey[] = [];
  // One frame per open container: its key set (objects) and its current path segment.
  const keys: (Set<string> | null)[] = [];
  const path: (string | number)[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) {
      keys.push(new Set());
      path.push('');
      i += 1;
      // Expect a key or `}`.
      i = skipSpace(text, i);
      if (text.charCodeAt(i) === QUOTE) i = readMember(text, i, keys, path, found);
      continue;
    }
    if (c === 0x5b) {
      keys.push(null);
      path.push(0);
      i += 1;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      keys.pop();
      path.pop();
      i += 1;
      continue;
    }
    if (c === 0x2c) {
      const set = keys[keys.length - 1];
      i = skipSpace(text, i + 1);
      if (set === null || set === undefined) {
        const last = path.length - 1;
        path[last] = (path[last] as number) + 1;
      } else i = readMember(text, i, keys, path, found);
      continue;
    }
    if (c === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    i += 1;
  }
  return found;
}

/** Reads `"key":` at `i` (a quote), records it; returns the index of the value. */
function readMember(
  text: string,
  i: number,
  keys: (Set<string> | null)[],
  path: (string | number)[],
  found: JsonDuplicateKey[],
): number {
  const end = stringEnd(text, i);
  const key = decodeString(text, i, end);
  const set = keys[keys.length - 1];
  if (set !== null && set !== undefined) {
    if (set.has(key)) found.push({ key, offset: i, path: [...path.slice(0, -1), key] });
    else set.add(key);
  }
  path[path.length - 1] = key;
  const colon = skipSpace(text, end);
  return skipSpace(text, colon + 1);
}

/**
 * Offset of the node at `path` in the valid JSON `text` (`what: 'key'`: of its key's opening
 * quote), or of the nearest ancestor that exists when the path does not (its key if it has one).
 * With `lastMatch` (the text has duplicate keys) the last one counts, as in `JSON.parse`;
 * without, the search stops at the first match.
 *
 * @example
 * ```ts
 * locateJson('{"a": [1, {"b": 2}]}', ['a', 1, 'b'], 'value'); // 16
 * ```
 */
export function locateJson(
  text: string,
  path: readonly (string | number)[],
  what: 'value' | 'key',
  lastMatch = false,
): number {
  let value = skipSpace(text, 0);
  let key = -1;
  for (let step = 0; step < path.length; step += 1) {
    const segment = path[step] as string | number;
    const open = text.charCodeAt(value);
    let nextValue = -1;
    let nextKey = -1;
    if (open === 0x7b) {
      const wanted = String(segment);
      let at = skipSpace(text, value + 1);
      while (at < text.length && text.charCodeAt(at) === QUOTE) {
        const end = stringEnd(text, at);
        const colon = skipSpace(text, end);
        const start = skipSpace(text, colon + 1);
        if (decodeString(text, at, end) === wanted) {
          nextKey = at;
          nextValue = start;
          if (!lastMatch) break;
        }
        at = skipSpace(text, skipValue(text, start));
        if (text.charCodeAt(at) !== 0x2c) break;
        at = skipSpace(text, at + 1);
      }
    } else if (open === 0x5b) {
      const index =
        typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
      let at = skipSpace(text, value + 1);
      for (
        let current = 0;
        index >= 0 && at < text.length && text.charCodeAt(at) !== 0x5d;
        current += 1
      ) {
        if (current === index) {
          nextValue = at;
          break;
        }
        at = skipSpace(text, skipValue(text, at));
        if (text.charCodeAt(at) !== 0x2c) break;
        at = skipSpace(text, at + 1);
      }
    }
    if (nextValue < 0) return key >= 0 ? key : value;
    value = nextValue;
    key = nextKey;
  }
  return what === 'key' && key >= 0 ? key : value;
}

interface JsonChildren {
  /** Object members: key → [key offset, value offset] (the last one wins with `lastMatch`). */
  readonly members?: Map<string, readonly [number, number]>;
  /** Array elements: value offsets. */
  readonly elements?: readonly number[];
}

/**
 * A locator over valid JSON `text` that answers like {@link locateJson} but indexes each container
 * it walks through once (all its members or elements), so locating many issues costs a walk per
 * container, not a rescan of the text per issue.
 *
 * @example
 * ```ts
 * const locate = createJsonLocator('{"a": [1, {"b": 2}]}');
 * locate(['a', 1, 'b'], 'value'); // 16
 * ```
 */
export function createJsonLocator(
  text: string,
  lastMatch = false,
): (path: readonly (string | number)[], what: 'value' | 'key') => number {
  const cache = new Map<number, JsonChildren>();
  const childrenAt = (value: number): JsonChildren => {
    const known = cache.get(value);
    if (known) return known;
    const open = text.charCodeAt(value);
    let children: JsonChildren = {};
    if (open === 0x7b) {
      const members = new Map<string, readonly [number, number]>();
      let at = skipSpace(text, value + 1);
      while (at < text.length && text.charCodeAt(at) === QUOTE) {
        const end = stringEnd(text, at);
        const colon = skipSpace(text, end);
        const start = skipSpace(text, colon + 1);
        const key = decodeString(text, at, end);
        if (lastMatch || !members.has(key)) members.set(key, [at, start]);
        at = skipSpace(text, skipValue(text, start));
        if (text.charCodeAt(at) !== 0x2c) break;
        at = skipSpace(text, at + 1);
      }
      children = { members };
    } else if (open === 0x5b) {
      const elements: number[] = [];
      let at = skipSpace(text, value + 1);
      while (at < text.length && text.charCodeAt(at) !== 0x5d) {
        elements.push(at);
        at = skipSpace(text, skipValue(text, at));
        if (text.charCodeAt(at) !== 0x2c) break;
        at = skipSpace(text, at + 1);
      }
      children = { elements };
    }
    cache.set(value, children);
    return children;
  };
  const root = skipSpace(text, 0);
  return (path, what) => {
    let value = root;
    let key = -1;
    for (const segment of path) {
      const children = childrenAt(value);
      let next: readonly [number, number] | undefined;
      if (children.members) next = children.members.get(String(segment));
      else if (children.elements) {
        const index =
          typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
        const at = index >= 0 ? children.elements[index] : undefined;
        if (at !== undefined) next = [-1, at];
      }
      if (next === undefined) return key >= 0 ? key : value;
      key = next[0];
      value = next[1];
    }
    return what === 'key' && key >= 0 ? key : value;
  };
}
