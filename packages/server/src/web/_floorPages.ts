/**
 * The floor's pages: taking a ticket, the ticket and the display board (live from the board's
 * Server-Sent Events, readable without script), the officers' counter desk, and complaints (the
 * public form and tracking, the reporter's own, the agencies' inbox). The rules are the core
 * desks' and the API's (`floorRoutes`): these pages only ask and show.
 */
import {
  FloorError,
  agencyDisplayName,
  complaintActions,
  complaintActionsFor,
  formatDate,
  formatDateTime,
  vocabularyLabels,
  type ComplaintAction,
  type QueueDesk,
  type QueueTicket,
} from '@mpp-kit/core';
import {
  queuePriorityGroups,
  type ComplaintState,
  type CounterQueue,
  type QueuePriorityGroup,
} from '@mpp-kit/schemas';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { signedIn, visibleApplication } from '../http/access.js';
import { ApiProblem, forbiddenAudiences } from '../http/ApiProblem.js';
import { webTexts } from './_webText.js';
import {
  complaintActor,
  complaintDesk,
  complaintViewer,
  counterStaff,
  desksOf,
} from '../routes/floorRoutes.js';
import {
  asApp,
  csrfField,
  csrfValid,
  formText,
  href,
  notice,
  plain,
  respond,
  say,
  type DeskContext,
  type DeskEnv,
  type Html,
} from './_desk.js';
import { formExpired } from './_publicPages.js';
import { readUploadForm, sendDocument, uploadLimitMb } from './_uploads.js';

const queueOf = (c: DeskContext): QueueDesk => desksOf(c.get('desk').served).queue;

/** A core desk's refusal in the page's language. */
const floorText = (c: DeskContext, error: FloorError): string =>
  error.localizedMessage(c.get('locale'));

function counterName(c: DeskContext, counterId: string): string {
  const counter = c.get('desk').served.mall.counters.find((k) => k.id === counterId);
  return counter?.name === undefined ? counterId : plain(c, counter.name);
}

/** The API path of a mall's route (the board's stream). */
const apiPath = (c: DeskContext, path: string): string =>
  `/api/v1/malls/${c.get('desk').served.mall.mall.id}${path}`;

/** The appointment slots of a queue in the next 14 local days that have not ended. */
function upcomingSlots(
  queue: CounterQueue,
  today: string,
): { readonly date: string; readonly from: string; readonly to: string }[] {
  const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
  const slots: { date: string; from: string; to: string }[] = [];
  for (let i = 0; i < 14; i++) {
    const day = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const weekday = weekdays[day.getUTCDay()] ?? 'sun';
    for (const slot of queue.appointments ?? [])
      if (slot.date === date || (slot.date === undefined && slot.days?.includes(weekday) === true))
        slots.push({ date, from: slot.from, to: slot.to });
  }
  return slots;
}

/**
 * The "take a number" forms of a service page: one per counter whose queue serves the service,
 * with the protected groups and, when the counter declares them, its appointment slots.
 */
export function takeTicketForms(c: DeskContext, serviceId: string): Html {
  const desk = queueOf(c);
  const today = desk.today();
  const queues = desk.queues.filter(({ counter }) =>
    desk.servicesOf(counter.id).includes(serviceId),
  );
  if (queues.length === 0) return html``;
  return html`<section aria-labelledby="antrean">
    <h2 id="antrean">${say(c, 'queueTitle')}</h2>
    ${queues.map(({ counter, queue }) => {
      const id = `q-${counter.id}`;
      const slots = upcomingSlots(queue, today);
      return html`<form method="post" action="${href(c, `/antrean/${counter.id}/ambil`)}" class="ticket-form">
        ${csrfField(c)}<input type="hidden" name="layanan" value="${serviceId}" />
        <fieldset>
          <legend>${say(c, 'queueAt', { counter: counterName(c, counter.id) })}</legend>
          <label for="${id}-prioritas">${say(c, 'priorityLabel')}</label>
          <select id="${id}-prioritas" name="prioritas">
            <option value="">${say(c, 'priorityNone')}</option>
            ${queuePriorityGroups.map((group) => html`<option value="${group}">${plain(c, vocabularyLabels.queuePriorityGroup[group])}</option>`)}
          </select>
          ${
            slots.length === 0
              ? html`<input type="hidden" name="kapan" value="" />`
              : html`<label for="${id}-kapan">${say(c, 'visitWhen')}</label>
                  <select id="${id}-kapan" name="kapan">
                    <option value="">${say(c, 'walkIn')}</option>
                    ${slots.map((slot) => html`<option value="${slot.date}|${slot.from}">${say(c, 'slotOption', { date: formatDate(slot.date, c.get('locale')), from: slot.from, to: slot.to })}</option>`)}
                  </select>`
          }
          <button type="submit">${say(c, 'takeTicket')}</button>
        </fieldset>
      </form>`;
    })}
  </section>`;
}

/** The live part of a ticket's page: its number, where it stands, how many are ahead. */
async function ticketPart(c: DeskContext, ticketId: string): Promise<Html> {
  const { ticket, ahead } = await queueOf(c).position(ticketId);
  const where = counterName(c, ticket.counterId);
  const status = plain(c, vocabularyLabels.ticketStatus[ticket.status]);
  const line =
    ticket.status === 'called'
      ? say(c, 'calledNow', { counter: where })
      : ticket.status === 'waiting'
        ? ahead === 0
          ? say(c, 'nextUp')
          : say(c, 'ahead', { count: String(ahead) })
        : say(c, 'ticketStatusNow', { status });
  return html`<p class="ticket-number">${ticket.number}</p>
    <p>${say(c, 'queueAt', { counter: where })}</p>
    <p class="where" role="status"><strong>${line}</strong></p>
    ${
      ticket.kind === 'appointment' && ticket.slot !== null
        ? html`<p>${say(c, 'appointmentAt', { date: formatDate(ticket.day, c.get('locale')), slot: ticket.slot.replace('-', '–') })}</p>`
        : ''
    }`;
}

/** The live part of the display board: per counter, the numbers called and those waiting. */
async function boardPart(c: DeskContext, counterId: string | undefined): Promise<Html> {
  const desk = queueOf(c);
  const tickets = await desk.board(counterId === undefined ? {} : { counterId });
  const counters = desk.queues
    .map(({ counter }) => counter.id)
    .filter((id) => counterId === undefined || id === counterId);
  const numbers = (list: readonly QueueTicket[]) =>
    list.length === 0 ? '—' : list.map((t) => t.number).join(', ');
  return html`<div class="table-wrap" tabindex="0">
    <table class="board">
      <caption>
        ${say(c, 'boardTitle')} · ${formatDate(desk.today(), c.get('locale'))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(c, 'counter')}</th>
          <th scope="col">${say(c, 'boardNowCalling')}</th>
          <th scope="col">${say(c, 'boardWaiting')}</th>
        </tr>
      </thead>
      <tbody>
        ${counters.map((id) => {
          const mine = tickets.filter((t) => t.counterId === id);
          const called = mine
            .filter((t) => t.status === 'called')
            .sort((a, b) => ((a.calledAt ?? '') < (b.calledAt ?? '') ? 1 : -1));
          return html`<tr>
            <th scope="row">${counterName(c, id)}</th>
            <td class="called">${numbers(called)}</td>
            <td>${numbers(mine.filter((t) => t.status === 'waiting'))}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** A part that the desks' script fetches again on each event of the board's stream. */
const livePart = (c: DeskContext, self: string, part: Html): Html =>
  html`<div
    data-live="${self}"
    data-stream="${apiPath(c, '/queues/board/stream')}"
    aria-live="polite"
  >
    ${part}
  </div>`;

/** The part alone when the script asks (`?bagian=1`), else the whole page. */
function partOrPage(c: DeskContext, title: string, part: Html, around: (part: Html) => Html) {
  if (c.req.query('bagian') === '1') {
    c.header('cache-control', 'no-store');
    return c.html(part);
  }
  return respond(c, { title, body: around(part), script: true });
}

/** The officer's queue desk at one counter. */
async function counterDesk(c: DeskContext, counterId: string, message?: Html, status = 200) {
  counterStaff(asApp(c), counterId);
  const desk = queueOf(c);
  const tickets = await desk.board({ counterId });
  const { mall } = c.get('desk').served;
  const called = tickets.filter((t) => t.status === 'called');
  const waiting = tickets.filter((t) => t.status === 'waiting');
  const others = desk.queues.map(({ counter }) => counter.id).filter((id) => id !== counterId);
  const ticketForm = (ticket: QueueTicket, action: string, label: string) =>
    html`<form method="post" action="${href(c, `/petugas/tiket/${ticket.id}/${action}`)}" class="inline">
      ${csrfField(c)}<button type="submit" class="secondary">${label}</button>
    </form>`;
  const priority = (t: QueueTicket) =>
    t.priority === null ? '—' : plain(c, vocabularyLabels.queuePriorityGroup[t.priority]);
  const service = (t: QueueTicket) => {
    const found = c.get('desk').served.mall.services.find((s) => s.id === t.serviceId);
    return found === undefined ? '—' : plain(c, found.name);
  };
  const body = html`${message ?? ''}
    <form method="post" action="${href(c, `/petugas/antrean/${counterId}/panggil`)}" class="actions">
      ${csrfField(c)}<button type="submit">${say(c, 'callNext')}</button>
    </form>
    <h2>${say(c, 'calledTickets')}</h2>
    ${
      called.length === 0
        ? html`<p>—</p>`
        : html`<ul class="called-list">
            ${called.map(
              (t) =>
                html`<li>
                  <strong class="ticket-number">${t.number}</strong> · ${priority(t)} · ${service(t)}
                  <div class="actions">
                    ${ticketForm(t, 'recall', say(c, 'recall'))}${ticketForm(t, 'serve', say(c, 'markServed'))}${ticketForm(t, 'no-show', say(c, 'markNoShow'))}
                    ${
                      others.length === 0
                        ? ''
                        : html`<form method="post" action="${href(c, `/petugas/tiket/${t.id}/transfer`)}" class="inline">
                            ${csrfField(c)}<label for="to-${t.id}">${say(c, 'transferTo', { ticket: t.number })}</label>
                            <select id="to-${t.id}" name="gerai">
                              ${others.map((id) => html`<option value="${id}">${counterName(c, id)}</option>`)}
                            </select>
                            <button type="submit" class="secondary">${say(c, 'transfer')}</button>
                          </form>`
                    }
                  </div>
                </li>`,
            )}
          </ul>`
    }
    <h2>${say(c, 'boardWaiting')}</h2>
    ${
      waiting.length === 0
        ? html`<p>${say(c, 'nobodyWaits')}</p>`
        : html`<div class="table-wrap" tabindex="0">
            <table>
              <caption>
                ${say(c, 'boardWaiting')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${say(c, 'ticketNumber')}</th>
                  <th scope="col">${say(c, 'priority')}</th>
                  <th scope="col">${say(c, 'service')}</th>
                  <th scope="col">${say(c, 'since')}</th>
                </tr>
              </thead>
              <tbody>
                ${waiting.map(
                  (t) =>
                    html`<tr>
                      <th scope="row">${t.number}</th>
                      <td>${priority(t)}</td>
                      <td>${service(t)}</td>
                      <td>${t.kind === 'appointment' && t.slot !== null ? t.slot.replace('-', '–') : formatDateTime(t.takenAt, mall.mall.timeZone, c.get('locale'))}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    <p><a href="${href(c, `/antrean/papan?gerai=${counterId}`)}">${say(c, 'navBoard')}</a> · <a href="${href(c, '/petugas/antrean')}">${say(c, 'myCounters')}</a></p>`;
  return respond(
    c,
    { title: say(c, 'counterDeskTitle', { counter: counterName(c, counterId) }), body },
    status,
  );
}

/** The complaint's facts as a definition list, as the viewer may see them. */
function complaintFacts(
  c: DeskContext,
  complaint: {
    readonly categoryId: string;
    readonly agency: string;
    readonly state: ComplaintState;
    readonly receivedAt: string;
    readonly firstResponseDue: string;
    readonly answerDue: string;
  },
): Html {
  const { mall } = c.get('desk').served;
  const locale = c.get('locale');
  const category = mall.complaints?.categories.find((k) => k.id === complaint.categoryId);
  return html`<dl class="facts">
    <dt>${say(c, 'status')}</dt>
    <dd><strong>${plain(c, vocabularyLabels.complaintState[complaint.state])}</strong></dd>
    <dt>${say(c, 'category')}</dt>
    <dd>${category === undefined ? complaint.categoryId : plain(c, category.name)}</dd>
    <dt>${say(c, 'agency')}</dt>
    <dd>${agencyDisplayName(complaint.agency, mall.agencies, locale)}</dd>
    <dt>${say(c, 'received')}</dt>
    <dd>${formatDate(complaint.receivedAt.slice(0, 10), locale)}</dd>
    <dt>${say(c, 'firstResponseDue')}</dt>
    <dd>${formatDate(complaint.firstResponseDue, locale)}</dd>
    <dt>${say(c, 'answerDue')}</dt>
    <dd>${formatDate(complaint.answerDue, locale)}</dd>
  </dl>`;
}

/** A complaint with its history and the caller's actions (officers, handlers, the reporter). */
async function complaintPage(
  c: DeskContext,
  id: string,
  base: '/pengaduan' | '/petugas/pengaduan',
  message?: Html,
  status = 200,
) {
  const viewer = complaintViewer(asApp(c));
  const desk = complaintDesk(asApp(c));
  const complaint = await desk.get(id, viewer);
  const { mall } = c.get('desk').served;
  const locale = c.get('locale');
  const done = c.req.query('selesai');
  const actions = complaintActionsFor(desk.lifecycle, viewer, complaint.state).map((action, i) => {
    const field = `c${String(i)}`;
    return html`<form method="post" action="${href(c, `${base}/${complaint.id}/aksi`)}" class="action">
      ${csrfField(c)}<input type="hidden" name="aksi" value="${action}" /><input
        type="hidden"
        name="versi"
        value="${String(complaint.version)}"
      />
      ${action === 'answer' ? html`<label for="${field}-jawaban">${say(c, 'answerLabel')}</label><textarea id="${field}-jawaban" name="jawaban" required></textarea>` : ''}
      ${
        action === 'assign'
          ? html`<label for="${field}-instansi">${say(c, 'assignTo')}</label>
              <select id="${field}-instansi" name="instansi">
                ${mall.agencies.map((a) => html`<option value="${a.id}" ${a.id === complaint.agency ? html` selected` : ''}>${agencyDisplayName(a.id, mall.agencies, locale)}</option>`)}
              </select>`
          : ''
      }
      <label for="${field}-catatan">${say(c, 'noteLabel')}</label>
      <input type="text" id="${field}-catatan" name="catatan" maxlength="2000" />
      <button type="submit">${say(c, `act_${action}`)}</button>
    </form>`;
  });
  const reporter =
    complaint.reporterId === null
      ? html`<em>${say(c, 'reporterHidden')}</em>`
      : html`${complaint.reporterName ?? complaint.reporterId}${complaint.reporterContact === null ? '' : html` (${complaint.reporterContact})`}`;
  const body = html`${done === undefined ? '' : notice('ok', say(c, 'actionDone', { action: say(c, `act_${done as ComplaintAction}`) }))}${message ?? ''}
    <p><strong>${complaint.title}</strong></p>
    <p class="content">${complaint.content}</p>
    ${complaintFacts(c, complaint)}
    <dl class="facts">
      <dt>${say(c, 'reporter')}</dt>
      <dd>${reporter}</dd>
      ${complaint.eventDate === null ? '' : html`<dt>${say(c, 'eventDate')}</dt><dd>${formatDate(complaint.eventDate, locale)}</dd>`}
      ${complaint.eventPlace === null ? '' : html`<dt>${say(c, 'eventPlace')}</dt><dd>${complaint.eventPlace}</dd>`}
      ${complaint.applicationId === null ? '' : html`<dt>${say(c, 'application')}</dt><dd><code>${complaint.applicationId}</code></dd>`}
      ${complaint.attachments.length === 0 ? '' : html`<dt>${say(c, 'complaintAttachment')}</dt><dd>${complaint.attachments.map((_, i) => html`<a href="${href(c, `/pengaduan/${complaint.id}/lampiran/${String(i + 1)}`)}">${say(c, 'attachmentNumber', { number: String(i + 1) })}</a> `)}</dd>`}
    </dl>
    ${complaint.answer === null ? '' : html`<h2>${say(c, 'answer')}</h2><p class="content">${complaint.answer}</p>`}
    ${actions.length === 0 ? '' : html`<h2 id="actions">${say(c, 'yourActions')}</h2><div class="actions" role="group" aria-labelledby="actions">${actions}</div>`}
    <h2>${say(c, 'history')}</h2>
    <ol class="timeline">
      ${complaint.history.map((change) => html`<li>${formatDate(change.at.slice(0, 10), locale)} — ${plain(c, vocabularyLabels.complaintState[change.state])}${change.note === undefined ? '' : html`: ${change.note}`}</li>`)}
    </ol>`;
  return respond(
    c,
    { title: say(c, 'complaintTitle', { number: complaint.number }), body },
    status,
  );
}

/** Runs a complaint action from a form; back to the page, or the page with the refusal. */
async function complaintAction(c: DeskContext, base: '/pengaduan' | '/petugas/pengaduan') {
  const form = await c.req.parseBody();
  if (!csrfValid(c, form['_csrf'])) return formExpired(c);
  const id = c.req.param('id') ?? '';
  const action = formText(form, 'aksi') as ComplaintAction;
  if (!Object.hasOwn(complaintActions, action))
    throw new ApiProblem(400, 'bad_request', { summary: `action ${action.slice(0, 20)}` });
  const desk = complaintDesk(asApp(c));
  const current = await desk.get(id, complaintViewer(asApp(c)));
  const text = (name: string) => formText(form, name).trim().slice(0, 4000);
  try {
    await desk.act(id, Number(form['versi']), action, complaintActor(asApp(c), current.agency), {
      ...(text('catatan') === '' ? {} : { note: text('catatan') }),
      ...(text('jawaban') === '' ? {} : { answer: text('jawaban') }),
      ...(text('instansi') === '' ? {} : { agency: text('instansi') }),
    });
  } catch (error) {
    if (!(error instanceof FloorError)) throw error;
    const why = error.code === 'conflict' ? say(c, 'complaintChanged') : floorText(c, error);
    return complaintPage(
      c,
      id,
      base,
      notice('problem', why),
      error.code === 'conflict' ? 409 : 422,
    );
  }
  return c.redirect(href(c, `${base}/${id}?selesai=${action}`), 303);
}

/** The public complaint form, with what was typed and a problem when there is one. */
async function complaintForm(
  c: DeskContext,
  values: ReadonlyMap<string, string>,
  message?: Html,
  status = 200,
) {
  const desk = complaintDesk(asApp(c));
  const caller = c.get('caller');
  const applicationId = values.get('permohonan') ?? '';
  if (applicationId !== '') await visibleApplication(asApp(c), applicationId);
  const value = (name: string) => values.get(name) ?? '';
  const checked = (name: string) => (values.get(name) === 'ya' ? html` checked` : '');
  const body = html`${message ?? ''}
    <p>${say(c, 'complaintIntro')}</p>
    ${applicationId === '' ? '' : html`<p>${say(c, 'aboutApplication', { id: applicationId })}</p>`}
    <form method="post" action="${href(c, '/pengaduan/baru')}" enctype="multipart/form-data">
      ${csrfField(c)}<input type="hidden" name="permohonan" value="${applicationId}" />
      <label for="kategori">${say(c, 'category')}</label>
      <select id="kategori" name="kategori" required>
        ${desk.categories.map((k) => html`<option value="${k.id}" ${k.id === value('kategori') ? html` selected` : ''}>${plain(c, k.name)} — ${say(c, 'categoryTerm', { days: String(k.term) })}</option>`)}
      </select>
      <label for="judul">${say(c, 'complaintTitleLabel')}</label>
      <input type="text" id="judul" name="judul" maxlength="200" required value="${value('judul')}" />
      <label for="isi-laporan">${say(c, 'complaintContent')}</label>
      <textarea id="isi-laporan" name="isi" maxlength="4000" required>${value('isi')}</textarea>
      <label for="tanggal">${say(c, 'eventDate')}</label>
      <input type="date" id="tanggal" name="tanggal" value="${value('tanggal')}" />
      <label for="tempat">${say(c, 'eventPlace')}</label>
      <input type="text" id="tempat" name="tempat" maxlength="200" value="${value('tempat')}" />
      <label for="lampiran">${say(c, 'complaintAttachment')}</label>
      <p class="hint" id="lampiran-aturan">${say(c, 'uploadRules', { mb: uploadLimitMb(c) })}</p>
      <input type="file" id="lampiran" name="lampiran" accept="application/pdf,image/png,image/jpeg" aria-describedby="lampiran-aturan" />
      <fieldset>
        <legend>${say(c, 'privacy')}</legend>
        ${caller.kind === 'anonymous' ? html`<p class="hint">${say(c, 'notSignedInReporter')}</p>` : ''}
        <label class="choice"><input type="checkbox" name="anonim" value="ya"${checked('anonim')} /> ${say(c, 'anonymousLabel')}</label>
        <label class="choice"><input type="checkbox" name="rahasia" value="ya"${checked('rahasia')} /> ${say(c, 'confidentialLabel')}</label>
        ${caller.kind === 'applicant' ? html`<label for="kontak">${say(c, 'reporterContact')}</label><input type="text" id="kontak" name="kontak" maxlength="200" autocomplete="email" value="${value('kontak')}" />` : ''}
      </fieldset>
      <div class="actions"><button type="submit">${say(c, 'sendComplaint')}</button></div>
    </form>`;
  return respond(c, { title: say(c, 'complaintNewTitle'), body }, status);
}

/** Registers the queue and complaint pages. */
export function registerFloorPages(web: Hono<DeskEnv>): void {
  web.post('/antrean/:counterId/ambil', async (c) => {
    const form = await c.req.parseBody();
    if (!csrfValid(c, form['_csrf'])) return formExpired(c);
    const counterId = c.req.param('counterId');
    const priority = formText(form, 'prioritas');
    const serviceId = formText(form, 'layanan');
    const [date, from] = formText(form, 'kapan').split('|');
    try {
      const ticket = await queueOf(c).take({
        counterId,
        ...(serviceId === '' ? {} : { serviceId }),
        ...(priority === '' ? {} : { priority: priority as QueuePriorityGroup }),
        ...(date === undefined || date === '' || from === undefined
          ? {}
          : { appointment: { date, from } }),
      });
      return c.redirect(href(c, `/antrean/tiket/${ticket.id}`), 303);
    } catch (error) {
      if (!(error instanceof FloorError)) throw error;
      return respond(
        c,
        {
          title: say(c, 'queueTitle'),
          body: html`${notice('problem', floorText(c, error))}
            <p>
              <a href="${href(c, serviceId === '' ? '/' : `/layanan/${serviceId}`)}"
                >${say(c, 'backHome')}</a
              >
            </p>`,
        },
        error.code === 'not_found' ? 404 : 409,
      );
    }
  });

  web.get('/antrean/tiket/:id', async (c) => {
    const self = href(c, `/antrean/tiket/${c.req.param('id')}?bagian=1`);
    let part: Html;
    try {
      part = await ticketPart(c, c.req.param('id'));
    } catch (error) {
      if (error instanceof FloorError && error.code === 'not_found')
        throw new ApiProblem(404, 'not_found', { id: c.req.param('id') });
      throw error;
    }
    return partOrPage(
      c,
      say(c, 'ticketTitle'),
      part,
      (inner) => html`${livePart(c, self, inner)}
        <p class="hint">${say(c, 'ticketKeep')}</p>
        <p><a href="${href(c, `/antrean/tiket/${c.req.param('id')}`)}">${say(c, 'refresh')}</a></p>`,
    );
  });

  web.get('/antrean/papan', async (c) => {
    const desk = queueOf(c);
    const asked = c.req.query('gerai') ?? '';
    const counterId = desk.queues.some(({ counter }) => counter.id === asked) ? asked : undefined;
    const query = counterId === undefined ? '' : `gerai=${counterId}&`;
    const self = href(c, `/antrean/papan?${query}bagian=1`);
    return partOrPage(
      c,
      say(c, 'boardTitle'),
      await boardPart(c, counterId),
      (inner) => html`<form method="get" action="${href(c, '/antrean/papan')}" class="search">
          <div>
            <label for="gerai">${say(c, 'counter')}</label
            ><select id="gerai" name="gerai">
              <option value="">${say(c, 'allCounters')}</option>
              ${desk.queues.map(({ counter }) => html`<option value="${counter.id}" ${counter.id === counterId ? html` selected` : ''}>${counterName(c, counter.id)}</option>`)}
            </select>
          </div>
          <button type="submit">${say(c, 'show')}</button>
        </form>
        ${livePart(c, self, inner)}
        <p class="hint">${say(c, 'boardLive')}</p>`,
    );
  });

  web.get('/petugas/antrean', (c) => {
    const caller = signedIn(asApp(c));
    const desk = queueOf(c);
    const mine = desk.queues.filter(
      ({ counter }) =>
        caller.kind === 'officer' &&
        (caller.coordinator || caller.actors.some((a) => counter.agencies.includes(a.agency))),
    );
    if (caller.kind !== 'officer')
      throw new ApiProblem(403, 'forbidden_route', {
        what: webTexts.navQueue,
        who: forbiddenAudiences.officers,
      });
    const body =
      mine.length === 0
        ? html`<p>${say(c, 'noCounters')}</p>`
        : html`<ul class="services">
            ${mine.map(({ counter }) => html`<li><a href="${href(c, `/petugas/antrean/${counter.id}`)}">${counterName(c, counter.id)}</a></li>`)}
          </ul>`;
    return respond(c, { title: say(c, 'myCounters'), body });
  });

  web.get('/petugas/antrean/:counterId', (c) => counterDesk(c, c.req.param('counterId')));

  web.post('/petugas/antrean/:counterId/panggil', async (c) => {
    const form = await c.req.parseBody();
    if (!csrfValid(c, form['_csrf'])) return formExpired(c);
    const counterId = c.req.param('counterId');
    const officer = counterStaff(asApp(c), counterId);
    const ticket = await queueOf(c).callNext(counterId, officer);
    return counterDesk(
      c,
      counterId,
      ticket === undefined
        ? notice('info', say(c, 'nobodyWaits'))
        : notice(
            'ok',
            say(c, 'ticketMoved', {
              ticket: ticket.number,
              status: plain(c, vocabularyLabels.ticketStatus.called),
            }),
          ),
    );
  });

  web.post('/petugas/tiket/:ticketId/:action', async (c) => {
    const form = await c.req.parseBody();
    if (!csrfValid(c, form['_csrf'])) return formExpired(c);
    const ticketId = c.req.param('ticketId');
    const action = c.req.param('action');
    const desk = queueOf(c);
    const { ticket: current } = await desk.position(ticketId).catch((error: unknown) => {
      if (error instanceof FloorError) throw new ApiProblem(404, 'not_found', { id: ticketId });
      throw error;
    });
    const officer = counterStaff(asApp(c), current.counterId);
    let moved: QueueTicket;
    try {
      if (action === 'recall') moved = await desk.recall(ticketId, officer);
      else if (action === 'serve') moved = await desk.serve(ticketId);
      else if (action === 'no-show') moved = await desk.noShow(ticketId);
      else if (action === 'transfer')
        moved = await desk.transfer(ticketId, formText(form, 'gerai'));
      else throw new ApiProblem(400, 'bad_request', { summary: `action ${action.slice(0, 20)}` });
    } catch (error) {
      if (!(error instanceof FloorError)) throw error;
      return counterDesk(c, current.counterId, notice('problem', floorText(c, error)), 409);
    }
    return counterDesk(
      c,
      current.counterId,
      notice(
        'ok',
        say(c, 'ticketMoved', {
          ticket: moved.number,
          status:
            action === 'transfer'
              ? `${say(c, 'transfer')} → ${counterName(c, moved.counterId)}`
              : plain(c, vocabularyLabels.ticketStatus[moved.status]),
        }),
      ),
    );
  });

  web.get('/pengaduan', async (c) => {
    const desk = complaintDesk(asApp(c));
    const caller = c.get('caller');
    const number = (c.req.query('nomor') ?? '').trim().toUpperCase().slice(0, 40);
    const found = number === '' ? undefined : await desk.track(number);
    const locale = c.get('locale');
    const mine =
      caller.kind === 'applicant' ? await desk.list({ kind: 'reporter', id: caller.id }) : [];
    const body = html`<p><a class="button" href="${href(c, '/pengaduan/baru')}">${say(c, 'complaintNewTitle')}</a></p>
      <h2 id="lacak">${say(c, 'trackComplaintTitle')}</h2>
      <form method="get" action="${href(c, '/pengaduan')}" class="search">
        <div>
          <label for="nomor">${say(c, 'complaintNumber')}</label
          ><input type="text" id="nomor" name="nomor" value="${number}" placeholder="ADU-2026-000001" />
        </div>
        <button type="submit">${say(c, 'track')}</button>
      </form>
      ${
        number === ''
          ? ''
          : found === undefined
            ? notice('problem', say(c, 'complaintNotFound'))
            : html`<section aria-labelledby="hasil">
                <h3 id="hasil">${found.number}</h3>
                ${found.title === null ? html`<p class="hint">${say(c, 'confidentialHidden')}</p>` : html`<p><strong>${found.title}</strong></p>`}
                ${complaintFacts(c, found)}
                ${found.answer === null ? '' : html`<h4>${say(c, 'answer')}</h4><p class="content">${found.answer}</p>`}
              </section>`
      }
      ${
        mine.length === 0
          ? ''
          : html`<h2>${say(c, 'myComplaints')}</h2>
              <ul class="services">
                ${[...mine].reverse().map((k) => html`<li><a href="${href(c, `/pengaduan/${k.id}`)}">${k.number} — ${k.title}</a><p class="meta"><span>${plain(c, vocabularyLabels.complaintState[k.state])}</span><span>${say(c, 'answerDue')} ${formatDate(k.answerDue, locale)}</span></p></li>`)}
              </ul>`
      }`;
    return respond(c, { title: say(c, 'navComplaints'), body });
  });

  web.get('/pengaduan/baru', (c) =>
    complaintForm(c, new Map([['permohonan', (c.req.query('permohonan') ?? '').slice(0, 100)]])),
  );

  web.post('/pengaduan/baru', async (c) => {
    // Multipart (with an attachment) or a plain form: the CSRF field is checked before any file.
    const form = await readUploadForm(c, (token) => csrfValid(c, token));
    if (!form.csrfOk) return formExpired(c);
    const values = new Map(
      [
        'permohonan',
        'kategori',
        'judul',
        'isi',
        'tanggal',
        'tempat',
        'anonim',
        'rahasia',
        'kontak',
      ].map((name) => [name, (form.fields.get(name) ?? '').trim().slice(0, 4000)] as const),
    );
    const attachmentProblem = form.problems.get('lampiran');
    if (attachmentProblem !== undefined)
      return complaintForm(
        c,
        values,
        notice(
          'problem',
          attachmentProblem === 'too_large'
            ? say(c, 'tooLarge', { mb: uploadLimitMb(c) })
            : say(c, 'wrongType'),
        ),
        422,
      );
    const attachment = form.files.get('lampiran');
    const text = (name: string) => values.get(name) ?? '';
    const caller = c.get('caller');
    const anonymous = text('anonim') === 'ya';
    const applicationId = text('permohonan');
    if (applicationId !== '') await visibleApplication(asApp(c), applicationId);
    const account =
      caller.kind === 'applicant'
        ? await c.get('desk').served.state.web.accountById(caller.id)
        : undefined;
    try {
      const complaint = await complaintDesk(asApp(c)).submit({
        categoryId: text('kategori'),
        title: text('judul'),
        content: text('isi'),
        anonymous,
        confidential: text('rahasia') === 'ya',
        ...(/^\d{4}-\d{2}-\d{2}$/.test(text('tanggal')) ? { eventDate: text('tanggal') } : {}),
        ...(text('tempat') === '' ? {} : { eventPlace: text('tempat') }),
        ...(applicationId === '' ? {} : { applicationId }),
        ...(attachment === undefined ? {} : { attachments: [attachment.sha256] }),
        ...(caller.kind === 'anonymous'
          ? {}
          : {
              reporter: {
                id: caller.id,
                ...(account === undefined ? {} : { name: account.name }),
                ...(text('kontak') === '' ? {} : { contact: text('kontak') }),
              },
            }),
      });
      if (caller.kind === 'applicant' && !anonymous)
        return c.redirect(href(c, `/pengaduan/${complaint.id}?baru=1`), 303);
      return await respond(c, {
        title: say(c, 'complaintNewTitle'),
        body: html`${notice('ok', say(c, 'complaintSent', { number: complaint.number }))}
          <p>
            <a href="${href(c, `/pengaduan?nomor=${complaint.number}`)}"
              >${say(c, 'trackComplaintTitle')}</a
            >
          </p>`,
      });
    } catch (error) {
      if (!(error instanceof FloorError)) throw error;
      return complaintForm(c, values, notice('problem', floorText(c, error)), 422);
    }
  });

  web.get('/pengaduan/:id', async (c) => {
    const caller = signedIn(asApp(c));
    if (caller.kind === 'officer')
      return c.redirect(href(c, `/petugas/pengaduan/${c.req.param('id')}`), 303);
    const complaint = await complaintDesk(asApp(c)).get(
      c.req.param('id'),
      complaintViewer(asApp(c)),
    );
    return complaintPage(
      c,
      complaint.id,
      '/pengaduan',
      c.req.query('baru') === '1'
        ? notice('ok', say(c, 'complaintSent', { number: complaint.number }))
        : undefined,
    );
  });

  web.post('/pengaduan/:id/aksi', (c) => complaintAction(c, '/pengaduan'));

  // An attachment, for whoever may see the complaint (the reporter, its officers and handlers).
  web.get('/pengaduan/:id/lampiran/:n', async (c) => {
    const complaint = await complaintDesk(asApp(c)).get(
      c.req.param('id'),
      complaintViewer(asApp(c)),
    );
    const sha256 = complaint.attachments[Number(c.req.param('n')) - 1];
    const blob =
      sha256 === undefined ? undefined : await c.get('desk').served.state.web.blob(sha256);
    if (blob === undefined)
      throw new ApiProblem(404, 'not_found', {
        id: `${complaint.number}/${c.req.param('n')}`,
      });
    return sendDocument(c, blob, `${complaint.number}-${c.req.param('n')}`);
  });

  web.get('/petugas/pengaduan', async (c) => {
    const viewer = complaintViewer(asApp(c));
    const list = await complaintDesk(asApp(c)).list(viewer);
    const locale = c.get('locale');
    const today = queueOf(c).today();
    const body =
      list.length === 0
        ? html`<p>${say(c, 'noComplaints')}</p>`
        : html`<div class="table-wrap" tabindex="0">
            <table>
              <caption>
                ${say(c, 'complaintInboxTitle')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${say(c, 'complaintNumber')}</th>
                  <th scope="col">${say(c, 'complaintTitleLabel')}</th>
                  <th scope="col">${say(c, 'status')}</th>
                  <th scope="col">${say(c, 'agency')}</th>
                  <th scope="col">${say(c, 'answerDue')}</th>
                </tr>
              </thead>
              <tbody>
                ${list.map((k) => {
                  const open = k.answeredAt === null || k.state === 'reopened';
                  return html`<tr>
                    <th scope="row"><a href="${href(c, `/petugas/pengaduan/${k.id}`)}">${k.number}</a></th>
                    <td>${k.title}</td>
                    <td>${plain(c, vocabularyLabels.complaintState[k.state])}</td>
                    <td>${agencyDisplayName(k.agency, c.get('desk').served.mall.agencies, locale)}</td>
                    <td>${formatDate(k.answerDue, locale)}${open && k.answerDue < today ? html` <span class="overdue">${say(c, 'overdue')}</span>` : ''}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`;
    return respond(c, { title: say(c, 'complaintInboxTitle'), body, wide: true });
  });

  web.get('/petugas/pengaduan/:id', (c) =>
    complaintPage(c, c.req.param('id'), '/petugas/pengaduan'),
  );

  web.post('/petugas/pengaduan/:id/aksi', (c) => complaintAction(c, '/petugas/pengaduan'));
}
