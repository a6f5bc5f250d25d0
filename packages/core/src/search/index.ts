export { createCatalogueSearch, catalogueSearchFields } from './createCatalogueSearch.js';
export type {
  CatalogueSearch,
  CatalogueSearchFilters,
  CatalogueSearchHit,
  CatalogueSearchFacet,
  CatalogueSearchMall,
} from './createCatalogueSearch.js';
export type { QuerySetup, QueryHit } from './catalogueQueryEngine.js';
export { catalogueSearchSynonyms, catalogueSearchStopwords } from './catalogueSearchSynonyms.js';
