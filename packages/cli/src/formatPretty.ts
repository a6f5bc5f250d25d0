import type { Issue, IssueSeverity, Locale } from '@mpp-kit/schemas';
import { createPalette, escapeControl, type Palette } from './_ansi.js';
import { formatIssuePath } from './_issuePath.js';
import { cliMessages } from './cliMessages.js';
import { issueDocsLink, issueDocsPath } from './issueDocsLink.js';

/**
 * Options of {@link formatPretty}.
 *
 * @example
 * ```ts
 * const options: FormatPrettyOptions = { color: process.stdout.isTTY, locale: 'id', fileCount: 3 };
 * ```
 */
export interface FormatPrettyOptions {
  /** Write ANSI colour. Default `false`. */
  readonly color?: boolean;
  /** Language of the labels and the summary (not of the issue messages). Default `'en'`. */
  readonly locale?: Locale;
  /** Source of the line shown under an issue; no snippet when absent or when it returns `undefined`. */
  readonly readLine?: (file: string, line: number) => string | undefined;
  /** Files read, for "in N files"; default: the number of distinct files named by the issues. */
  readonly fileCount?: number;
  /** End with the summary line. Default `true`. */
  readonly summary?: boolean;
  /**
   * The issue-code reference each issue links to (`<docs>#<code>`): a path or a URL. Default
   * {@link issueDocsPath}; the `mpp` command passes the one it ships ({@link locateIssueDocs}).
   */
  readonly docs?: string;
}

/** Longest source line shown whole; longer lines are cut around the column. */
const maxSnippetWidth = 120;

function location(issue: Issue): string {
  const path = formatIssuePath(issue.path);
  if (issue.file === undefined) return path === '' ? '-' : path;
  const file = escapeControl(issue.file);
  if (issue.line === undefined) return path === '' ? file : `${file} (${path})`;
  return issue.column === undefined
    ? `${file}:${issue.line}`
    : `${file}:${issue.line}:${issue.column}`;
}

function severityStyle(severity: IssueSeverity, palette: Palette): (text: string) => string {
  switch (severity) {
    case 'error':
      return (text) => palette.bold(palette.red(text));
    case 'warning':
      return (text) => palette.bold(palette.yellow(text));
    case 'info':
      return (text) => palette.bold(palette.cyan(text));
  }
}

function snippet(issue: Issue, source: string, palette: Palette): string[] {
  const line = issue.line ?? 0;
  let text = source;
  let column = issue.column;
  if (text.length > maxSnippetWidth) {
    const start = Math.max(
      0,
      Math.min((column ?? 1) - 1 - maxSnippetWidth / 2, text.length - maxSnippetWidth),
    );
    const end = start + maxSnippetWidth;
    text = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < source.length ? '…' : ''}`;
    if (column !== undefined) column = column - start + (start > 0 ? 1 : 0);
  }
  const gutter = String(line);
  const blank = ' '.repeat(gutter.length);
  const lines = [`  ${palette.dim(`${gutter} |`)} ${escapeControl(text)}`];
  if (column !== undefined) {
    const before = escapeControl(text.slice(0, Math.max(0, Math.min(column - 1, text.length))));
    const pad = before.replace(/[^\t]/g, ' ');
    lines.push(
      `  ${palette.dim(`${blank} |`)} ${pad}${severityStyle(issue.severity, palette)('^')}`,
    );
  }
  return lines;
}

/**
 * Formats issues for people: for each issue a `file:line:column  severity  code  message` line,
 * the offending source line with a caret under the column (when `readLine` can give it), the
 * hint and a link to the issue code's documentation; then a summary line such as
 * `2 errors, 1 warning in 3 files` (`2 galat, 1 peringatan di 3 berkas` in Indonesian).
 *
 * Pure: issues are printed in the order given (sort them with `sortIssues` first) and their
 * messages as they are (localize them with `localizeIssue` first); `locale` only changes the
 * labels and the summary. The text ends with a newline.
 *
 * @example
 * ```ts
 * const text = formatPretty(issues, {
 *   color: false,
 *   locale: 'en',
 *   readLine: (file, line) => readFileSync(file, 'utf8').split('\n')[line - 1],
 * });
 * // services/pbg.yaml:7:12  error  unknown_reference  Unknown agency "dpmptps".
 * //   7 |     owner: dpmptps
 * //     |            ^
 * //   hint: Did you mean "dpmptsp"?
 * //   docs: node_modules/@mpp-kit/cli/docs/issue-codes.md#unknown_reference
 * //
 * // 1 error, 0 warnings in 1 file
 * ```
 */
export function formatPretty(issues: readonly Issue[], options: FormatPrettyOptions = {}): string {
  const locale = options.locale ?? 'en';
  const palette = createPalette(options.color ?? false);
  const blocks: string[] = [];
  for (const issue of issues) {
    const severity = severityStyle(
      issue.severity,
      palette,
    )(cliMessages.severity[locale][issue.severity]);
    const lines = [
      `${palette.bold(location(issue))}  ${severity}  ${palette.dim(issue.code)}  ${escapeControl(issue.message)}`,
    ];
    if (issue.file !== undefined && issue.line !== undefined && options.readLine !== undefined) {
      const source = options.readLine(issue.file, issue.line);
      if (source !== undefined) lines.push(...snippet(issue, source, palette));
    }
    if (issue.hint !== undefined && issue.hint !== '') {
      lines.push(
        `  ${palette.cyan(`${cliMessages.hintLabel[locale]}:`)} ${escapeControl(issue.hint)}`,
      );
    }
    lines.push(
      `  ${palette.dim(`${cliMessages.docsLabel[locale]}: ${issueDocsLink(issue.code, options.docs ?? issueDocsPath)}`)}`,
    );
    blocks.push(lines.join('\n'));
  }
  if (options.summary !== false) {
    const counts = {
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      infos: issues.filter((i) => i.severity === 'info').length,
      files:
        options.fileCount ??
        new Set(issues.flatMap((i) => (i.file === undefined ? [] : [i.file]))).size,
    };
    const text = cliMessages.summary[locale](counts);
    const style =
      counts.errors > 0 ? palette.red : counts.warnings > 0 ? palette.yellow : palette.green;
    blocks.push(palette.bold(style(text)));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}
