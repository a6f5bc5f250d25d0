import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { sharedBuild } from '../../scripts/tsup.shared.ts';

/** The module `mpp validate` loads its `loadMall` from, and the file it is bundled into. */
const validationLoadSource = './_validationLoad.js';
const validationLoadOutput = 'validation-load';

/** zod's own LICENSE text, which the bundle carries since it carries zod's code. */
function zodLicense(): string {
  const fromSchemas = createRequire(join(process.cwd(), '..', 'schemas', 'package.json'));
  let dir = dirname(fromSchemas.resolve('zod'));
  while (!readFileSync(join(dir, 'package.json'), 'utf8').includes('"name": "zod"')) {
    dir = dirname(dir);
  }
  return readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
}

/** In the CLI's own build, the validation module stays a separate file, loaded when validate runs. */
const keepValidationLoadApart: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'mpp-validation-load',
  setup(build) {
    build.onResolve({ filter: /[\\/]_validationLoad\.js$/ }, (args) =>
      args.path === validationLoadSource || args.path === `.${validationLoadSource}`
        ? { path: `./${validationLoadOutput}.js`, external: true }
        : undefined,
    );
  },
};

export default defineConfig([
  {
    ...sharedBuild,
    entry: ['src/index.ts', 'src/bin.ts'],
    // The bundle below is written by the second build, at the same time.
    clean: [`!${validationLoadOutput}.js`],
    esbuildPlugins: [keepValidationLoadApart],
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
