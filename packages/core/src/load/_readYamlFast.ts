import { isForbiddenKey, listIndexOf, scalarKey } from './_readDocumentRules.js';

/**
 * The fast path of the YAML reader: one pass over the lines of a plain configuration file, for the
 * files most people write — block mappings and lists, compact `- key: value` items, one-line flow
 * collections (`[a, b]`, `{ id: …, en: … }`), plain and one-line quoted scalars, and `|`/`>` block
 * text. It builds the same plain data as the located reader (`_readYamlText.ts`, yaml's composer
 * with the YAML 1.2 core schema) and keeps no locations.
 *
 * It **declines** (returns `undefined`) on anything else, and on anything the located reader
 * would report: anchors, aliases, tags, directives, several documents, tabs, carriage returns and
 * control characters, multi-line plain or quoted scalars, multi-line flow collections,
 * more-indented or kept (`|+`) block text, a duplicate or forbidden key, nesting past the depth
 * limit, keys the located reader would refuse. The located reader then reads the file, so a file
 * with a problem gets the same located issues as before. `test/readYamlFast.test.ts` checks that
 * whatever this reader accepts, the located reader reads to an equal value without issues, over
 * the examples and the fuzz corpus.
 */
export function readYamlFast(text: string, maxDepth: number): Record<string, unknown> | undefined {
  if (outsideFastPath.test(text)) return undefined;
  try {
    return new FastYaml(text, maxDepth, false).document();
  } catch (error) {
    if (error === decline) return undefined;
    throw error;
  }
}

/**
 * Where a node the fast path read starts, as yaml's composer would place it (`range[0]`: a block
 * mapping at its first key, a block list at its first `-`, a flow collection at its bracket, a
 * scalar at its first character or quote, block text at its `|` or `>`). `undefined` where the
 * fast path does not know (an empty value): the located reader answers then.
 */
export interface FastPlace {
  readonly offset: number | undefined;
  readonly entries?: ReadonlyMap<string, { readonly key: number; readonly value: FastPlace }>;
  readonly items?: readonly FastPlace[];
}

/**
 * The places of the nodes of a text {@link readYamlFast} reads (it is read again, keeping them),
 * or `undefined` when it declines. Asked only when an issue needs a location.
 */
export function readYamlFastPlaces(text: string, maxDepth: number): FastPlace | undefined {
  if (outsideFastPath.test(text)) return undefined;
  try {
    const reader = new FastYaml(text, maxDepth, true);
    reader.document();
    return reader.place;
  } catch (error) {
    if (error === decline) return undefined;
    throw error;
  }
}

/**
 * The offset `locate` gives for `path` (see `ConfigText.locate`) over the places of a fast read,
 * the same walk as the located reader's; `undefined` when the node it lands on has no known place.
 */
export function locateFastPlace(
  root: FastPlace,
  path: readonly (string | number)[],
  what: 'value' | 'key',
): number | undefined {
  let node: FastPlace = root;
  let key: number | undefined;
  let found = true;
  for (const segment of path) {
    let next: { readonly key: number | undefined; readonly value: FastPlace } | undefined;
    if (node.entries !== undefined) next = node.entries.get(String(segment));
    else if (node.items !== undefined) {
      const index = listIndexOf(segment);
      const item = node.items[index];
      if (index >= 0 && item !== undefined) next = { key: undefined, value: item };
    }
    if (next === undefined) {
      found = false;
      break;
    }
    node = next.value;
    key = next.key;
  }
  return (what === 'key' || !found) && key !== undefined ? key : node.offset;
}

/**
 * Characters and line starts the fast path leaves to the located reader: tabs, carriage returns,
 * control and non-characters, lone or paired surrogates, document markers and directives.
 */
const outsideFastPath =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|^(?:---|\.\.\.|%)/mu;

/** Thrown inside the reader to give the file to the located reader. */
const decline = new Error('outside the fast YAML path');

/**
 * Longest implicit key yaml accepts is 1024 characters of source, from the key's first character
 * to its `:` (quotes, escapes and spaces before the `:` count); shorter here, to stay clear of it.
 * Both a key's source and its value are held to it.
 */
const maxKeyLength = 1000;

/** Characters a plain scalar may not start with (YAML's indicators), besides `-`, `?` and `:`. */
const indicatorStarts = new Set(Array.from(',[]{}#&*!|>\'"%@`'));

const nullPattern = /^(?:~|[Nn]ull|NULL)?$/;
const boolPattern = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const octPattern = /^0o[0-7]+$/;
const intPattern = /^[-+]?[0-9]+$/;
const hexPattern = /^0x[0-9a-fA-F]+$/;
const specialFloatPattern = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const expFloatPattern = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const floatPattern = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * A plain scalar's value under the YAML 1.2 core schema, tested in yaml's order (null, bool, octal,
 * decimal and hexadecimal integers, .inf/.nan, floats); anything else is a string.
 */
function resolvePlain(source: string): unknown {
  const first = source.charCodeAt(0);
  // Letters other than n, N, t, T, f, F (and most text) cannot be anything but a string.
  const maybeOther =
    source.length === 0 ||
    (first >= 48 && first <= 57) || // 0-9
    first === 43 || // +
    first === 45 || // -
    first === 46 || // .
    first === 126 || // ~
    first === 110 || // n
    first === 78 || // N
    first === 116 || // t
    first === 84 || // T
    first === 102 || // f
    first === 70; // F
  if (!maybeOther) return source;
  if (nullPattern.test(source)) return null;
  if (boolPattern.test(source)) return first === 116 || first === 84;
  if (octPattern.test(source)) return parseInt(source.slice(2), 8);
  if (intPattern.test(source)) return parseInt(source, 10);
  if (hexPattern.test(source)) return parseInt(source.slice(2), 16);
  if (specialFloatPattern.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (expFloatPattern.test(source) || floatPattern.test(source)) return parseFloat(source);
  return source;
}

/** Sets `key` once on `object`; a duplicate or forbidden key declines. */
function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key.length > maxKeyLength || isForbiddenKey(key) || Object.hasOwn(object, key)) throw decline;
  object[key] = value;
}

/** The resolved key of a plain key's source text. */
function plainKey(source: string): string {
  const key = scalarKey(resolvePlain(source));
  if (key === undefined) throw decline;
  return key;
}

const space = 32;

/** No place: the fast path does not know where the node starts. */
const unknownPlace: FastPlace = { offset: undefined };

class FastYaml {
  private readonly lines: string[];
  private line = 0;
  /** Offsets of the line starts, when places are kept. */
  private readonly starts: number[] = [];
  /** The place of the value read last, when places are kept. */
  place: FastPlace = unknownPlace;

  constructor(
    text: string,
    private readonly maxDepth: number,
    private readonly places: boolean,
  ) {
    this.lines = text.split('\n');
    if (places) {
      let offset = 0;
      for (const line of this.lines) {
        this.starts.push(offset);
        offset += line.length + 1;
      }
    }
  }

  /** The offset of `column` on the current line. */
  private at(column: number): number {
    return (this.starts[this.line] ?? 0) + column;
  }

  document(): Record<string, unknown> {
    this.skipIgnorable();
    const first = this.lines[this.line];
    if (first === undefined) throw decline;
    const indent = indentOf(first);
    const value = this.blockMap(indent, indent, 1);
    this.skipIgnorable();
    if (this.line < this.lines.length) throw decline;
    return value;
  }

  /** Moves past blank lines and lines holding only a comment. */
  private skipIgnorable(): void {
    const lines = this.lines;
    while (this.line < lines.length) {
      const text = lines[this.line] as string;
      const at = indentOf(text);
      if (at < text.length && text.charCodeAt(at) !== 35) return; // not '#'
      this.line += 1;
    }
  }

  /**
   * A block mapping whose keys stand at column `indent`; its first key may start further right
   * (`firstColumn`, the key after `- ` of a compact list item).
   */
  private blockMap(indent: number, firstColumn: number, level: number): Record<string, unknown> {
    if (level > this.maxDepth) throw decline;
    const object: Record<string, unknown> = {};
    const entries = this.places ? new Map<string, { key: number; value: FastPlace }>() : undefined;
    const offset = this.at(firstColumn);
    const done = (): Record<string, unknown> => {
      if (entries !== undefined) this.place = { offset, entries };
      return object;
    };
    let column = firstColumn;
    for (;;) {
      const text = this.lines[this.line] as string;
      const key = this.keyAt(text, column);
      if (key === undefined) throw decline;
      const keyOffset = this.at(column);
      setKey(object, key.key, this.valueAfter(text, key.end, indent, level));
      entries?.set(key.key, { key: keyOffset, value: this.place });
      this.skipIgnorable();
      const next = this.lines[this.line];
      if (next === undefined) return done();
      const at = indentOf(next);
      if (at < indent) return done();
      if (at > indent) throw decline;
      // A list at the mapping's own indentation belongs to a key's value, read above.
      if (isListItem(next, at)) throw decline;
      column = at;
    }
  }

  /** A block list whose `-` stand at column `indent`. */
  private blockList(indent: number, level: number): unknown[] {
    if (level > this.maxDepth) throw decline;
    const array: unknown[] = [];
    const items: FastPlace[] | undefined = this.places ? [] : undefined;
    const offset = this.at(indent);
    for (;;) {
      const text = this.lines[this.line] as string;
      let at = indent + 1;
      while (text.charCodeAt(at) === space) at += 1;
      if (at >= text.length || text.charCodeAt(at) === 35) {
        // `-` alone (or with a comment): the item is on the following lines, or null.
        array.push(this.nestedBlock(indent, level, false));
      } else if (isListItem(text, at)) {
        throw decline; // `- - a`
      } else if (this.keyAt(text, at) !== undefined) {
        array.push(this.blockMap(at, at, level + 1)); // `- key: value`, a mapping at the key
      } else {
        array.push(this.inlineValue(text, at, indent, level));
      }
      items?.push(this.place);
      this.skipIgnorable();
      if (!this.continuesList(indent)) {
        if (items !== undefined) this.place = { offset, items };
        return array;
      }
    }
  }

  /** Whether the current line is another item of the list at `indent` (declines on strays). */
  private continuesList(indent: number): boolean {
    const next = this.lines[this.line];
    if (next === undefined) return false;
    const at = indentOf(next);
    if (at > indent) throw decline;
    return at === indent && isListItem(next, at);
  }

  /**
   * The key of a mapping entry starting at `column` of `text` and where its value starts (after
   * `:`), or `undefined` when the line is not `key: …`.
   */
  private keyAt(text: string, column: number): { key: string; end: number } | undefined {
    const c = text.charCodeAt(column);
    if (c === 34 || c === 39) {
      // "key": or 'key':
      const quoted = c === 34 ? doubleQuoted(text, column) : singleQuoted(text, column);
      if (quoted === undefined || text.charCodeAt(quoted.end) !== 58) return undefined; // ':'
      const after = quoted.end + 1;
      if (after < text.length && text.charCodeAt(after) !== space) return undefined;
      if (after - column > maxKeyLength) throw decline;
      return { key: quoted.value, end: after };
    }
    if (column >= text.length || startsWithIndicator(text, column)) return undefined;
    let colon = text.indexOf(':', column);
    while (colon !== -1) {
      const next = text.charCodeAt(colon + 1);
      if (colon + 1 >= text.length || next === space) break;
      colon = text.indexOf(':', colon + 1);
    }
    if (colon === -1) return undefined;
    if (colon - column > maxKeyLength) throw decline;
    const source = trimSpaces(text.slice(column, colon));
    if (source.includes(' #') || source.length === 0) return undefined;
    return { key: plainKey(source), end: colon + 1 };
  }

  /**
   * The value of the entry whose `:` ends at `from` in `text`, in a mapping at `indent`: on the
   * same line, or a block on the following lines, or null.
   */
  private valueAfter(text: string, from: number, indent: number, level: number): unknown {
    let at = from;
    while (text.charCodeAt(at) === space) at += 1;
    if (at >= text.length || (text.charCodeAt(at) === 35 && at > from)) {
      return this.nestedBlock(indent, level, true);
    }
    if (at === from) throw decline;
    return this.inlineValue(text, at, indent, level);
  }

  /**
   * What follows a key or `-` with nothing after it on its line: a block mapping or list
   * indented further (a list may also stand at the key's own indentation), or null.
   */
  private nestedBlock(indent: number, level: number, listMayAlign: boolean): unknown {
    this.line += 1;
    this.skipIgnorable();
    const next = this.lines[this.line];
    const at = next === undefined ? 0 : indentOf(next);
    if (
      next !== undefined &&
      isListItem(next, at) &&
      (at > indent || (listMayAlign && at === indent))
    )
      return this.blockList(at, level + 1);
    if (next !== undefined && at > indent) {
      if (this.keyAt(next, at) === undefined) throw decline;
      return this.blockMap(at, at, level + 1);
    }
    this.place = unknownPlace;
    return null;
  }

  /** A value that starts at `at` of the current line `text`; the line is consumed. */
  private inlineValue(text: string, at: number, indent: number, level: number): unknown {
    const c = text.charCodeAt(at);
    if (this.places) this.place = { offset: this.at(at) };
    if (c === 91 || c === 123) {
      // [ or {
      const flow = this.flow(text, at, level + 1);
      endOfLine(text, flow.end);
      this.line += 1;
      return flow.value;
    }
    if (c === 34 || c === 39) {
      const quoted = c === 34 ? doubleQuoted(text, at) : singleQuoted(text, at);
      if (quoted === undefined) throw decline;
      endOfLine(text, quoted.end);
      this.line += 1;
      return quoted.value;
    }
    if (c === 124 || c === 62) return this.blockText(text, at, indent); // | or >
    if (startsWithIndicator(text, at)) throw decline;
    const comment = text.indexOf(' #', at);
    const source = trimSpaces(comment === -1 ? text.slice(at) : text.slice(at, comment));
    if (source.endsWith(':') || source.includes(': ')) throw decline;
    this.line += 1;
    return resolvePlain(source);
  }

  /** `|`, `|-`, `>` or `>-` text on the lines below, indented past `indent`. */
  private blockText(text: string, at: number, indent: number): string {
    const folded = text.charCodeAt(at) === 62;
    let header = at + 1;
    const strip = text.charCodeAt(header) === 45; // '-'
    if (strip) header += 1;
    endOfLine(text, header);
    const lines = this.lines;
    let index = this.line + 1;
    const first = lines[index];
    if (first === undefined) throw decline;
    const contentIndent = indentOf(first);
    if (contentIndent <= indent || contentIndent >= first.length) throw decline;
    const parts: string[] = [];
    let blanks = 0;
    let last = index;
    for (; index < lines.length; index += 1) {
      const line = lines[index] as string;
      const lineIndent = indentOf(line);
      if (lineIndent >= line.length) {
        if (line.length > contentIndent) throw decline; // spaces that would be content
        blanks += 1;
        continue;
      }
      if (lineIndent < contentIndent) break;
      if (lineIndent > contentIndent) throw decline; // more-indented lines keep their breaks
      const content = line.slice(contentIndent);
      if (parts.length > 0) {
        parts.push(blanks > 0 ? '\n'.repeat(folded ? blanks : blanks + 1) : folded ? ' ' : '\n');
      }
      parts.push(content);
      blanks = 0;
      last = index;
    }
    // The last line of a file without a final line break: left to the located reader.
    if (last === lines.length - 1) throw decline;
    this.line = last + 1;
    return parts.join('') + (strip ? '' : '\n');
  }

  /** A flow collection (`[…]` or `{…}`) that starts at `at` and ends on the same line. */
  private flow(text: string, at: number, level: number): { value: unknown; end: number } {
    if (level > this.maxDepth) throw decline;
    const isList = text.charCodeAt(at) === 91;
    const close = isList ? 93 : 125;
    const list: unknown[] = [];
    const object: Record<string, unknown> = {};
    const places = this.places;
    const items: FastPlace[] = [];
    const entries = new Map<string, { key: number; value: FastPlace }>();
    const offset = this.at(at);
    const done = (end: number): { value: unknown; end: number } => {
      if (places) this.place = isList ? { offset, items } : { offset, entries };
      return { value: isList ? list : object, end };
    };
    let i = skipSpaces(text, at + 1);
    if (text.charCodeAt(i) === close) return done(i + 1);
    for (;;) {
      if (isList) {
        const item = this.flowItem(text, i, level);
        list.push(item.value);
        if (places) items.push(this.place);
        i = skipSpaces(text, item.end);
        if (text.charCodeAt(i) === 58) throw decline; // [a: b], a single-pair mapping
      } else {
        const key = flowKey(text, i);
        const value = this.flowItem(text, skipSpaces(text, key.end), level);
        setKey(object, key.key, value.value);
        if (places) entries.set(key.key, { key: this.at(i), value: this.place });
        i = skipSpaces(text, value.end);
      }
      const c = text.charCodeAt(i);
      if (c === close) return done(i + 1);
      if (c !== 44) throw decline; // ','
      i = skipSpaces(text, i + 1);
      if (text.charCodeAt(i) === close) throw decline; // a trailing comma
    }
  }

  /** One value inside a flow collection: a nested collection, a quoted or a plain scalar. */
  private flowItem(text: string, at: number, level: number): { value: unknown; end: number } {
    const c = text.charCodeAt(at);
    if (c === 91 || c === 123) return this.flow(text, at, level + 1);
    if (this.places) this.place = { offset: this.at(at) };
    if (c === 34 || c === 39) {
      const quoted = c === 34 ? doubleQuoted(text, at) : singleQuoted(text, at);
      if (quoted === undefined) throw decline;
      return quoted;
    }
    const end = flowPlainEnd(text, at);
    const source = trimSpaces(text.slice(at, end));
    if (source.length === 0) throw decline;
    return { value: resolvePlain(source), end };
  }
}

/**
 * `text` without its trailing spaces. Only spaces: `trimEnd` would also drop the other Unicode
 * white space (a no-break space, an ideographic space …), which YAML keeps in a plain scalar.
 */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === space) end -= 1;
  return text.slice(0, end);
}

/** Column of the first character that is not a space. */
function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === space) i += 1;
  return i;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === space) i += 1;
  return i;
}

/** `-` followed by a space or the end of the line, at `at`. */
function isListItem(text: string, at: number): boolean {
  return text.charCodeAt(at) === 45 && (at + 1 >= text.length || text.charCodeAt(at + 1) === space);
}

/** Whether a plain scalar cannot start at `at` (an indicator, or `-`, `?`, `:` before a space). */
function startsWithIndicator(text: string, at: number): boolean {
  const c = text[at] ?? '';
  if (indicatorStarts.has(c)) return true;
  if (c === '-' || c === '?' || c === ':') {
    const next = text.charCodeAt(at + 1);
    return at + 1 >= text.length || next === space;
  }
  return false;
}

/**
 * Whether a plain scalar cannot start at `at` inside a flow collection: as in a block, and `-`,
 * `?` or `:` before a flow indicator too (`[-]`, `{a: -}`, `[?]` are not the text `-` or `?`).
 */
function startsWithFlowIndicator(text: string, at: number): boolean {
  if (startsWithIndicator(text, at)) return true;
  const c = text[at];
  return (c === '-' || c === '?' || c === ':') && indicatorStarts.has(text[at + 1] ?? '');
}

/** Only spaces, then the end of the line or a comment, may follow `from`; else declines. */
function endOfLine(text: string, from: number): void {
  const at = skipSpaces(text, from);
  if (at >= text.length) return;
  if (text.charCodeAt(at) === 35 && at > from) return;
  throw decline;
}

/** The key of a flow mapping entry at `at` (`key: ` or `"key": `) and where its value starts. */
function flowKey(text: string, at: number): { key: string; end: number } {
  const c = text.charCodeAt(at);
  let key: string;
  let colon: number;
  if (c === 34 || c === 39) {
    const quoted = c === 34 ? doubleQuoted(text, at) : singleQuoted(text, at);
    if (quoted === undefined) throw decline;
    key = quoted.value;
    colon = quoted.end;
  } else {
    if (startsWithFlowIndicator(text, at)) throw decline;
    colon = at;
    for (; colon < text.length; colon += 1) {
      const ch = text.charCodeAt(colon);
      if (ch === 58) break; // ':'
      if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === 35)
        throw decline; // , [ ] { } #: a key without a value, or something stranger
    }
    const source = trimSpaces(text.slice(at, colon));
    if (source.length === 0) throw decline;
    key = plainKey(source);
  }
  if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== space) throw decline;
  const value = skipSpaces(text, colon + 1);
  const next = text.charCodeAt(value);
  // An empty value (`{ a: , b: c }`) is left to the located reader.
  if (value >= text.length || next === 44 || next === 125 || next === 93 || next === 35)
    throw decline;
  return { key, end: value };
}

/** Where a plain scalar inside a flow collection ends; declines on `: ` and comments inside it. */
function flowPlainEnd(text: string, at: number): number {
  if (startsWithFlowIndicator(text, at)) throw decline;
  let i = at;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 93 || c === 125) return i; // , ] }
    if (c === 91 || c === 123) throw decline; // [ {
    if (c === 58) {
      // ':' stays inside the text before anything but a space or a flow indicator (a URL).
      const next = text.charCodeAt(i + 1);
      if (i + 1 >= text.length || next === space || next === 44 || next === 91 || next === 93)
        throw decline;
      if (next === 123 || next === 125) throw decline;
    }
    if (c === 35 && text.charCodeAt(i - 1) === space) throw decline; // a comment: multi-line
  }
  throw decline; // the collection does not close on this line
}

/** A double-quoted scalar on one line, common escapes only; `undefined` when it is more. */
function doubleQuoted(text: string, at: number): { value: string; end: number } | undefined {
  let value = '';
  let start = at + 1;
  for (let i = start; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) return { value: value + text.slice(start, i), end: i + 1 };
    if (c !== 92) continue; // '\'
    value += text.slice(start, i);
    const e = text[i + 1];
    switch (e) {
      case '"':
      case '\\':
      case '/':
        value += e;
        break;
      case 'n':
        value += '\n';
        break;
      case 't':
        value += '\t';
        break;
      case 'r':
        value += '\r';
        break;
      case '0':
        value += '\0';
        break;
      case 'u': {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) return undefined;
        value += String.fromCharCode(code);
        i += 4;
        break;
      }
      default:
        return undefined;
    }
    i += 1;
    start = i + 1;
  }
  return undefined;
}

/** A single-quoted scalar on one line (`''` is a quote). */
function singleQuoted(text: string, at: number): { value: string; end: number } | undefined {
  let value = '';
  let start = at + 1;
  for (let i = start; i < text.length; i += 1) {
    if (text.charCodeAt(i) !== 39) continue;
    if (text.charCodeAt(i + 1) === 39) {
      value += text.slice(start, i + 1);
      i += 1;
      start = i + 1;
      continue;
    }
    return { value: value + text.slice(start, i), end: i + 1 };
  }
  return undefined;
}
