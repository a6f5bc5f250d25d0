/** Where in a configuration file a character of a text value is, for issues inside a formula. */
import type { Issue, IssuePath } from '@mpp-kit/schemas';
import type { ConfigText, ConfigTextPosition } from './readConfigText.js';

/**
 * Moves `at` (where the text value at `path` starts) to the character `issue.params.offset` of that
 * text, when the text stands on one line as written (plain, or quoted without escapes before the
 * offset). Otherwise — a folded block, an escape — `at` is kept: the start of the value.
 */
export function locateInText(
  issue: Issue,
  text: ConfigText,
  path: IssuePath,
  at: ConfigTextPosition,
): ConfigTextPosition {
  const offset = issue.params?.['offset'];
  if (typeof offset !== 'number' || offset < 0) return at;
  let value: unknown = text.value;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return at;
    value = (value as Record<string | number, unknown>)[key];
  }
  if (typeof value !== 'string' || offset > value.length) return at;
  const line = text.lineText(at.line);
  if (line === undefined) return at;
  const start =
    at.column - 1 + (line[at.column - 1] === '"' || line[at.column - 1] === "'" ? 1 : 0);
  if (line.slice(start, start + offset) !== value.slice(0, offset)) return at;
  return { line: at.line, column: start + offset + 1 };
}
