import { feeFactUnitSymbols, type Counter, type Service } from '@mpp-kit/schemas';
import { markup, httpHref, joinHtml, type SafeHtml } from './_html.js';
import { lifecycleSvg, lifecycleTables } from './_lifecycleDiagram.js';
import { pageLayout } from './_pageLayout.js';
import {
  agencyLink,
  feeSummary,
  servicePath,
  slaSummary,
  type SiteContext,
} from './_siteContext.js';
import { serviceProcedure } from '../standards/serviceProcedure.js';
import { siteMessages } from './_siteText.js';
import {
  complaintChannelText,
  formatDate,
  formatDayCount,
  formatOpeningHours,
  legalTitle,
  formatNumber,
  formatRupiah,
  legalCitation as citation,
  lifeEventLabel as lifeEventName,
  serviceLabels,
  vocabularyLabels as vocabulary,
} from '../labels/index.js';
import { counterTitle } from './_indexPage.js';

const root = '../';

function legalList(context: SiteContext, ids: readonly string[]): SafeHtml {
  const { write } = context;
  return joinHtml(
    ids.map((id) => {
      const basis = context.legalBases.get(id);
      if (basis === undefined) return markup`<li>${id}</li>`;
      const cite = citation(basis);
      const title = markup`${cite === '' ? '' : markup`<strong>${cite}</strong> — `}${write.text(basis.title)}`;
      const href = httpHref(basis.url);
      return markup`<li>${href === undefined ? title : markup`${title} <a href="${href}" rel="external noopener">${write.uiPlain('regulationText')}</a>`}</li>`;
    }),
    '\n',
  );
}

function legalLine(context: SiteContext, ids: readonly string[] | undefined): SafeHtml {
  if (ids === undefined || ids.length === 0) return markup``;
  const cites = ids.map((id) => {
    const basis = context.legalBases.get(id);
    return basis === undefined ? id : citation(basis) || context.write.plain(basis.title);
  });
  return markup`<p class="note">${context.write.uiPlain('legalBasis')}: ${cites.join('; ')}</p>`;
}

function requirementsSection(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const item = (requirement: Service['requirements'][number]) => {
    const notes: SafeHtml[] = [];
    if (requirement.when?.condition !== undefined)
      notes.push(markup`${write.uiPlain('condition')}: ${write.text(requirement.when.condition)}`);
    const marks = [
      requirement.original ? write.uiPlain('original') : '',
      requirement.copies === undefined ? '' : `${requirement.copies} ${write.uiPlain('copies')}`,
      requirement.optional ? write.uiPlain('optional') : '',
    ].filter(Boolean);
    return markup`<li data-requirement="${requirement.id}">${write.text(requirement.document)}${marks.length === 0 ? '' : markup` <span class="badge">${marks.join(', ')}</span>`}${
      requirement.description === undefined
        ? ''
        : markup`<div class="req-notes">${write.text(requirement.description)}</div>`
    }${notes.length === 0 ? '' : markup`<div class="req-notes">${notes}</div>`}</li>`;
  };
  const groups = service.applicationKinds.map((kind) => {
    const list = service.requirements.filter(
      (requirement) => requirement.when?.kind === undefined || requirement.when.kind.includes(kind),
    );
    const body =
      list.length === 0
        ? markup`<p>${write.uiPlain('noRequirements')}</p>`
        : markup`<ul class="reqs">${joinHtml(list.map(item), '\n')}</ul>`;
    return markup`<section class="req-group" data-kind="${kind}" aria-labelledby="req-${kind}"><h3 id="req-${kind}">${write.text(vocabulary.applicationKind[kind])}</h3>${body}</section>`;
  });
  return markup`<section aria-labelledby="requirements"><h2 id="requirements">${write.ui('requirements')}</h2>${joinHtml(groups, '\n')}</section>`;
}

function feeSection(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const { fee } = service;
  const money = (amount: number) =>
    markup`<span class="amount">${formatRupiah(amount, write.locale)}</span>`;
  let body: SafeHtml;
  switch (fee.kind) {
    case 'free':
      body = markup`<p>${write.ui('free')}</p>`;
      break;
    case 'fixed':
      body = markup`<p>${money(fee.amount)}</p>`;
      break;
    case 'table': {
      const rows = fee.rows.map(
        (row) =>
          markup`<tr><td>${write.text(row.label)}</td><td>${money(row.amount)}</td><td>${
            row.when?.kind === undefined
              ? write.uiPlain('all')
              : row.when.kind
                  .map((kind) => write.plain(vocabulary.applicationKind[kind]))
                  .join(', ')
          }</td></tr>`,
      );
      body = markup`<div class="table-wrap" tabindex="0" role="region" aria-label="${write.uiPlain('scrollTable')}"><table><caption>${write.ui('fee')}</caption><thead><tr><th scope="col">${write.uiPlain('item')}</th><th scope="col">${write.uiPlain('amount')}</th><th scope="col">${write.uiPlain('appliesTo')}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
      break;
    }
    case 'formula': {
      const variables = Object.entries(fee.variables).map(
        ([name, variable]) =>
          markup`<li><code>${name}</code>${variable.description === undefined ? '' : markup` — ${write.text(variable.description)}`}${variable.unit === undefined ? '' : markup` (${feeFactUnitSymbols[variable.unit][write.locale]})`}</li>`,
      );
      const example = fee.examples[0];
      body = markup`<p>${write.ui('formula')}: <code>${fee.expression}</code></p>${
        variables.length === 0
          ? ''
          : markup`<p>${write.uiPlain('variables')}:</p><ul class="plain">${variables}</ul>`
      }${
        example === undefined
          ? ''
          : markup`<p>${write.uiPlain('example')}: ${Object.entries(example.given)
              .map(
                ([name, value]) =>
                  `${name} = ${typeof value === 'number' ? formatNumber(value, write.locale) : String(value)}`,
              )
              .join(', ')} → ${money(example.expect)}</p>`
      }`;
      break;
    }
    case 'commercial': {
      const href = httpHref(fee.tariffUrl);
      body = markup`<p>${write.text(serviceLabels.commercial)}${href === undefined ? '' : markup` <a href="${href}" rel="external noopener">${write.text(serviceLabels.tariffList)}</a>`}</p>`;
      break;
    }
  }
  return markup`<section aria-labelledby="fee"><h2 id="fee">${write.ui('fee')}</h2>${body}${fee.note === undefined ? '' : markup`<p class="note">${write.text(fee.note)}</p>`}${legalLine(context, fee.legalBasis)}</section>`;
}

function slaSection(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const { sla } = service;
  const facts: SafeHtml[] = [
    markup`<dt>${write.ui('completionTime')}</dt><dd>${write.text(slaSummary(service))}</dd>`,
  ];
  if (sla.legalMax !== undefined)
    facts.push(
      markup`<dt>${write.ui('legalMax')}</dt><dd>${formatDayCount(sla.legalMax, sla.unit, write.locale)}</dd>`,
    );
  if (sla.onExpiry !== 'none')
    facts.push(
      markup`<dt>${write.ui('onExpiry')}</dt><dd>${write.text(vocabulary.expiry[sla.onExpiry])}</dd>`,
    );
  return markup`<section aria-labelledby="completion-time"><h2 id="completion-time">${write.ui('completionTime')}</h2><dl class="facts">${facts}</dl>${
    sla.note === undefined ? '' : markup`<p class="note">${write.text(sla.note)}</p>`
  }${legalLine(context, sla.legalBasis)}</section>`;
}

function outputSection(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const { output } = service;
  const validity =
    output.validity === null
      ? write.text(siteMessages.validWhileConditions)
      : markup`${output.validity.amount} ${write.text(vocabulary.periodUnit[output.validity.unit])}`;
  return markup`<section aria-labelledby="output"><h2 id="output">${write.ui('output')}</h2><dl class="facts"><dt>${write.ui('output')}</dt><dd>${write.text(output.product)}</dd><dt>${write.ui('validity')}</dt><dd>${validity}</dd>${
    output.digital ? markup`<dt>${write.ui('digital')}</dt><dd>✓</dd>` : ''
  }</dl></section>`;
}

function complaintsSection(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const items = service.complaints.map((channel) => {
    if (typeof channel === 'string')
      return markup`<li>${write.text(vocabulary.complaintChannel[channel])}</li>`;
    return markup`<li>${write.text(vocabulary.complaintChannel[channel.kind])}${channel.value === undefined ? '' : markup`: ${channel.value}`}${
      channel.agency === undefined ? '' : markup` — ${agencyLink(context, channel.agency, root)}`
    }${channel.note === undefined ? '' : markup`<div class="req-notes">${write.text(channel.note)}</div>`}</li>`;
  });
  return markup`<section aria-labelledby="complaints"><h2 id="complaints">${write.ui('complaints')}</h2>${
    items.length === 0
      ? markup`<p>${write.uiPlain('none')}</p>`
      : markup`<ul class="plain">${items}</ul>`
  }</section>`;
}

function lifecycleSection(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const graph = context.graphFor(service);
  if (graph === undefined || graph.states.length === 0) return markup``;
  const title = `${write.uiPlain('lifecycle')}: ${write.plain(service.name)}`;
  return markup`<details class="for-officers"><summary><span id="lifecycle">${write.ui('forOfficers')}</span></summary><figure class="diagram" tabindex="0" role="group" aria-label="${write.uiPlain('scrollDiagram')}">${lifecycleSvg(graph, write, `lc-${service.id}`, title)}${
    graph.note === undefined ? '' : markup`<figcaption>${write.text(graph.note)}</figcaption>`
  }</figure>${lifecycleTables(graph, write)}</details>`;
}

/** The counters that serve a service: its own list, else every counter of its owner. */
function serviceCounters(context: SiteContext, service: Service): Counter[] {
  const declared = (service.counters ?? [])
    .map((id) => context.counters.get(id))
    .filter((counter) => counter !== undefined);
  if (declared.length > 0) return declared;
  return context.mall.counters.filter((counter) => counter.agencies.includes(service.owner));
}

/** `tel:` address of an Indonesian number as written (`(0285) 4493081` → `tel:+622854493081`). */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  if (!/^\+?\d{6,15}$/.test(digits)) return undefined;
  if (digits.startsWith('+')) return `tel:${digits}`;
  return digits.startsWith('0') ? `tel:+62${digits.slice(1)}` : `tel:${digits}`;
}

const laporUrl = 'https://www.lapor.go.id';

/** The answer first: what to bring, cost, how long, where and when, phone, complaints. */
function keyFacts(context: SiteContext, service: Service): SafeHtml {
  const { write, mall } = context;
  const kind = service.applicationKinds[0] ?? 'new';
  const bring = service.requirements.filter(
    (requirement) => requirement.when?.kind === undefined || requirement.when.kind.includes(kind),
  );
  const facts: SafeHtml[] = [
    markup`<dt>${write.ui('bring')}</dt><dd>${
      bring.length === 0
        ? write.uiPlain('noRequirements')
        : markup`<ul class="plain">${bring.map((requirement) => markup`<li>${write.text(requirement.document)}${requirement.optional ? markup` (${write.text(serviceLabels.optional)})` : ''}</li>`)}</ul>`
    }<a href="#requirements">${write.uiPlain('allRequirements')}</a></dd>`,
    markup`<dt>${write.ui('cost')}</dt><dd>${write.text(feeSummary(context, service))}</dd>`,
    markup`<dt>${write.ui('howLong')}</dt><dd>${write.text(slaSummary(service))}</dd>`,
  ];
  const counters = serviceCounters(context, service);
  const hours = (counter: Counter | undefined) =>
    formatOpeningHours(counter?.openingHours ?? mall.mall.openingHours, write.locale);
  const places =
    counters.length === 0
      ? [markup`<p>${write.text(mall.mall.name)}<br>${hours(undefined).join(', ')}</p>`]
      : counters.map(
          (counter) =>
            markup`<p><strong>${counterTitle(context, counter)}</strong>, ${write.plain(mall.mall.name)}<br>${joinHtml(
              hours(counter).map((line) => markup`${line}`),
              '<br>',
            )}</p>`,
        );
  const address = [mall.mall.address.street, mall.mall.address.city].join(', ');
  facts.push(markup`<dt>${write.ui('whereToGo')}</dt><dd>${places}<p>${address}</p></dd>`);
  const phone = mall.mall.contact?.phone;
  if (phone !== undefined) {
    const href = telHref(phone);
    facts.push(
      markup`<dt>${write.ui('call')}</dt><dd>${href === undefined ? phone : markup`<a href="${href}">${phone}</a>`}</dd>`,
    );
  }
  const local = service.complaints.filter((channel) => channel !== 'sp4n-lapor');
  facts.push(
    markup`<dt>${write.ui('complain')}</dt><dd><a href="${laporUrl}" rel="external noopener">${write.uiPlain('laporLink')}</a>${
      local.length === 0
        ? ''
        : markup`<ul class="plain">${local.map((channel) => markup`<li>${complaintChannelText(channel, context.mall.agencies, write.locale)}</li>`)}</ul>`
    }</dd>`,
  );
  return markup`<section class="key-facts" aria-labelledby="key-facts"><h2 id="key-facts">${write.ui('keyFacts')}</h2><dl class="facts">${facts}</dl></section>`;
}

/** "Cara mengurus": the declared procedure, else the lifecycle's steps in plain words. */
function howToSection(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const procedure = serviceProcedure(service, context.mall, write.locale);
  if (procedure.steps.length === 0) return markup``;
  return markup`<section aria-labelledby="how-to"><h2 id="how-to">${write.ui('howTo')}</h2><ol class="how-to">${procedure.steps.map((step) => markup`<li>${step}</li>`)}</ol>${
    procedure.derived ? markup`<p class="note">${write.uiPlain('procedureDerived')}</p>` : ''
  }</section>`;
}

/** A visible warning on pages whose data are not verified. */
function trustBanner(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const status = service.provenance?.status;
  if (status === undefined || status === 'verified') return markup``;
  return markup`<div class="trust trust-${status}" role="note"><p>${write.text(vocabulary.provenanceNotice[status])}</p>${
    service.provenance?.note === undefined
      ? ''
      : markup`<p class="note">${service.provenance.note}</p>`
  }</div>`;
}

/** When the page's data were last checked, the standard's version and decree, its sources. */
function aboutSection(context: SiteContext, service: Service): SafeHtml {
  const { write } = context;
  const facts: SafeHtml[] = [];
  const updated = service.provenance?.updated ?? service.version?.validFrom;
  if (updated !== undefined)
    facts.push(
      markup`<dt>${write.ui('lastUpdated')}</dt><dd><time datetime="${updated}">${formatDate(updated, write.locale)}</time></dd>`,
    );
  if (service.version !== undefined)
    facts.push(
      markup`<dt>${write.ui('version')}</dt><dd>${service.version.id} (${write.uiPlain('validFrom')} ${formatDate(service.version.validFrom, write.locale)})</dd>`,
    );
  const decree =
    service.version?.decree === undefined
      ? undefined
      : context.legalBases.get(service.version.decree);
  if (decree !== undefined)
    facts.push(markup`<dt>${write.ui('decree')}</dt><dd>${legalTitle(decree, write.locale)}</dd>`);
  if (service.provenance !== undefined) {
    facts.push(
      markup`<dt>${write.ui('dataStatus')}</dt><dd>${write.text(vocabulary.provenance[service.provenance.status])}</dd>`,
    );
    const sources = service.provenance.sources ?? [];
    if (sources.length > 0)
      facts.push(
        markup`<dt>${write.text(serviceLabels.sources)}</dt><dd><ul class="plain">${sources.map((source) => markup`<li>${source}</li>`)}</ul></dd>`,
      );
  }
  if (facts.length === 0) return markup``;
  return markup`<section class="about" aria-labelledby="about"><h2 id="about">${write.ui('aboutPage')}</h2><dl class="facts">${facts}</dl></section>`;
}

/** The page of one service: the answer first, then how to apply, the details, and for officers the lifecycle. */
export function renderServicePage(context: SiteContext, service: Service): string {
  const { write } = context;
  const facts: SafeHtml[] = [
    markup`<dt>${write.ui('type')}</dt><dd><span class="badge ${service.type}">${write.plain(vocabulary.serviceType[service.type])}</span></dd>`,
    markup`<dt>${write.ui('ownerAgency')}</dt><dd>${agencyLink(context, service.owner, root)}</dd>`,
  ];
  if ((service.participants ?? []).length > 0) {
    facts.push(
      markup`<dt>${write.ui('participants')}</dt><dd>${joinHtml(
        (service.participants ?? []).map((id) => agencyLink(context, id, root)),
        ', ',
      )}</dd>`,
    );
  }
  facts.push(
    markup`<dt>${write.ui('channels')}</dt><dd>${joinHtml(
      service.channels.map((channel) => markup`${write.plain(vocabulary.serviceChannel[channel])}`),
      ', ',
    )}</dd>`,
  );
  if ((service.lifeEvents ?? []).length > 0) {
    facts.push(
      markup`<dt>${write.ui('lifeEvent')}</dt><dd>${(service.lifeEvents ?? []).map((id) => write.plain(lifeEventName(id))).join(', ')}</dd>`,
    );
  }
  const body = markup`<h1>${write.text(service.name)}</h1>
${trustBanner(context, service)}
${service.description === undefined ? '' : markup`<div class="lead">${write.text(service.description)}</div>`}
${keyFacts(context, service)}
${howToSection(context, service)}
${requirementsSection(context, service)}
${feeSection(context, service)}
${slaSection(context, service)}
${outputSection(context, service)}
<section aria-labelledby="summary"><h2 id="summary">${write.ui('summary')}</h2><dl class="facts">${facts}</dl></section>
<section aria-labelledby="legal-basis"><h2 id="legal-basis">${write.ui('legalBasis')}</h2>${
    service.legalBasis.length === 0
      ? markup`<p>${write.uiPlain('none')}</p>`
      : markup`<ul class="plain">${legalList(context, service.legalBasis)}</ul>`
  }</section>
${complaintsSection(context, service)}
${aboutSection(context, service)}
${lifecycleSection(context, service)}`;
  return pageLayout(context, {
    title: write.plain(service.name),
    root,
    path: servicePath(service.id),
    crumbs: [
      { label: write.uiPlain('home'), href: `${root}index.html` },
      { label: write.uiPlain('services'), href: `${root}index.html#find` },
      { label: write.plain(service.name) },
    ],
    body,
    ...(service.description === undefined ? {} : { description: write.plain(service.description) }),
  });
}
