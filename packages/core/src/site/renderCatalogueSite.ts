import { locales, type MallConfig, type Service } from '@mpp-kit/schemas';
import { intlLocale } from '../labels/intlLocale.js';
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
import { createMallCalendar } from '../calendar/createMallCalendar.js';
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
   * The site's main language, written at the site's root. Default: the mall's first publishing
   * language (`mall.locales`). When the mall publishes in both, every page is also written in
   * the other language under `<locale>/` (`en/services/pbg.html`), one language per page, each
   * page linking to its counterpart.
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
): { locale: SiteLocale; other: SiteLocale | undefined } {
  const published: readonly SiteLocale[] =
    mall.mall.locales.length > 0 ? mall.mall.locales : ['id'];
  const locale = requested ?? published[0] ?? 'id';
  const other = locales.find((candidate) => candidate !== locale);
  return { locale, other: other !== undefined && published.includes(other) ? other : undefined };
}

/** One file of the site, rendered only when asked: a 10,000-service site is written page by page. */
export interface PlannedSiteFile {
  readonly path: string;
  readonly render: () => string;
}

/**
 * Every file of the site in order, each rendered on demand: {@link renderCatalogueSite} renders
 * them all, `writeCatalogueSite` renders and writes one at a time, so the site never has to fit
 * in memory. The same calls in the same order as rendering the whole site, so the same bytes.
 */
export function planCatalogueSite(
  mall: MallConfig,
  options: CatalogueSiteOptions = {},
): PlannedSiteFile[] {
  const { locale, other } = siteLocales(mall, options.locale);
  let calendar: WorkingDayCalendar | undefined;
  const graphs = new Map<string, LifecycleGraph | undefined>();
  const graphFor = (service: Service): LifecycleGraph | undefined => {
    if (!graphs.has(service.id))
      graphs.set(
        service.id,
        options.diagram?.(service) ??
          compiledLifecycleGraph(mall, service, (calendar ??= createMallCalendar(mall))) ??
          fallbackLifecycleGraph(service, mall),
      );
    return graphs.get(service.id);
  };
  const languages = [
    { locale, folder: '' },
    ...(other === undefined ? [] : [{ locale: other, folder: `${other}/` }]),
  ];
  const pages = languages.flatMap(({ locale: pageLocale, folder }): PlannedSiteFile[] => {
    const counterpart = languages.find((language) => language.locale !== pageLocale);
    const write = createSiteWriter(pageLocale);
    const collator = new Intl.Collator(intlLocale[pageLocale], {
      sensitivity: 'base',
      numeric: true,
    });
    const services = [...mall.services].sort((a, b) =>
      collator.compare(write.plain(a.name), write.plain(b.name)),
    );
    const context: SiteContext = {
      mall,
      write,
      agencies: new Map(mall.agencies.map((agency) => [agency.id, agency])),
      counters: new Map(mall.counters.map((counter) => [counter.id, counter])),
      legalBases: new Map(mall.legalBases.map((basis) => [basis.id, basis])),
      services,
      graphFor,
      folder,
      ...(counterpart === undefined ? {} : { other: counterpart }),
    };
    return [
      { path: `${folder}index.html`, render: () => renderIndexPage(context) },
      ...services.map((service) => ({
        path: `${folder}${servicePath(service.id)}`,
        render: () => renderServicePage(context, service),
      })),
      ...mall.agencies.map((agency) => ({
        path: `${folder}${agencyPath(agency.id)}`,
        render: () => renderAgencyPage(context, agency),
      })),
    ];
  });
  return [
    ...pages,
    { path: 'assets/site.css', render: () => siteStyle },
    { path: 'assets/minisearch.js', render: () => miniSearchBrowserSource() },
    {
      path: 'assets/catalogue.js',
      render: () => catalogueScript(createCatalogueSearch(mall)),
    },
  ];
}

/**
 * Renders the static catalogue site of a mall, without reading the mall from disk: `index.html`
 * (the mall, its opening hours, the searchable and filterable list of services, agencies and
 * counters), `services/<id>.html` per service (the key facts first — what to bring, cost, time,
 * where and when, phone, complaints —, how to apply in plain words, then requirements by
 * application kind, fee, completion time, output, legal basis, complaint channels, what to trust
 * — a banner on unverified data, the last update, the decree —, and for officers the lifecycle
 * diagram), `agencies/<id>.html` per agency, the same again in the mall's other publishing
 * language under `<locale>/`, and `assets/` (style sheet, MiniSearch's browser build, the search
 * index and script). No file refers to anything outside the site: it opens from `file://`.
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
  return planCatalogueSite(mall, options).map((file) => ({
    path: file.path,
    content: file.render(),
  }));
}
