import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { LocalizedText, MallConfig, SearchSynonym, Service } from '@mpp-kit/schemas';
import { lifeEventLabel } from '../labels/index.js';
import { catalogueQueryEngine, type QueryEngine, type QuerySetup } from './catalogueQueryEngine.js';
import { catalogueSearchStopwords, catalogueSearchSynonyms } from './catalogueSearchSynonyms.js';

/**
 * The fields a service is found by, best first, with their weights: its name and other names,
 * then its agency (names and short name), its life events, its product, the documents it
 * requires, the agencies taking part, and last its description.
 *
 * @example
 * ```ts
 * catalogueSearchFields[0]; // { field: 'name', boost: 6 }
 * ```
 */
export const catalogueSearchFields = [
  { field: 'name', boost: 6 },
  { field: 'aliases', boost: 5 },
  { field: 'agency', boost: 3 },
  { field: 'events', boost: 2 },
  { field: 'product', boost: 1.5 },
  { field: 'requirements', boost: 0.6 },
  { field: 'partners', boost: 0.5 },
  { field: 'description', boost: 0.3 },
] as const;

/**
 * Filters applied on top of the words: the owner or a participating agency, the type, a life
 * event.
 *
 * @example
 * ```ts
 * const filters: CatalogueSearchFilters = { agency: 'disdukcapil', type: 'non-licensing' };
 * ```
 */
export interface CatalogueSearchFilters {
  readonly agency?: string;
  readonly type?: Service['type'];
  readonly event?: string;
}

/**
 * One service found by {@link CatalogueSearch.search}, best first.
 *
 * @example
 * ```ts
 * const hit: CatalogueSearchHit = { id: 'ktp-el', score: 31.4 };
 * ```
 */
export interface CatalogueSearchHit {
  readonly id: string;
  /** Relevance (higher is better); 0 when there were no words and only filters applied. */
  readonly score: number;
}

/**
 * The search of a mall's catalogue, built once: the same index the static site ships, for server
 * pages and tests.
 *
 * @example
 * ```ts
 * const search = createCatalogueSearch(mall);
 * search.search('akte kelahiran')[0]?.id; // 'akta-kelahiran'
 * ```
 */
export interface CatalogueSearch {
  /**
   * Services matching `query` (any word, spelling variants, synonyms, prefixes and near
   * misspellings), best first, within `filters`. An empty query gives every service that passes
   * the filters, in catalogue order.
   */
  search(query: string, filters?: CatalogueSearchFilters): CatalogueSearchHit[];
  /** The index as plain data, to ship (MiniSearch `loadJS` form). */
  readonly index: AsPlainObject;
  /** The engine's setup as plain data (fields, weights, synonyms), to ship with the index. */
  readonly setup: QuerySetup;
  /** Per service: type, owner and participants, life events (what the filters look at). */
  readonly facets: readonly CatalogueSearchFacet[];
}

/**
 * What the filters of {@link CatalogueSearch} look at, per service.
 *
 * @example
 * ```ts
 * const facet: CatalogueSearchFacet = { id: 'pbg', type: 'licensing', agencies: ['dpmptsp', 'dpupr'], events: ['building'] };
 * ```
 */
export interface CatalogueSearchFacet {
  readonly id: string;
  readonly type: Service['type'];
  /** Owner first, then participants. */
  readonly agencies: readonly string[];
  readonly events: readonly string[];
}

/**
 * The parts of a mall the catalogue search is built from.
 *
 * @example
 * ```ts
 * const part: CatalogueSearchMall = { mall: { search: { synonyms: [] } }, services, agencies };
 * ```
 */
export type CatalogueSearchMall = Pick<MallConfig, 'services' | 'agencies'> & {
  readonly mall: Pick<MallConfig['mall'], 'search'>;
};

function texts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : [text.id, ...(text.en === undefined ? [] : [text.en])];
}

/**
 * Folds the synonym lists (mpp-kit's and the mall's) into the engine's setup: spellings that are
 * the same word map to the first one, both in the index and in queries; one-way entries expand a
 * query word or phrase with the words it also finds.
 */
function querySetup(
  extra: readonly SearchSynonym[],
  normalize: (text: string) => string,
): QuerySetup {
  const canonical: Record<string, string> = {};
  const expand: Record<string, string[]> = {};
  const phrases: [string, string[]][] = [];
  const words = (text: string) => normalize(text).split(' ').filter(Boolean);
  const fold = (word: string) => canonical[word] ?? word;
  const addPhrase = (phrase: string, finds: readonly string[]) => {
    const existing = phrases.find(([known]) => known === phrase);
    if (existing === undefined) phrases.push([phrase, [...finds]]);
    else existing[1].push(...finds.filter((find) => !existing[1].includes(find)));
  };
  const entries = [...catalogueSearchSynonyms, ...extra];
  // Both-way groups first, so one-way entries expand the folded spelling.
  for (const entry of entries.filter((candidate) => candidate.find === undefined)) {
    const normalized = entry.terms.map(normalize).filter(Boolean);
    const single = normalized.filter((term) => !term.includes(' '));
    const head = single[0];
    if (head === undefined) {
      for (const phrase of normalized)
        addPhrase(phrase, normalized.filter((other) => other !== phrase).flatMap(words));
      continue;
    }
    const target = fold(head);
    for (const term of single) if (term !== target) canonical[term] = target;
    for (const phrase of normalized.filter((term) => term.includes(' ')))
      addPhrase(phrase, [target]);
  }
  for (const entry of entries) {
    if (entry.find === undefined) continue;
    const finds = entry.find.flatMap(words).map(fold);
    for (const term of entry.terms.map(normalize).filter(Boolean)) {
      if (term.includes(' ')) addPhrase(term, finds);
      else {
        const key = fold(term);
        expand[key] = [
          ...new Set([...(expand[key] ?? []), ...finds.filter((find) => find !== key)]),
        ];
      }
    }
  }
  return {
    fields: catalogueSearchFields.map((entry) => entry.field),
    boost: Object.fromEntries(catalogueSearchFields.map((entry) => [entry.field, entry.boost])),
    canonical,
    expand,
    phrases,
    stopwords: [...catalogueSearchStopwords],
  };
}

/** The engine, without a setup yet: only its normalizer is used to build one. */
function normalizer(): (text: string) => string {
  return catalogueQueryEngine(MiniSearch, {
    fields: [],
    boost: {},
    canonical: {},
    expand: {},
    phrases: [],
    stopwords: [],
  }).normalize;
}

/**
 * Builds the catalogue search of a mall with MiniSearch: one document per service (its names in
 * both languages and `aliases`; its owner's name and short name; its life events; product;
 * required documents; participating agencies; description), ranked by field as
 * {@link catalogueSearchFields} says, with prefix and fuzzy matching and the synonyms of
 * {@link catalogueSearchSynonyms} plus the mall's `mall.search.synonyms`. The static site ships this
 * index and runs the same query code in the browser; server pages call `search` directly.
 *
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const search = createCatalogueSearch(result.mall);
 *   search.search('ktp')[0]?.id; // 'ktp-el'
 *   search.search('ijin praktek bidan')[0]?.id; // 'sip-bidan'
 *   search.search('', { agency: 'polres-batang' }).length; // every Polres service
 * }
 * ```
 */
export function createCatalogueSearch(mall: CatalogueSearchMall): CatalogueSearch {
  const setup = querySetup(mall.mall.search?.synonyms ?? [], normalizer());
  const engine: QueryEngine = catalogueQueryEngine(MiniSearch, setup);
  const agencies = new Map(mall.agencies.map((agency) => [agency.id, agency]));
  const agencyWords = (id: string): string[] => {
    const agency = agencies.get(id);
    return agency === undefined
      ? [id]
      : [id, ...(agency.shortName === undefined ? [] : [agency.shortName]), ...texts(agency.name)];
  };
  const documents = mall.services.map((service) => ({
    id: service.id,
    name: texts(service.name).join(' '),
    aliases: [...(service.aliases ?? [])].join(' '),
    agency: agencyWords(service.owner).join(' '),
    events: (service.lifeEvents ?? []).flatMap((event) => texts(lifeEventLabel(event))).join(' '),
    product: texts(service.output.product).join(' '),
    requirements: service.requirements
      .flatMap((requirement) => texts(requirement.document))
      .join(' '),
    partners: (service.participants ?? []).flatMap(agencyWords).join(' '),
    description: texts(service.description).join(' '),
  }));
  const index = engine.create(documents);
  const facets: CatalogueSearchFacet[] = mall.services.map((service) => ({
    id: service.id,
    type: service.type,
    agencies: [service.owner, ...(service.participants ?? [])],
    events: [...(service.lifeEvents ?? [])],
  }));
  const byId = new Map(facets.map((facet) => [facet.id, facet]));
  const passes = (id: string, filters: CatalogueSearchFilters) => {
    const facet = byId.get(id);
    if (facet === undefined) return false;
    return (
      (filters.agency === undefined ||
        filters.agency === '' ||
        facet.agencies.includes(filters.agency)) &&
      (filters.type === undefined || facet.type === filters.type) &&
      (filters.event === undefined || filters.event === '' || facet.events.includes(filters.event))
    );
  };
  return {
    search(query, filters = {}) {
      if (engine.normalize(query) === '')
        return facets
          .filter((facet) => passes(facet.id, filters))
          .map((facet) => ({ id: facet.id, score: 0 }));
      return engine.query(index, query).filter((hit) => passes(hit.id, filters));
    },
    index: index.toJSON(),
    setup,
    facets,
  };
}
