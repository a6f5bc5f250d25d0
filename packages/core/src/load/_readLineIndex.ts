import { LineCounter } from 'yaml';

/** A 1-based line and column in a source text (columns count UTF-16 code units). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Offsets to positions and lines back to text, over one source text. */
export interface LineIndex {
  /** The 1-based line and column of a 0-based offset (clamped into the text). */
  position(offset: number): TextPosition;
  /** The text of a 1-based line without its line break, or `undefined` past the end. */
  lineText(line: number): string | undefined;
}

/**
 * Indexes the line starts of `text` with yaml's {@link LineCounter}, lazily: nothing is scanned
 * until the first position or line is asked for, so a file without issues never pays for it.
 */
export function createLineIndex(text: string): LineIndex {
  let counter: LineCounter | undefined;
  const lines = (): LineCounter => {
    if (counter === undefined) {
      counter = new LineCounter();
      counter.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        counter.addNewLine(i + 1);
    }
    return counter;
  };
  return {
    position(offset) {
      const clamped = Math.min(
        Math.max(Number.isFinite(offset) ? Math.trunc(offset) : 0, 0),
        text.length,
      );
      const { line, col } = lines().linePos(clamped);
      return line < 1 ? { line: 1, column: 1 } : { line, column: col };
    },
    lineText(line) {
      if (!Number.isInteger(line) || line < 1) return undefined;
      const starts = lines().lineStarts;
      const start = starts[line - 1];
      if (start === undefined) return undefined;
      const next = starts[line];
      let end = next === undefined ? text.length : next - 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
      return text.slice(start, end);
    },
  };
}
