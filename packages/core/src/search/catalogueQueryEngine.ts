import type MiniSearch from 'minisearch';
import type { AsPlainObject, Options, SearchOptions } from 'minisearch';

/**
 * What the catalogue's query engine is set up with: plain data, shipped with the index so the
 * browser ranks exactly as Node does.
 *
 * @example
 * ```ts
 * const setup: QuerySetup = createCatalogueSearch(mall).setup;
 * setup.canonical['akte']; // 'akta'
 * setup.expand['imb']; // ['pbg']
 * ```
 */
export interface QuerySetup {
  /** Indexed fields, best first. */
  readonly fields: readonly string[];
  /** Score weight of each field. */
  readonly boost: Readonly<Record<string, number>>;
  /** Spelling → the spelling both the index and the queries use (akte → akta). */
  readonly canonical: Readonly<Record<string, string>>;
  /** A query word → the words it also finds (imb → pbg). */
  readonly expand: Readonly<Record<string, readonly string[]>>;
  /** A query phrase (normalized words) → the words it also finds ("izin usaha" → nib). */
  readonly phrases: readonly (readonly [string, readonly string[]])[];
  /** Words dropped from a query that has others. */
  readonly stopwords: readonly string[];
}

/**
 * One service the query engine found, best first.
 *
 * @example
 * ```ts
 * const hit: QueryHit = { id: 'ktp-el', score: 60.3 };
 * ```
 */
export interface QueryHit {
  readonly id: string;
  readonly score: number;
}

/** The engine {@link catalogueQueryEngine} returns. */
export interface QueryEngine {
  readonly options: Options;
  readonly normalize: (text: string) => string;
  readonly create: (documents: readonly Record<string, string>[]) => MiniSearch;
  readonly load: (index: AsPlainObject) => MiniSearch;
  readonly query: (index: MiniSearch, text: string) => QueryHit[];
}

/**
 * The catalogue's query engine: how text is normalized and split, how spellings are folded and
 * synonyms expanded, and how MiniSearch is asked (fields weighted, prefix and fuzzy matching).
 *
 * It runs unchanged in Node (core's `createCatalogueSearch`, the web desks) and in the browser: the
 * site's script embeds this very function's source (`Function.prototype.toString`). So it must
 * refer to nothing outside itself but its two arguments — no imports, no module constants.
 */
export function catalogueQueryEngine(
  MiniSearchClass: typeof MiniSearch,
  setup: QuerySetup,
): QueryEngine {
  /** Lower case, no accents, words of letters and digits; "e-KTP" and "E-PMI" become one word. */
  function normalize(text: string): string {
    return text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/(^| )e (?=[a-z])/g, '$1e');
  }
  function tokenize(text: string): string[] {
    return normalize(text)
      .split(' ')
      .filter((word) => word !== '');
  }
  function fold(term: string): string {
    return Object.prototype.hasOwnProperty.call(setup.canonical, term)
      ? (setup.canonical[term] ?? term)
      : term;
  }
  const options: Options = {
    idField: 'id',
    fields: [...setup.fields],
    storeFields: [],
    tokenize,
    processTerm: (term: string) => fold(term),
  };
  const searchOptions: SearchOptions = {
    boost: { ...setup.boost },
    combineWith: 'OR',
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    weights: { fuzzy: 0.3, prefix: 0.6 },
    processTerm: (term: string) => {
      const folded = fold(term);
      const more = Object.prototype.hasOwnProperty.call(setup.expand, folded)
        ? (setup.expand[folded] ?? [])
        : [];
      return more.length === 0 ? folded : [folded, ...more];
    },
  };
  function query(index: MiniSearch, text: string): QueryHit[] {
    const all = tokenize(text);
    const content = all.filter((word) => !setup.stopwords.includes(word));
    const words = content.length > 0 ? content : all;
    if (words.length === 0) return [];
    const line = ` ${words.join(' ')} `;
    const extra: string[] = [];
    for (const [phrase, finds] of setup.phrases)
      if (line.includes(` ${phrase} `)) extra.push(...finds);
    return index
      .search([...words, ...extra].join(' '), searchOptions)
      .map((result) => ({ id: String(result.id), score: result.score }));
  }
  return {
    options,
    normalize,
    create(documents) {
      const index = new MiniSearchClass(options);
      index.addAll([...documents]);
      return index;
    },
    load: (plain) => MiniSearchClass.loadJS(plain, options),
    query,
  };
}
