import { resolve } from 'node:path';

/** Reads line `line` (1-based) of `file`; `undefined` when the file or the line cannot be read. */
export type ReadLine = (file: string, line: number) => string | undefined;

/**
 * A {@link ReadLine} over files named relative to `cwd`: each file is read once and cached
 * (also when it cannot be read).
 */
export function createLineReader(
  cwd: string,
  readTextFile: (path: string) => string | undefined,
): ReadLine {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      const text = readTextFile(resolve(cwd, file));
      cache.set(file, text?.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
    }
    return line >= 1 ? cache.get(file)?.[line - 1] : undefined;
  };
}
