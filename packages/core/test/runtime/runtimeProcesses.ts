/** Starts `runtimeProcess.ts` children and collects their output. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./runtimeProcess.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A running child. */
export interface RuntimeProcess {
  /** Resolves when the child printed `ready`. */
  readonly ready: Promise<void>;
  /** Tells the child to start. */
  go(): void;
  /** Resolves with the child's last line (its result) once it exited with code 0. */
  readonly result: Promise<string>;
}

/** Starts `node --conditions=@mpp-kit/source --import tsx runtimeProcess.ts <mode> <config>`. */
export function startRuntimeProcess(mode: 'act' | 'tick', config: object): RuntimeProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=@mpp-kit/source', '--import', 'tsx', script, mode, JSON.stringify(config)],
    { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line === 'ready') markReady();
    }
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const result = new Promise<string>((resolve, reject) => {
    child.on('close', (code, signal) => {
      if (code === 0) resolve(lines.at(-1) ?? '');
      else reject(new Error(`child ${mode} exited with ${String(code ?? signal)}: ${stderr}`));
    });
  });
  // A child that dies before `ready` must fail the test, not hang it.
  void result.catch(() => undefined);
  return {
    ready: Promise.race([ready, result.then(() => undefined)]),
    go: () => {
      child.stdin.write('go\n');
      child.stdin.end();
    },
    result,
  };
}
