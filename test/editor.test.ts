// Editor integration (issue 6, item 2): drives the real yaml-language-server 1.25 headlessly, the way
// VS Code's YAML extension does, over a Batang file and a broken file, and asserts what a regional
// officer would see: completions for keys and enumerations, hover text (Indonesian, then English),
// and diagnostics with their lines.
//
// The schema is never configured by the test: every file names it with its own
// `# yaml-language-server: $schema=<relative path>` modeline. The server resolves that path against
// the document's file URI and asks `schemaRequestService` for the resulting `file://` URI; the
// service below reads local files only (and fails for anything else, so no test touches the network).
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '@mpp-kit/cli';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  getLanguageService,
  type CompletionItem,
  type Diagnostic,
  type LanguageService,
  type MarkupContent,
  type Position,
} from 'yaml-language-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const batang = join(root, 'examples/batang');
const dpmptspFile = join(batang, 'services/dpmptsp.yaml');
const mallFile = join(batang, 'mall.yaml');
const brokenFile = join(root, 'test/fixtures/editor/broken-service.yaml');
const schemaDir = join(root, 'packages/schemas/schema');

/** A headless language service plus the schema URIs it asked for. */
function createEditor(): { service: LanguageService; requested: string[] } {
  const requested: string[] = [];
  const service = getLanguageService({
    schemaRequestService: async (uri) => {
      requested.push(uri);
      if (!uri.startsWith('file://')) throw new Error(`only local schemas in tests, not ${uri}`);
      return readFile(fileURLToPath(uri), 'utf8');
    },
    // Used for relative `$ref`s inside a schema (the modeline itself is resolved by the server).
    workspaceContext: {
      resolveRelativePath: (relative, resource) => new URL(relative, resource).toString(),
    },
  });
  // What VS Code's YAML extension sends by default; no `schemas` association: the modeline decides.
  service.configure({ validate: true, hover: true, completion: true, hoverSchemaSource: false });
  return { service, requested };
}

let version = 0;
/** The document an editor holds for `file` (with `text` when it differs from the file on disk). */
function open(file: string, text = readFileSync(file, 'utf8')): TextDocument {
  return TextDocument.create(pathToFileURL(file).toString(), 'yaml', ++version, text);
}

/** Position just after `needle` (its `occurrence`-th match, from 0) in `text`. */
function after(text: string, needle: string, occurrence = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" (#${occurrence}) not in text`);
  }
  const before = text.slice(0, at + needle.length).split('\n');
  return { line: before.length - 1, character: before.at(-1)?.length ?? 0 };
}

/** Position of the first character of `needle`. */
function at(text: string, needle: string): Position {
  const end = after(text, needle);
  return { line: end.line, character: end.character - needle.length };
}

const labels = (items: readonly CompletionItem[]): string[] => items.map((item) => item.label);

async function hoverText(
  service: LanguageService,
  document: TextDocument,
  position: Position,
): Promise<string> {
  const hover = await service.doHover(document, position);
  if (hover === null) throw new Error(`no hover at ${JSON.stringify(position)}`);
  return (hover.contents as MarkupContent).value;
}

/** Diagnostics as a reader sees them: 1-based line, column, severity word and message. */
function shown(diagnostics: readonly Diagnostic[]): string[] {
  const severity = ['', 'error', 'warning', 'info', 'hint'];
  return diagnostics
    .map(
      (d) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1} ${severity[d.severity ?? 1]} ${d.message}`,
    )
    .sort((a, b) => Number.parseInt(a) - Number.parseInt(b));
}

describe('yaml-language-server 1.25 over a Batang service file (modeline, JSON Schema draft 2020-12)', () => {
  it('loads the schema the modeline names, relative to the file, and finds nothing wrong', async () => {
    const { service, requested } = createEditor();
    const text = readFileSync(dpmptspFile, 'utf8');
    // The modeline `mpp init` writes: the schema of the installed @mpp-kit/schemas (in the
    // repository, pnpm links the workspace's package into the example's node_modules).
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json',
    );
    expect(await service.doValidation(open(dpmptspFile), false)).toEqual([]);
    const installed = join(batang, 'node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json');
    expect(requested).toEqual([pathToFileURL(installed).toString()]);
    expect(realpathSync(installed)).toBe(join(schemaDir, 'mpp-kit.schema.json'));
    const schema = JSON.parse(readFileSync(join(schemaDir, 'mpp-kit.schema.json'), 'utf8')) as {
      $schema: string;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('completes the keys of a new service, with each key explained in Indonesian then English', async () => {
    const { service } = createEditor();
    // The officer adds a service at the end of the file and asks for completion on its next line.
    const text = `${readFileSync(dpmptspFile, 'utf8')}  - id: izin-baru\n    `;
    const document = open(dpmptspFile, text);
    const list = await service.doComplete(document, after(text, 'izin-baru\n    '), false);
    const offered = labels(list.items);
    expect(offered).toEqual(
      expect.arrayContaining([
        'name',
        'type',
        'owner',
        'requirements',
        'fee',
        'sla',
        'output',
        'legalBasis',
        'workflow',
        'standard',
      ]),
    );
    expect(offered).not.toContain('id'); // already written
    expect(offered).not.toContain('colour'); // only keys of the schema
    const legalBasis = list.items.find((item) => item.label === 'legalBasis');
    expect(legalBasis?.documentation).toBe(
      'Komponen 7: dasar hukum (id dari `legalBases`).\n\nComponent 7: legal basis (ids from `legalBases`).',
    );
    expect(legalBasis?.insertText).toBe('legalBasis: []');
  });

  it('completes the keys of a requirement inside a service', async () => {
    const { service } = createEditor();
    const original = readFileSync(dpmptspFile, 'utf8');
    const text = original.replace(
      '      - id: ktp\n',
      '      - id: surat-kuasa\n        \n      - id: ktp\n',
    );
    const list = await service.doComplete(
      open(dpmptspFile, text),
      after(text, 'surat-kuasa\n        '),
      false,
    );
    expect(labels(list.items)).toEqual(
      expect.arrayContaining(['document', 'description', 'when', 'optional']),
    );
  });

  it.each([
    ['type: licensing', 'type: ', ['licensing', 'non-licensing']],
    ['unit: working', 'unit: ', ['working', 'calendar']],
    ['onExpiry: escalate', 'onExpiry: ', ['none', 'escalate', 'deemed-approval', 'deemed-refusal']],
  ])('completes the values of an enumeration: %j', async (written, prefix, values) => {
    const { service } = createEditor();
    // The officer deletes the value and asks for completion right after "key: ".
    const text = readFileSync(dpmptspFile, 'utf8').replace(written, prefix);
    const list = await service.doComplete(open(dpmptspFile, text), after(text, prefix), false);
    expect(labels(list.items).sort()).toEqual([...values].sort());
  });

  it('completes the fee kinds (free, fixed, table, formula, commercial), narrowed by the keys already written', async () => {
    const { service } = createEditor();
    const original = readFileSync(dpmptspFile, 'utf8');
    const fresh = `${original}  - id: izin-baru\n    fee:\n      kind: `;
    const all = await service.doComplete(
      open(dpmptspFile, fresh),
      after(fresh, 'izin-baru\n    fee:\n      kind: '),
      false,
    );
    expect(labels(all.items).sort()).toEqual(['commercial', 'fixed', 'formula', 'free', 'table']);
    // In PBG's fee, `expression` and `variables` are written: only the formula kind fits them.
    const pbg = original.replace('    fee:\n      kind: formula', '    fee:\n      kind: ');
    const narrowed = await service.doComplete(
      open(dpmptspFile, pbg),
      after(pbg, '    fee:\n      kind: '),
      false,
    );
    expect(labels(narrowed.items)).toEqual(['formula']);
  });

  it.each([
    [
      '    type: licensing',
      'type',
      'Jenis: licensing (perizinan) atau non-licensing (non-perizinan).',
      'Type: licensing or non-licensing.',
    ],
    ['    sla:', 'sla', 'Komponen 3: jangka waktu penyelesaian.', 'Component 3: completion time.'],
    ['      onExpiry: escalate', 'onExpiry', 'Akibat bila waktu habis', 'What happens at expiry'],
  ])(
    'hover on a key (%s) shows its description in Indonesian, then English',
    async (line, key, id, en) => {
      const { service } = createEditor();
      const text = readFileSync(dpmptspFile, 'utf8');
      const position = at(text, line);
      const shownText = await hoverText(service, open(dpmptspFile, text), {
        line: position.line,
        character: line.indexOf(key) + 1,
      });
      expect(shownText).toContain(id);
      expect(shownText).toContain(en);
      expect(shownText.indexOf(id)).toBeLessThan(shownText.indexOf(en));
    },
  );

  it('hover on the region code of mall.yaml explains the Kemendagri code', async () => {
    const { service } = createEditor();
    const text = readFileSync(mallFile, 'utf8');
    const shownText = await hoverText(service, open(mallFile, text), after(text, '  regi'));
    expect(shownText).toContain(
      'Kode wilayah kabupaten/kota Kemendagri, PP.RR (misalnya "33.25" untuk Batang).\n\nKemendagri regency/city region code, PP.RR (for example "33.25" for Batang).',
    );
  });
});

describe('yaml-language-server 1.25 over a broken file', () => {
  it.each([
    ['draft 2020-12', 'mpp-kit.schema.json'],
    ['draft-07', 'mpp-kit.draft-07.schema.json'],
  ])(
    'shows a bad enum value and an unknown key on their lines (%s)',
    async (_dialect, schemaFile) => {
      const { service, requested } = createEditor();
      const text = readFileSync(brokenFile, 'utf8').replace('mpp-kit.schema.json', schemaFile);
      const diagnostics = await service.doValidation(open(brokenFile, text), false);
      // yaml-language-server shows schema violations as warnings (yellow squiggles).
      expect(shown(diagnostics)).toEqual([
        '13:11 warning Value is not accepted. Valid values: "licensing", "non-licensing".',
        '17:13 warning Value is not accepted. Valid values: "working", "calendar".',
        '19:5 warning Property legalBasi is not allowed.',
      ]);
      expect(requested).toEqual([pathToFileURL(join(schemaDir, schemaFile)).toString()]);
      // The unknown-key diagnostic carries the allowed keys, from which the editor offers the fix.
      const unknownKey = diagnostics.find((d) => d.message.includes('legalBasi'));
      expect((unknownKey?.data as { properties?: string[] } | undefined)?.properties).toContain(
        'legalBasis',
      );
    },
  );

  it('reports a missing required key of a service', async () => {
    const { service } = createEditor();
    const text = readFileSync(brokenFile, 'utf8')
      .replace('    type: licencing\n', '    type: licensing\n')
      .replace('      unit: weekdays\n', '')
      .replace('    legalBasi:', '    legalBasis:')
      .replace('    fee: { kind: free }\n', '');
    expect(shown(await service.doValidation(open(brokenFile, text), false))).toEqual([
      '10:5 warning Missing property "fee".',
    ]);
  });

  it('without the modeline the file is not checked at all (the modeline is what wires the schema)', async () => {
    const { service, requested } = createEditor();
    const text = readFileSync(brokenFile, 'utf8').split('\n').slice(1).join('\n');
    expect(await service.doValidation(open(brokenFile, text), false)).toEqual([]);
    expect(requested).toEqual([]);
  });
});

describe('a mall written by `mpp init` in the editor', () => {
  it('every file finds the schema through its modeline and shows nothing wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-editor-'));
    try {
      const code = await main(
        ['init', dir, '--region', '33.26', '--schema', join(schemaDir, 'mpp-kit.schema.json')],
        {
          stdout: () => {},
          stderr: () => {},
          env: {},
          isTTY: false,
        },
      );
      expect(code).toBe(0);
      const { service, requested } = createEditor();
      for (const file of [
        'mall.yaml',
        'agencies.yaml',
        'calendars/id-national.yaml',
        'services/dpmptsp.yaml',
      ]) {
        expect(await service.doValidation(open(join(dir, file)), false), file).toEqual([]);
      }
      expect(new Set(requested)).toEqual(
        new Set([pathToFileURL(join(schemaDir, 'mpp-kit.schema.json')).toString()]),
      );
      // And the officer's first edit gets help: the values of `type` in a scaffolded service.
      const servicesFile = join(dir, 'services/dpmptsp.yaml');
      const text = readFileSync(servicesFile, 'utf8').replace('type: licensing', 'type: ');
      const list = await service.doComplete(open(servicesFile, text), after(text, 'type: '), false);
      expect(labels(list.items).sort()).toEqual(['licensing', 'non-licensing']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every configuration file of examples/batang carries the modeline', () => {
  const yamlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? yamlFiles(join(dir, entry.name))
        : entry.name.endsWith('.yaml')
          ? [join(dir, entry.name)]
          : [],
    );
  const files = yamlFiles(batang);

  it.each(files.map((file) => [file.slice(root.length)]))('%s', (relativeFile) => {
    const file = join(root, relativeFile);
    const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, first).not.toBeNull();
    // Relative to the file and inside the example's folder, so that a copy of the folder finds
    // the schema once `npm install` has run in it.
    const reference = match?.[1] ?? '';
    const target = resolve(dirname(file), reference);
    expect(reference.endsWith('node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json')).toBe(
      true,
    );
    expect(target).toBe(join(batang, 'node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json'));
    expect(existsSync(target), target).toBe(true);
    expect(realpathSync(target).startsWith(schemaDir)).toBe(true);
  });
});
