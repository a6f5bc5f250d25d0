import type { Counter } from '@mpp-kit/schemas';
import { markup, httpHref, joinHtml, type SafeHtml } from './_html.js';
import { pageLayout } from './_pageLayout.js';
import { agencyPath, serviceList, type SiteContext } from './_siteContext.js';
import { formatPeriod } from './_siteFormat.js';
import { siteMessages } from './_siteText.js';
import {
  formatDate,
  formatOpeningHours,
  lifeEventLabel as lifeEventName,
  vocabularyLabels as vocabulary,
} from '../labels/index.js';

/** Opening hours as a list, or "same as the mall". */
export function hoursList(context: SiteContext, counter: Counter | undefined): SafeHtml {
  const { write, mall } = context;
  if (counter !== undefined && counter.openingHours === undefined)
    return markup`${write.uiPlain('sameAsMall')}`;
  const hours = counter?.openingHours ?? mall.mall.openingHours;
  if (hours.length === 0) return markup`—`;
  return joinHtml(
    formatOpeningHours(hours, write.locale).map((line) => markup`${line}`),
    '<br>',
  );
}

/** Active periods of a counter, one per line. */
export function periodList(context: SiteContext, counter: Counter): SafeHtml {
  const periods = counter.active ?? [];
  if (periods.length === 0) return markup`—`;
  return joinHtml(
    periods.map(
      (period) =>
        markup`${formatPeriod(period, context.write.locale)}${period.note === undefined ? '' : markup` <span class="note">(${period.note})</span>`}`,
    ),
    '<br>',
  );
}

/** "Gerai 01 · Gerai DPMPTSP" */
export function counterTitle(context: SiteContext, counter: Counter): SafeHtml {
  const { write } = context;
  const number =
    counter.number === undefined ? '' : `${write.uiPlain('counter')} ${counter.number}`;
  if (counter.name === undefined) return markup`${number || counter.id}`;
  return markup`${number === '' ? '' : markup`${number} · `}${write.text(counter.name)}`;
}

/** The home page: the mall, the searchable list of services, agencies and their counters. */
export function renderIndexPage(context: SiteContext): string {
  const { write, mall } = context;
  const m = mall.mall;
  const address = [m.address.street, m.address.city, m.address.province, m.address.postalCode]
    .filter(Boolean)
    .join(', ');
  const facts: SafeHtml[] = [markup`<dt>${write.ui('address')}</dt><dd>${address}</dd>`];
  if (m.openingHours.length > 0)
    facts.push(
      markup`<dt>${write.ui('openingHours')}</dt><dd>${hoursList(context, undefined)}</dd>`,
    );
  if (m.contact?.phone !== undefined)
    facts.push(markup`<dt>${write.ui('phone')}</dt><dd>${m.contact.phone}</dd>`);
  if (m.contact?.email !== undefined)
    facts.push(
      markup`<dt>${write.ui('email')}</dt><dd><a href="mailto:${m.contact.email}">${m.contact.email}</a></dd>`,
    );
  if (m.contact?.website !== undefined) {
    const href = httpHref(m.contact.website);
    facts.push(
      markup`<dt>${write.ui('website')}</dt><dd>${href === undefined ? m.contact.website : markup`<a href="${href}" rel="external noopener">${href}</a>`}</dd>`,
    );
  }
  if (m.opened !== undefined)
    facts.push(
      markup`<dt>${write.ui('opened')}</dt><dd>${formatDate(m.opened, write.locale)}</dd>`,
    );

  const owners = [
    ...new Set(
      context.services.flatMap((service) => [service.owner, ...(service.participants ?? [])]),
    ),
  ];
  const agencyOptions = mall.agencies
    .filter((agency) => owners.includes(agency.id))
    .map(
      (agency) =>
        markup`<option value="${agency.id}">${agency.shortName === undefined ? write.plain(agency.name) : `${agency.shortName} — ${write.plain(agency.name)}`}</option>`,
    );
  const events = [...new Set(context.services.flatMap((service) => service.lifeEvents ?? []))]
    .map((id) => ({ id, name: write.plain(lifeEventName(id)) }))
    .sort((a, b) => a.name.localeCompare(b.name, write.locale));
  const label = (id: string, key: keyof typeof siteMessages) =>
    markup`<label for="${id}">${write.ui(key)}</label>`;
  const all = write.uiPlain('all');
  const search = markup`<section aria-labelledby="find">
<h2 id="find">${write.ui('findService')}</h2>
<form class="filters" id="filters" role="search" hidden>
<div>${label('filter-q', 'searchLabel')}<input type="search" id="filter-q" name="q" autocomplete="off" spellcheck="false"></div>
<div>${label('filter-agency', 'agency')}<select id="filter-agency" name="agency"><option value="">${all}</option>${agencyOptions}</select></div>
<div>${label('filter-type', 'type')}<select id="filter-type" name="type"><option value="">${all}</option><option value="licensing">${write.plain(vocabulary.serviceType.licensing)}</option><option value="non-licensing">${write.plain(vocabulary.serviceType['non-licensing'])}</option></select></div>
<div>${label('filter-event', 'lifeEvent')}<select id="filter-event" name="event"><option value="">${all}</option>${events.map((event) => markup`<option value="${event.id}">${event.name}</option>`)}</select></div>
<div><button type="reset">${write.uiPlain('reset')}</button></div>
</form>
<noscript><p class="note">${write.uiPlain('noScript')}</p></noscript>
<p class="status" id="filter-status" role="status" aria-live="polite" data-template="${write.uiPlain('shownOf')}"></p>
<p id="filter-empty" hidden>${write.uiPlain('noMatch')}</p>
${serviceList(context, context.services, '', 'service-list')}
</section>`;

  const rows = mall.agencies.map((agency) => {
    const counters = mall.counters.filter((counter) => counter.agencies.includes(agency.id));
    const count = context.services.filter((service) => service.owner === agency.id).length;
    const cell = (render: (counter: Counter) => SafeHtml) =>
      counters.length === 0
        ? markup`—`
        : joinHtml(
            counters.map((counter) => markup`<div>${render(counter)}</div>`),
            '',
          );
    return markup`<tr><th scope="row"><a href="${agencyPath(agency.id)}">${agency.shortName ?? write.plain(agency.name)}</a>${agency.shortName === undefined || agency.shortName === write.plain(agency.name) ? '' : markup`<span class="alt">${write.plain(agency.name)}</span>`}</th><td>${cell((counter) => counterTitle(context, counter))}</td><td>${cell((counter) => hoursList(context, counter))}</td><td>${cell((counter) => periodList(context, counter))}</td><td>${count}</td></tr>`;
  });
  const agencies = markup`<section aria-labelledby="agencies">
<h2 id="agencies">${write.ui('agencies')}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="${write.uiPlain('scrollTable')}"><table>
<caption>${write.ui('agencies')}</caption>
<thead><tr><th scope="col">${write.uiPlain('agency')}</th><th scope="col">${write.uiPlain('counter')}</th><th scope="col">${write.uiPlain('openingHours')}</th><th scope="col">${write.uiPlain('activePeriods')}</th><th scope="col">${write.uiPlain('services')}</th></tr></thead>
<tbody>
${joinHtml(rows, '\n')}
</tbody></table></div>
</section>`;

  const body = markup`<h1>${write.text(m.name)}</h1>
${m.description === undefined ? '' : markup`<div class="lead">${write.text(m.description)}</div>`}
<dl class="facts">${facts}</dl>
${search}
${agencies}`;
  return pageLayout(context, {
    title: write.plain(m.name),
    root: '',
    path: 'index.html',
    crumbs: [{ label: write.uiPlain('home') }],
    body,
    script: true,
    ...(m.description === undefined ? {} : { description: write.plain(m.description) }),
  });
}
