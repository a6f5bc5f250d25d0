/** Citizens' pages: the mall's home with search, a service, the apply form, tracking, documents. */
import {
  ConflictError,
  FEE_ROW_FACT,
  InvalidActionError,
  ValidationError,
  agencyDisplayName,
  complaintChannelText,
  formatCompletionTime,
  formatRupiah,
  legalCitation,
  quoteFee,
  refusedFacts,
  vocabularyLabels,
  type Application,
  type FactValue,
  type FeeQuoteResult,
} from '@mpp-kit/core';
import {
  feeFactUnitSymbols,
  localizeIssue,
  type ApplicationKind,
  type FeeVariable,
  type Service,
} from '@mpp-kit/schemas';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { signedIn, visibleApplication } from '../http/access.js';
import { ApiProblem, forbiddenAudiences } from '../http/ApiProblem.js';
import { webTexts } from './_webText.js';
import { workOutFee } from '../routes/serviceRoutes.js';
import {
  csrfField,
  formText,
  csrfValid,
  href,
  local,
  notice,
  openingHoursLine,
  plain,
  respond,
  say,
  asApp,
  type DeskContext,
  type DeskEnv,
  type Html,
} from './_desk.js';
import {
  applicationStatus,
  documentList,
  dueLine,
  feeText,
  timelineList,
} from './_applicationParts.js';
import { takeTicketForms } from './_floorPages.js';
import {
  openDocument,
  readUploadForm,
  sealDocument,
  sendDocument,
  uploadLimitMb,
  type UploadedDocument,
} from './_uploads.js';

/** The service, or a 404 page. */
function serviceOf(c: DeskContext, id: string): Service {
  const service = c.get('desk').served.mall.services.find((s) => s.id === id);
  if (service === undefined) throw new ApiProblem(404, 'unknown_service', { id });
  return service;
}

/** The default application kind of a service: new when offered, else its first. */
const defaultKind = (service: Service): ApplicationKind =>
  service.applicationKinds.includes('new') ? 'new' : (service.applicationKinds[0] ?? 'new');

/** A fee in one line for lists: free, an amount, a range, or "computed from your data". */
function feeLine(c: DeskContext, service: Service): string {
  const locale = c.get('locale');
  const { fee } = service;
  switch (fee.kind) {
    case 'free':
      return say(c, 'free');
    case 'fixed':
      return formatRupiah(fee.amount, locale);
    case 'table': {
      const amounts = fee.rows.map((row) => row.amount);
      const low = Math.min(...amounts);
      const high = Math.max(...amounts);
      return low === high
        ? formatRupiah(low, locale)
        : `${formatRupiah(low, locale)}–${formatRupiah(high, locale)}`;
    }
    case 'formula':
      return say(c, 'feeComputed');
    case 'commercial':
      return say(c, 'feeCommercial');
  }
}

/** Facts read from a form: formula variables as declared (numbers, true/false, a choice's id), the table row as text. */
function factsOf(service: Service, read: (name: string) => string | undefined) {
  const facts: Record<string, FactValue> = {};
  const { fee } = service;
  if (fee.kind === 'formula') {
    for (const [name, variable] of Object.entries(fee.variables)) {
      const raw = read(name)?.trim();
      if (raw === undefined || raw === '') continue;
      if (variable.type === 'choice') facts[name] = raw;
      else if (variable.type === 'boolean') facts[name] = raw === 'true';
      else if (Number.isFinite(Number(raw.replace(',', '.'))))
        facts[name] = Number(raw.replace(',', '.'));
    }
  }
  if (fee.kind === 'table') {
    const row = read(FEE_ROW_FACT);
    if (row !== undefined && row !== '') facts[FEE_ROW_FACT] = row;
  }
  return facts;
}

/** The fee as the apply form shows it: the amount, why a fact is refused, or "fill in the facts". */
function feeNowText(c: DeskContext, quote: FeeQuoteResult): string {
  if (quote.ok) return feeText(c, quote.value);
  const refused = refusedFacts(quote);
  if (refused.length === 0) return say(c, 'feeNeedsFacts');
  return refused.map((issue) => localizeIssue(issue, c.get('locale')).message).join(' ');
}

/** The requirement rows of the apply form: each with the kinds it applies to. */
function requirementRows(
  c: DeskContext,
  service: Service,
  kind: ApplicationKind,
  kept: ReadonlyMap<string, UploadedDocument>,
  problems: ReadonlyMap<string, string>,
): Html {
  const secret = c.get('csrf');
  return html`${service.requirements.map((requirement) => {
    const kinds = requirement.when?.kind ?? service.applicationKinds;
    const on = kinds.includes(kind);
    const field = `dok.${requirement.id}`;
    const doc = kept.get(requirement.id);
    const problem = problems.get(requirement.id);
    const condition = requirement.when?.condition;
    const state = requirement.optional
      ? say(c, 'optional')
      : condition !== undefined
        ? say(c, 'requiredWhen', { condition: plain(c, condition) })
        : say(c, 'required');
    return html`<div class="req" data-kinds="${kinds.join(' ')}" ${on ? '' : html` hidden`}>
      <label for="f-${requirement.id}"
        >${local(c, requirement.document)}
        <span class="hint"
          >${state}${requirement.when?.kind === undefined ? '' : html` · ${say(c, 'onlyFor', { kinds: requirement.when.kind.map((k) => plain(c, vocabularyLabels.applicationKind[k])).join(', ') })}`}</span
        ></label
      >
      ${problem === undefined ? '' : html`<span class="field-error" id="e-${requirement.id}">${problem}</span>`}
      ${
        doc === undefined
          ? ''
          : html`<p class="hint">
                ${say(c, 'alreadyUploaded', { name: doc.fileName, kb: String(Math.ceil(doc.size / 1024)) })}
              </p>
              <input
                type="hidden"
                name="simpan.${requirement.id}"
                value="${sealDocument(secret, requirement.id, doc)}"
              />`
      }
      <input
        type="file"
        id="f-${requirement.id}"
        name="${field}"
        accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
        ${on ? '' : html` disabled`}${problem === undefined ? '' : html` aria-describedby="e-${requirement.id}" aria-invalid="true"`}
      />
    </div>`;
  })}`;
}

interface ApplyState {
  readonly kind: ApplicationKind;
  readonly values: ReadonlyMap<string, string>;
  readonly kept: ReadonlyMap<string, UploadedDocument>;
  readonly problems: ReadonlyMap<string, string>;
  readonly message?: Html;
}

/** The input of one fee fact: a list for a choice or a yes/no, else a number field. */
function factInput(
  c: DeskContext,
  name: string,
  variable: FeeVariable,
  value: string,
  invalid: boolean,
): Html {
  const described = invalid ? html` aria-describedby="ev-${name}" aria-invalid="true"` : '';
  const options =
    variable.type === 'choice'
      ? (variable.options ?? []).map((option) => ({ id: option.id, label: plain(c, option.label) }))
      : variable.type === 'boolean'
        ? [
            { id: 'true', label: say(c, 'yes') },
            { id: 'false', label: say(c, 'no') },
          ]
        : undefined;
  if (options !== undefined) {
    return html`<select id="v-${name}" name="fakta.${name}" data-fact${described}>
      <option value="">${say(c, 'choose')}</option>
      ${options.map((option) => html`<option value="${option.id}" ${option.id === value ? html` selected` : ''}>${option.label}</option>`)}
    </select>`;
  }
  return html`<input
    type="text"
    inputmode="decimal"
    id="v-${name}"
    name="fakta.${name}"
    data-fact
    value="${value}"
    autocomplete="off"
    ${described}
  />`;
}

/** The apply form, filled with what was entered so far. */
function applyPage(c: DeskContext, service: Service, state: ApplyState, status = 200) {
  const locale = c.get('locale');
  const facts = factsOf(service, (name) => state.values.get(`fakta.${name}`));
  const quote = quoteFee(service, state.kind, facts);
  const { fee } = service;
  const factFields: Html[] = [];
  if (fee.kind === 'formula') {
    for (const [name, variable] of Object.entries(fee.variables)) {
      const problem = state.problems.get(`fakta.${name}`);
      factFields.push(
        html`<label for="v-${name}"
            >${variable.description === undefined ? name : local(c, variable.description)}${variable.unit === undefined ? '' : html` <span class="hint">(${feeFactUnitSymbols[variable.unit][locale]})</span>`}</label
          >
          ${problem === undefined ? '' : html`<span class="field-error" id="ev-${name}">${problem}</span>`}
          ${factInput(c, name, variable, state.values.get(`fakta.${name}`) ?? '', problem !== undefined)}`,
      );
    }
  }
  if (fee.kind === 'table' && fee.rows.length > 1) {
    const chosen = state.values.get(`fakta.${FEE_ROW_FACT}`) ?? '';
    factFields.push(
      html`<label for="v-row">${say(c, 'feeRow')}</label>
        <select id="v-row" name="fakta.${FEE_ROW_FACT}" data-fact>
          <option value="">${say(c, 'choose')}</option>
          ${fee.rows.map((row) => html`<option value="${row.id}" ${row.id === chosen ? html` selected` : ''}>${plain(c, row.label)} — ${formatRupiah(row.amount, locale)}</option>`)}
        </select>`,
    );
  }
  const feeNow = feeNowText(c, quote);
  const body = html`${state.message ?? ''}
    <p>${local(c, service.name)}</p>
    <form
      method="post"
      action="${href(c, `/layanan/${service.id}/ajukan`)}"
      enctype="multipart/form-data"
      data-apply
      data-quote="${href(c, `/layanan/${service.id}/biaya`)}"
      novalidate
    >
      ${csrfField(c)}
      <fieldset>
        <legend>${say(c, 'applicationKind')}</legend>
        ${service.applicationKinds.map((kind) => html`<label class="choice"><input type="radio" name="jenis" value="${kind}" ${kind === state.kind ? html` checked` : ''} /> ${plain(c, vocabularyLabels.applicationKind[kind])}</label>`)}
      </fieldset>
      ${
        factFields.length === 0
          ? ''
          : html`<fieldset>
              <legend>${say(c, 'feeFacts')}</legend>
              ${factFields}
            </fieldset>`
      }
      <p>
        ${say(c, 'feeToPay')}:
        <output id="fee-live" class="fee-live" aria-live="polite">${feeNow}</output>
      </p>
      <p data-recalc>
        <button type="submit" name="intent" value="hitung" class="secondary">
          ${say(c, 'recalculate')}
        </button>
      </p>
      <fieldset>
        <legend>${say(c, 'documents')}</legend>
        <p class="hint">
          ${say(c, 'uploadRules', { mb: uploadLimitMb(c) })}
        </p>
        ${requirementRows(c, service, state.kind, state.kept, state.problems)}
      </fieldset>
      <div class="actions">
        <button type="submit" name="intent" value="ajukan">${say(c, 'submitApplication')}</button>
      </div>
    </form>`;
  return respond(
    c,
    { title: say(c, 'applyTitle', { service: plain(c, service.name) }), body, script: true },
    status,
  );
}

/** Registers the citizens' pages. */
export function registerPublicPages(web: Hono<DeskEnv>): void {
  web.get('/', (c) => {
    const desk = c.get('desk');
    const { mall } = desk.served;
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const byId = new Map(mall.services.map((s) => [s.id, s]));
    const hits = q.trim() === '' ? [] : desk.search.search(q);
    const list =
      q.trim() === ''
        ? [...mall.services].sort((a, b) =>
            plain(c, a.name).localeCompare(plain(c, b.name), c.get('locale')),
          )
        : hits.map((hit) => byId.get(hit.id)).filter((s): s is Service => s !== undefined);
    const agencies = mall.agencies;
    const body = html`${mall.mall.description === undefined ? '' : html`<p>${local(c, mall.mall.description)}</p>`}
      <form class="search" method="get" action="${href(c, '/')}" role="search">
        <div>
          <label for="q">${say(c, 'searchLabel')}</label
          ><input
            type="search"
            id="q"
            name="q"
            value="${q}"
            placeholder="${say(c, 'searchPlaceholder')}"
          />
        </div>
        <button type="submit">${say(c, 'search')}</button>
      </form>
      <h2 id="daftar">
        ${q.trim() === '' ? say(c, 'allServices', { count: String(list.length) }) : say(c, 'found', { count: String(list.length), query: q })}
      </h2>
      ${
        list.length === 0
          ? html`<p>${say(c, 'nothingFound')}</p>`
          : html`<ul class="services" aria-labelledby="daftar">
              ${list.map(
                (service) =>
                  html`<li>
                    <a href="${href(c, `/layanan/${service.id}`)}">${local(c, service.name)}</a>
                    <p class="meta">
                      <span
                        >${agencies.find((a) => a.id === service.owner)?.shortName ?? service.owner}</span
                      ><span>${formatCompletionTime(service.sla, c.get('locale'))}</span
                      ><span>${feeLine(c, service)}</span>
                    </p>
                  </li>`,
              )}
            </ul>`
      }`;
    return respond(c, { title: plain(c, mall.mall.name), body });
  });

  web.get('/layanan/:serviceId', (c) => {
    const { mall } = c.get('desk').served;
    const service = serviceOf(c, c.req.param('serviceId'));
    const locale = c.get('locale');
    const counters = mall.counters.filter(
      (counter) => service.counters?.includes(counter.id) ?? false,
    );
    const legal = (ids: readonly string[] | undefined) =>
      (ids ?? []).map((id) => {
        const basis = mall.legalBases.find((b) => b.id === id);
        return basis === undefined ? id : legalCitation(basis) || plain(c, basis.title);
      });
    const byKind = service.applicationKinds.map((kind) => {
      const list = service.requirements.filter(
        (r) => r.when?.kind === undefined || r.when.kind.includes(kind),
      );
      return html`<h3>${plain(c, vocabularyLabels.applicationKind[kind])}</h3>
        <ul>
          ${list.map((r) => html`<li>${local(c, r.document)}${r.optional ? html` <span class="badge">${say(c, 'optional')}</span>` : ''}${r.when?.condition === undefined ? '' : html` <span class="hint">${say(c, 'requiredWhen', { condition: plain(c, r.when.condition) })}</span>`}</li>`)}
        </ul>`;
    });
    const caller = c.get('caller');
    const body = html`${service.description === undefined ? '' : html`<p>${local(c, service.description)}</p>`}
      <dl class="facts">
        <dt>${say(c, 'provider')}</dt>
        <dd>${agencyDisplayName(service.owner, mall.agencies, locale)}</dd>
        <dt>${say(c, 'cost')}</dt>
        <dd>
          ${feeLine(c, service)}${service.fee.note === undefined ? '' : html` <span class="hint">${local(c, service.fee.note)}</span>`}
        </dd>
        <dt>${say(c, 'howLong')}</dt>
        <dd>${formatCompletionTime(service.sla, locale)}</dd>
        <dt>${say(c, 'where')}</dt>
        <dd>
          ${counters.length === 0 ? say(c, 'atTheMall') : counters.map((counter) => (counter.name === undefined ? counter.id : plain(c, counter.name))).join(', ')}${openingHoursLine(c) === '' ? '' : html`<br />${openingHoursLine(c)}`}
        </dd>
        <dt>${say(c, 'product')}</dt>
        <dd>${local(c, service.output.product)}</dd>
        <dt>${say(c, 'legalBasis')}</dt>
        <dd>${legal(service.legalBasis).join('; ') || '—'}</dd>
        <dt>${say(c, 'complaints')}</dt>
        <dd>
          ${service.complaints.map((channel) => complaintChannelText(channel, mall.agencies, locale)).join('; ')}
        </dd>
      </dl>
      <h2>${say(c, 'whatToBring')}</h2>
      ${byKind}
      <div class="actions">
        ${caller.kind === 'officer' ? html`<p>${say(c, 'officersDontApply')}</p>` : html`<a class="button" href="${href(c, `/layanan/${service.id}/ajukan`)}">${say(c, 'applyNow')}</a>`}
      </div>
      ${takeTicketForms(c, service.id)}`;
    return respond(c, { title: plain(c, service.name), body });
  });

  // The live fee of the apply form (its script asks as the facts are typed).
  web.get('/layanan/:serviceId/biaya', (c) => {
    const service = serviceOf(c, c.req.param('serviceId'));
    const asked = c.req.query('jenis') as ApplicationKind | undefined;
    const kind =
      asked !== undefined && service.applicationKinds.includes(asked)
        ? asked
        : defaultKind(service);
    const quote = quoteFee(
      service,
      kind,
      factsOf(service, (name) => c.req.query(`fakta.${name}`)),
    );
    return c.json({
      amount: quote.ok ? quote.value.amount : null,
      text: feeNowText(c, quote),
      workedOut: quote.ok ? workOutFee(quote.value) : null,
    });
  });

  web.get('/layanan/:serviceId/ajukan', (c) => {
    const service = serviceOf(c, c.req.param('serviceId'));
    const caller = signedIn(asApp(c));
    if (caller.kind !== 'applicant') {
      return respond(
        c,
        { title: plain(c, service.name), body: html`<p>${say(c, 'officersDontApply')}</p>` },
        403,
      );
    }
    const asked = c.req.query('jenis') as ApplicationKind | undefined;
    const kind =
      asked !== undefined && service.applicationKinds.includes(asked)
        ? asked
        : defaultKind(service);
    return applyPage(c, service, { kind, values: new Map(), kept: new Map(), problems: new Map() });
  });

  web.post('/layanan/:serviceId/ajukan', async (c) => {
    const service = serviceOf(c, c.req.param('serviceId'));
    const caller = signedIn(asApp(c));
    if (caller.kind !== 'applicant')
      throw new ApiProblem(403, 'forbidden_route', {
        what: webTexts.applying,
        who: forbiddenAudiences.applicants,
      });
    const form = await readUploadForm(c, (token) => csrfValid(c, token));
    if (!form.csrfOk) return formExpired(c);
    const asked = form.fields.get('jenis') as ApplicationKind | undefined;
    const kind =
      asked !== undefined && service.applicationKinds.includes(asked)
        ? asked
        : defaultKind(service);
    const limitMb = uploadLimitMb(c);
    const problems = new Map<string, string>();
    const kept = new Map<string, UploadedDocument>();
    for (const requirement of service.requirements) {
      const uploaded = form.files.get(`dok.${requirement.id}`);
      const sealed = openDocument(
        c.get('csrf'),
        requirement.id,
        form.fields.get(`simpan.${requirement.id}`),
      );
      const doc = uploaded ?? sealed;
      if (doc !== undefined) kept.set(requirement.id, doc);
      const problem = form.problems.get(`dok.${requirement.id}`);
      if (problem === 'too_large')
        problems.set(requirement.id, say(c, 'tooLarge', { mb: limitMb }));
      if (problem === 'wrong_type') problems.set(requirement.id, say(c, 'wrongType'));
    }
    const state = { kind, values: form.fields, kept, problems };
    if (form.fields.get('intent') !== 'ajukan' || problems.size > 0) {
      return applyPage(
        c,
        service,
        {
          ...state,
          ...(problems.size > 0 ? { message: notice('problem', say(c, 'fixUploads')) } : {}),
        },
        problems.size > 0 ? 422 : 200,
      );
    }
    const applies = (id: string) => {
      const requirement = service.requirements.find((r) => r.id === id);
      return requirement?.when?.kind === undefined || requirement.when.kind.includes(kind);
    };
    const account = await c.get('desk').served.state.web.accountById(caller.id);
    try {
      const application = await c.get('desk').served.runtime.submit({
        serviceId: service.id,
        applicationKind: kind,
        applicant: {
          id: caller.id,
          ...(account === undefined ? {} : { name: account.name }),
          ...(account?.nik == null ? {} : { nik: account.nik }),
        },
        documents: [...kept]
          .filter(([id]) => applies(id))
          .map(([requirementId, doc]) => ({ requirementId, ...doc })),
        facts: factsOf(service, (name) => form.fields.get(`fakta.${name}`)),
      });
      return c.redirect(href(c, `/permohonan/${application.id}?baru=1`), 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const locale = c.get('locale');
      const fieldProblems = new Map(problems);
      const general: string[] = [];
      for (const issue of error.localizedIssues(locale)) {
        const [head, name] = issue.path;
        if (head === 'facts' && typeof name === 'string')
          fieldProblems.set(`fakta.${name}`, issue.message);
        else general.push(localizeIssue(issue, locale).message);
      }
      return applyPage(
        c,
        service,
        {
          ...state,
          problems: fieldProblems,
          message: notice(
            'problem',
            html`${say(c, 'fixForm')}${
              general.length === 0
                ? ''
                : html`<ul>
                    ${general.map((m) => html`<li>${m}</li>`)}
                  </ul>`
            }`,
          ),
        },
        422,
      );
    }
  });

  web.get('/permohonan', async (c) => {
    const caller = signedIn(asApp(c));
    if (caller.kind !== 'applicant') return c.redirect(href(c, '/petugas'), 303);
    const { mall, runtime } = c.get('desk').served;
    const page = await runtime.query({ applicantId: caller.id, limit: 200 });
    const items = [...page.items].reverse();
    const body =
      items.length === 0
        ? html`<p>${say(c, 'noApplicationsYet')}</p>
            <p><a href="${href(c, '/')}">${say(c, 'findService')}</a></p>`
        : html`<ul class="services">
            ${items.map((app) => {
              const service = mall.services.find((s) => s.id === app.serviceId);
              return html`<li>
                <a href="${href(c, `/permohonan/${app.id}`)}"
                  >${service === undefined ? app.serviceId : local(c, service.name)}</a
                >
                <p class="meta">
                  <span>${applicationStatus(c, app).short}</span
                  ><span>${say(c, 'submittedOn', { date: app.submittedAt.slice(0, 10) })}</span>
                </p>
              </li>`;
            })}
          </ul>`;
    return respond(c, { title: say(c, 'myApplications'), body });
  });

  web.get('/permohonan/:id', async (c) => {
    const caller = signedIn(asApp(c));
    const app = await visibleApplication(asApp(c), c.req.param('id'));
    if (caller.kind === 'officer') return c.redirect(href(c, `/petugas/permohonan/${app.id}`), 303);
    return trackingPage(
      c,
      app,
      c.req.query('baru') === '1' ? notice('ok', say(c, 'submitted')) : undefined,
    );
  });

  web.post('/permohonan/:id/aksi', async (c) => {
    const caller = signedIn(asApp(c));
    const body = await c.req.parseBody();
    if (!csrfValid(c, body['_csrf'])) return formExpired(c);
    const app = await visibleApplication(asApp(c), c.req.param('id'));
    const type = formText(body, 'aksi');
    const version = Number(body['versi']);
    const reason = formText(body, 'alasan').trim();
    if (caller.kind !== 'applicant' || !['RESUBMIT', 'WITHDRAW'].includes(type))
      throw new ApiProblem(400, 'bad_request', { summary: `action ${type.slice(0, 20)}` });
    try {
      await c.get('desk').served.runtime.act(app.id, {
        type,
        actor: { id: caller.id, role: 'applicant' },
        expectedVersion: version,
        ...(reason === '' ? {} : { reason }),
      });
    } catch (error) {
      if (error instanceof ConflictError || error instanceof InvalidActionError)
        return trackingPage(
          c,
          await visibleApplication(asApp(c), app.id),
          notice('problem', say(c, 'someoneFirst')),
          409,
        );
      throw error;
    }
    return c.redirect(href(c, `/permohonan/${app.id}`), 303);
  });

  web.get('/berkas/:id/:requirementId', async (c) => {
    const app = await visibleApplication(asApp(c), c.req.param('id'));
    const doc = app.documents.find((d) => d.requirementId === c.req.param('requirementId'));
    const sha256 = typeof doc?.['sha256'] === 'string' ? doc['sha256'] : undefined;
    const blob =
      sha256 === undefined ? undefined : await c.get('desk').served.state.web.blob(sha256);
    if (blob === undefined)
      throw new ApiProblem(404, 'not_found', { id: `${app.id}/${c.req.param('requirementId')}` });
    return sendDocument(c, blob, c.req.param('requirementId'));
  });
}

/** The tracking page of an application for its applicant. */
function trackingPage(c: DeskContext, app: Application, message?: Html, status = 200) {
  const { mall } = c.get('desk').served;
  const service = mall.services.find((s) => s.id === app.serviceId);
  const status_ = applicationStatus(c, app);
  const canResubmit = app.phase === 'returned' && app.pending.some((p) => p.type === 'RESUBMIT');
  const canWithdraw = app.phase !== 'final' && app.pending.some((p) => p.type === 'WITHDRAW');
  const actionForm = (type: string, label: string, secondary: boolean) =>
    html`<form method="post" action="${href(c, `/permohonan/${app.id}/aksi`)}">
      ${csrfField(c)}<input type="hidden" name="aksi" value="${type}" /><input
        type="hidden"
        name="versi"
        value="${String(app.version)}"
      /><button type="submit" ${secondary ? html` class="danger"` : ''}>${label}</button>
    </form>`;
  return (async () => {
    const timeline = await c.get('desk').served.runtime.timeline(app.id);
    const body = html`${message ?? ''}
      <p>
        ${service === undefined ? app.serviceId : local(c, service.name)} · ${say(c, 'number')}
        <code>${app.id}</code>
      </p>
      <section class="where" aria-labelledby="where">
        <h2 id="where">${say(c, 'whereIsIt')}</h2>
        <strong>${status_.short}</strong>${status_.detail}${dueLine(c, app)}
      </section>
      ${canResubmit || canWithdraw ? html`<div class="actions">${canResubmit ? actionForm('RESUBMIT', say(c, 'resubmit'), false) : ''}${canWithdraw ? actionForm('WITHDRAW', say(c, 'withdraw'), true) : ''}</div>` : ''}
      ${mall.complaints === undefined ? '' : html`<p><a href="${href(c, `/pengaduan/baru?permohonan=${app.id}`)}">${say(c, 'complainThis')}</a></p>`}
      <h2>${say(c, 'cost')}</h2>
      <p>${feeText(c, app.fee)}</p>
      <h2>${say(c, 'documents')}</h2>
      ${documentList(c, app)}
      <h2>${say(c, 'history')}</h2>
      ${timelineList(c, timeline)}`;
    return respond(c, { title: say(c, 'trackTitle'), body }, status);
  })();
}

/** The answer to a form whose CSRF token does not match (old page, or not from this site). */
export function formExpired(c: DeskContext) {
  return respond(
    c,
    {
      title: say(c, 'formExpiredTitle'),
      body: html`<p>${say(c, 'formExpired')}</p>
        <p><a href="${href(c, '/')}">${say(c, 'backHome')}</a></p>`,
    },
    403,
  );
}
