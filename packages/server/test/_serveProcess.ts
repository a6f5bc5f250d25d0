/**
 * `mpp serve` as operators run it, for tests: the CLI binary as a child process, waited on by its
 * "listening on" line; tokens from `mpp token`; requests each on a connection of its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(repoRoot, 'packages/cli/bin/mpp.mjs');

/** A running `mpp serve`. */
export interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything printed so far. */
  output: () => string;
  /** Resolves when a line matching `pattern` has been printed. */
  waitFor: (pattern: RegExp) => Promise<void>;
  /** The exit code (`null` when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** The signal that ended it, or `null`. */
  readonly signal: Promise<NodeJS.Signals | null>;
}

/** Every child started here, for an `afterAll` that kills what a failed test left running. */
export const servedChildren: ChildProcess[] = [];

/**
 * Starts `mpp serve <mall> --port 0 …args`; resolves once it prints `listening on http://…`.
 *
 * @param env - added to this process's environment.
 */
export async function serve(
  args: readonly string[],
  options: { mall?: string; env?: Record<string, string> } = {},
): Promise<Served> {
  const child = spawn(
    process.execPath,
    [bin, 'serve', options.mall ?? 'examples/batang', '--port', '0', ...args],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  servedChildren.push(child);
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(output)) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('exit', (code, signal) => resolve([code, signal])),
  );
  const exited = ended.then(([code]) => code);
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (pattern.test(output)) resolve();
      else waiters.push({ pattern, resolve });
      void exited.then((code) => {
        reject(
          new Error(
            `mpp serve exited with ${String(code)} before printing ${String(pattern)}:\n${output}`,
          ),
        );
      });
    });
  await waitFor(/listening on http:\/\/127\.0\.0\.1:\d+/);
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
  return {
    child,
    url,
    output: () => output,
    waitFor,
    exited,
    signal: ended.then(([, signal]) => signal),
  };
}

/** `mpp token` for the same store (and mall folder). */
export function token(
  store: string,
  sub: string,
  roles: readonly string[] = [],
  mall = 'examples/batang',
): string {
  const run = spawnSync(
    process.execPath,
    [bin, 'token', mall, '--store', store, '--sub', sub, ...roles.flatMap((r) => ['--role', r])],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

/** One request on a connection of its own (so that a cluster spreads them over its workers). */
export async function send(
  url: string,
  method: string,
  path: string,
  bearer: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      connection: 'close',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as unknown };
}
