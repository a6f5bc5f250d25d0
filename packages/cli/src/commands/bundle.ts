import { cliMessages } from '../cliMessages.js';
import { defineCommand } from '../Command.js';
import { loadMallForCommand } from '../_loadForCommand.js';

/**
 * `mpp bundle <folder>`: loads the mall and prints it merged into one `apiVersion: mpp-kit/v1`
 * document as JSON on stdout (exit 0). Issues go to stderr: warnings next to the document, errors
 * instead of it (exit 1, or 2 when the path cannot be read).
 *
 * @example
 * ```sh
 * mpp bundle examples/batang > batang.json
 * ```
 */
export const bundleCommand = defineCommand({
  name: 'bundle',
  summary: cliMessages.bundleSummary,
  description: cliMessages.bundleDescription,
  positionals: [{ name: 'folder' }],
  flags: [],
  examples: ['mpp bundle examples/batang > batang.json'],
  async run(context) {
    const [path = '.'] = context.positionals;
    const loadedMall = await loadMallForCommand(context, path, { showWarnings: true });
    if (!loadedMall.ok) return loadedMall.exitCode;
    const { result } = loadedMall;
    context.io.stdout(`${JSON.stringify(result.document, null, 2)}\n`);
    return 0;
  },
});
