import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { cliMessages } from '../cliMessages.js';
import { defineCommand } from '../Command.js';
import { formatPretty } from '../formatPretty.js';
import { initMessages } from '../init/initMessages.js';
import { timeZoneAbbreviations, timeZoneForRegion } from '../init/provinceTimeZone.js';
import { resolveSchemaReference } from '../init/resolveSchemaReference.js';
import { scaffoldMall } from '../init/scaffoldMall.js';
import { loadForCommand } from '../_loadForCommand.js';

/** The reason of a file-system error, without the stack. */
function reasonOf(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return code ?? message ?? String(error);
}

/**
 * `mpp init <dir> --region <PP.RR> [--name <name>] [--schema <path-or-url>] [--force]`: writes a
 * new mall folder for a regency or city — `mall.yaml` with the region code and the province's time
 * zone, the national calendar, the coordinator agency `dpmptsp` and three tenants, counters, legal
 * bases, roles, and one example service per built-in lifecycle, each file with the editor modeline —
 * then validates it with the same loader as `mpp validate` and prints the next steps. Refuses a
 * non-empty folder unless `--force`, and never overwrites a file. Exit code 0 written and valid
 * (warnings allowed), 1 written with errors, 2 usage error.
 *
 * @example
 * ```sh
 * mpp init pekalongan --region 33.26 --name "Kabupaten Pekalongan"
 * mpp init denpasar --region 51.71 --lang id
 * ```
 */
export const initCommand = defineCommand({
  name: 'init',
  summary: initMessages.summary,
  description: initMessages.description,
  positionals: [{ name: 'dir' }],
  flags: [
    { name: 'region', type: 'string', valueName: 'PP.RR', description: initMessages.regionFlag },
    { name: 'name', type: 'string', valueName: 'name', description: initMessages.nameFlag },
    {
      name: 'schema',
      type: 'string',
      valueName: 'path-or-url',
      description: initMessages.schemaFlag,
    },
    { name: 'force', type: 'boolean', description: initMessages.forceFlag },
  ],
  examples: [
    'mpp init pekalongan --region 33.26 --name "Kabupaten Pekalongan"',
    'mpp init denpasar --region 51.71 --lang id',
  ],
  async run(context) {
    const { io, locale, flags } = context;
    const [dir = '.'] = context.positionals;
    const fail = (message: string): 2 => {
      io.stderr(`mpp: ${message}\n`);
      return 2;
    };

    // Free text goes into YAML scalars and comments: one line, no control characters.
    for (const flag of ['name', 'schema'] as const) {
      // eslint-disable-next-line no-control-regex -- control characters are what is refused
      if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(flags[flag] ?? ''))
        return fail(initMessages.controlCharacter[locale]({ flag }));
    }
    // The region: a regency or city code that exists.
    if (flags.region === undefined) return fail(initMessages.missingRegion[locale]());
    // Loaded here, not at start: the region table is only for `mpp init`.
    const { findRegion, listRegions, localizeIssue, parseRegionCode } =
      await import('@mpp-kit/schemas');
    const parsed = parseRegionCode(flags.region);
    if (!parsed.ok) {
      const issue = parsed.issues[0];
      const message = issue === undefined ? flags.region : localizeIssue(issue, locale).message;
      return fail(initMessages.badRegion[locale]({ message }));
    }
    const { code } = parsed.value;
    if (parsed.value.level === 'province') {
      const examples = listRegions(code)
        .slice(0, 2)
        .map((region) => `${region.code} (${region.name})`);
      return fail(initMessages.provinceRegion[locale]({ code, name: parsed.value.name, examples }));
    }
    if (parsed.value.level !== 'regency') {
      const regencyCode = code.slice(0, 5);
      return fail(
        initMessages.districtRegion[locale]({
          code,
          name: 'name' in parsed.value ? parsed.value.name : parsed.value.districtName,
          parentCode: regencyCode,
          parentName: findRegion(regencyCode)?.name ?? regencyCode,
        }),
      );
    }
    const regency = parsed.value.name;
    const province = findRegion(code.slice(0, 2))?.name ?? code.slice(0, 2);
    const timeZone = timeZoneForRegion(code);
    if (timeZone === undefined) throw new Error(`no time zone for province ${code.slice(0, 2)}`);

    // The folder: new, or empty but for dot files, or --force.
    const target = resolve(io.cwd, dir);
    const shown = isAbsolute(dir) ? dir : relative(io.cwd, target) || '.';
    let entries: string[] = [];
    try {
      if (!statSync(target).isDirectory())
        return fail(initMessages.notADirectory[locale]({ dir: shown }));
      entries = readdirSync(target)
        .filter((entry) => !entry.startsWith('.'))
        .sort();
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT')
        return fail(initMessages.cannotWrite[locale]({ path: shown, reason: reasonOf(error) }));
    }
    if (entries.length > 0 && !flags.force) {
      const listed = entries.length > 3 ? [...entries.slice(0, 3), '…'] : entries;
      return fail(initMessages.notEmpty[locale]({ dir: shown, entries: listed }));
    }

    // Write every file that does not exist yet.
    const schema = resolveSchemaReference(target, flags.schema, io.cwd);
    const files = scaffoldMall({
      region: { code, name: regency, province },
      timeZone,
      name: flags.name ?? regency,
      locale,
      schemaFor: schema.refFor,
    });
    const lines: string[] = [];
    for (const file of files) {
      const path = join(target, file.path);
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.text, { encoding: 'utf8', flag: 'wx' });
        lines.push(`  + ${file.path}`);
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST')
          return fail(
            initMessages.cannotWrite[locale]({
              path: join(shown, file.path),
              reason: reasonOf(error),
            }),
          );
        lines.push(`  = ${initMessages.kept[locale]({ file: file.path })}`);
      }
    }
    const mallName = `Mal Pelayanan Publik ${(flags.name ?? regency).replace(/^(Mal Pelayanan Publik|MPP)\s+/i, '').trim()}`;
    io.stdout(
      `${initMessages.created[locale]({ name: mallName, dir: shown, code, province, timeZone: `${timeZone} (${timeZoneAbbreviations[timeZone]})` })}\n${lines.join('\n')}\n\n`,
    );

    // Validate with the loader of `mpp validate`.
    const { result, issues, exitCode } = await loadForCommand(context, target);
    if (issues.length > 0) {
      io.stderr(
        formatPretty(issues, {
          color: context.color.stderr,
          docs: context.issueDocs,
          locale,
          readLine: context.readLine,
          fileCount: result.files.length,
        }),
      );
    }
    if (exitCode !== 0) {
      io.stderr(`${initMessages.invalid[locale]({ dir: shown })}\n`);
      return exitCode === 2 ? 2 : 1;
    }
    const counts = {
      errors: 0,
      warnings: issues.filter((issue) => issue.severity === 'warning').length,
      infos: issues.filter((issue) => issue.severity === 'info').length,
      files: result.files.length,
    };
    const steps = initMessages.nextSteps[locale]({ dir: shown });
    if (!schema.found)
      steps.splice(
        1,
        0,
        initMessages.installSchema[locale]({ schema: schema.refFor('mall.yaml') }),
      );
    io.stdout(
      [
        initMessages.valid[locale]({ summary: cliMessages.summary[locale](counts) }),
        '',
        initMessages.nextStepsHeading[locale],
        ...steps.map((step, i) => `  ${i + 1}. ${step}`),
        '',
      ].join('\n'),
    );
    return 0;
  },
});
