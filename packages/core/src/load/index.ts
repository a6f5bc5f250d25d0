/**
 * `@mpp-kit/core/load`: {@link loadMall} alone — loading and validating a mall without the
 * runtime, the stores, the site, the reports or the search index, which `@mpp-kit/core` also
 * loads. What `mpp validate` imports, so it starts sooner.
 *
 * @example
 * ```ts
 * import { loadMall } from '@mpp-kit/core/load';
 *
 * const result = await loadMall('examples/batang');
 * if (result.ok) console.log(result.mall.services.length);
 * ```
 * @module
 */
export { loadMall } from './loadMall.js';
export type { LoadMallOptions } from './loadMall.js';
