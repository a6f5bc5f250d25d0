import { readFileSync } from 'node:fs';
import type { CliIo, LoadMall } from './CliIo.js';

/**
 * `loadMall` from `@mpp-kit/core/load` (loading and validating without the runtime, site and
 * reports, so `mpp validate` starts sooner), imported on first use so tests can inject a fake.
 */
const loadMallFromCore: LoadMall = async (path, options) => {
  const core = (await import('@mpp-kit/core/load')) as unknown as { readonly loadMall?: unknown };
  if (typeof core.loadMall !== 'function') {
    throw new Error('@mpp-kit/core does not export loadMall (is it built?)');
  }
  return (core.loadMall as LoadMall)(path, options);
};

/**
 * The same `loadMall` from `src/_validationLoad.ts`, which the built CLI bundles with its own copy
 * of core, workflows, schemas and zod (one module to load instead of some 110). Only `mpp validate`
 * uses it: see {@link ioForValidation}.
 */
const loadMallForValidation: LoadMall = async (path, options) => {
  const { loadMall } = await import('./_validationLoad.js');
  return (loadMall as unknown as LoadMall)(path, options);
};

/**
 * The io `mpp validate` loads with: the bundled `loadMall` in place of the default one, since
 * validation hands back only issues and file names. A `loadMall` a caller injected (tests) stays.
 */
export function ioForValidation(io: CliIo): CliIo {
  return io.loadMall === loadMallFromCore ? { ...io, loadMall: loadMallForValidation } : io;
}

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

/** Streams whose reader went away (EPIPE): written to no more. */
const closedStreams = new WeakSet<NodeJS.WriteStream>();
const watchedStreams = new WeakSet<NodeJS.WriteStream>();

/**
 * Writes to a standard stream, quietly dropping what comes after its reader has gone: `mpp bundle
 * mall/ | head -1` ends with head's exit code and no stack trace. Any other write error is thrown
 * as before.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  if (!watchedStreams.has(stream)) {
    watchedStreams.add(stream);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closedStreams.add(stream);
    });
  }
  return (text) => {
    if (!closedStreams.has(stream)) stream.write(text);
  };
}

/** A {@link CliIo} over the running process, completed by `partial`. */
export function createNodeIo(partial: Partial<CliIo> = {}): CliIo {
  const isTTY = partial.isTTY ?? isTerminal(process.stdout);
  return {
    stdout: partial.stdout ?? writerTo(process.stdout),
    stderr: partial.stderr ?? writerTo(process.stderr),
    env: partial.env ?? process.env,
    isTTY,
    isStderrTTY: partial.isStderrTTY ?? partial.isTTY ?? isTerminal(process.stderr),
    cwd: partial.cwd ?? process.cwd(),
    loadMall: partial.loadMall ?? loadMallFromCore,
    readTextFile: partial.readTextFile ?? readTextFile,
    readStdin: partial.readStdin ?? readStdin,
  };
}

/** All of standard input, as UTF-8 text. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
