import {
  createIssue,
  type Issue,
  type IssueCode,
  type IssueParamsByCode,
  type IssueSeverity,
} from '@mpp-kit/schemas';
import type { ConfigPath } from './readConfigText.js';

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
 * Indexes the line starts of `text`, lazily: nothing is scanned until the first position or line
 * is asked for, so a file without issues never pays for it. Positions are found by binary search
 * over the line starts, as yaml's `LineCounter` finds them.
 */
export function createLineIndex(text: string): LineIndex {
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    return starts;
  };
  return {
    position(offset) {
      const clamped = Math.min(
        Math.max(Number.isFinite(offset) ? Math.trunc(offset) : 0, 0),
        text.length,
      );
      const all = lineStarts();
      // The last line starting at or before the offset.
      let low = 0;
      let high = all.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((all[mid] as number) <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: clamped - (all[low] as number) + 1 };
    },
    lineText(line) {
      if (!Number.isInteger(line) || line < 1) return undefined;
      const all = lineStarts();
      const start = all[line - 1];
      if (start === undefined) return undefined;
      const next = all[line];
      let end = next === undefined ? text.length : next - 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
      return text.slice(start, end);
    },
  };
}

/** Adds to `issues` an issue at a 0-based offset of the text: how both readers report. */
export type OffsetReporter = <C extends IssueCode>(
  code: C,
  offset: number,
  params?: IssueParamsByCode[C],
  path?: ConfigPath,
  severity?: IssueSeverity,
) => void;

/** The reporter of one file's reader: each issue located by `lines`, in `file`, pushed to `issues`. */
export function createOffsetReporter(
  lines: LineIndex,
  file: string,
  issues: Issue[],
): OffsetReporter {
  return (code, offset, params, path = [], severity) => {
    const { line, column } = lines.position(offset);
    issues.push(
      createIssue({
        code,
        path: [...path],
        file,
        line,
        column,
        params: params ?? ({} as NonNullable<typeof params>),
        ...(severity === undefined ? {} : { severity }),
      }),
    );
  };
}
