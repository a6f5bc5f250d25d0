import type { Agency } from '@mpp-kit/schemas';
import { markup, httpHref, joinHtml, type SafeHtml } from './_html.js';
import { counterTitle, hoursList, periodList } from './_indexPage.js';
import { pageLayout } from './_pageLayout.js';
import { agencyPath, serviceList, type SiteContext } from './_siteContext.js';
import { vocabularyLabels as vocabulary } from '../labels/index.js';

const root = '../';

/** The page of one agency: who it is, its counters, and the services it owns or takes part in. */
export function renderAgencyPage(context: SiteContext, agency: Agency): string {
  const { write, mall } = context;
  const facts: SafeHtml[] = [
    markup`<dt>${write.ui('kind')}</dt><dd>${write.text(vocabulary.agencyKind[agency.kind])}</dd>`,
  ];
  if (agency.basedIn !== undefined)
    facts.push(markup`<dt>${write.ui('basedIn')}</dt><dd>${agency.basedIn}</dd>`);
  if (agency.website !== undefined) {
    const href = httpHref(agency.website);
    facts.push(
      markup`<dt>${write.ui('website')}</dt><dd>${href === undefined ? agency.website : markup`<a href="${href}" rel="external noopener">${href}</a>`}</dd>`,
    );
  }
  const counters = mall.counters.filter((counter) => counter.agencies.includes(agency.id));
  const counterSections = counters.map((counter) => {
    const features = (counter.features ?? []).map((feature) =>
      write.plain(vocabulary.counterFeature[feature]),
    );
    return markup`<section class="counter" aria-labelledby="counter-${counter.id}"><h3 id="counter-${counter.id}">${counterTitle(context, counter)}</h3><dl class="facts"><dt>${write.ui('openingHours')}</dt><dd>${hoursList(context, counter)}</dd><dt>${write.ui('activePeriods')}</dt><dd>${periodList(context, counter)}</dd>${
      features.length === 0
        ? ''
        : markup`<dt>${write.ui('features')}</dt><dd>${features.join(', ')}</dd>`
    }</dl></section>`;
  });
  const owned = context.services.filter((service) => service.owner === agency.id);
  const joined = context.services.filter((service) =>
    (service.participants ?? []).includes(agency.id),
  );
  const body = markup`<h1>${write.text(agency.name)}${agency.shortName === undefined ? '' : markup` <span class="badge">${agency.shortName}</span>`}</h1>
${agency.description === undefined ? '' : markup`<div class="lead">${write.text(agency.description)}</div>`}
<dl class="facts">${facts}</dl>
<section aria-labelledby="counters"><h2 id="counters">${write.ui('counters')}</h2>${counterSections.length === 0 ? markup`<p>${write.uiPlain('none')}</p>` : joinHtml(counterSections, '\n')}</section>
<section aria-labelledby="owned"><h2 id="owned">${write.ui('ownedServices')}</h2>${serviceList(context, owned, root)}</section>
${joined.length === 0 ? '' : markup`<section aria-labelledby="joined"><h2 id="joined">${write.ui('participatedServices')}</h2>${serviceList(context, joined, root)}</section>`}`;
  return pageLayout(context, {
    title: agency.shortName ?? write.plain(agency.name),
    root,
    path: agencyPath(agency.id),
    crumbs: [
      { label: write.uiPlain('home'), href: `${root}index.html` },
      { label: write.uiPlain('agenciesOnly'), href: `${root}index.html#agencies` },
      { label: agency.shortName ?? write.plain(agency.name) },
    ],
    body,
  });
}
