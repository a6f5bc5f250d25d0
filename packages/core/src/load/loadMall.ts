import { readFile, stat } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import { createIssue, type Locale, type LocaleText } from '@mpp-kit/schemas';
import { listMallFiles } from './listMallFiles.js';
import {
  inputLimits,
  inputOverLimits,
  limitOption,
  validateMallSources,
  type LoadMallResult,
  type MallSource,
  type ValidateMallOptions,
} from './validateMallSources.js';

/** Options of {@link loadMall}. */
export type LoadMallOptions = ValidateMallOptions;

function displayName(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * Loads a mall from one YAML/JSON file or a folder of them (`mall.yaml`, `agencies/*.yaml`,
 * `services/*.yaml`, …; every `.yaml`, `.yml` and `.json` file below the folder; hidden files and
 * folders, `node_modules`, tool files such as `package.json` and `tsconfig.json`, and whatever the
 * folder's `.mppignore` lists are skipped) and validates it: schema and cross references together,
 * every issue with its file, line and column. A file in the folder that is not configuration (a
 * saved report, say) is one `not_configuration` error naming it. `.mppignore` holds one pattern
 * per line (`#` comments): `report.json` (a name at any depth), `*.csv`, `reports/` (a folder),
 * `exports/2025/*.json` (a path from the folder). Never throws for bad input: an unreadable path
 * is an `unreadable_path` issue.
 *
 * @example
 * ```ts
 * import { loadMall } from '@mpp-kit/core';
 *
 * const result = await loadMall('examples/batang', { locale: 'id' });
 * if (result.ok) console.log(result.mall.services.length);
 * else for (const issue of result.issues) console.log(`${issue.file}:${issue.line} ${issue.message}`);
 * ```
 */
export async function loadMall(
  path: string,
  options: LoadMallOptions = {},
): Promise<LoadMallResult> {
  const locale: Locale = options.locale ?? 'en';
  const unreadable = (reason: LocaleText): LoadMallResult => ({
    ok: false,
    files: [],
    issues: [
      createIssue({ code: 'unreadable_path', locale, params: { file: path, reason }, file: path }),
    ],
  });
  let files: string[];
  try {
    const listed = await listMallFiles(path);
    if (listed === undefined) return unreadable(unreadableReasons.notFileOrFolder);
    files = listed;
  } catch (error) {
    return unreadable(reasonOf(error));
  }
  // The caps first, from the sizes alone: a wrong path (a parent of the mall) is not read whole.
  const sizes: number[] = [];
  for (const file of files.length > limitOption(options.maxFiles, inputLimits.maxFiles)
    ? []
    : files) {
    try {
      sizes.push((await stat(file)).size);
    } catch (error) {
      return unreadable(inFile(displayName(file), reasonOf(error)));
    }
  }
  const tooMuch = inputOverLimits(
    sizes.length === files.length ? sizes : files.map(() => 0),
    { ...options, displayPath: displayName(path) },
    locale,
  );
  if (tooMuch) return { ok: false, files: files.map(displayName), issues: [tooMuch] };
  const sources: MallSource[] = [];
  for (const file of files) {
    try {
      sources.push({ file: displayName(file), text: await readFile(file) });
    } catch (error) {
      return unreadable(inFile(displayName(file), reasonOf(error)));
    }
  }
  if (sources.length === 0) {
    return {
      ok: false,
      files: [],
      issues: [createIssue({ code: 'no_mall', locale, params: { file: path }, file: path })],
    };
  }
  return validateMallSources(sources, { displayPath: displayName(path), ...options });
}

/** Why a path could not be read, in every locale; the issue is rendered in the caller's. */
const unreadableReasons = {
  notFileOrFolder: { en: 'not a file or folder', id: 'bukan berkas atau folder' },
  missing: { en: 'it does not exist', id: 'tidak ada' },
  denied: { en: 'permission denied', id: 'akses ditolak' },
  folder: { en: 'it is a folder', id: 'ini folder' },
} as const satisfies Readonly<Record<string, LocaleText>>;

function reasonOf(error: unknown): LocaleText {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return unreadableReasons.missing;
  if (code === 'EACCES' || code === 'EPERM') return unreadableReasons.denied;
  if (code === 'EISDIR') return unreadableReasons.folder;
  const message = error instanceof Error ? error.message : String(error);
  return { en: message, id: message };
}

/** A reason about one file of the mall: `services/pbg.yaml: permission denied`. */
function inFile(file: string, reason: LocaleText): LocaleText {
  return { en: `${file}: ${reason.en}`, id: `${file}: ${reason.id}` };
}
