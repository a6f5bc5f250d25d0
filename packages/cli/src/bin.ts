import type { CliIo } from './CliIo.js';
import { runCli } from './_cliMain.js';
import { commandTable } from './commandTable.js';

/**
 * Runs the `mpp` command line and resolves to its exit code ({@link exitCodes}): 0 success
 * (warnings allowed), 1 the input has errors, 2 a usage error or a path that cannot be read, 3 an
 * optional package the command needs is not installed, 70 an internal error. The command word
 * comes first (`mpp validate mall/`); `mpp help <command>` is `mpp <command> --help`. Only the
 * requested output goes to stdout; usage, errors and help-on-error go to stderr. Writes to a pipe
 * whose reader has gone (`mpp bundle mall/ | head -1`) are dropped quietly.
 *
 * `io` replaces parts of the process (output streams, environment, terminal detection, working
 * folder, file reading, and `loadMall`), which is how tests run it; by default `loadMall` is
 * imported lazily from `@mpp-kit/core`.
 *
 * @example
 * ```ts
 * // bin/mpp.mjs
 * import { main } from '../dist/bin.js';
 * process.exitCode = await main(process.argv.slice(2));
 * ```
 * @example
 * ```ts
 * const out: string[] = [];
 * const code = await main(['validate', 'mall/', '--format', 'json'], {
 *   stdout: (text) => out.push(text),
 *   loadMall: async () => ({ ok: true, mall: {}, document: {}, issues: [], files: ['mall/mall.yaml'] }),
 * });
 * // code === 0, out.join('') === '{\n  "valid": true,\n  "issues": []\n}\n'
 * ```
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  return runCli(commandTable, argv, io);
}
