import type { Issue, Locale } from '@mpp-kit/schemas';

/**
 * Options the CLI passes to `loadMall`.
 *
 * @example
 * ```ts
 * await io.loadMall('examples/batang', { locale: 'id' });
 * ```
 */
export interface LoadMallOptions {
  readonly locale?: Locale;
  /** The day validation runs as of (calendar coverage warnings); default today. */
  readonly asOf?: Date;
}

/**
 * What the CLI needs from `loadMall` of `@mpp-kit/core`: the merged document (what `bundle`
 * prints) and the issues (warnings only when `ok`), plus the files read. Declared here
 * structurally so the CLI can be tested with a fake loader.
 *
 * @example
 * ```ts
 * const result: LoadMallResult = { ok: false, issues: [unreadableIssue], files: [] };
 * ```
 */
export type LoadMallResult =
  | {
      readonly ok: true;
      readonly mall: unknown;
      readonly document: object;
      readonly issues: readonly Issue[];
      readonly files: readonly string[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly files: readonly string[] };

/**
 * `loadMall` of `@mpp-kit/core`, or a fake of it.
 *
 * @example
 * ```ts
 * const loadMall: LoadMall = async () => ({ ok: true, mall: {}, document: {}, issues: [], files: [] });
 * ```
 */
export type LoadMall = (path: string, options?: LoadMallOptions) => Promise<LoadMallResult>;

/**
 * Everything the `mpp` command touches outside itself. `main` takes a partial one; what is
 * missing comes from the running process (`process.stdout`, `process.env`, `process.cwd()`, the
 * file system, and `loadMall` imported lazily from `@mpp-kit/core`).
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const io: Partial<CliIo> = {
 *   stdout: (text) => out.push(text),
 *   stderr: () => {},
 *   env: { LANG: 'id_ID.UTF-8' },
 *   isTTY: false,
 *   loadMall: async () => ({ ok: true, mall: {}, document: {}, issues: [], files: ['mall.yaml'] }),
 * };
 * await main(['validate', 'mall.yaml'], io); // 0
 * ```
 */
export interface CliIo {
  /** Writes to standard output (only the requested format goes here). */
  stdout(text: string): void;
  /** Writes to standard error (usage, errors, and issues that accompany other output). */
  stderr(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (decides colour, with `NO_COLOR`/`FORCE_COLOR`). */
  readonly isTTY: boolean;
  /** Whether standard error is a terminal. Default: same as {@link CliIo.isTTY}. */
  readonly isStderrTTY: boolean;
  /** Folder that relative paths (arguments, issue files) are resolved against. */
  readonly cwd: string;
  readonly loadMall: LoadMall;
  /** Reads a text file for source snippets; `undefined` when it cannot be read. */
  readTextFile(path: string): string | undefined;
  /** Reads all of standard input as text (`mpp account add --password-stdin`). */
  readStdin(): Promise<string>;
}
