import {
  agency,
  calendar,
  compileFastParse,
  complaintsSection,
  coordination,
  counter,
  createIssue,
  hasErrors,
  issuesFromZod,
  localizeIssue,
  legalBasis,
  mallFile,
  mallSection,
  role,
  service,
  sortIssues,
  survey,
  workflowDefinition,
  type Issue,
  type IssuePath,
  type Locale,
  type MallConfig,
  type FastParse,
} from '@mpp-kit/schemas';
import type { z } from 'zod';
import { inputLimits } from './listMallFiles.js';
import { locateInText } from './_locateInText.js';
import { readConfigText, type ConfigText } from './readConfigText.js';
import { checkMall, type CheckMallOptions } from '../checks/checkMall.js';
import { lintServiceStandards } from '../standards/lintServiceStandards.js';

/** One configuration file's name and content. */
export interface MallSource {
  /** The file name issues will carry (relative paths read best). */
  readonly file: string;
  readonly text: string | Uint8Array;
}

/** Options of {@link validateMallSources} and `loadMall`. */
export interface ValidateMallOptions extends Omit<CheckMallOptions, 'locale'> {
  /** Locale of messages: `id` or `en` (default `en`). */
  readonly locale?: Locale;
  /** How to name the mall's location in a `no_mall` issue (default: the file, or "the folder"). */
  readonly displayPath?: string;
  /** Extra semantic checks run on the merged mall (paths into the merged mall). */
  readonly extraChecks?: readonly ((mall: Partial<MallConfig>, locale: Locale) => Issue[])[];
  /**
   * Most issues reported per file (default 1,000); the rest are counted in one `too_many_issues`
   * issue at the end of that file's list.
   */
  readonly maxIssuesPerFile?: number;
  /** Most files in one mall (default 5,000); more is one `input_too_large` issue. */
  readonly maxFiles?: number;
  /** Most bytes across all files of one mall (default 64 MiB); more is one `input_too_large` issue. */
  readonly maxTotalBytes?: number;
}

// The defaults of the input caps live beside the file listing, which loads no schema.
export { inputLimits } from './listMallFiles.js';

/** A caller's limit when it is a usable number, else the default. @internal */
export function limitOption(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/**
 * The `input_too_large` issue when a mall's files are too many or too big together, else
 * `undefined`. Sizes are byte lengths (a string counts its UTF-16 length).
 * @internal
 */
export function inputOverLimits(
  sizes: readonly ({ readonly text: string | Uint8Array } | number)[],
  options: Pick<ValidateMallOptions, 'maxFiles' | 'maxTotalBytes' | 'displayPath'>,
  locale: Locale,
): Issue | undefined {
  const maxFiles = limitOption(options.maxFiles, inputLimits.maxFiles);
  const maxBytes = limitOption(options.maxTotalBytes, inputLimits.maxTotalBytes);
  let bytes = 0;
  for (const size of sizes) {
    if (typeof size === 'number') bytes += size;
    else bytes += typeof size.text === 'string' ? size.text.length : size.text.byteLength;
  }
  if (sizes.length <= maxFiles && bytes <= maxBytes) return undefined;
  return createIssue({
    code: 'input_too_large',
    locale,
    params: {
      files: sizes.length,
      bytes,
      maxFiles,
      maxBytes,
    },
    ...(options.displayPath === undefined ? {} : { file: options.displayPath }),
  });
}

/** Keeps the first `limit` issues of each file (sorted), and counts the rest in one issue. */
function capIssuesPerFile(sorted: readonly Issue[], limit: number, locale: Locale): Issue[] {
  const out: Issue[] = [];
  let index = 0;
  while (index < sorted.length) {
    const file = sorted[index]!.file;
    let end = index;
    while (end < sorted.length && sorted[end]!.file === file) end += 1;
    const kept = Math.min(end - index, limit);
    for (let i = index; i < index + kept; i += 1) out.push(sorted[i]!);
    if (end - index > limit) {
      let errors = 0;
      for (let i = index + kept; i < end; i += 1) if (sorted[i]!.severity === 'error') errors += 1;
      out.push(
        createIssue({
          code: 'too_many_issues',
          locale,
          severity: errors > 0 ? 'error' : 'warning',
          params: { count: end - index - kept, errors, limit },
          ...(file === undefined ? {} : { file }),
        }),
      );
    }
    index = end;
  }
  return out;
}

/** The outcome of loading a mall: the typed mall, or every issue found. */
export type LoadMallResult =
  | {
      readonly ok: true;
      /** The whole mall, typed, defaults applied. */
      readonly mall: MallConfig;
      /** The whole mall as one `apiVersion: mpp-kit/v1` document (what `mpp bundle` prints). */
      readonly document: MallConfig;
      /** Warnings and notes (no errors). */
      readonly issues: Issue[];
      readonly files: string[];
    }
  | { readonly ok: false; readonly issues: Issue[]; readonly files: string[] };

const arraySections = {
  agencies: agency,
  counters: counter,
  services: service,
  workflows: workflowDefinition,
  calendars: calendar,
  roles: role,
  legalBases: legalBasis,
  surveys: survey,
} as const;
type ArraySection = keyof typeof arraySections;
const arraySectionNames = Object.keys(arraySections) as ArraySection[];

/** Sections that are one object, declared in one file only. */
const objectSections = { coordination, complaints: complaintsSection } as const;
type ObjectSection = keyof typeof objectSections;
const objectSectionNames = Object.keys(objectSections) as ObjectSection[];

/**
 * The schema's fast path (compiled on first use): a valid file is checked and given its defaults
 * in one walk; zod runs only on a file the fast path refuses, for its located issues.
 */
let parseMallFileFast: FastParse<z.output<typeof mallFile>> | undefined;

const keyCodes = new Set<string>(['unknown_key', 'duplicate_mall', 'duplicate_key']);

interface Origin {
  readonly source: number;
  readonly path: IssuePath;
}

/** The file (`sources`) and list index in it (`indexes`) of each item of a merged section. */
interface ItemOrigins {
  readonly sources: number[];
  readonly indexes: number[];
}

/**
 * Validates a mall given as file contents (no file system): reads each file (YAML or JSON, with
 * locations), checks each against the schema, merges the sections, and runs the cross-reference
 * and semantic checks — all issues together, each located in its file. A type error in one item
 * never hides a dangling reference in another: items that fail the schema are left out of the
 * cross-reference checks, the rest are still checked.
 *
 * @example
 * ```ts
 * const result = validateMallSources([{ file: 'mall.yaml', text: yamlText }], { locale: 'id' });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.file, issue.line, issue.message);
 * ```
 */
export function validateMallSources(
  sources: readonly MallSource[],
  options: ValidateMallOptions = {},
): LoadMallResult {
  const locale = options.locale ?? 'en';
  const files = sources.map((source) => source.file);
  const tooMuch = inputOverLimits(sources, options, locale);
  if (tooMuch) return { ok: false, issues: [tooMuch], files };
  const texts: ConfigText[] = [];
  const issues: Issue[] = [];

  const merged: Record<string, unknown[]> = Object.fromEntries(
    arraySectionNames.map((name) => [name, []]),
  );
  // Where each merged item came from: its file and its index in that file's list (numbers, so a
  // valid item costs no object of its own; originOf builds the Origin when a path asks).
  const origins: Record<string, ItemOrigins> = Object.fromEntries(
    arraySectionNames.map((name) => [name, { sources: [], indexes: [] }]),
  );
  let mallPart: { value: z.infer<typeof mallSection>; origin: Origin } | undefined;
  const objectParts: Partial<Record<ObjectSection, { value: unknown; origin: Origin }>> = {};
  // Ids of entries that failed the schema: declared, so not "unknown" where they are referenced.
  const failedIds: Partial<Record<ArraySection, string[]>> = {};

  const located = (issue: Issue, sourceIndex: number, path: IssuePath): Issue => {
    const text = texts[sourceIndex]!;
    const start = text.locate(path, keyCodes.has(issue.code) ? 'key' : 'value');
    const at = start && locateInText(issue, text, path, start);
    return {
      ...splitTextHint(issue, text, path, locale),
      path,
      file: text.file,
      ...(at ? { line: at.line, column: at.column } : {}),
    };
  };

  sources.forEach((source, sourceIndex) => {
    const text = readConfigText(source.text, source.file);
    texts.push(text);
    for (const issue of text.issues) issues.push(localizeIssue(issue, locale));
    if (text.value === undefined || hasErrors(text.issues)) return;
    const value = text.value;
    if (isNotConfiguration(value)) {
      issues.push(located(createIssue({ code: 'not_configuration', locale }), sourceIndex, []));
      return;
    }

    parseMallFileFast ??= compileFastParse(mallFile);
    const fast = parseMallFileFast(value);
    const parsed = fast ? { success: true as const, data: fast.data } : mallFile.safeParse(value);
    let data: Record<string, unknown>;
    if (parsed.success) {
      data = parsed.data;
    } else {
      for (const issue of issuesFromZod(parsed.error.issues, mallFile, value, locale)) {
        issues.push(located(issue, sourceIndex, issue.path));
      }
      data = salvage(value as Record<string, unknown>, failedIds);
    }

    for (const name of arraySectionNames) {
      const items = data[name];
      if (!Array.isArray(items)) continue;
      const into = merged[name]!;
      const from = origins[name]!;
      for (let i = 0; i < items.length; i += 1) {
        const item: unknown = items[i];
        if (item === undefined) continue;
        into.push(item);
        from.sources.push(sourceIndex);
        from.indexes.push(i);
      }
    }
    if (data['mall'] !== undefined) {
      const origin = { source: sourceIndex, path: ['mall'] };
      if (mallPart) {
        issues.push(
          located(
            createIssue({
              code: 'duplicate_mall',
              locale,
              params: { other: texts[mallPart.origin.source]!.file },
            }),
            sourceIndex,
            ['mall'],
          ),
        );
      } else mallPart = { value: data['mall'] as z.infer<typeof mallSection>, origin };
    }
    for (const name of objectSectionNames) {
      if (data[name] === undefined) continue;
      const origin = { source: sourceIndex, path: [name] };
      if (objectParts[name]) {
        issues.push(
          located(
            createIssue({ code: 'duplicate_key', locale, params: { key: name } }),
            sourceIndex,
            [name],
          ),
        );
      } else objectParts[name] = { value: data[name], origin };
    }
  });
  const coordinationPart = objectParts.coordination as
    { value: z.infer<typeof coordination>; origin: Origin } | undefined;
  const complaintsPart = objectParts.complaints as
    { value: z.infer<typeof complaintsSection>; origin: Origin } | undefined;
  const objectOrigins: Partial<Record<string, Origin>> = {
    mall: mallPart?.origin,
    coordination: coordinationPart?.origin,
    complaints: complaintsPart?.origin,
  };

  const schemaOrReadErrors = hasErrors(issues);
  if (!mallPart && !schemaOrReadErrors) {
    issues.push(
      createIssue({
        code: 'no_mall',
        locale,
        params: {
          file: options.displayPath ?? (files.length === 1 ? files[0]! : files.join(', ')),
        },
      }),
    );
  }

  // Cross references on everything that passed the schema.
  const partial: Partial<MallConfig> = {
    apiVersion: 'mpp-kit/v1',
    ...(mallPart ? { mall: mallPart.value } : {}),
    ...(coordinationPart ? { coordination: coordinationPart.value } : {}),
    ...(complaintsPart ? { complaints: complaintsPart.value } : {}),
    ...(merged as unknown as Partial<MallConfig>),
  };
  const semantic = [
    ...checkMall(partial, {
      ...options,
      locale,
      failedIds,
      describePath: (path) => {
        const origin = originOf(path, origins, objectOrigins);
        if (!origin) return path.join('.');
        const text = texts[origin.source]!;
        const at = text.locate([...origin.path, ...path.slice(origin.skip)], 'value');
        return at ? `${text.file}:${at.line}:${at.column}` : text.file;
      },
    }),
    ...lintServiceStandards(partial, locale),
    ...(options.extraChecks ?? []).flatMap((extra) => extra(partial, locale)),
  ];
  for (const issue of semantic) {
    const origin = originOf(issue.path, origins, objectOrigins);
    issues.push(
      origin
        ? located(issue, origin.source, [...origin.path, ...issue.path.slice(origin.skip)])
        : issue,
    );
  }

  const ordered = capIssuesPerFile(
    sortIssues(issues),
    limitOption(options.maxIssuesPerFile, inputLimits.maxIssuesPerFile),
    locale,
  );
  if (hasErrors(ordered) || !mallPart) return { ok: false, issues: ordered, files };
  // Every part was parsed (defaults applied) file by file; assemble, don't parse the whole again.
  const final: MallConfig = {
    apiVersion: 'mpp-kit/v1',
    mall: mallPart.value,
    agencies: merged['agencies'] as MallConfig['agencies'],
    counters: merged['counters'] as MallConfig['counters'],
    services: merged['services'] as MallConfig['services'],
    workflows: merged['workflows'] as MallConfig['workflows'],
    calendars: merged['calendars'] as MallConfig['calendars'],
    roles: merged['roles'] as MallConfig['roles'],
    legalBases: merged['legalBases'] as MallConfig['legalBases'],
    coordination: coordinationPart?.value ?? coordination.parse({}),
    surveys: merged['surveys'] as MallConfig['surveys'],
    ...(complaintsPart ? { complaints: complaintsPart.value } : {}),
  };
  return { ok: true, mall: final, document: final, issues: ordered, files };
}

/**
 * A document that is no configuration at all — a saved report (`mpp report --format json`), a
 * package manifest — rather than a configuration file with mistakes: a mapping with no
 * `apiVersion` and no section in the shape a section has (`mall` and `coordination` mappings, the
 * others lists); a report's `"mall": "mpp-batang"` is not a `mall` section.
 */
function isNotConfiguration(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const document = value as Record<string, unknown>;
  if (Object.hasOwn(document, 'apiVersion')) return false;
  const isMapping = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const sections = [
    ...['mall', 'coordination'].filter((key) => isMapping(document[key])),
    ...arraySectionNames.filter((key) => Array.isArray(document[key])),
  ];
  return sections.length === 0;
}

/**
 * An unknown key that stands without a value in a YAML flow mapping, right after plain text, is
 * the rest of that text cut by a comma: its hint says to quote the text, with the entry as meant.
 */
function splitTextHint(issue: Issue, text: ConfigText, path: IssuePath, locale: Locale): Issue {
  if (issue.code !== 'unknown_key') return issue;
  const quoteExample = text.splitFlowText?.(path);
  if (quoteExample === undefined) return issue;
  return localizeIssue({ ...issue, params: { ...issue.params, quoteExample } }, locale);
}

/**
 * Keeps the items and sections of a file that pass the schema on their own, and records in
 * `failedIds` the id of every item that does not (when it has one).
 */
function salvage(
  value: Record<string, unknown>,
  failedIds: Partial<Record<ArraySection, string[]>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of arraySectionNames) {
    const items = value[name];
    if (!Array.isArray(items)) continue;
    const schema = arraySections[name] as z.ZodType;
    out[name] = items.map((item: unknown) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return parsed.data;
      const id =
        typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string') (failedIds[name] ??= []).push(id);
      return undefined;
    });
  }
  const mall = mallSection.safeParse(value['mall']);
  if (mall.success) out['mall'] = mall.data;
  for (const name of objectSectionNames) {
    const parsed = (objectSections[name] as z.ZodType).safeParse(value[name]);
    if (value[name] !== undefined && parsed.success) out[name] = parsed.data;
  }
  return out;
}

function originOf(
  path: IssuePath,
  origins: Record<string, ItemOrigins>,
  objects: Partial<Record<string, Origin>>,
): (Origin & { skip: number }) | undefined {
  const [section, index] = path;
  if (typeof section === 'string' && section in objects) {
    const origin = objects[section];
    return origin ? { ...origin, path: [], skip: 0 } : undefined;
  }
  if (typeof section === 'string' && typeof index === 'number') {
    const from = Object.hasOwn(origins, section) ? origins[section] : undefined;
    const source = from?.sources[index];
    if (from !== undefined && source !== undefined)
      return { source, path: [section, from.indexes[index]!], skip: 2 };
  }
  return undefined;
}
