/**
 * The JSON-LD context of a CPSV-AP export: the prefixes of the vocabularies CPSV-AP 3.2 uses,
 * inlined so no network access is needed to expand the document. `mpp:` holds the few terms
 * CPSV-AP has no property for (the unit of the processing time, the output's validity).
 *
 * @example
 * ```ts
 * cpsvApContext.cv; // 'http://data.europa.eu/m8g/'
 * ```
 */
export const cpsvApContext = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  dc: 'http://purl.org/dc/elements/1.1/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  schema: 'http://schema.org/',
  eli: 'http://data.europa.eu/eli/ontology#',
  locn: 'http://www.w3.org/ns/locn#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  mpp: 'urn:mpp-kit:vocab#',
} as const;

/**
 * The type of {@link cpsvApContext}.
 *
 * @example
 * ```ts
 * const context: CpsvApContext = cpsvApContext;
 * ```
 */
export type CpsvApContext = typeof cpsvApContext;
