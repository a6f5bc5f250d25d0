import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * The browser build of MiniSearch (the UMD file of the installed package, which defines
 * `window.MiniSearch`), with its MIT licence notice, for the site's `assets/minisearch.js`. Read
 * once from the package `createCatalogueSearch` uses, so the index and the browser code are of the
 * same version.
 */
export function miniSearchBrowserSource(): string {
  if (cached !== undefined) return cached;
  // In the CommonJS build `import.meta` is empty; `__filename` is there instead.
  const from: string = typeof import.meta.url === 'string' ? import.meta.url : __filename;
  const require = createRequire(from);
  const main = require.resolve('minisearch');
  const root = dirname(dirname(dirname(main)));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  const source = readFileSync(join(root, 'dist', 'umd', 'index.js'), 'utf8');
  const licence = readFileSync(join(root, 'LICENSE.txt'), 'utf8').trim().replace(/\*\//g, '* /');
  cached = `/*! MiniSearch ${pkg.version ?? ''} (https://github.com/lucaong/minisearch)\n\n${licence}\n*/\n${source}`;
  return cached;
}
