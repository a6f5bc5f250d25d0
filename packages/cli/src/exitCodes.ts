/**
 * The exit codes of `mpp`, the same for every command (`mpp <command> --help` says what 1 means
 * for that command):
 *
 * - `ok` (0): done; warnings are allowed.
 * - `failed` (1): the input has errors (the configuration, the responses …) or the command could
 *   not do its work (a store that cannot be read, a site folder with foreign files).
 * - `usage` (2): a usage error (unknown command or option, missing argument, bad value) or a path
 *   that cannot be read.
 * - `missingPackage` (3): the command needs an optional package that is not installed
 *   (`better-sqlite3` for `mpp simulate` and `mpp report --store`); the message says what to
 *   install.
 * - `internal` (70, `EX_SOFTWARE` of BSD's sysexits): an internal error, a bug in mpp-kit.
 *
 * @example
 * ```ts
 * const code = await main(['validate', 'mall/']);
 * if (code === exitCodes.failed) console.error('the mall has errors');
 * ```
 */
export const exitCodes = {
  ok: 0,
  failed: 1,
  usage: 2,
  missingPackage: 3,
  internal: 70,
} as const;
