import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The yaml package, loaded on first use: only the located reader needs it, and a file the fast
 * path reads never gets there, so `mpp validate` of a mall without issues does not load it. Loaded
 * with `require` (yaml ships CommonJS for Node) because reading is synchronous.
 */
export function yamlModule(): typeof Yaml {
  if (loaded === undefined) {
    // In the CommonJS build `import.meta` is empty; `__filename` is there instead.
    const from: string = typeof import.meta.url === 'string' ? import.meta.url : __filename;
    loaded = createRequire(from)('yaml') as typeof Yaml;
  }
  return loaded;
}
