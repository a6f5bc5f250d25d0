/** The officer's desk: the inbox of their role@agency and the application page with its actions. */
import {
  ConflictError,
  ForbiddenError,
  InvalidActionError,
  ValidationError,
  agencyDisplayName,
  eventLabel,
  formatDate,
  resolveServiceDefinition,
  roleLabel,
  type Application,
  type ApplicationSummary,
} from '@mpp-kit/core';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import type { Caller } from '../auth/Caller.js';
import { webTexts, type WebTextKey } from './_webText.js';
import { signedIn, visibleApplication } from '../http/access.js';
import { ApiProblem, forbiddenAudiences } from '../http/ApiProblem.js';
import { officerActor } from '../routes/applicationRoutes.js';
import {
  applicationStatus,
  documentList,
  dueLine,
  feeText,
  stepName,
  timelineList,
} from './_applicationParts.js';
import {
  csrfField,
  formText,
  csrfValid,
  href,
  local,
  notice,
  nowOf,
  plain,
  respond,
  say,
  asApp,
  type DeskContext,
  type DeskEnv,
  type Html,
} from './_desk.js';
import { formExpired } from './_publicPages.js';

type Officer = Extract<Caller, { kind: 'officer' }>;

/** The caller as an officer, or a 403 page for anyone else. */
function officer(c: DeskContext): Officer {
  const caller = signedIn(asApp(c));
  if (caller.kind !== 'officer')
    throw new ApiProblem(403, 'forbidden_route', {
      what: webTexts.navInbox,
      who: forbiddenAudiences.officers,
    });
  return caller;
}

/** Actions that need the officer to say why. */
const needsReason = new Set(['RETURN', 'REJECT', 'EXTEND']);

/** The earlier of the step's and the service's due dates. */
const dueOf = (app: ApplicationSummary): string | null =>
  [app.stepDue, app.serviceDue].filter((d): d is string => d !== null).sort()[0] ?? null;

/** Registers `/petugas` and `/petugas/permohonan/{id}`. */
export function registerOfficerPages(web: Hono<DeskEnv>): void {
  web.get('/petugas', async (c) => {
    const caller = officer(c);
    const { mall, runtime } = c.get('desk').served;
    const serviceFilter = c.req.query('layanan') ?? '';
    const stateFilter = c.req.query('tahap') ?? '';
    const items: ApplicationSummary[] = [];
    let after: string | undefined;
    do {
      const page = await runtime.inbox({
        actors: caller.actors,
        limit: 500,
        ...(after === undefined ? {} : { after }),
      });
      items.push(...page.items);
      after = page.next;
    } while (after !== undefined && items.length < 2000);
    const services = [...new Set(items.map((a) => a.serviceId))];
    const states = [...new Set(items.map((a) => a.state))];
    const shown = items.filter(
      (a) =>
        (serviceFilter === '' || a.serviceId === serviceFilter) &&
        (stateFilter === '' || a.state === stateFilter),
    );
    const today = nowOf(c).toISOString().slice(0, 10);
    const serviceName = (id: string) => {
      const service = mall.services.find((s) => s.id === id);
      return service === undefined ? id : plain(c, service.name);
    };
    const roles = caller.actors
      .map(
        (a) =>
          `${plain(c, roleLabel(a.role, mall.roles))}, ${agencyDisplayName(a.agency, mall.agencies, c.get('locale'))}`,
      )
      .join('; ');
    const body = html`<p>${say(c, 'inboxFor')}: ${roles}</p>
      <form method="get" action="${href(c, '/petugas')}" class="search">
        <div>
          <label for="layanan">${say(c, 'service')}</label
          ><select id="layanan" name="layanan">
            <option value="">${say(c, 'all')}</option>
            ${services.map((id) => html`<option value="${id}" ${id === serviceFilter ? html` selected` : ''}>${serviceName(id)}</option>`)}
          </select>
        </div>
        <div>
          <label for="tahap">${say(c, 'step')}</label
          ><select id="tahap" name="tahap">
            <option value="">${say(c, 'all')}</option>
            ${states.map((id) => html`<option value="${id}" ${id === stateFilter ? html` selected` : ''}>${stepName(c, items.find((a) => a.state === id)!.serviceId, id)}</option>`)}
          </select>
        </div>
        <button type="submit">${say(c, 'filter')}</button>
      </form>
      ${
        shown.length === 0
          ? html`<p>${say(c, 'inboxEmpty')}</p>`
          : html`<div class="table-wrap" tabindex="0">
              <table>
                <caption>
                  ${say(c, 'waitingCount', { count: String(shown.length) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${say(c, 'dueDate')}</th>
                    <th scope="col">${say(c, 'service')}</th>
                    <th scope="col">${say(c, 'step')}</th>
                    <th scope="col">${say(c, 'submittedCol')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map((app) => {
                    const due = dueOf(app);
                    const late = due !== null && due < today;
                    return html`<tr>
                      <td>
                        ${due === null ? '—' : formatDate(due, c.get('locale'))}${late ? html` <span class="overdue">${say(c, 'overdue')}</span>` : ''}${app.provisional === null ? '' : html` <span class="provisional">(${say(c, 'provisional')})</span>`}
                      </td>
                      <td>
                        <a href="${href(c, `/petugas/permohonan/${app.id}`)}"
                          >${serviceName(app.serviceId)}</a
                        >
                      </td>
                      <td>${stepName(c, app.serviceId, app.state)}</td>
                      <td>${formatDate(app.submittedAt.slice(0, 10), c.get('locale'))}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
      }`;
    return respond(c, { title: say(c, 'inboxTitle'), body, wide: true });
  });

  web.get('/petugas/permohonan/:id', async (c) => {
    officer(c);
    const app = await visibleApplication(asApp(c), c.req.param('id'));
    return applicationPage(c, app);
  });

  web.post('/petugas/permohonan/:id/aksi', async (c) => {
    const caller = officer(c);
    const body = await c.req.parseBody();
    if (!csrfValid(c, body['_csrf'])) return formExpired(c);
    const app = await visibleApplication(asApp(c), c.req.param('id'));
    const type = formText(body, 'aksi');
    const version = Number(body['versi']);
    const reason = formText(body, 'alasan').trim().slice(0, 2000);
    const days = Number(body['hari']);
    const as = typeof body['sebagai'] === 'string' ? body['sebagai'] : undefined;
    if (needsReason.has(type) && reason === '') {
      return applicationPage(
        c,
        app,
        { type, message: notice('problem', say(c, 'reasonMissing')) },
        422,
      );
    }
    const { runtime } = c.get('desk').served;
    try {
      await runtime.act(app.id, {
        type,
        actor: officerActor(caller, app, type, as),
        expectedVersion: version,
        ...(reason === '' ? {} : { reason }),
        ...(type === 'EXTEND' && Number.isInteger(days) ? { days } : {}),
      });
    } catch (error) {
      const fresh = await visibleApplication(asApp(c), app.id);
      if (error instanceof ConflictError || error instanceof InvalidActionError)
        return applicationPage(
          c,
          fresh,
          { message: notice('problem', say(c, 'someoneFirst')) },
          409,
        );
      if (error instanceof ValidationError || error instanceof ForbiddenError)
        return applicationPage(
          c,
          fresh,
          {
            type,
            message: notice(
              'problem',
              error instanceof ForbiddenError
                ? say(c, 'notYours')
                : error
                    .localizedIssues(c.get('locale'))
                    .map((i) => i.message)
                    .join('; '),
            ),
          },
          422,
        );
      throw error;
    }
    return c.redirect(
      href(c, `/petugas/permohonan/${app.id}?selesai=${encodeURIComponent(type)}`),
      303,
    );
  });
}

/** The application as an officer sees it, with exactly the actions the lifecycle allows them now. */
async function applicationPage(
  c: DeskContext,
  app: Application,
  extra: { type?: string; message?: Html } = {},
  status = 200,
) {
  const caller = c.get('caller') as Officer;
  const { mall, runtime } = c.get('desk').served;
  const service = mall.services.find((s) => s.id === app.serviceId);
  const [allowed, timeline] = await Promise.all([
    runtime.allowedActions(app.id),
    runtime.timeline(app.id),
  ]);
  const mine = allowed.flatMap((action) =>
    action.allowed
      .filter((named) =>
        caller.actors.some((a) => a.role === named.role && a.agency === named.agency),
      )
      .map((named) => ({ type: action.type, as: `${named.role}@${named.agency}` })),
  );
  const done = c.req.query('selesai');
  const status_ = applicationStatus(c, app);
  const team = teamOf(c, app);
  const actionForms = mine.map(({ type, as }, index) => {
    const id = `a${String(index)}`;
    const why = needsReason.has(type);
    return html`<form
      method="post"
      action="${href(c, `/petugas/permohonan/${app.id}/aksi`)}"
      class="action"
    >
      ${csrfField(c)}<input type="hidden" name="aksi" value="${type}" /><input
        type="hidden"
        name="versi"
        value="${String(app.version)}"
      /><input type="hidden" name="sebagai" value="${as}" />
      ${why ? html`<label for="${id}-alasan">${say(c, type === 'RETURN' ? 'returnReason' : 'reasonLabel')}</label><textarea id="${id}-alasan" name="alasan" required${extra.type === type ? html` aria-invalid="true"` : ''}></textarea>` : ''}
      ${type === 'EXTEND' ? html`<label for="${id}-hari">${say(c, 'extendDays')}</label><input type="number" id="${id}-hari" name="hari" min="1" max="60" value="5" />` : ''}
      <button
        type="submit"
        ${type === 'REJECT' || type === 'RETURN' ? html` class="secondary"` : ''}
      >
        ${plain(c, actionLabel(type))}${mine.filter((m) => m.type === type).length > 1 ? html` (${as})` : ''}
      </button>
    </form>`;
  });
  const checklist = html`<ul>
    ${app.checklist.items.map((item) => html`<li>${local(c, item.document)} — <strong>${say(c, `req_${item.status}` as WebTextKey)}</strong>${item.condition === undefined ? '' : html` <span class="hint">${say(c, 'requiredWhen', { condition: plain(c, item.condition) })}</span>`}</li>`)}
  </ul>`;
  const body = html`${done === undefined ? '' : notice('ok', say(c, 'actionDone', { action: plain(c, actionLabel(done)) }))}${extra.message ?? ''}
    <p>
      ${service === undefined ? app.serviceId : local(c, service.name)} · ${say(c, 'number')}
      <code>${app.id}</code> · ${say(c, 'applicant')}:
      ${app.applicant.name ?? app.applicantId}${app.applicant.nik === undefined ? '' : html` (NIK ${app.applicant.nik})`}
    </p>
    <section class="where" aria-labelledby="where">
      <h2 id="where">${say(c, 'nowAt')}</h2>
      <strong>${status_.short}</strong>${status_.detail}${dueLine(c, app)}
    </section>
    ${team}
    <h2 id="actions">${say(c, 'yourActions')}</h2>
    ${mine.length === 0 ? html`<p>${say(c, 'nothingForYou')}</p>` : html`<div class="actions" role="group" aria-labelledby="actions">${actionForms}</div>`}
    <h2>${say(c, 'checklist')}</h2>
    ${checklist}
    <p>${say(c, 'cost')}: ${feeText(c, app.fee)}</p>
    <h2>${say(c, 'documents')}</h2>
    ${documentList(c, app)}
    <h2>${say(c, 'history')}</h2>
    ${timelineList(c, timeline)}`;
  return respond(c, { title: say(c, 'applicationTitle'), body }, status);
}

/** The action's words (the lifecycle's event labels). */
const actionLabel = eventLabel;

/** A technical team's review in this round: each agency and whether it has approved. */
function teamOf(c: DeskContext, app: Application): Html {
  let agencies: readonly string[] = [];
  try {
    const step = resolveServiceDefinition(
      c.get('desk').served.mall,
      app.serviceId,
    ).workflow.steps.find((s) => s.id === app.state);
    agencies = step?.team?.agencies ?? [];
  } catch {
    agencies = [];
  }
  if (agencies.length === 0) return html``;
  const { mall } = c.get('desk').served;
  return html`<h2>${say(c, 'teamReview')}</h2>
    <ul>
      ${agencies.map((agency) => {
        const vote = app.votes[agency];
        return html`<li>
          ${agencyDisplayName(agency, mall.agencies, c.get('locale'))}:
          <strong
            >${vote === 'approve' ? say(c, 'approved') : vote === 'reject' ? say(c, 'refused') : say(c, 'waiting')}</strong
          >
        </li>`;
      })}
    </ul>`;
}
