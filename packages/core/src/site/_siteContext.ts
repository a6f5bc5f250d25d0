import type {
  Agency,
  Counter,
  LegalBasis,
  LocalizedText,
  MallConfig,
  Service,
} from '@mpp-kit/schemas';
import { markup, joinHtml, type SafeHtml } from './_html.js';
import { siteMessages, type SiteWriter } from './_siteText.js';
import {
  formatCompletionTime,
  formatRupiah,
  formatRupiahRange,
  serviceLabels,
  vocabularyLabels as vocabulary,
} from '../labels/index.js';
import type { LifecycleGraph } from './LifecycleGraph.js';

/** Everything a page renderer needs, looked up once. */
export interface SiteContext {
  readonly mall: MallConfig;
  readonly write: SiteWriter;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly counters: ReadonlyMap<string, Counter>;
  readonly legalBases: ReadonlyMap<string, LegalBasis>;
  /** Services sorted by their name in the primary language. */
  readonly services: readonly Service[];
  readonly graphFor: (service: Service) => LifecycleGraph | undefined;
  /** The folder of this language below the site root: `''` for the main language, `'en/'`. */
  readonly folder: string;
  /** The other published language and its folder, for the language switch. */
  readonly other?: { readonly locale: 'id' | 'en'; readonly folder: string };
}

/** Relative path of a service page from the site root. */
export const servicePath = (id: string): string => `services/${id}.html`;
/** Relative path of an agency page from the site root. */
export const agencyPath = (id: string): string => `agencies/${id}.html`;

/** The short name of an agency (or its name, or its id when unknown). */
export function agencyShort(context: SiteContext, id: string): string {
  const agency = context.agencies.get(id);
  if (agency === undefined) return id;
  return agency.shortName ?? context.write.plain(agency.name);
}

/** A link to an agency page, with the short name shown and the full name as its title. */
export function agencyLink(context: SiteContext, id: string, root: string): SafeHtml {
  const agency = context.agencies.get(id);
  if (agency === undefined) return markup`${id}`;
  return markup`<a href="${root}${agencyPath(id)}">${agency.shortName ?? context.write.plain(agency.name)}</a>`;
}

/** A full agency name with the short name: "Dinas … (Dishub)". */
export function agencyFullName(context: SiteContext, id: string): SafeHtml {
  const agency = context.agencies.get(id);
  if (agency === undefined) return markup`${id}`;
  return markup`${context.write.text(agency.name)}`;
}

/**
 * One line summary of a fee: "Gratis", "Rp50.000", "Rp350.000–Rp650.000", "formula", or the
 * provider's commercial tariff.
 */
export function feeSummary(context: SiteContext, service: Service): LocalizedText {
  const { fee } = service;
  const locale = context.write.locale;
  switch (fee.kind) {
    case 'free':
      return { id: 'Gratis', en: 'Free' };
    case 'fixed':
      return formatRupiah(fee.amount, locale);
    case 'table':
      return formatRupiahRange(
        fee.rows.map((row) => row.amount),
        locale,
      );
    case 'formula':
      return siteMessages.formula;
    case 'commercial':
      return serviceLabels.commercialShort;
  }
}

/** "5 hari kerja" / "Selesai pada hari yang sama". */
export function slaSummary(service: Service): LocalizedText {
  return {
    id: formatCompletionTime(service.sla, 'id'),
    en: formatCompletionTime(service.sla, 'en'),
  };
}

/** A card of the service list, used by the index (with search) and the agency pages. */
export function serviceCard(context: SiteContext, service: Service, root: string): SafeHtml {
  const { write } = context;
  const type = vocabulary.serviceType[service.type];
  return markup`<li data-service="${service.id}"><a class="name" href="${root}${servicePath(service.id)}">${write.text(service.name)}</a><p class="meta"><span class="badge ${service.type}">${write.plain(type)}</span><span>${agencyShort(context, service.owner)}</span><span>${write.plain(slaSummary(service))}</span><span>${write.plain(feeSummary(context, service))}</span></p></li>`;
}

/** The list of service cards. */
export function serviceList(
  context: SiteContext,
  services: readonly Service[],
  root: string,
  id?: string,
): SafeHtml {
  if (services.length === 0) return markup`<p>${context.write.uiPlain('none')}</p>`;
  return markup`<ul class="services"${id === undefined ? '' : markup` id="${id}"`}>${joinHtml(
    services.map((service) => serviceCard(context, service, root)),
    '\n',
  )}</ul>`;
}
