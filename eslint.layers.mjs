// @ts-check
// The architecture's import rules, enforced by `pnpm lint` (ESLint's no-restricted-imports, and
// layers/dynamic-imports below for import() expressions) and
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

/**
 * The patterns a file of package `name` must not import, each a regular expression over the
 * import's source and the message that explains it.
 *
 * @param {string} name @param {boolean} privateFiles
 * @returns {{ regex: string, message: string }[]}
 */
function restrictedPatterns(name, privateFiles) {
  const above = packageLayers.slice(packageLayers.indexOf(name) + 1);
  return [
    intoAnotherPackage,
    ...(privateFiles ? [intoPrivateFile] : []),
    ...above.map((upper) => ({
      regex: String.raw`^@mpp-kit/${upper}(?:/.*)?$`,
      message: `@mpp-kit/${name} may import only ${
        packageLayers
          .slice(0, packageLayers.indexOf(name))
          .map((p) => `@mpp-kit/${p}`)
          .join(', ') || 'no other @mpp-kit package'
      }: packages depend one way, ${packageLayers.join(' → ')} (see ARCHITECTURE.md).`,
    })),
  ];
}

/**
 * `no-restricted-imports` sees `import`/`export … from` only: this rule applies the same
 * patterns to `import('…')` expressions whose source is written out (a string or a template
 * without placeholders), so a lazy import cannot go upwards either.
 *
 * @type {import('eslint').Rule.RuleModule}
 */
const dynamicImports = {
  meta: {
    type: 'problem',
    docs: { description: 'The layering patterns of no-restricted-imports, for import() too.' },
    schema: [
      {
        type: 'object',
        properties: {
          patterns: {
            type: 'array',
            items: {
              type: 'object',
              properties: { regex: { type: 'string' }, message: { type: 'string' } },
              required: ['regex', 'message'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    /** @type {{ patterns?: { regex: string, message: string }[] }} */
    const options = context.options[0] ?? {};
    const patterns = (options.patterns ?? []).map((pattern) => ({
      regex: new RegExp(pattern.regex, 'u'),
      message: pattern.message,
    }));
    return {
      ImportExpression(node) {
        const source = node.source;
        const text =
          source.type === 'Literal' && typeof source.value === 'string'
            ? source.value
            : source.type === 'TemplateLiteral' && source.expressions.length === 0
              ? source.quasis[0]?.value.cooked
              : undefined;
        if (typeof text !== 'string') return;
        const found = patterns.find((pattern) => pattern.regex.test(text));
        if (found !== undefined) context.report({ node: source, message: found.message });
      },
    };
  },
};

/** The plugin that holds {@link dynamicImports}, as `layers/dynamic-imports`. */
export const layersPlugin = { rules: { 'dynamic-imports': dynamicImports } };

/** @param {string} name @param {boolean} privateFiles */
function restrictions(name, privateFiles) {
  const patterns = restrictedPatterns(name, privateFiles);
  return {
    'no-restricted-imports': ['error', { patterns }],
    'layers/dynamic-imports': ['error', { patterns }],
  };
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
      plugins: { layers: layersPlugin },
      rules: restrictions(name, true),
    },
    {
      files: [`packages/${name}/test/**`],
      plugins: { layers: layersPlugin },
      rules: restrictions(name, false),
    },
  ]);
}
