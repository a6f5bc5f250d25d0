import { join } from 'node:path';
import type { Issue } from '@mpp-kit/schemas';
import { main, type CliIo, type LoadMallOptions, type LoadMallResult } from '../src/index.js';
import { sources, unreadable } from './_issues.js';

/** The folder the fake CLI runs in. */
export const cwd = '/work/mall';

/** The document a fake successful load returns. */
export const document = {
  apiVersion: 'mpp-kit/v1',
  mall: { id: 'mpp-batang' },
  services: [{ id: 'pbg' }],
};

/** A successful load (warnings only) or a failed one, by the path asked for. */
export function fakeMalls(malls: Readonly<Record<string, readonly Issue[]>>) {
  const calls: { path: string; options: LoadMallOptions | undefined }[] = [];
  const loadMall = async (path: string, options?: LoadMallOptions): Promise<LoadMallResult> => {
    calls.push({ path, options });
    await Promise.resolve();
    const issues = malls[path];
    const files = ['mall.yaml', 'services/pbg.yaml', 'agencies/dpmptsp.yaml'];
    if (issues === undefined)
      return {
        ok: false,
        issues: [{ ...unreadable, params: { file: path, reason: 'ENOENT' } }],
        files: [],
      };
    if (issues.some((issue) => issue.severity === 'error'))
      return { ok: false, issues: [...issues], files };
    return { ok: true, mall: {}, document, issues: [...issues], files };
  };
  return { loadMall, calls };
}

/** What a run printed and returned. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly reads: readonly string[];
}

/**
 * Runs `main` (or another entry with its signature) with a fake process: no colour, English, files
 * from `sources` under {@link cwd}.
 */
export async function runMain(
  argv: readonly string[],
  malls: Readonly<Record<string, readonly Issue[]>>,
  io: Partial<CliIo> = {},
  entry: typeof main = main,
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const reads: string[] = [];
  const files = new Map(Object.entries(sources).map(([file, text]) => [join(cwd, file), text]));
  const code = await entry(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    isTTY: false,
    isStderrTTY: false,
    cwd,
    readTextFile: (path) => {
      reads.push(path);
      return files.get(path);
    },
    loadMall: fakeMalls(malls).loadMall,
    ...io,
  });
  return { code, stdout: out.join(''), stderr: err.join(''), reads };
}
