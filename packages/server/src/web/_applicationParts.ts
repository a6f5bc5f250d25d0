/** Parts of the application pages shared by the applicant's and the officer's views. */
import {
  agencyDisplayName,
  eventLabel,
  finalStateLabels,
  formatDate,
  formatDateTime,
  formatRupiah,
  isFinalStateId,
  resolveServiceDefinition,
  roleLabel,
  stepKindLabels,
  type ApplicationSummary,
  type Application,
  type TimelineEntry,
  type FeeQuote,
} from '@mpp-kit/core';
import { html } from 'hono/html';
import { href, local, nowOf, plain, say, type DeskContext, type Html } from './_desk.js';

/** The name of a step of the application's lifecycle (its own name, else its kind's). */
export function stepName(c: DeskContext, serviceId: string, stepId: string): string {
  if (isFinalStateId(stepId)) return plain(c, finalStateLabels[stepId]);
  try {
    const step = resolveServiceDefinition(c.get('desk').served.mall, serviceId).workflow.steps.find(
      (s) => s.id === stepId,
    );
    if (step !== undefined) return plain(c, step.name ?? stepKindLabels[step.kind]);
  } catch {
    // a service removed from the configuration: the step id is all there is
  }
  return stepId;
}

/** Who holds the file now: the agencies (and roles) named by what can be done next. */
export function holders(c: DeskContext, app: ApplicationSummary): string {
  const { mall } = c.get('desk').served;
  const locale = c.get('locale');
  const seen = new Set<string>();
  for (const pending of app.pending) {
    if (pending.type === 'WITHDRAW') continue;
    for (const actor of pending.allowed) {
      if (actor.agency === 'applicant' || actor.role === 'applicant') continue;
      seen.add(
        `${plain(c, roleLabel(actor.role, mall.roles))}, ${agencyDisplayName(actor.agency, mall.agencies, locale)}`,
      );
    }
  }
  return [...seen].join('; ');
}

/** The state of an application in plain words: a short line and what it means. */
export function applicationStatus(
  c: DeskContext,
  app: ApplicationSummary,
): { short: string; detail: Html } {
  if (app.phase === 'final') {
    const final = app.final ?? 'issued';
    return {
      short: plain(c, finalStateLabels[final]),
      detail: html`${app.result?.reason === undefined ? '' : html`<p>${say(c, 'reason')}: ${app.result.reason}</p>`}`,
    };
  }
  if (app.phase === 'returned') {
    return {
      short: say(c, 'returnedToYou'),
      detail: html`<p>${say(c, 'reason')}: ${app.returned?.reason ?? '—'}</p>`,
    };
  }
  const step = stepName(c, app.serviceId, app.step ?? app.state);
  const who = holders(c, app);
  return {
    short: step,
    detail: html`${who === '' ? '' : html`<p>${say(c, 'heldBy')}: ${who}</p>`}`,
  };
}

/** A due date in words, "provisional" when the calendar of its year is not decreed yet. */
function dueWords(c: DeskContext, date: string, provisional: boolean): Html {
  const words = formatDate(date, c.get('locale'));
  return html`<strong>${words}</strong
    >${provisional ? html` <span class="provisional">(${say(c, 'provisional')})</span>` : ''}`;
}

/** The due dates of an open application in plain words, overdue marked. */
export function dueLine(c: DeskContext, app: ApplicationSummary): Html {
  if (app.phase === 'final') return html``;
  if (app.phase === 'returned') {
    const wait = app.returned?.waitDue;
    return html`<p>
      ${say(c, 'clockStopped')}${typeof wait === 'string' ? html` ${say(c, 'answerBy')} ${dueWords(c, wait, app.provisional?.dueDates.includes('waitDue') ?? false)}` : ''}
    </p>`;
  }
  const lines: Html[] = [];
  const today = nowOf(c).toISOString().slice(0, 10);
  if (app.serviceDue !== null) {
    const late = app.serviceDue < today;
    lines.push(
      html`<p>
        ${say(c, 'serviceDue')}:
        ${dueWords(c, app.serviceDue, app.provisional?.dueDates.includes('serviceDue') ?? false)}${late ? html` <span class="overdue">${say(c, 'overdue')}</span>` : ''}
      </p>`,
    );
  }
  if (app.stepDue !== null && app.stepDue !== app.serviceDue)
    lines.push(
      html`<p>
        ${say(c, 'stepDue')}:
        ${dueWords(c, app.stepDue, app.provisional?.dueDates.includes('stepDue') ?? false)}
      </p>`,
    );
  if (app.provisional !== null)
    lines.push(
      html`<p class="hint">
        ${say(c, 'provisionalWhy', { from: formatDate(app.provisional.uncoveredFrom, c.get('locale')) })}
      </p>`,
    );
  return html`${lines}`;
}

/** The documents handed in, each with its size, type and SHA-256, and a link to download it. */
export function documentList(c: DeskContext, app: Application): Html {
  const service = c.get('desk').served.mall.services.find((s) => s.id === app.serviceId);
  if (app.documents.length === 0) return html`<p>${say(c, 'noDocuments')}</p>`;
  return html`<ul>
    ${app.documents.map((doc) => {
      const requirement = service?.requirements.find((r) => r.id === doc.requirementId);
      const sha = typeof doc['sha256'] === 'string' ? doc['sha256'] : undefined;
      const size = typeof doc['size'] === 'number' ? doc['size'] : undefined;
      const name = requirement === undefined ? doc.requirementId : local(c, requirement.document);
      return html`<li>
        ${sha === undefined ? name : html`<a href="${href(c, `/berkas/${app.id}/${doc.requirementId}`)}">${name}</a>`}${size === undefined ? '' : html` <span class="hint">${String(Math.ceil(size / 1024))} KB${sha === undefined ? '' : html` · SHA-256 <code>${sha.slice(0, 16)}…</code>`}</span>`}
      </li>`;
    })}
  </ul>`;
}

/** The events of an application: when, what, who, why. */
export function timelineList(c: DeskContext, entries: readonly TimelineEntry[]): Html {
  const { mall } = c.get('desk').served;
  const locale = c.get('locale');
  return html`<ol class="timeline">
    ${entries.map((entry) => {
      const who =
        entry.actor.role === 'applicant'
          ? plain(c, roleLabel('applicant', mall.roles))
          : `${plain(c, roleLabel(entry.actor.role, mall.roles))}${entry.actor.agency === undefined ? '' : `, ${agencyDisplayName(entry.actor.agency, mall.agencies, locale)}`}`;
      return html`<li>
        <strong>${plain(c, eventLabel(entry.type))}</strong> —
        ${formatDateTime(entry.at, mall.mall.timeZone, locale)} ·
        ${who}${entry.reason === undefined ? '' : html`<br />${say(c, 'reason')}: ${entry.reason}`}
      </li>`;
    })}
  </ol>`;
}

/** A fee quote in words: free, the amount, or the provider's own tariff. */
export function feeText(c: DeskContext, quote: FeeQuote): string {
  if (quote.amount === null) return say(c, 'feeCommercial');
  if (quote.amount === 0) return say(c, 'free');
  return formatRupiah(quote.amount, c.get('locale'));
}
