import { hasErrors, sortIssues, type Issue } from '@mpp-kit/schemas';
import type { LoadMallResult } from './CliIo.js';
import type { CommandContext } from './Command.js';
import { localizeSafely } from './_localize.js';

/** A loaded mall as a command reports it. */
export interface LoadOutcome {
  readonly result: LoadMallResult;
  /** The issues in the requested locale, sorted by file, line, column and path. */
  readonly issues: readonly Issue[];
  /** 2 when a path cannot be read, 1 when the mall does not load or has errors, else 0. */
  readonly exitCode: 0 | 1 | 2;
}

/** Loads the mall at `path` (relative to `io.cwd`) and works out issues and exit code. */
export async function loadForCommand(context: CommandContext, path: string): Promise<LoadOutcome> {
  const result = await context.io.loadMall(path, { locale: context.locale });
  const issues = sortIssues(result.issues.map((issue) => localizeSafely(issue, context.locale)));
  const exitCode = issues.some((issue) => issue.code === 'unreadable_path')
    ? 2
    : !result.ok || hasErrors(issues)
      ? 1
      : 0;
  return { result, issues, exitCode };
}
