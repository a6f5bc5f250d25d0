// `mpp validate …` as the bin script runs it (bin/mpp.mjs): the command editors and pre-commit
// hooks run on every save, whose cache hit must start within 1.5× `node -e 0` (issue 15). The
// built CLI bundles this module into one file of its own, `dist/validate-first.js` (see
// tsup.config.ts), with the command line and `validate` but none of the other commands, which are
// most of the CLI's code, and with its own copy of `@mpp-kit/core/files` and
// `@mpp-kit/schemas/issues`: a hit then loads one file of mpp-kit instead of six.
import type { CliIo } from './CliIo.js';
import { runCli } from './_cliMain.js';
import { validateCommand } from './commands/validate.js';

/**
 * {@link main} for a command line that starts with `validate`, over that command alone. The same
 * run as over the whole table: the command word comes first, so it is the command whatever the
 * other commands' flags are (main finds the command word by skipping the values of every
 * command's string flags), and from there parsing, help and errors use the command's own flags
 * and the global ones. Any other command line goes to {@link main}.
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  if (argv[0] === validateCommand.name) return runCli([validateCommand], argv, io);
  const { main: everyCommand } = await import('./bin.js');
  return everyCommand(argv, io);
}
