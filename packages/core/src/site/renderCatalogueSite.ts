import type { MallConfig, Service } from '@mpp-kit/schemas';
import { renderAgencyPage } from './_agencyPage.js';
import { catalogueScript } from './_catalogueScript.js';
import { miniSearchBrowserSource } from './_miniSearchSource.js';
import { createCatalogueSearch } from '../search/index.js';
import { renderIndexPage } from './_indexPage.js';
import { renderServicePage } from './_servicePage.js';
import { agencyPath, servicePath, type SiteContext } from './_siteContext.js';
import { siteStyle } from './_siteStyle.js';
import { createSiteWriter, type SiteLocale } from './_siteText.js';
import { fallbackLifecycleGraph } from './fallbackLifecycleGraph.js';
import { compiledLifecycleGraph } from './compiledLifecycleGraph.js';
import { createMallCalendar } from '../createMallCalendar.js';
import type { WorkingDayCalendar } from '@mpp-kit/workflows';
import type { LifecycleGraph } from './LifecycleGraph.js';

/**
 * Options of {@link renderCatalogueSite} and {@link writeCatalogueSite}.
 *
 * @example
 * ```ts
 * const options: CatalogueSiteOptions = {
 *   locale: 'id',
 *   diagram: (service) => graphs.get(service.id), // undefined → the template's plain steps
 * };
 * ```
 */
export interface CatalogueSiteOptions {
  /**
   * The site's main language. Default: the mall's first publishing language (`mall.locales`).
   * When the mall publishes in both, the other language is shown under the main one wherever
   * the configuration has it.
   */
  readonly locale?: SiteLocale;
  /**
   * The lifecycle graph of a service (for example built from its compiled workflow). When absent,
   * or when it returns `undefined`, the page draws the service's compiled workflow (the graph of
   * `mpp graph`), and only if that cannot be compiled, {@link fallbackLifecycleGraph}.
   */
  readonly diagram?: (service: Service) => LifecycleGraph | undefined;
}

/**
 * One file of the catalogue site.
 *
 * @example
 * ```ts
 * const file: CatalogueSiteFile = { path: 'services/pbg.html', content: '<!DOCTYPE html>…' };
 * ```
 */
export interface CatalogueSiteFile {
  /** Relative to the site folder, with `/` separators. */
  readonly path: string;
  readonly content: string;
}

function siteLocales(
  mall: MallConfig,
  requested: SiteLocale | undefined,
): { locale: SiteLocale; alt: SiteLocale | undefined } {
  const published: readonly SiteLocale[] =
    mall.mall.locales.length > 0 ? mall.mall.locales : ['id'];
  const locale = requested ?? published[0] ?? 'id';
  const other: SiteLocale = locale === 'id' ? 'en' : 'id';
  return { locale, alt: published.includes(other) ? other : undefined };
}

/**
 * Renders the static catalogue site of a mall, without touching the disk: `index.html` (the mall,
 * its opening hours, the searchable and filterable list of services, agencies and counters),
 * `services/<id>.html` per service (requirements by application kind, fee, completion time, output,
 * legal basis, complaint channels, channels, agencies and the lifecycle diagram),
 * `agencies/<id>.html` per agency, `assets/site.css` and `assets/catalogue.js` (the search index
 * and a small script). No file refers to anything outside the site: it opens from `file://`.
 *
 * @example
 * ```ts
 * import { loadMall, renderCatalogueSite } from '@mpp-kit/core';
 *
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const files = renderCatalogueSite(result.mall, { locale: 'id' });
 *   files.map((file) => file.path); // ['index.html', 'services/akta-kelahiran.html', …]
 * }
 * ```
 */
export function renderCatalogueSite(
  mall: MallConfig,
  options: CatalogueSiteOptions = {},
): CatalogueSiteFile[] {
  const { locale, alt } = siteLocales(mall, options.locale);
  const write = createSiteWriter(locale, alt);
  const collator = new Intl.Collator(locale === 'id' ? 'id-ID' : 'en-GB', {
    sensitivity: 'base',
    numeric: true,
  });
  const services = [...mall.services].sort((a, b) =>
    collator.compare(write.plain(a.name), write.plain(b.name)),
  );
  let calendar: WorkingDayCalendar | undefined;
  const context: SiteContext = {
    mall,
    write,
    agencies: new Map(mall.agencies.map((agency) => [agency.id, agency])),
    counters: new Map(mall.counters.map((counter) => [counter.id, counter])),
    legalBases: new Map(mall.legalBases.map((basis) => [basis.id, basis])),
    services,
    graphFor: (service) =>
      options.diagram?.(service) ??
      compiledLifecycleGraph(mall, service, (calendar ??= createMallCalendar(mall))) ??
      fallbackLifecycleGraph(service, mall),
  };
  return [
    { path: 'index.html', content: renderIndexPage(context) },
    ...services.map((service) => ({
      path: servicePath(service.id),
      content: renderServicePage(context, service),
    })),
    ...mall.agencies.map((agency) => ({
      path: agencyPath(agency.id),
      content: renderAgencyPage(context, agency),
    })),
    { path: 'assets/site.css', content: siteStyle },
    { path: 'assets/minisearch.js', content: miniSearchBrowserSource() },
    {
      path: 'assets/catalogue.js',
      content: catalogueScript(
        createCatalogueSearch(mall),
        services.map((service) => service.id),
      ),
    },
  ];
}
