import type { Command } from './Command.js';
import { bundleCommand } from './commands/bundle.js';
import { deadlineCommand } from './commands/deadline.js';
import { exportCommand } from './commands/export.js';
import { graphCommand } from './commands/graph.js';
import { initCommand } from './commands/init.js';
import { ikmCommand } from './commands/ikm.js';
import { reportCommand } from './commands/report.js';
import { siteCommand } from './commands/site.js';
import { simulateCommand } from './commands/simulate.js';
import { standardCommand } from './commands/standard.js';
import { validateCommand } from './commands/validate.js';
import { serveCommand } from './commands/serve.js';
import { tokenCommand } from './commands/token.js';
import { keysCommand } from './commands/keys.js';
import { accountCommand } from './commands/account.js';
import { notificationsCommand } from './commands/notifications.js';
import { auditCommand } from './commands/audit.js';

/**
 * Every `mpp` subcommand, in the order the help lists them. To add one (graph, deadline, simulate,
 * site, report, init, schema ...), write `src/commands/<name>.ts` with `defineCommand` and add it here.
 *
 * @example
 * ```ts
 * commandTable.map((command) => command.name); // ['validate', 'bundle', 'deadline']
 * ```
 */
export const commandTable: readonly Command[] = [
  validateCommand,
  bundleCommand,
  deadlineCommand,
  graphCommand,
  initCommand,
  standardCommand,
  reportCommand,
  ikmCommand,
  siteCommand,
  simulateCommand,
  exportCommand,
  serveCommand,
  tokenCommand,
  keysCommand,
  accountCommand,
  notificationsCommand,
  auditCommand,
];
