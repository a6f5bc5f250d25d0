import { hasErrors, sortIssues, type Issue, type Locale } from '@mpp-kit/schemas/issues';
import type { LoadMallResult } from './CliIo.js';
import type { CommandContext } from './Command.js';
import { localizeSafely } from './_localize.js';
import { formatPretty } from './formatPretty.js';

/** A loaded mall as a command reports it. */
export interface LoadOutcome {
  readonly result: LoadMallResult;
  /** The issues in the requested locale, sorted by file, line, column and path. */
  readonly issues: readonly Issue[];
  /** 2 when a path cannot be read, 1 when the mall does not load or has errors, else 0. */
  readonly exitCode: 0 | 1 | 2;
}

/** Loads the mall at `path` (relative to `io.cwd`) and works out issues and exit code. */
export async function loadForCommand(
  context: CommandContext,
  path: string,
  options: { readonly asOf?: Date } = {},
): Promise<LoadOutcome> {
  const result = await context.io.loadMall(path, {
    locale: context.locale,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
  return { result, ...judgeLoad(result, context.locale) };
}

/** What a command reports of a load (fresh or cached): its issues in `locale`, sorted, and the exit code. */
export function judgeLoad(
  result: Pick<LoadMallResult, 'ok' | 'issues'>,
  locale: Locale,
): Omit<LoadOutcome, 'result'> {
  const issues = sortIssues(result.issues.map((issue) => localizeSafely(issue, locale)));
  const exitCode = issues.some((issue) => issue.code === 'unreadable_path')
    ? 2
    : !result.ok || hasErrors(issues)
      ? 1
      : 0;
  return { issues, exitCode };
}

/** The successful branch of {@link LoadMallResult}. */
type LoadedMall = Extract<LoadMallResult, { ok: true }>;

/**
 * Loads the mall for a command that needs a valid one. Issues go to stderr in the pretty format —
 * when loading fails, and also on success when `showWarnings` is set — and the command gets either
 * the loaded mall or the exit code to return (1 for errors, 2 for an unreadable path).
 */
export async function loadMallForCommand(
  context: CommandContext,
  path: string,
  options: { readonly showWarnings?: boolean } = {},
): Promise<
  | { readonly ok: true; readonly result: LoadedMall }
  | { readonly ok: false; readonly exitCode: 1 | 2 }
> {
  const { result, issues, exitCode } = await loadForCommand(context, path);
  const failed = !result.ok || exitCode !== 0;
  if (issues.length > 0 && (failed || options.showWarnings === true)) {
    context.io.stderr(
      formatPretty(issues, {
        color: context.color.stderr,
        docs: context.issueDocs,
        locale: context.locale,
        readLine: context.readLine,
        fileCount: result.files.length,
      }),
    );
  }
  if (failed) return { ok: false, exitCode: exitCode === 2 ? 2 : 1 };
  return { ok: true, result };
}
