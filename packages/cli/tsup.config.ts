import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { sharedBuild } from '../../scripts/tsup.shared.ts';

/** The module `mpp validate` loads its `loadMall` from, bundled into `validation-load.js`. */
const validationLoadOutput = 'validation-load';
/** The bin script's `mpp validate` (src/_validateFirst.ts), bundled into `validate-first.js`. */
const validateFirstOutput = 'validate-first';

/** zod's own LICENSE text, which the bundle carries since it carries zod's code. */
function zodLicense(): string {
  const fromSchemas = createRequire(join(process.cwd(), '..', 'schemas', 'package.json'));
  let dir = dirname(fromSchemas.resolve('zod'));
  while (!readFileSync(join(dir, 'package.json'), 'utf8').includes('"name": "zod"')) {
    dir = dirname(dir);
  }
  return readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
}

/**
 * Modules of src/ that are files of their own in dist/ (by module name, the output's name): an
 * import of one stays an import of that file instead of being bundled.
 */
function keepApart(
  outputs: Readonly<Record<string, string>>,
): NonNullable<Options['esbuildPlugins']>[number] {
  const sourceDir = join(process.cwd(), 'src');
  return {
    name: 'mpp-keep-apart',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        const output = outputs[basename(target, '.js')];
        return output !== undefined && dirname(target) === sourceDir
          ? { path: `./${output}.js`, external: true }
          : undefined;
      });
    },
  };
}

export default defineConfig([
  {
    ...sharedBuild,
    entry: ['src/index.ts', 'src/bin.ts'],
    // The bundles below are written by the other builds, at the same time.
    clean: [`!${validationLoadOutput}.js`, `!${validateFirstOutput}.js`],
    esbuildPlugins: [keepApart({ _validationLoad: validationLoadOutput })],
  },
  {
    // `mpp validate` as bin/mpp.mjs runs it: the command line and validate in one file, without
    // the other commands, with the two small modules a cache hit needs from the other packages
    // (the file list of core/files, the issue catalogue of schemas/issues): a hit loads this one
    // file of mpp-kit. Anything else it hands to bin.js; validation itself is validation-load.js.
    ...sharedBuild,
    entry: { [validateFirstOutput]: 'src/_validateFirst.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    // Its sources include core's and schemas' dist, which the CLI does not publish.
    sourcemap: false,
    esbuildPlugins: [keepApart({ _validationLoad: validationLoadOutput, bin: 'bin' })],
    noExternal: [/^@mpp-kit\/(?:core\/files|schemas\/issues)$/],
  },
  {
    ...sharedBuild,
    entry: { [validationLoadOutput]: 'src/_validationLoad.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    // Its sources are other packages' files (core's dist, zod), which the CLI does not publish.
    sourcemap: false,
    esbuildOptions(options, context) {
      sharedBuild.esbuildOptions(options, context);
      // tsup's split chunks of core are imported bare for order; with "sideEffects": false
      // esbuild drops those bare imports (the bindings used from the same chunks stay).
      options.logOverride = { ...options.logOverride, 'ignored-bare-import': 'silent' };
    },
    noExternal: [/^@mpp-kit\//, 'zod'],
    banner: {
      js: `/*! @mpp-kit/cli: the loadMall of mpp validate, bundled with @mpp-kit/core, workflows and schemas (MIT, see LICENSE) and zod:\n${zodLicense()}\n*/`,
    },
  },
]);
