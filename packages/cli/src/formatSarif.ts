import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { issueCatalog, type Issue, type IssueSeverity } from '@mpp-kit/schemas/issues';
import { formatIssuePath } from './_issuePath.js';
import { issueDocsLink } from './issueDocsLink.js';

/**
 * Options of {@link formatSarif}.
 *
 * @example
 * ```ts
 * const options: FormatSarifOptions = { toolVersion: '0.1.0', cwd: process.cwd() };
 * ```
 */
export interface FormatSarifOptions {
  /** The mpp-kit version to name in `tool.driver.version`. */
  readonly toolVersion: string;
  /**
   * The URL of a published copy of the issue-code reference (`docs/issue-codes.md`): each rule then
   * gets a `helpUri` to its code's entry. SARIF needs an absolute URI that viewers can open, and
   * mpp-kit publishes no web copy of its own, so without this option rules carry no `helpUri`.
   */
  readonly docsBaseUrl?: string;
  /** Folder that absolute issue file names are made relative to. Default: leave them absolute (`file://`). */
  readonly cwd?: string;
  /**
   * File that issues without one are reported against (the mall's main file). GitHub code
   * scanning rejects a whole log when any result lacks a physical location; without this option
   * such issues get only a logical location (the path in the document), which SARIF allows.
   */
  readonly defaultFile?: string;
}

/** A SARIF level (`note` is mpp-kit's `info`). @example `const level: SarifLevel = 'note';` */
export type SarifLevel = 'error' | 'warning' | 'note';

/**
 * The part of a SARIF 2.1.0 log that {@link formatSarif} writes.
 *
 * @example
 * ```ts
 * const log = JSON.parse(readFileSync('mpp.sarif', 'utf8')) as SarifLog;
 * log.runs[0].results.length;
 * ```
 */
export interface SarifLog {
  readonly $schema: 'https://json.schemastore.org/sarif-2.1.0.json';
  readonly version: '2.1.0';
  readonly runs: readonly [SarifRun];
}

/** One SARIF run: the tool with its rules, and the results. @example `toSarifLog(issues, options).runs[0].tool.driver.name; // 'mpp-kit'` */
export interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: 'mpp-kit';
      readonly version: string;
      readonly semanticVersion: string;
      readonly rules: readonly SarifRule[];
    };
  };
  readonly columnKind: 'utf16CodeUnits';
  readonly results: readonly SarifResult[];
}

/** A SARIF `reportingDescriptor`: one per issue code present. @example `log.runs[0].tool.driver.rules.map((rule) => rule.id)` */
export interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  /** Present when {@link FormatSarifOptions.docsBaseUrl} is given. */
  readonly helpUri?: string;
  readonly defaultConfiguration?: { readonly level: SarifLevel };
}

/** A SARIF `result`: one per issue. @example `log.runs[0].results.filter((result) => result.level === 'error')` */
export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations?: readonly SarifLocation[];
}

/** A SARIF `location`: the file and position, and/or the path inside the document. @example `result.locations?.[0]?.physicalLocation?.region?.startLine` */
export interface SarifLocation {
  readonly physicalLocation?: {
    readonly artifactLocation: { readonly uri: string };
    readonly region?: { readonly startLine: number; readonly startColumn?: number };
  };
  readonly logicalLocations?: readonly { readonly fullyQualifiedName: string }[];
}

const levels: Readonly<Record<IssueSeverity, SarifLevel>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};
const acronyms: Readonly<Record<string, string>> = {
  sla: 'SLA',
  yaml: 'YAML',
  json: 'JSON',
  api: 'API',
};

/** `sla_exceeds_legal_max` → `SLA exceeds legal max`. */
function describeCode(code: string): string {
  const text = code
    .split('_')
    .map((word) => acronyms[word] ?? word)
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A relative URI reference with forward slashes (absolute `file://` when it cannot be relative). */
function artifactUri(file: string, cwd: string | undefined): string {
  let path = file;
  if (isAbsolute(path)) {
    if (cwd === undefined) return pathToFileURL(path).href;
    path = relative(cwd, path);
    if (isAbsolute(path)) return pathToFileURL(path).href;
  }
  return path
    .split(/[\\/]+/)
    .filter((segment) => segment !== '.' && segment !== '')
    .map(encodeURIComponent)
    .join('/');
}

function location(issue: Issue, options: FormatSarifOptions): SarifLocation | undefined {
  const path = formatIssuePath(issue.path);
  const logical = path === '' ? {} : { logicalLocations: [{ fullyQualifiedName: path }] };
  const file = issue.file ?? options.defaultFile;
  if (file === undefined) return path === '' ? undefined : logical;
  const region =
    issue.file === undefined || issue.line === undefined || issue.line < 1
      ? {}
      : {
          region: {
            startLine: issue.line,
            ...(issue.column === undefined || issue.column < 1
              ? {}
              : { startColumn: issue.column }),
          },
        };
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(file, options.cwd) }, ...region },
    ...logical,
  };
}

/**
 * Builds the SARIF 2.1.0 log object for issues: one run whose driver `mpp-kit` has one rule per
 * issue code present (sorted by code, with a short description, and a `helpUri` to the code's
 * entry in the issue-code reference when `docsBaseUrl` is given), and one result per issue (in the order given) with its rule,
 * level (`error`, `warning`, `note` for info), message (and hint), and location: the file as a
 * relative URI with forward slashes (or `defaultFile` when the issue names none), the 1-based
 * start line and column, and the path in the document as a logical location.
 *
 * @example
 * ```ts
 * const log = toSarifLog(issues, { toolVersion: '0.1.0' });
 * log.runs[0].results[0]?.level; // 'error'
 * ```
 */
export function toSarifLog(issues: readonly Issue[], options: FormatSarifOptions): SarifLog {
  const codes = [...new Set(issues.map((issue) => issue.code))].sort();
  const rules: SarifRule[] = codes.map((code) => {
    const known = Object.hasOwn(issueCatalog, code) ? issueCatalog[code] : undefined;
    return {
      id: code,
      shortDescription: { text: describeCode(code) },
      ...(options.docsBaseUrl === undefined
        ? {}
        : { helpUri: issueDocsLink(code, options.docsBaseUrl) }),
      ...(known === undefined ? {} : { defaultConfiguration: { level: levels[known.severity] } }),
    };
  });
  const results: SarifResult[] = issues.map((issue) => {
    const where = location(issue, options);
    const hint = issue.hint === undefined || issue.hint === '' ? '' : ` ${issue.hint}`;
    return {
      ruleId: issue.code,
      ruleIndex: codes.indexOf(issue.code),
      level: levels[issue.severity],
      message: { text: `${issue.message}${hint}` },
      ...(where === undefined ? {} : { locations: [where] }),
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mpp-kit',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/**
 * Formats issues as a SARIF 2.1.0 log (see {@link toSarifLog}) for code-scanning tools, indented
 * by two spaces, with a final newline. Pure.
 *
 * @example
 * ```ts
 * await writeFile('mpp.sarif', formatSarif(issues, { toolVersion: '0.1.0' }));
 * ```
 */
export function formatSarif(issues: readonly Issue[], options: FormatSarifOptions): string {
  return `${JSON.stringify(toSarifLog(issues, options), null, 2)}\n`;
}
