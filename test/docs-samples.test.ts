// Runs the code samples of every Markdown file in docs/ (issue 6, item 3), so the documentation
// cannot go stale. The conventions a document follows are described in docs/README.md
// ("The code samples in these documents are tested"); in short, per document, in order:
//   ```yaml  "# mpp-kit: file"          → validates against the published JSON Schema
//   ```yaml  "# mpp-kit: write <path>"  → written into the document's folder, for the commands that
//                                         follow (which decide whether it is valid: it may be a mistake)
//   ```yaml  (other)                    → parses as YAML 1.2
//   ```sh    starting with `pnpm mpp`   → every line runs (in-process `main` of @mpp-kit/cli) with
//                                         exit 0, or N when it ends with "# exit N"; `> file` allowed
//   ```python "# mpp-kit: run"          → runs with python3 (skipped without jsonschema and yaml)
//   ```text / ```json after "<!-- mpp-kit: output -->" → equals the output of the last command
//   ```json  (other)                    → parses as JSON
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { main } from '@mpp-kit/cli';
import { loadMall } from '@mpp-kit/core';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(root, 'docs');
const schema = JSON.parse(
  readFileSync(join(root, 'packages/schemas/schema/mpp-kit.schema.json'), 'utf8'),
) as object;
const sandboxes: string[] = [];
afterAll(() => {
  for (const dir of sandboxes) rmSync(dir, { recursive: true, force: true });
});

let validateSchema: ReturnType<InstanceType<typeof Ajv2020.default>['compile']> | undefined;
/** The published JSON Schema, compiled once, with a plain ajv as an integrator would. */
function schemaErrors(document: unknown): string | undefined {
  if (validateSchema === undefined) {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true });
    (addFormats as unknown as typeof addFormats.default)(ajv);
    validateSchema = ajv.compile(schema);
  }
  return validateSchema(document) ? undefined : JSON.stringify(validateSchema.errors, null, 2);
}

/** The day the samples are run as of; see `loadMall` in {@link runCommand}. */
const samplesDay = new Date('2026-06-01T00:00:00Z');

const hasPython =
  spawnSync('python3', ['-c', 'import jsonschema, yaml'], { encoding: 'utf8' }).status === 0;

/** A fenced code block: its language, text, the line of its opening fence, and whether it is expected output. */
interface Block {
  readonly lang: string;
  readonly body: string;
  readonly line: number;
  readonly isOutput: boolean;
}

function blocksOf(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    let previous = start - 1;
    while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--;
    blocks.push({
      lang: open[1] ?? '',
      body: `${body.join('\n')}\n`,
      line: start + 1,
      isOutput: (lines[previous] ?? '').trim() === '<!-- mpp-kit: output -->',
    });
  }
  return blocks;
}

/** Splits a command line like a POSIX shell would for simple words and quotes; returns the words and the comment. */
function shellWords(line: string): { words: string[]; comment: string } {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? '';
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else word = (word ?? '') + char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (char === '#' && word === undefined) {
      return { words, comment: line.slice(i + 1).trim() };
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (quote !== undefined) throw new Error(`unclosed quote in: ${line}`);
  if (word !== undefined) words.push(word);
  return { words, comment: '' };
}

/** Runs one `pnpm [-s] mpp …` line in `cwd`, the way a reader would, and returns what it printed. */
async function runCommand(
  line: string,
  cwd: string,
): Promise<{ code: number; expected: number; output: string }> {
  const { words, comment } = shellWords(line);
  const expected = Number(/\bexit (\d+)\b/.exec(comment)?.[1] ?? 0);
  const start = words[0] === 'pnpm' ? (words[1] === '-s' ? 2 : 1) : -1;
  if (start === -1 || words[start] !== 'mpp')
    throw new Error(`only "pnpm [-s] mpp …" lines run in an executable block: ${line}`);
  let argv = words.slice(start + 1);
  let redirect: string | undefined;
  const at = argv.indexOf('>');
  if (at !== -1) {
    redirect = argv[at + 1];
    if (redirect === undefined || at + 2 !== argv.length)
      throw new Error(`"> file" must end the line: ${line}`);
    argv = argv.slice(0, at);
  }
  if (argv.some((word) => /^[|&;<>]/.test(word)))
    throw new Error(`pipes and command lists are not run: ${line}`);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    isTTY: false,
    isStderrTTY: false,
    cwd,
    // Paths on the command line are relative to the reader's folder, not to the test process; and
    // "today" is a day well inside 2026, the last year the samples' national calendar covers (from
    // October, every validation would warn that 2027 is missing), unless the line gives --as-of.
    loadMall: (path, options) => loadMall(resolve(cwd, path), { asOf: samplesDay, ...options }),
  });
  if (redirect !== undefined) writeFileSync(join(cwd, redirect), out.join(''));
  const output = (redirect === undefined ? out.join('') : '') + err.join('');
  return { code, expected, output: output.split(`${cwd}/`).join('').split(cwd).join('.') };
}

function sandboxFor(doc: string): string {
  const dir = mkdtempSync(join(tmpdir(), `mpp-docs-${doc.replace(/\W+/g, '-')}-`));
  sandboxes.push(dir);
  for (const link of ['examples', 'packages', 'node_modules'])
    symlinkSync(join(root, link), join(dir, link), 'dir');
  return dir;
}

const docs = readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .sort();

describe('code samples in docs/', () => {
  it('finds the documents and their executable samples', () => {
    expect(docs).toEqual(
      expect.arrayContaining([
        'README.md',
        'guide-regional-staff.md',
        'guide-integrators.md',
        'glossary.md',
      ]),
    );
    const guide = blocksOf(readFileSync(join(docsDir, 'guide-regional-staff.md'), 'utf8'));
    expect(
      guide.filter((block) => block.lang === 'sh' && block.body.startsWith('pnpm')).length,
    ).toBeGreaterThanOrEqual(5);
    expect(
      guide.filter((block) => block.body.startsWith('# mpp-kit: ')).length,
    ).toBeGreaterThanOrEqual(5);
    expect(guide.filter((block) => block.isOutput).length).toBeGreaterThanOrEqual(2);
  });

  it.each(docs)('%s', async (doc) => {
    const blocks = blocksOf(readFileSync(join(docsDir, doc), 'utf8'));
    let sandbox: string | undefined;
    const cwd = (): string => (sandbox ??= sandboxFor(doc));
    let lastOutput: string | undefined;
    let pythonRuns = 0;

    for (const block of blocks) {
      const where = `docs/${doc}:${block.line}`;
      const first = block.body.split('\n')[0] ?? '';

      if (block.isOutput) {
        expect(lastOutput, `${where}: expected output, but no command ran before it`).toBeDefined();
        expect(lastOutput?.trimEnd(), `${where}: the output of the last command differs`).toBe(
          block.body.trimEnd(),
        );
        if (block.lang !== 'json') continue;
      }

      switch (block.lang) {
        case 'yaml': {
          let document: unknown;
          try {
            document = parse(block.body, { version: '1.2', schema: 'core', uniqueKeys: true });
          } catch (error) {
            throw new Error(`${where}: not valid YAML: ${String(error)}`);
          }
          const marker = /^# mpp-kit: (file|write (\S+))\s*$/.exec(first);
          if (first.startsWith('# mpp-kit:') && marker === null)
            throw new Error(`${where}: unknown marker "${first}"`);
          if (marker === null) break;
          const path = marker[2];
          if (path === undefined) {
            expect(
              schemaErrors(document),
              `${where}: does not validate against mpp-kit.schema.json`,
            ).toBeUndefined();
          } else {
            const target = join(cwd(), path);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, block.body);
          }
          break;
        }
        case 'sh': {
          const lines = block.body
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '' && !line.startsWith('#'));
          if (!/^pnpm (-s )?mpp\b/.test(lines[0] ?? '')) break;
          for (const line of lines) {
            const run = await runCommand(line, cwd());
            expect(run.code, `${where}: "${line}" exited with ${run.code}:\n${run.output}`).toBe(
              run.expected,
            );
            lastOutput = run.output;
          }
          break;
        }
        case 'python': {
          if (first !== '# mpp-kit: run' || !hasPython) break;
          const run = spawnSync('python3', ['-'], {
            cwd: cwd(),
            input: block.body,
            encoding: 'utf8',
            timeout: 20_000,
          });
          expect(
            run.status,
            `${where}: python exited with ${run.status}:\n${run.stdout}${run.stderr}`,
          ).toBe(0);
          lastOutput = run.stdout;
          pythonRuns++;
          break;
        }
        case 'json':
          expect(() => JSON.parse(block.body) as unknown, `${where}: not valid JSON`).not.toThrow();
          break;
        default:
          break;
      }
    }
    const pythonBlocks = blocks.filter(
      (block) => block.lang === 'python' && block.body.startsWith('# mpp-kit: run\n'),
    );
    expect(pythonRuns).toBe(hasPython ? pythonBlocks.length : 0);
  });
});
