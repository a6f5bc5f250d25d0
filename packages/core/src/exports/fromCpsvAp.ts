import { MppError, type LocaleText } from '@mpp-kit/schemas';

/**
 * A text read back from language-tagged literals: Indonesian, and English when present.
 *
 * @example
 * ```ts
 * const name: ImportedText = { id: 'Persetujuan Bangunan Gedung', en: 'Building Approval' };
 * ```
 */
export interface ImportedText {
  readonly id: string;
  readonly en?: string;
}

/**
 * One service read back from a CPSV-AP document: the subset mpp-kit can recover.
 *
 * @example
 * ```ts
 * const service: CpsvApImportedService = fromCpsvAp(doc).services[0]!;
 * service.sla; // { days: 28, unit: 'working' }
 * ```
 */
export interface CpsvApImportedService {
  readonly id: string;
  readonly name: ImportedText;
  readonly description?: ImportedText;
  /** Id of the competent authority (`dct:identifier` of the organisation), else its IRI. */
  readonly owner?: string;
  readonly requirements: readonly { readonly id: string; readonly document: ImportedText }[];
  /** Every cost; `amount` is absent for a cost without a value (a formula). */
  readonly costs: readonly {
    readonly id?: string;
    readonly amount?: number;
    readonly currency?: string;
    readonly description?: ImportedText;
  }[];
  readonly output?: ImportedText;
  readonly sla?: { readonly days: number; readonly unit: 'working' | 'calendar' };
  readonly legalBases: readonly {
    readonly id: string;
    readonly title?: ImportedText;
    readonly url?: string;
  }[];
}

/**
 * What {@link fromCpsvAp} reads back.
 *
 * @example
 * ```ts
 * const { services, organisations } = fromCpsvAp(doc);
 * ```
 */
export interface CpsvApImport {
  readonly services: readonly CpsvApImportedService[];
  readonly organisations: readonly { readonly id: string; readonly name?: ImportedText }[];
}

/**
 * The document given to {@link fromCpsvAp} is not a JSON-LD object with a `@graph`.
 *
 * @example
 * ```ts
 * try { fromCpsvAp('nope'); } catch (e) { if (e instanceof CpsvApFormatError) e.code; }
 * ```
 */
export class CpsvApFormatError extends MppError {
  override readonly name = 'CpsvApFormatError';
  declare readonly code: 'invalid_cpsv_ap';
  constructor(text: LocaleText) {
    super('invalid_cpsv_ap', text);
  }
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const many = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

function literal(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isNode(value) && (typeof value['@value'] === 'string' || typeof value['@value'] === 'number'))
    return String(value['@value']);
  return undefined;
}

function text(value: unknown): ImportedText | undefined {
  let id: string | undefined;
  let en: string | undefined;
  for (const item of many(value)) {
    const v = literal(item);
    if (v === undefined) continue;
    const language = isNode(item) ? item['@language'] : undefined;
    if (language === 'en') en ??= v;
    else if (language === undefined || language === 'id') id ??= v;
  }
  id ??= en;
  if (id === undefined) return undefined;
  return en === undefined ? { id } : { id, en };
}

/** Reads `P<n>D` (also `P<n>W`, `PT<n>H` rounded up to days). */
function durationDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(value);
  if (match === null) return undefined;
  return Number(match[1] ?? 0) * 7 + Number(match[2] ?? 0) + Math.ceil(Number(match[3] ?? 0) / 24);
}

const lastSegment = (iri: string) =>
  iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':'), iri.lastIndexOf('#')) + 1);

/**
 * Reads back the subset of a CPSV-AP 3.2 JSON-LD document that mpp-kit understands: services
 * with names, owner, requirements, costs, output, processing time and legal bases. It reads the
 * compacted shape {@link toCpsvAp} writes (prefixed property names, nodes in `@graph`, embedded or
 * referenced by `@id`); it is not a general JSON-LD processor, so documents with another context
 * should be compacted against `cpsvApContext` first.
 *
 * @throws {@link CpsvApFormatError} when the input is not an object with a `@graph` array.
 * @example
 * ```ts
 * const back = fromCpsvAp(JSON.parse(JSON.stringify(toCpsvAp(mall))));
 * back.services.map((s) => s.id); // the mall's service ids
 * ```
 */
export function fromCpsvAp(jsonld: unknown): CpsvApImport {
  if (!isNode(jsonld) || !Array.isArray(jsonld['@graph']))
    throw new CpsvApFormatError({
      en: 'A CPSV-AP document must be a JSON-LD object with a "@graph" array.',
      id: 'Dokumen CPSV-AP harus berupa objek JSON-LD dengan larik "@graph".',
    });
  const nodes = jsonld['@graph'].filter(isNode);
  const byIri = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byIri.set(node['@id'], node);
  const resolve = (ref: unknown): Node | undefined => {
    if (!isNode(ref)) return typeof ref === 'string' ? byIri.get(ref) : undefined;
    const iri = ref['@id'];
    const full = typeof iri === 'string' ? byIri.get(iri) : undefined;
    return full === undefined ? ref : { ...full, ...ref };
  };
  const hasType = (node: Node, type: string) => many(node['@type']).includes(type);
  const identifier = (node: Node): string | undefined =>
    literal(node['dct:identifier']) ??
    (typeof node['@id'] === 'string' ? lastSegment(node['@id']) : undefined);

  const organisations = nodes
    .filter((node) => hasType(node, 'cv:PublicOrganisation'))
    .flatMap((node) => {
      const id = identifier(node);
      if (id === undefined) return [];
      const name = text(node['skos:prefLabel'] ?? node['dct:title']);
      return [name === undefined ? { id } : { id, name }];
    });

  const services = nodes
    .filter((node) => hasType(node, 'cpsv:PublicService'))
    .flatMap((node): CpsvApImportedService[] => {
      const id = identifier(node);
      const name = text(node['dct:title']);
      if (id === undefined || name === undefined) return [];
      const ownerNode = resolve(many(node['cv:hasCompetentAuthority'])[0]);
      const owner = ownerNode === undefined ? undefined : identifier(ownerNode);
      const requirements = many(node['cv:holdsRequirement'] ?? node['cpsv:hasInput'])
        .map(resolve)
        .flatMap((req) => {
          if (req === undefined) return [];
          const evidence = resolve(many(req['cv:hasSupportingEvidence'])[0]);
          const document = text(req['dct:title']) ?? (evidence && text(evidence['dct:title']));
          const reqId = identifier(req);
          return reqId === undefined || document === undefined ? [] : [{ id: reqId, document }];
        });
      const costs = many(node['cv:hasCost'])
        .map(resolve)
        .flatMap((cost) => {
          if (cost === undefined) return [];
          const value = literal(cost['cv:value']);
          const currency = literal(cost['cv:currency']);
          const description = text(cost['dct:description']);
          const costId = literal(cost['dct:identifier']);
          return [
            {
              ...(costId === undefined ? {} : { id: costId }),
              ...(value === undefined || Number.isNaN(Number(value))
                ? {}
                : { amount: Number(value) }),
              ...(currency === undefined ? {} : { currency }),
              ...(description === undefined ? {} : { description }),
            },
          ];
        });
      const outputNode = resolve(many(node['cv:produces'])[0]);
      const output = outputNode === undefined ? undefined : text(outputNode['dct:title']);
      const days = durationDays(literal(node['cv:processingTime']));
      const unit = literal(node['mpp:processingTimeUnit']) === 'calendar' ? 'calendar' : 'working';
      const legalBases = many(node['cpsv:hasLegalResource'])
        .map(resolve)
        .flatMap((legal) => {
          if (legal === undefined) return [];
          const legalId = identifier(legal);
          if (legalId === undefined) return [];
          const title = text(legal['dct:title'] ?? legal['eli:title']);
          const page = many(legal['foaf:page'])[0];
          const url =
            literal(legal['schema:url']) ??
            (isNode(page) && typeof page['@id'] === 'string' ? page['@id'] : undefined);
          return [
            {
              id: legalId,
              ...(title === undefined ? {} : { title }),
              ...(url === undefined ? {} : { url }),
            },
          ];
        });
      const description = text(node['dct:description']);
      return [
        {
          id,
          name,
          ...(description === undefined ? {} : { description }),
          ...(owner === undefined ? {} : { owner }),
          requirements,
          costs,
          ...(output === undefined ? {} : { output }),
          ...(days === undefined ? {} : { sla: { days, unit } }),
          legalBases,
        },
      ];
    });
  return { services, organisations };
}
