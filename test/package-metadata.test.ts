// The registry rules of scripts/package-metadata.mjs on made-up packages: each rule finds what it
// is for (test/packages.test.ts runs them on the real packages, which pass).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without declarations
import { metadataFindings } from '../scripts/package-metadata.mjs';

interface Finding {
  readonly code: string;
  readonly message: string;
}
const findings = metadataFindings as (input: {
  root: string;
  folder: string;
  packedDir: string;
}) => Finding[];

const work = mkdtempSync(join(tmpdir(), 'mpp-metadata-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const licenseText = 'MIT License\n\nCopyright (c) 2026 the mpp-kit contributors\n';

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** A repository root and one packed package in it; `change` alters the good package. */
function check(
  name: string,
  change: (manifest: Record<string, unknown>, files: Record<string, string>) => void,
): Finding[] {
  const root = join(work, name);
  write(root, {
    'package.json': JSON.stringify({ license: 'MIT', engines: { node: '>=20.19' } }),
    LICENSE: licenseText,
    '.changeset/config.json': JSON.stringify({ fixed: [['@mpp-kit/demo']] }),
  });
  const manifest: Record<string, unknown> = {
    name: '@mpp-kit/demo',
    version: '0.1.0',
    description: 'A demonstration package.',
    keywords: ['mpp-kit'],
    license: 'MIT',
    engines: { node: '>=20.19' },
    publishConfig: { access: 'public' },
    exports: { '.': './dist/index.js', './schema/*.json': './schema/*.json' },
    dependencies: { zod: '^4.6.7' },
    peerDependencies: { pg: '^8.11.0' },
    peerDependenciesMeta: { pg: { optional: true } },
  };
  const files: Record<string, string> = {
    LICENSE: licenseText,
    'README.md': '# @mpp-kit/demo\n\nSee [the codes](docs/codes.md) and [zod](https://zod.dev).\n',
    'docs/codes.md': '# Codes\n',
    'dist/index.js': 'export {};\n',
    'dist/index.js.map': JSON.stringify({ version: 3, sources: ['../src/index.ts'], mappings: '' }),
    'dist/index.d.ts': "import type { z } from 'zod';\n/** import { x } from 'pg' */\nexport {};\n",
    'src/index.ts': 'export {};\n',
    'schema/demo.schema.json': '{}',
  };
  change(manifest, files);
  const packedDir = join(root, 'packed');
  write(packedDir, { ...files, 'package.json': JSON.stringify(manifest) });
  return findings({ root, folder: 'demo', packedDir });
}

describe('scripts/package-metadata.mjs', () => {
  it('finds nothing wrong with a package that follows every rule', () => {
    expect(check('good', () => undefined)).toEqual([]);
  });

  it.each<[string, string, (m: Record<string, unknown>, f: Record<string, string>) => void]>([
    ['license', 'another license', (m) => (m['license'] = 'ISC')],
    ['license_file', 'no LICENSE file', (_, f) => delete f['LICENSE']],
    ['links', 'a homepage the root does not have', (m) => (m['homepage'] = 'https://example.org')],
    ['keywords', 'no keywords', (m) => delete m['keywords']],
    ['access', 'a scoped package without public access', (m) => delete m['publishConfig']],
    ['versioning', 'a package outside the fixed group', (m) => (m['name'] = '@mpp-kit/other')],
    ['range', 'an exact dependency', (m) => (m['dependencies'] = { zod: '4.6.7' })],
    [
      'declarations',
      'declarations importing an optional peer',
      (_, f) => (f['dist/index.d.ts'] = "import type { Pool } from 'pg';\nexport {};\n"),
    ],
    [
      'source_maps',
      'a map with its sources inside',
      (_, f) =>
        (f['dist/index.js.map'] = JSON.stringify({
          version: 3,
          sources: ['../src/index.ts'],
          sourcesContent: ['export {};\n'],
          mappings: '',
        })),
    ],
    ['source_maps', 'a map naming an unpublished file', (_, f) => delete f['src/index.ts']],
    [
      'exports',
      'a JSON file without a subpath',
      (m) => (m['exports'] = { '.': './dist/index.js' }),
    ],
    [
      'readme',
      'a README linking out of the package',
      (_, f) => (f['README.md'] = '# demo\n\n[guide](../../docs/guide.md)\n'),
    ],
  ])('finds %s: %s', (code, _case, change) => {
    expect(check(`bad-${code}-${_case.replace(/\W+/g, '-')}`, change).map((f) => f.code)).toContain(
      code,
    );
  });
});
