import type { Service } from '@mpp-kit/schemas';
import { markup, httpHref, joinHtml, type SafeHtml } from './_html.js';
import { lifecycleSvg, lifecycleTables } from './_lifecycleDiagram.js';
import { pageLayout } from './_pageLayout.js';
import { agencyLink, slaSummary, type SiteContext } from './_siteContext.js';
import { siteMessages } from './_siteText.js';
import {
  formatDate,
  formatDayCount,
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
      body = markup`<div class="table-wrap"><table><caption>${write.ui('fee')}</caption><thead><tr><th scope="col">${write.uiPlain('item')}</th><th scope="col">${write.uiPlain('amount')}</th><th scope="col">${write.uiPlain('appliesTo')}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
      break;
    }
    case 'formula': {
      const variables = Object.entries(fee.variables).map(
        ([name, variable]) =>
          markup`<li><code>${name}</code>${variable.description === undefined ? '' : markup` — ${write.text(variable.description)}`}${variable.unit === undefined ? '' : markup` (${variable.unit})`}</li>`,
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
              .map(([name, value]) => `${name} = ${formatNumber(value, write.locale)}`)
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
  const heading = markup`<h2 id="lifecycle">${write.ui('lifecycle')}</h2>`;
  if (graph === undefined || graph.states.length === 0) {
    return markup`<section aria-labelledby="lifecycle">${heading}<p>${write.uiPlain('noDiagram')}</p></section>`;
  }
  const title = `${write.uiPlain('lifecycle')}: ${write.plain(service.name)}`;
  return markup`<section aria-labelledby="lifecycle" class="lifecycle-section">${heading}<figure class="diagram">${lifecycleSvg(graph, write, `lc-${service.id}`, title)}${
    graph.note === undefined ? '' : markup`<figcaption>${write.text(graph.note)}</figcaption>`
  }</figure>${lifecycleTables(graph, write)}</section>`;
}

/** The page of one service: all it takes to apply, and its lifecycle. */
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
  const counters = (service.counters ?? [])
    .map((id) => context.counters.get(id))
    .filter((counter) => counter !== undefined);
  if (counters.length > 0)
    facts.push(
      markup`<dt>${write.ui('where')}</dt><dd>${joinHtml(
        counters.map((counter) => counterTitle(context, counter)),
        '<br>',
      )}</dd>`,
    );
  facts.push(
    markup`<dt>${write.ui('channels')}</dt><dd>${joinHtml(
      service.channels.map((channel) => markup`${write.plain(vocabulary.serviceChannel[channel])}`),
      ', ',
    )}</dd>`,
  );
  facts.push(
    markup`<dt>${write.ui('completionTime')}</dt><dd>${write.plain(slaSummary(service))}</dd>`,
  );
  if ((service.lifeEvents ?? []).length > 0) {
    facts.push(
      markup`<dt>${write.ui('lifeEvent')}</dt><dd>${(service.lifeEvents ?? []).map((id) => write.plain(lifeEventName(id))).join(', ')}</dd>`,
    );
  }
  if (service.version !== undefined) {
    facts.push(
      markup`<dt>${write.ui('version')}</dt><dd>${service.version.id} (${write.uiPlain('validFrom')} ${formatDate(service.version.validFrom, write.locale)})</dd>`,
    );
  }
  if (service.provenance !== undefined && service.provenance.status !== 'verified') {
    facts.push(
      markup`<dt>${write.ui('dataStatus')}</dt><dd>${write.text(vocabulary.provenance[service.provenance.status])}</dd>`,
    );
  }
  const procedure =
    service.procedure === undefined || service.procedure.length === 0
      ? ''
      : markup`<section aria-labelledby="procedure"><h2 id="procedure">${write.ui('procedure')}</h2><ol>${service.procedure.map((step) => markup`<li>${write.text(step)}</li>`)}</ol></section>`;
  const body = markup`<h1>${write.text(service.name)}</h1>
${service.description === undefined ? '' : markup`<div class="lead">${write.text(service.description)}</div>`}
<section aria-labelledby="summary"><h2 id="summary">${write.ui('summary')}</h2><dl class="facts">${facts}</dl></section>
${requirementsSection(context, service)}
${procedure}
${feeSection(context, service)}
${slaSection(context, service)}
${outputSection(context, service)}
<section aria-labelledby="legal-basis"><h2 id="legal-basis">${write.ui('legalBasis')}</h2>${
    service.legalBasis.length === 0
      ? markup`<p>${write.uiPlain('none')}</p>`
      : markup`<ul class="plain">${legalList(context, service.legalBasis)}</ul>`
  }</section>
${complaintsSection(context, service)}
${lifecycleSection(context, service)}`;
  return pageLayout(context, {
    title: write.plain(service.name),
    root,
    crumbs: [
      { label: write.uiPlain('home'), href: `${root}index.html` },
      { label: write.uiPlain('services'), href: `${root}index.html#find` },
      { label: write.plain(service.name) },
    ],
    body,
    ...(service.description === undefined ? {} : { description: write.plain(service.description) }),
  });
}
