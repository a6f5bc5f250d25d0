export { writeCatalogueSite } from './writeCatalogueSite.js';
export type { WriteCatalogueSiteOptions, CatalogueSiteResult } from './writeCatalogueSite.js';
export { renderCatalogueSite } from './renderCatalogueSite.js';
export type { CatalogueSiteOptions, CatalogueSiteFile } from './renderCatalogueSite.js';
export { fallbackLifecycleGraph } from './fallbackLifecycleGraph.js';
export type { LifecycleGraph, LifecycleState, LifecycleTransition } from './LifecycleGraph.js';
export {
  CatalogueSiteError,
  catalogueSiteErrorCodes,
  catalogueSiteManifestName,
} from './CatalogueSiteError.js';
export type { CatalogueSiteErrorCode } from './CatalogueSiteError.js';
export { compiledLifecycleGraph } from './compiledLifecycleGraph.js';
