import { readFileSync } from 'node:fs';
import type { CliIo, LoadMall } from './CliIo.js';

/** `loadMall` from `@mpp-kit/core`, imported on first use so tests can inject a fake instead. */
const loadMallFromCore: LoadMall = async (path, options) => {
  const core = (await import('@mpp-kit/core')) as unknown as { readonly loadMall?: unknown };
  if (typeof core.loadMall !== 'function') {
    throw new Error('@mpp-kit/core does not export loadMall (is it built?)');
  }
  return (core.loadMall as LoadMall)(path, options);
};

/** Source files larger than this are not read for snippets. */
const maxSnippetFileBytes = 8 * 1024 * 1024;

function readTextFile(path: string): string | undefined {
  try {
    const buffer = readFileSync(path);
    if (buffer.length > maxSnippetFileBytes || buffer.includes(0)) return undefined;
    return buffer.toString('utf8');
  } catch {
    return undefined;
  }
}

/** `isTTY` is typed boolean but is undefined when the stream is a pipe or a file. */
function isTerminal(stream: { readonly isTTY?: boolean }): boolean {
  return stream.isTTY === true;
}

/** A {@link CliIo} over the running process, completed by `partial`. */
export function createNodeIo(partial: Partial<CliIo> = {}): CliIo {
  const isTTY = partial.isTTY ?? isTerminal(process.stdout);
  return {
    stdout: partial.stdout ?? ((text) => void process.stdout.write(text)),
    stderr: partial.stderr ?? ((text) => void process.stderr.write(text)),
    env: partial.env ?? process.env,
    isTTY,
    isStderrTTY: partial.isStderrTTY ?? partial.isTTY ?? isTerminal(process.stderr),
    cwd: partial.cwd ?? process.cwd(),
    loadMall: partial.loadMall ?? loadMallFromCore,
    readTextFile: partial.readTextFile ?? readTextFile,
  };
}
