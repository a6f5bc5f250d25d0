// The built `mpp` in a real process whose standard output is a pipe that its reader closes, as in
// `mpp bundle mall/ | head -1`: the command ends as it would have (its own exit code), with no
// EPIPE stack trace.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../bin/mpp.mjs', import.meta.url));

/**
 * Runs `mpp argv` from the repository root with stdout a pipe; `closeAfter` is how many bytes the
 * reader takes before closing its end (0: closed before the command writes anything).
 */
function runClosingStdout(
  argv: readonly string[],
  closeAfter: number,
): Promise<{ code: number | null; read: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let read = 0;
    let stderr = '';
    if (closeAfter === 0) child.stdout.destroy();
    else
      child.stdout.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read >= closeAfter) child.stdout.destroy();
      });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, read, stderr });
    });
  });
}

/**
 * stderr without the one warning Batang may carry whatever the pipe does: from October of its
 * calendar's last year, `bundle` reports that next year's decree is missing
 * (`calendar_coverage_ending`).
 */
function quiet(stderr: string): string {
  return stderr.replace(
    /^\S+ {2}warning {2}calendar_coverage_ending [\s\S]*?\n\n0 errors, 1 warning in \d+ files\n/,
    '',
  );
}

describe('a closed stdout pipe is not an error', () => {
  it('mpp bundle | head -1: a document far larger than the pipe, cut after the first chunk', async () => {
    const run = await runClosingStdout(['bundle', 'examples/batang'], 1);
    expect(run.read).toBeGreaterThan(0);
    expect(quiet(run.stderr)).toBe('');
    expect(run.code).toBe(0);
  });

  it.each([
    [['validate', 'examples/batang', '--format', 'json']],
    [['validate', 'examples/batang']],
    [['bundle', 'examples/batang']],
    [['graph', 'examples/batang', '--service', 'pbg']],
    [['standard', 'examples/batang', '--service', 'pbg']],
    [['help']],
    [['validate', '--help']],
    [['--version']],
  ])('mpp %j with the reader gone before the first write: quiet, exit 0', async (argv) => {
    const run = await runClosingStdout(argv, 0);
    expect(quiet(run.stderr)).toBe('');
    expect(run.code).toBe(0);
  });

  it('still reports on stderr what went wrong (a usage error, exit 2)', async () => {
    const run = await runClosingStdout(['valdiate', 'examples/batang'], 0);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command "valdiate". Did you mean "validate"?');
  });
});
