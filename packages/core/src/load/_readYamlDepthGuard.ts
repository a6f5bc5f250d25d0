import type { CST } from 'yaml';
import { yamlModule } from './_yamlModule.js';

/**
 * Estimates how deeply a YAML text nests, from yaml's own lexemes, while they stream into the
 * CST parser.
 *
 * Why: yaml's CST parser and composer recurse once per nesting level. Around a thousand levels
 * they overflow the stack (yaml reports `RESOURCE_EXHAUSTION`, or throws from the parser), and a
 * 100,000-level flow sequence kills the process outright (V8 aborts compiling a regular
 * expression with no stack left: not catchable). So the lexemes are counted before the parser
 * sees them, and the stream stops once the estimate passes `abortAt`.
 *
 * The estimate is exact for flow collections (the lexer already knows what is quoted, commented
 * or a block scalar) and close for block collections (an indentation stack, where `- ` and `? `
 * on one line open compact levels, and a `- ` at its parent key's column opens one more level).
 * The exact depth check happens later, on the composed nodes.
 */
export class YamlDepthGuard {
  /** Offset where the estimated depth first went past `maxDepth`, or -1. */
  firstTooDeepOffset = -1;
  /** True once the estimate passed `abortAt` and the token stream was cut. */
  aborted = false;

  private offset = 0;
  private lineStart = 0;
  private firstOnLine = true;
  private afterIndicator = false;
  private atScalar = false;
  private blockScalarNext = false;
  private flowDepth = 0;
  /** Block levels, innermost last, as `column * 2 + (isSequence ? 1 : 0)`. */
  private readonly levels: number[] = [];

  constructor(
    private readonly maxDepth: number,
    private readonly abortAt: number,
  ) {}

  /**
   * Lexes `text` and yields the CST tokens yaml's parser builds from it; stops early (and sets
   * {@link YamlDepthGuard.aborted}) when the text nests too deeply.
   */
  *tokens(text: string): Generator<CST.Token, void> {
    const { Lexer, Parser } = yamlModule();
    const parser = new Parser();
    for (const lexeme of new Lexer().lex(text)) {
      this.feed(lexeme);
      if (this.aborted) return;
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }

  private feed(lexeme: string): void {
    const start = this.offset;
    if (this.atScalar) {
      this.atScalar = false;
      // A block scalar's body starts at a line start but is text, not a node.
      if (this.blockScalarNext) this.blockScalarNext = false;
      else this.node(start, false);
      this.offset += lexeme.length;
      this.newlinesIn(lexeme, start);
      return;
    }
    switch (lexeme.charCodeAt(0)) {
      case 0x02: // document mode marker: no source
      case 0x18: // flow error end marker: no source
        return;
      case 0x1f: // scalar marker: the next lexeme is the scalar's source
        this.atScalar = true;
        return;
      case 0x0a: // \n
      case 0x0d: // \r\n
        this.offset += lexeme.length;
        this.lineStart = this.offset;
        this.firstOnLine = true;
        this.afterIndicator = false;
        return;
      case 0x20: // spaces
      case 0x09: // tabs
      case 0x23: // # comment
      case 0x25: // % directive
      case 0x2c: // ,
      case 0x26: // & anchor (decorates the node that follows)
      case 0x21: // ! tag (decorates the node that follows)
      case 0xfeff: // byte order mark
        this.offset += lexeme.length;
        this.newlinesIn(lexeme, start);
        return;
      case 0x5b: // [
      case 0x7b: // {
        this.node(start, false);
        this.flowDepth += 1;
        this.check(start);
        this.offset += lexeme.length;
        return;
      case 0x5d: // ]
      case 0x7d: // }
        if (this.flowDepth > 0) this.flowDepth -= 1;
        this.offset += lexeme.length;
        return;
      case 0x2d: // - (or --- document start)
      case 0x2e: // ... document end
        if (lexeme.length === 3 && (lexeme === '---' || lexeme === '...')) {
          this.levels.length = 0;
          this.flowDepth = 0;
          this.offset += 3;
          return;
        }
        if (lexeme.length === 1 && lexeme === '-') {
          this.indicator(start, true);
          return;
        }
        break;
      case 0x3f: // ? explicit key
        if (lexeme.length === 1) {
          this.indicator(start, false);
          return;
        }
        break;
      case 0x3a: // : value
        if (lexeme.length === 1) {
          const opens = this.firstOnLine || this.afterIndicator;
          this.node(start, false);
          this.afterIndicator = opens;
          this.offset += 1;
          return;
        }
        break;
      default:
        break;
    }
    // Aliases, quoted scalars, block scalar headers (`|`, `>`), errors: a node.
    const first = lexeme.charCodeAt(0);
    if (first === 0x7c || first === 0x3e) this.blockScalarNext = true;
    this.node(start, false);
    this.offset += lexeme.length;
    this.newlinesIn(lexeme, start);
  }

  private indicator(at: number, isSequence: boolean): void {
    this.node(at, isSequence);
    this.afterIndicator = true;
    this.offset += 1;
  }

  /** A node starts at `at`: if it opens a line or follows `- `/`? `, it sits on a block level. */
  private node(at: number, isSequence: boolean): void {
    if (!(this.firstOnLine || this.afterIndicator)) return;
    this.firstOnLine = false;
    this.afterIndicator = false;
    if (this.flowDepth > 0) return;
    const levels = this.levels;
    const column = at - this.lineStart;
    let top = levels[levels.length - 1];
    while (top !== undefined && top >> 1 > column) {
      levels.pop();
      top = levels[levels.length - 1];
    }
    if (top === undefined || top >> 1 < column) {
      levels.push(column * 2 + (isSequence ? 1 : 0));
    } else if ((top & 1) === 0 && isSequence) {
      // `key:` then `- item` at the key's own column: the sequence is one level deeper.
      levels.push(column * 2 + 1);
    } else if ((top & 1) === 1 && !isSequence && levels.length > 1) {
      const below = levels[levels.length - 2];
      if (below !== undefined && below >> 1 === column) levels.pop();
    }
    this.check(at);
  }

  private check(at: number): void {
    const depth = this.levels.length + this.flowDepth;
    if (depth > this.maxDepth && this.firstTooDeepOffset < 0) this.firstTooDeepOffset = at;
    if (depth > this.abortAt) this.aborted = true;
  }

  private newlinesIn(lexeme: string, start: number): void {
    const last = lexeme.lastIndexOf('\n');
    if (last !== -1) {
      this.lineStart = start + last + 1;
      this.firstOnLine = true;
      this.afterIndicator = false;
    }
  }
}
