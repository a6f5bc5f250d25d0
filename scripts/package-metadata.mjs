// What a package needs to be ready for a registry, checked on the files `pnpm pack` publishes
// (scripts/check-packages.mjs runs it on every package under packages/, so a new package is held
// to the same rules). Each rule says what a user of the registry page or of the installed package
// would otherwise trip over.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative, sep } from 'node:path';

/** Every file below `dir`, as `/`-separated paths relative to it. */
function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory()
      ? listFiles(full, base)
      : [relative(base, full).split(sep).join('/')];
  });
}

const isCaret = (range) => /^\^\d+\.\d+\.\d+$/.test(range);
const jsonEqual = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The targets of `exports` a subpath resolves to (strings only, `*` patterns as Node applies them). */
function resolvesThroughExports(exportsField, subpath) {
  const targets = (value) =>
    typeof value === 'string'
      ? [value]
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(targets)
        : [];
  for (const [key, value] of Object.entries(exportsField ?? {})) {
    const star = key.indexOf('*');
    if (star === -1) {
      if (key === subpath && targets(value).length > 0) return true;
      continue;
    }
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (
      subpath.startsWith(prefix) &&
      subpath.endsWith(suffix) &&
      subpath.length >= key.length - 1
    ) {
      const match = subpath.slice(prefix.length, subpath.length - suffix.length);
      if (targets(value).some((target) => target.replace('*', match) === subpath)) return true;
    }
  }
  return false;
}

/** Bare module specifiers imported or re-exported by a declaration file. */
function declarationImports(text) {
  // TSDoc examples import too: only code counts.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set();
  const pattern = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1];
    if (specifier === undefined || specifier.startsWith('.') || specifier.startsWith('/')) continue;
    found.add(specifier);
  }
  return [...found];
}

const packageOf = (specifier) =>
  specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] ?? '');

/** Markdown link targets `[text](target)` outside code blocks and code spans. */
function markdownLinks(text) {
  const prose = text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? '');
}

/**
 * The metadata findings of one package.
 *
 * @param {object} input
 * @param {string} input.root - the repository root.
 * @param {string} input.folder - the package's folder under packages/.
 * @param {string} input.packedDir - where the packed tarball was extracted (its `package/` folder).
 * @returns {{ tool: 'metadata', severity: 'error', code: string, message: string }[]}
 */
export function metadataFindings({ root, folder, packedDir }) {
  const findings = [];
  const fail = (code, message) =>
    findings.push({ tool: 'metadata', severity: 'error', code, message });
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(packedDir, 'package.json'), 'utf8'));
  const files = listFiles(packedDir);
  const has = (file) => files.includes(file);

  // License: the repository's, named in the manifest and shipped as a file.
  const rootLicense = rootManifest.license;
  if (
    typeof manifest.license !== 'string' ||
    !(manifest.license === rootLicense || manifest.license.startsWith(`${rootLicense} AND `))
  ) {
    fail(
      'license',
      `"license" is ${JSON.stringify(manifest.license)}: use the repository's "${rootLicense}" ` +
        `(or "${rootLicense} AND <SPDX id>" when the package also ships material under another license)`,
    );
  }
  const rootLicenseText = readFileSync(join(root, 'LICENSE'), 'utf8');
  if (!has('LICENSE')) fail('license_file', 'the package publishes no LICENSE file');
  else if (!readFileSync(join(packedDir, 'LICENSE'), 'utf8').startsWith(rootLicenseText)) {
    fail('license_file', "LICENSE does not start with the repository's LICENSE text");
  }

  // Where the package comes from: one set of links for the whole repository, set in the root
  // package.json; each package repeats them (npm has no inheritance), `repository.directory` aside.
  for (const field of ['homepage', 'bugs']) {
    if (!jsonEqual(manifest[field], rootManifest[field])) {
      fail(
        'links',
        `"${field}" is ${JSON.stringify(manifest[field])}, not the root package.json's ${JSON.stringify(rootManifest[field])}`,
      );
    }
  }
  const expectedRepository =
    rootManifest.repository === undefined
      ? undefined
      : { ...rootManifest.repository, directory: `packages/${folder}` };
  if (!jsonEqual(manifest.repository, expectedRepository)) {
    fail(
      'links',
      `"repository" is ${JSON.stringify(manifest.repository)}, expected ${JSON.stringify(expectedRepository)} (the root package.json's, with this package's directory)`,
    );
  }

  // What a registry search and page show.
  if (typeof manifest.description !== 'string' || manifest.description.trim() === '')
    fail('description', 'no "description"');
  if (!Array.isArray(manifest.keywords) || !manifest.keywords.includes('mpp-kit'))
    fail('keywords', '"keywords" must list "mpp-kit" (and what the package is about)');
  if (!jsonEqual(manifest.engines, rootManifest.engines))
    fail(
      'engines',
      `"engines" must be the root package.json's ${JSON.stringify(rootManifest.engines)}`,
    );
  if (manifest.name.startsWith('@') && manifest.publishConfig?.access !== 'public') {
    fail(
      'access',
      'a scoped package is published as restricted unless "publishConfig": { "access": "public" }',
    );
  }
  const changesets = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
  if (!(changesets.fixed ?? []).some((group) => group.includes(manifest.name))) {
    fail(
      'versioning',
      `${manifest.name} is not in the "fixed" group of .changeset/config.json: the packages are released together`,
    );
  }

  // Ranges an application can dedupe with its own copies (the published manifest: workspace
  // ranges already rewritten).
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (!isCaret(range)) {
        fail(
          'range',
          `${field}.${name} is "${range}": use a caret range ("^x.y.z") so that an application can share one copy`,
        );
      }
    }
  }

  // Type declarations that need a module the user may not have.
  const declared = new Set(Object.keys(manifest.dependencies ?? {}));
  for (const [name, range] of Object.entries(manifest.peerDependencies ?? {})) {
    if (range && manifest.peerDependenciesMeta?.[name]?.optional !== true) declared.add(name);
  }
  const builtins = new Set(builtinModules);
  for (const file of files.filter((f) => /\.d\.c?ts$/.test(f))) {
    const text = readFileSync(join(packedDir, file), 'utf8');
    for (const specifier of declarationImports(text)) {
      const name = packageOf(specifier);
      if (specifier.startsWith('node:') || builtins.has(name) || declared.has(name)) continue;
      if (name === manifest.name) continue;
      fail(
        'declarations',
        `${file} imports "${specifier}", which is not a dependency: a TypeScript user without it ` +
          'fails to compile (without skipLibCheck). Describe the types in the package instead.',
      );
    }
  }

  // Source maps: the sources are published once, beside dist/, and every map points at them.
  for (const file of files.filter((f) => f.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(packedDir, file), 'utf8'));
    if (map.sourcesContent !== undefined)
      fail('source_maps', `${file} embeds its sources (sourcesContent) although src/ is published`);
    for (const source of map.sources ?? []) {
      const target = normalize(join(dirname(file), source))
        .split(sep)
        .join('/');
      if (!has(target)) fail('source_maps', `${file} names "${source}", which is not published`);
    }
  }

  // Data files a user imports by path must be reachable through "exports".
  for (const file of files.filter((f) => f.endsWith('.json') && f !== 'package.json')) {
    if (!resolvesThroughExports(manifest.exports, `./${file}`)) {
      fail('exports', `${file} is published but "exports" has no subpath for "./${file}"`);
    }
  }

  // README links must work on a registry page and in node_modules: absolute URLs, anchors, or
  // files inside the package.
  if (!has('README.md')) fail('readme', 'the package publishes no README.md');
  else {
    for (const target of markdownLinks(readFileSync(join(packedDir, 'README.md'), 'utf8'))) {
      if (/^https:\/\//.test(target) || target.startsWith('#')) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        fail('readme', `README.md links to "${target}": use an https:// URL`);
        continue;
      }
      const path = normalize(decodeURI(target.split('#')[0] ?? ''))
        .split(sep)
        .join('/');
      const exists =
        has(path) ||
        (existsSync(join(packedDir, path)) && statSync(join(packedDir, path)).isDirectory());
      if (path.startsWith('..') || !exists) {
        fail(
          'readme',
          `README.md links to "${target}", which is not a file of the package: on a registry page ` +
            'and in node_modules only absolute URLs and files inside the package resolve',
        );
      }
    }
  }
  return findings;
}
