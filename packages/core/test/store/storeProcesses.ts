/** Starts `storeProcess.ts` children and reads their output line by line. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./storeProcess.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A running child. */
export interface StoreProcess {
  /** Complete lines printed so far (a line cut by a kill is not included). */
  readonly lines: readonly string[];
  /** Resolves with the first line (already printed or to come) that matches. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Writes a line to the child's stdin. */
  send(line: string): void;
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the child has exited and its output is read. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts `node --import tsx storeProcess.ts <mode> <config as JSON>`. */
export function startStoreProcess(mode: 'race' | 'claim' | 'writer', config: object): StoreProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, mode, JSON.stringify(config)], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let partial = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.match(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ code, signal, stderr });
    });
  });
  return {
    lines,
    waitForLine(match, timeoutMs = 20_000) {
      const found = lines.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(
              `child ${mode} printed no matching line in ${String(timeoutMs)} ms; stderr:\n${stderr}`,
            ),
          );
        }, timeoutMs);
        waiters.push({
          match,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(
            new Error(
              `child ${mode} exited (${String(code ?? signal)}) before a matching line; stderr:\n${stderr}`,
            ),
          );
        });
      });
    },
    send(line) {
      child.stdin.write(`${line}\n`);
    },
    kill(signal) {
      child.kill(signal);
    },
    exited,
  };
}
