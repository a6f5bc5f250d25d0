/** The CLI run in-process, as the root tests drive it: its output collected, its exit code returned. */
import { main } from '@mpp-kit/cli';

const root = new URL('..', import.meta.url).pathname;

/** How a test runs the CLI: the locale, what stdin holds, the folder and whether it is a terminal. */
export interface RunMppOptions {
  readonly lang?: string;
  readonly stdin?: string;
  readonly cwd?: string;
  readonly isTTY?: boolean;
}

/** Runs `mpp argv` in-process; `text` is stdout and stderr interleaved as written. */
export async function runMpp(argv: string[], options: RunMppOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const both: string[] = [];
  const code = await main(argv, {
    stdout: (text) => {
      out.push(text);
      both.push(text);
    },
    stderr: (text) => {
      err.push(text);
      both.push(text);
    },
    env: { LANG: options.lang ?? 'en_US.UTF-8' },
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? root,
    readStdin: () => Promise.resolve(options.stdin ?? ''),
  });
  return { code, stdout: out.join(''), stderr: err.join(''), text: both.join('') };
}
