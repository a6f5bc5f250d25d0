// @ts-check
// The architecture's import rules, enforced by `pnpm lint` (ESLint's no-restricted-imports) and
// described in ARCHITECTURE.md:
//   1. packages depend one way, schemas → workflows → core → server → cli: a package imports
//      only packages before it, by package name (never another package's files by path);
//   2. a file whose name starts with `_` is private to its folder: only files in that folder (or
//      below it) import it. A package's own tests may reach its private files.

/** The packages, lowest layer first: each may import only those before it. */
export const packageLayers = ['schemas', 'workflows', 'core', 'server', 'cli'];

/**
 * A relative import that goes down into a folder and names a `_` file there (`./http/_page.js`,
 * `../search/_engine.js`): a private file of a folder the importing file is not in.
 */
const intoPrivateFile = {
  regex: String.raw`^(?:\.{1,2}/)+(?:[^./][^/]*/)+_[^/]*$`,
  message:
    'A file whose name starts with "_" is private to its folder: import it only from that folder (or below it), or move what you need out of it (see ARCHITECTURE.md).',
};

/** Another package's files by relative path instead of by its name. */
const intoAnotherPackage = {
  regex: String.raw`^(?:\.\./)+(?:packages/)?(?:${packageLayers.join('|')})/(?:src|dist|test)(?:/|$)`,
  message:
    'Import another package by its name (@mpp-kit/…) and its exports, never by a path into its files (see ARCHITECTURE.md).',
};

/** @param {string} name @param {boolean} privateFiles */
function restrictions(name, privateFiles) {
  const above = packageLayers.slice(packageLayers.indexOf(name) + 1);
  const patterns = [
    intoAnotherPackage,
    ...(privateFiles ? [intoPrivateFile] : []),
    ...above.map((upper) => ({
      group: [`@mpp-kit/${upper}`, `@mpp-kit/${upper}/*`],
      message: `@mpp-kit/${name} may import only ${
        packageLayers
          .slice(0, packageLayers.indexOf(name))
          .map((p) => `@mpp-kit/${p}`)
          .join(', ') || 'no other @mpp-kit package'
      }: packages depend one way, ${packageLayers.join(' → ')} (see ARCHITECTURE.md).`,
    })),
  ];
  return ['error', { patterns }];
}

/**
 * Flat-config entries: per package, the packages it must not import; private files everywhere in
 * packages/ but the packages' tests.
 *
 * @returns {import('eslint').Linter.Config[]}
 */
export function layerRules() {
  return packageLayers.flatMap((name) => [
    {
      files: [`packages/${name}/**/*.{ts,tsx,mts,cts,js,mjs}`],
      rules: { 'no-restricted-imports': restrictions(name, true) },
    },
    {
      files: [`packages/${name}/test/**`],
      rules: { 'no-restricted-imports': restrictions(name, false) },
    },
  ]);
}
