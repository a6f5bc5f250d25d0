import {
  textFor,
  type Agency,
  type LegalBasis,
  type Locale,
  type LocalizedText,
  type MallConfig,
  type Service,
} from '@mpp-kit/schemas';
import { cpsvApContext, type CpsvApContext } from './cpsvApContext.js';

/**
 * The parts of a mall an export is drawn from.
 *
 * @example
 * ```ts
 * const part: ExportMall = { mall, agencies, services, legalBases, workflows };
 * ```
 */
export type ExportMall = Pick<
  MallConfig,
  'mall' | 'agencies' | 'services' | 'legalBases' | 'workflows'
>;

/**
 * Options of {@link toCpsvAp}.
 *
 * @example
 * ```ts
 * const options: ToCpsvApOptions = { locale: 'id', baseIri: 'https://mpp.batangkab.go.id/id/' };
 * ```
 */
export interface ToCpsvApOptions {
  /** Only write texts in this language; by default both Indonesian and (where given) English. */
  readonly locale?: Locale;
  /** Prefix of every node's IRI; default `urn:mpp-kit:<mall id>:`. */
  readonly baseIri?: string;
}

/**
 * A language-tagged string of JSON-LD.
 *
 * @example
 * ```ts
 * const title: LangString = { '@value': 'Persetujuan Bangunan Gedung', '@language': 'id' };
 * ```
 */
export interface LangString {
  readonly '@value': string;
  readonly '@language': Locale;
}

/**
 * A node of the exported graph: a JSON-LD object with `@id` and `@type`.
 *
 * @example
 * ```ts
 * const node: CpsvApNode = { '@id': 'urn:mpp-kit:mpp-batang:agency/dpmptsp', '@type': 'cv:PublicOrganisation' };
 * ```
 */
export interface CpsvApNode {
  readonly '@id': string;
  readonly '@type': string;
  readonly [property: string]: unknown;
}

/**
 * A CPSV-AP 3.2 JSON-LD document: the context inlined (no network needed to expand it) and the
 * graph of public organisations, public services and legal resources.
 *
 * @example
 * ```ts
 * const doc: CpsvApDocument = toCpsvAp(mall);
 * doc['@graph'].filter((node) => node['@type'] === 'cpsv:PublicService').length;
 * ```
 */
export interface CpsvApDocument {
  readonly '@context': CpsvApContext;
  readonly '@graph': readonly CpsvApNode[];
}

/** `urn:` and `http(s):` bases are used as given; a colon or slash is added when missing. */
function normalizeBase(base: string): string {
  return /[:/#]$/.test(base) ? base : `${base}/`;
}

function lang(text: LocalizedText | undefined, locale: Locale | undefined): LangString[] {
  if (text === undefined) return [];
  if (locale !== undefined) return [{ '@value': textFor(text, locale), '@language': locale }];
  // Without a locale: the Indonesian text, and the English one only where it is written out.
  const out: LangString[] = [{ '@value': textFor(text, 'id'), '@language': 'id' }];
  if (typeof text !== 'string' && text.en !== undefined)
    out.push({ '@value': text.en, '@language': 'en' });
  return out;
}

/**
 * The IRIs of the nodes an export writes, from the base and the configuration's ids.
 *
 * @example
 * ```ts
 * cpsvApIris('urn:mpp-kit:mpp-batang:').service('pbg'); // 'urn:mpp-kit:mpp-batang:service/pbg'
 * ```
 */
export function cpsvApIris(base: string) {
  const b = normalizeBase(base);
  return {
    agency: (id: string) => `${b}agency/${id}`,
    service: (id: string) => `${b}service/${id}`,
    requirement: (service: string, id: string) => `${b}service/${service}/requirement/${id}`,
    evidence: (service: string, id: string) => `${b}service/${service}/evidence/${id}`,
    cost: (service: string, row?: string) =>
      row === undefined ? `${b}service/${service}/cost` : `${b}service/${service}/cost/${row}`,
    output: (service: string) => `${b}service/${service}/output`,
    channel: (service: string, channel: string) => `${b}service/${service}/channel/${channel}`,
    legal: (id: string) => `${b}legal/${id}`,
  };
}

const channelNames: Readonly<Record<Service['channels'][number], { id: string; en: string }>> = {
  counter: { id: 'Gerai/loket di Mal Pelayanan Publik', en: 'Counter at the public service mall' },
  online: { id: 'Daring', en: 'Online' },
  'drive-thru': { id: 'Layanan drive-thru', en: 'Drive-thru' },
  'mobile-unit': { id: 'Layanan keliling', en: 'Mobile unit' },
  post: { id: 'Pos', en: 'Post' },
  oss: { id: 'OSS (Online Single Submission)', en: 'OSS (Online Single Submission)' },
};

function organisation(agency: Agency, iri: string, locale: Locale | undefined): CpsvApNode {
  return {
    '@id': iri,
    '@type': 'cv:PublicOrganisation',
    'dct:identifier': agency.id,
    'skos:prefLabel': lang(agency.name, locale),
    ...(agency.shortName === undefined ? {} : { 'skos:altLabel': agency.shortName }),
    ...(agency.description === undefined
      ? {}
      : { 'dct:description': lang(agency.description, locale) }),
    ...(agency.website === undefined ? {} : { 'foaf:homepage': { '@id': agency.website } }),
    ...(agency.basedIn === undefined
      ? {}
      : { 'locn:address': { '@type': 'locn:Address', 'locn:adminUnitL2': agency.basedIn } }),
  };
}

function legalResource(basis: LegalBasis, iri: string, locale: Locale | undefined): CpsvApNode {
  return {
    '@id': iri,
    '@type': 'eli:LegalResource',
    'dct:identifier': basis.id,
    'dct:title': lang(basis.title, locale),
    'dct:type': basis.kind,
    ...(basis.number === undefined ? {} : { 'eli:id_local': basis.number }),
    ...(basis.year === undefined
      ? {}
      : { 'eli:date_document': { '@value': String(basis.year), '@type': 'xsd:gYear' } }),
    ...(basis.url === undefined
      ? {}
      : { 'foaf:page': { '@id': basis.url }, 'schema:url': basis.url }),
  };
}

function costs(
  service: Service,
  iris: ReturnType<typeof cpsvApIris>,
  owner: string,
  locale: Locale | undefined,
): object[] {
  const fee = service.fee;
  const base = { '@type': 'cv:Cost', 'cv:currency': 'IDR', 'cv:isDefinedBy': { '@id': owner } };
  const decimal = (amount: number) => ({ '@value': String(amount), '@type': 'xsd:decimal' });
  const note = lang(fee.note, locale);
  switch (fee.kind) {
    case 'free':
      return [
        {
          '@id': iris.cost(service.id),
          ...base,
          'cv:value': decimal(0),
          'dct:description': lang({ id: 'Gratis', en: 'Free of charge' }, locale).concat(note),
        },
      ];
    case 'fixed':
      return [
        {
          '@id': iris.cost(service.id),
          ...base,
          'cv:value': decimal(fee.amount),
          ...(note.length > 0 ? { 'dct:description': note } : {}),
        },
      ];
    case 'table':
      return fee.rows.map((row) => ({
        '@id': iris.cost(service.id, row.id),
        ...base,
        'dct:identifier': row.id,
        'cv:value': decimal(row.amount),
        'dct:description': lang(row.label, locale),
      }));
    case 'formula':
      return [
        {
          '@id': iris.cost(service.id),
          ...base,
          'dct:description': lang(
            {
              id: `Dihitung dengan rumus: ${fee.expression}`,
              en: `Computed by the formula: ${fee.expression}`,
            },
            locale,
          ).concat(note),
        },
      ];
    case 'commercial':
      return [
        {
          '@id': iris.cost(service.id),
          ...base,
          ...(fee.tariffUrl === undefined ? {} : { 'foaf:page': { '@id': fee.tariffUrl } }),
          'dct:description': lang(
            {
              id: 'Sesuai tarif komersial penyedia',
              en: "The provider's commercial tariff",
            },
            locale,
          ).concat(note),
        },
      ];
  }
}

function publicService(
  mall: ExportMall,
  service: Service,
  iris: ReturnType<typeof cpsvApIris>,
  locale: Locale | undefined,
): CpsvApNode {
  const owner = iris.agency(service.owner);
  const unit = service.sla.unit;
  return {
    '@id': iris.service(service.id),
    '@type': 'cpsv:PublicService',
    'dct:identifier': service.id,
    'dct:title': lang(service.name, locale),
    ...(service.description === undefined
      ? {}
      : { 'dct:description': lang(service.description, locale) }),
    'dct:type': service.type,
    'cv:hasCompetentAuthority': { '@id': owner },
    ...(service.participants === undefined || service.participants.length === 0
      ? {}
      : {
          // CPSV-AP 3: an Agent `cv:playsRole` a Participation the service `cv:hasParticipation`.
          'cv:hasParticipation': service.participants.map((id) => ({
            '@id': `${iris.service(service.id)}/participation/${id}`,
            '@type': 'cv:Participation',
            'dct:description': lang({ id: 'Instansi terkait', en: 'Participating agency' }, locale),
            '@reverse': { 'cv:playsRole': { '@id': iris.agency(id) } },
          })),
        }),
    'cv:holdsRequirement': service.requirements.map((requirement) => ({
      '@id': iris.requirement(service.id, requirement.id),
      '@type': 'cv:Requirement',
      'dct:identifier': requirement.id,
      'dct:title': lang(requirement.document, locale),
      ...(requirement.description === undefined
        ? {}
        : { 'dct:description': lang(requirement.description, locale) }),
      'cv:hasSupportingEvidence': {
        '@id': iris.evidence(service.id, requirement.id),
        '@type': 'cv:Evidence',
        'dct:identifier': requirement.id,
        'dct:title': lang(requirement.document, locale),
      },
    })),
    'cv:hasCost': costs(service, iris, owner, locale),
    'cv:produces': {
      '@id': iris.output(service.id),
      '@type': 'cv:Output',
      'dct:title': lang(service.output.product, locale),
      ...(service.output.validity === null
        ? {}
        : {
            'mpp:validity': {
              '@value': `P${service.output.validity.amount}${{ days: 'D', months: 'M', years: 'Y' }[service.output.validity.unit]}`,
              '@type': 'xsd:duration',
            },
          }),
    },
    'cv:hasChannel': service.channels.map((channel) => ({
      '@id': iris.channel(service.id, channel),
      '@type': 'cv:Channel',
      'dct:type': channel,
      'dct:title': lang(channelNames[channel], locale),
      'cv:ownedBy': { '@id': owner },
    })),
    'cpsv:hasLegalResource': service.legalBasis
      .filter((id) => mall.legalBases.some((basis) => basis.id === id))
      .map((id) => ({ '@id': iris.legal(id) })),
    'cv:processingTime': { '@value': `P${service.sla.days}D`, '@type': 'xsd:duration' },
    'mpp:processingTimeUnit': unit,
    'skos:note': lang(
      unit === 'working'
        ? {
            id: `Waktu penyelesaian ${service.sla.days} hari kerja (Senin–Jumat, di luar hari libur nasional dan cuti bersama).`,
            en: `Completion time ${service.sla.days} working days (Monday–Friday, excluding national holidays and collective leave days).`,
          }
        : {
            id: `Waktu penyelesaian ${service.sla.days} hari kalender.`,
            en: `Completion time ${service.sla.days} calendar days.`,
          },
      locale,
    ),
  };
}

/**
 * Exports a mall as a CPSV-AP 3.2 JSON-LD document (the EU Core Public Service Vocabulary
 * Application Profile): agencies as `cv:PublicOrganisation`, services as `cpsv:PublicService`
 * with their competent authority, requirements (`cv:Requirement` with `cv:Evidence`), costs
 * (`cv:Cost`, currency IDR), output (`cv:Output`), channels (`cv:Channel`), legal bases
 * (`eli:LegalResource`) and processing time (`cv:processingTime`, an ISO 8601 duration; the
 * unit, working or calendar days, is in `mpp:processingTimeUnit` and a `skos:note`). Texts are
 * language-tagged (`id`, `en`). IRIs are `<baseIri><kind>/<id>`, stable across exports.
 * The `@context` is inlined so the document expands without network access.
 *
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const doc = toCpsvAp(result.mall, { baseIri: 'https://mpp.batangkab.go.id/' });
 *   JSON.stringify(doc, null, 2);
 * }
 * ```
 */
export function toCpsvAp(mall: ExportMall, options: ToCpsvApOptions = {}): CpsvApDocument {
  const iris = cpsvApIris(options.baseIri ?? `urn:mpp-kit:${mall.mall.id}:`);
  const locale = options.locale;
  const used = new Set(
    mall.services.flatMap((service) => [service.owner, ...(service.participants ?? [])]),
  );
  const graph: CpsvApNode[] = [
    ...mall.agencies
      .filter((agency) => used.has(agency.id) || agency.id === mall.mall.coordinator)
      .map((agency) => organisation(agency, iris.agency(agency.id), locale)),
    ...mall.services.map((service) => publicService(mall, service, iris, locale)),
    ...mall.legalBases.map((basis) => legalResource(basis, iris.legal(basis.id), locale)),
  ];
  return { '@context': cpsvApContext, '@graph': graph };
}
