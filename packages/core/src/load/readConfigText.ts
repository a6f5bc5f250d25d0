import { createIssue, type Issue, type IssueInit } from '@mpp-kit/schemas';
import { readJsonText } from './_readJsonText.js';
import { createLineIndex } from './_readLineIndex.js';
import { readYamlText } from './_readYamlText.js';

/** A path into a configuration document: mapping keys and list indexes. */
export type ConfigPath = readonly (string | number)[];

/** The formats a configuration file can be written in. */
export const configTextFormats = ['yaml', 'json'] as const;
/** `yaml` or `json`, chosen by the file's extension (`.json` is JSON, anything else YAML). */
export type ConfigTextFormat = (typeof configTextFormats)[number];

/** A 1-based line and column in a configuration file (columns count UTF-16 code units). */
export interface ConfigTextPosition {
  readonly line: number;
  readonly column: number;
}

/** Limits {@link readConfigText} enforces; every one has a safe default. */
export interface ReadConfigTextOptions {
  /** Largest file accepted, in bytes (UTF-8). Default 16 MiB. */
  readonly maxBytes?: number;
  /**
   * Deepest nesting of mappings and lists accepted (the top-level mapping is 1). Default 64.
   * YAML nesting past `min(2 × maxDepth, max(maxDepth, 500))` is refused before yaml's
   * recursive parser sees it; about 800 levels overflow that parser's stack anyway.
   */
  readonly maxDepth?: number;
  /** Most YAML alias expansions accepted, nested ones counted in full. Default 100. */
  readonly maxAliasCount?: number;
}

/** The limits a format reader works with. @internal */
export interface ReadLimits {
  readonly maxDepth: number;
  readonly maxAliasCount: number;
}

/** A configuration file read into plain data, with every problem located. */
export interface ConfigText {
  /** The file name the text came from, as given (issues carry it too). */
  readonly file: string;
  readonly format: ConfigTextFormat;
  /**
   * The document as plain data (objects, arrays, strings, numbers, booleans, null), or
   * `undefined` when an error stopped reading (syntax, size, depth, aliases, not a mapping).
   * Duplicate keys keep the last value; forbidden keys are left out.
   */
  readonly value: unknown;
  /** Every problem found, each with `file`, `line` and `column`. */
  readonly issues: Issue[];
  /**
   * Where the node at `path` starts (`what: 'key'`: where its mapping key starts). When the path
   * does not exist in full, the nearest ancestor that does: its key if it has one (`mall:` for a
   * key missing inside `mall`), else the top-level mapping. `undefined` when nothing was parsed.
   */
  locate(path: ConfigPath, what?: 'value' | 'key'): ConfigTextPosition | undefined;
  /** The text of a 1-based line, for a caret under a column; `undefined` past the end. */
  lineText(line: number): string | undefined;
  /**
   * YAML only: when the key at `path` stands without a value in a flow mapping (`{ … }`) right
   * after an entry whose value is plain text — a comma inside unquoted text split it — that entry
   * as it was meant, quoted: `id: "Surat Izin Praktik Bidan, Kebidanan"`. Else `undefined`.
   */
  readonly splitFlowText?: (path: ConfigPath) => string | undefined;
}

const defaults = { maxBytes: 16 * 1024 * 1024, maxDepth: 64, maxAliasCount: 100 } as const;

function limit(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/**
 * UTF-8 length of a string, without encoding it: Node's native count where there is one (a lone
 * surrogate counts 3 bytes there as here, the length of the U+FFFD it would be encoded as).
 */
function utf8Length(text: string): number {
  if (typeof Buffer === 'function') return Buffer.byteLength(text, 'utf8');
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      bytes += 2; // 4 bytes for 2 code units
      i += 1;
    } else bytes += 2;
  }
  return bytes;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column of a byte offset, counting bytes (for binary files). */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function unread(file: string, format: ConfigTextFormat, issue: Issue, text?: string): ConfigText {
  const lines = text === undefined ? undefined : createLineIndex(text);
  return {
    file,
    format,
    value: undefined,
    issues: [issue],
    locate: () => undefined,
    lineText: (line) => lines?.lineText(line),
  };
}

/**
 * Reads the text of one configuration file into plain data and located issues, safely: YAML 1.2
 * (core schema pinned, even under a `%YAML 1.1` directive: `yes`, `on` and `2025-01-01` stay
 * strings) or JSON by the file's extension. It never throws and never parses what it has
 * already rejected.
 *
 * Rejected with an issue: an empty (or comment-only) file, binary content (a NUL, or bytes that
 * are not UTF-8), a file over `maxBytes` (checked before anything else), syntax errors (YAML
 * errors with the parser's position, JSON errors with the position of the offending character),
 * more than one YAML document, duplicate keys, the keys `__proto__`, `constructor` and
 * `prototype` anywhere, nesting deeper than `maxDepth`, alias expansion past `maxAliasCount`
 * ("billion laughs"), and a top level that is not a mapping.
 *
 * Cost: YAML is parsed once, and one walk over the nodes builds the value and makes every
 * check. JSON is `JSON.parse` plus one walk over the result; duplicate JSON keys are found by
 * comparing counts (see `_readJsonText.ts`), so the success path never scans the text twice.
 * Line and column indexes, and `locate`, are built only when first needed.
 *
 * @param input - The file's content: text, or raw bytes (decoded as UTF-8; a BOM is dropped).
 * @param file - The file's name; its extension picks the format and issues carry it.
 * @param options - Limits: `maxBytes` (16 MiB), `maxDepth` (64), `maxAliasCount` (100).
 * @returns The value (or `undefined` when an error stopped reading) and every issue found.
 * @throws Never: every problem is an issue.
 *
 * @example
 * ```ts
 * const text = readConfigText('apiVersion: mpp-kit/v1\nmall:\n  id: mpp-batang\n  id: again\n', 'mall.yaml');
 * text.issues[0]?.code; // 'duplicate_key'
 * text.issues[0]?.line; // 4
 * text.value; // { apiVersion: 'mpp-kit/v1', mall: { id: 'again' } }
 * text.locate(['mall', 'id'], 'key'); // { line: 4, column: 3 }
 * text.lineText(4); // '  id: again'
 * ```
 */
export function readConfigText(
  input: string | Uint8Array,
  file: string,
  options: ReadConfigTextOptions = {},
): ConfigText {
  const format: ConfigTextFormat = /\.json$/i.test(file) ? 'json' : 'yaml';
  const maxBytes = limit(options.maxBytes, defaults.maxBytes);
  const limits: ReadLimits = {
    maxDepth: Math.max(1, limit(options.maxDepth, defaults.maxDepth)),
    maxAliasCount: limit(options.maxAliasCount, defaults.maxAliasCount),
  };
  const fileIssue = (issue: IssueInit): Issue => createIssue({ ...issue, file });
  try {
    let text: string;
    if (typeof input === 'string') {
      // Each UTF-16 unit is 1 to 3 UTF-8 bytes: count exactly only when that range straddles the limit.
      const size = input.length * 3 > maxBytes ? utf8Length(input) : input.length;
      if (size > maxBytes) {
        return unread(
          file,
          format,
          fileIssue({
            code: 'file_too_large',
            params: { size, limit: maxBytes },
            line: 1,
            column: 1,
          }),
        );
      }
      text = input;
      const nul = text.indexOf('\0');
      if (nul !== -1) {
        const { line, column } = createLineIndex(text).position(nul);
        return unread(file, format, fileIssue({ code: 'binary_file', line, column }), text);
      }
    } else {
      if (input.byteLength > maxBytes) {
        return unread(
          file,
          format,
          fileIssue({
            code: 'file_too_large',
            params: { size: input.byteLength, limit: maxBytes },
            line: 1,
            column: 1,
          }),
        );
      }
      let bad = input.indexOf(0);
      if (bad === -1) {
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          bad = Math.max(invalidUtf8Offset(input), 0);
          text = '';
        }
      } else text = '';
      if (bad !== -1) {
        const { line, column } = bytePosition(input, bad);
        return unread(file, format, fileIssue({ code: 'binary_file', line, column }));
      }
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return format === 'json' ? readJsonText(text, file, limits) : readYamlText(text, file, limits);
  } catch (error) {
    // Not expected: every reader turns problems into issues. Still never throw.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const tooDeep = error instanceof RangeError && /call stack/i.test(detail);
    return unread(
      file,
      format,
      tooDeep
        ? fileIssue({ code: 'too_deep', params: { limit: limits.maxDepth }, line: 1, column: 1 })
        : fileIssue({
            code: format === 'json' ? 'json_syntax' : 'yaml_syntax',
            params: { detail },
            line: 1,
            column: 1,
          }),
      typeof input === 'string' ? input : undefined,
    );
  }
}
