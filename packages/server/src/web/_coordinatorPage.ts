/** The coordinator's dashboard: deadline compliance, overdue files, handoffs, the WoG assessment. */
import {
  agencyDisplayName,
  assessWholeOfGovernment,
  formatDate,
  formatNumber,
  reportDeadlineCompliance,
  reportFloor,
  type FloorReport,
  vocabularyLabels,
  wogIndicators,
  type ComplianceCounts,
} from '@mpp-kit/core';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { coordinator } from '../http/access.js';
import { stepName } from './_applicationParts.js';
import {
  asApp,
  href,
  nowOf,
  plain,
  respond,
  say,
  type DeskContext,
  type DeskEnv,
  type Html,
} from './_desk.js';
import { webTexts } from './_webText.js';

const pct = (value: number | null): string => (value === null ? '—' : `${String(value)} %`);

/**
 * A horizontal bar chart of on-time percentages, drawn on the server as SVG (no script): one bar
 * per row, its label and value written out, with a title and description for screen readers.
 */
export function complianceChart(
  rows: readonly { readonly label: string; readonly counts: ComplianceCounts }[],
  title: string,
  id: string,
): Html {
  const labelWidth = 190;
  const barWidth = 300;
  const rowHeight = 28;
  const height = rows.length * rowHeight + 10;
  return html`<svg
    class="chart"
    role="img"
    aria-labelledby="${id}-t ${id}-d"
    viewBox="0 0 ${String(labelWidth + barWidth + 70)} ${String(height)}"
    width="${String(labelWidth + barWidth + 70)}"
    height="${String(height)}"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${id}-t">${title}</title>
    <desc id="${id}-d">
      ${rows.map((row) => `${row.label}: ${pct(row.counts.onTimePercent)}`).join('; ')}
    </desc>
    ${rows.map((row, i) => {
      const y = i * rowHeight + 5;
      const value = row.counts.onTimePercent;
      const width = value === null ? 0 : Math.round((barWidth * value) / 100);
      const fill =
        value === null ? '#8a8a8a' : value >= 90 ? '#17612f' : value >= 70 ? '#7a4b00' : '#a11a1a';
      return html`<g
        ><text x="0" y="${String(y + 17)}" font-size="13" fill="#1a1a1a"
          >${row.label.slice(0, 28)}</text
        ><rect
          x="${String(labelWidth)}"
          y="${String(y + 4)}"
          width="${String(barWidth)}"
          height="16"
          fill="#e6e6e6"
        ></rect
        ><rect
          x="${String(labelWidth)}"
          y="${String(y + 4)}"
          width="${String(width)}"
          height="16"
          fill="${fill}"
        ></rect
        ><text
          x="${String(labelWidth + barWidth + 6)}"
          y="${String(y + 17)}"
          font-size="13"
          fill="#1a1a1a"
          >${pct(value)}</text
        ></g
      >`;
    })}
  </svg>`;
}

const countsRow = (counts: ComplianceCounts): Html =>
  html`<td class="num">${String(counts.count)}</td>
    <td class="num">${String(counts.onTime)}</td>
    <td class="num">${String(counts.late)}</td>
    <td class="num">${String(counts.pending)}</td>
    <td class="num">${pct(counts.onTimePercent)}</td>`;

function countsHead(c: DeskContext, first: Html): Html {
  return html`<thead>
    <tr>
      ${first}
      <th scope="col" class="num">${say(c, 'colCount')}</th>
      <th scope="col" class="num">${say(c, 'colOnTime')}</th>
      <th scope="col" class="num">${say(c, 'colLate')}</th>
      <th scope="col" class="num">${say(c, 'colPending')}</th>
      <th scope="col" class="num">${say(c, 'colPercent')}</th>
    </tr>
  </thead>`;
}

/** The queue waits and the complaint compliance of `mpp report`, as two tables. */
function floorTables(c: DeskContext, floor: FloorReport, agency: (id: string) => string): Html {
  const { mall } = c.get('desk').served;
  const locale = c.get('locale');
  const minutes = (value: number | null) => (value === null ? '—' : formatNumber(value, locale));
  const counterName = (id: string) => {
    const counter = mall.counters.find((k) => k.id === id);
    return counter?.name === undefined ? id : plain(c, counter.name);
  };
  const num = (value: number) => html`<td class="num">${String(value)}</td>`;
  const queueTitle = say(c, 'queueWaitsTitle', {
    from: formatDate(floor.from, locale),
    to: formatDate(floor.to, locale),
  });
  const complaintTitle = say(c, 'complaintsPerAgency', { date: formatDate(floor.to, locale) });
  return html`<h2 id="queue-waits">${queueTitle}</h2>
    ${
      floor.queue.length === 0
        ? html`<p>${say(c, 'noData')}</p>`
        : html`<div class="table-wrap" tabindex="0">
            <table>
              <caption>
                ${queueTitle}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${say(c, 'counter')}</th>
                  <th scope="col">${say(c, 'hour')}</th>
                  <th scope="col" class="num">${say(c, 'colCalled')}</th>
                  <th scope="col" class="num">${say(c, 'colMeanWait')}</th>
                  <th scope="col" class="num">${say(c, 'colP90Wait')}</th>
                  <th scope="col" class="num">${say(c, 'colMeanService')}</th>
                </tr>
              </thead>
              <tbody>
                ${floor.queue.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">${counterName(row.counterId)}</th>
                      <td>${String(row.hour).padStart(2, '0')}:00</td>
                      ${num(row.called)}
                      <td class="num">${minutes(row.meanWait)}</td>
                      <td class="num">${minutes(row.p90Wait)}</td>
                      <td class="num">${minutes(row.meanService)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    <h2 id="complaints">${complaintTitle}</h2>
    ${
      floor.complaints.length === 0
        ? html`<p>${say(c, 'noData')}</p>`
        : html`<div class="table-wrap" tabindex="0">
            <table>
              <caption>
                ${complaintTitle}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${say(c, 'agency')}</th>
                  <th scope="col" class="num">${say(c, 'colCount')}</th>
                  <th scope="col" class="num">${say(c, 'colOpen')}</th>
                  <th scope="col" class="num">${say(c, 'colAnsweredOnTime')}</th>
                  <th scope="col" class="num">${say(c, 'colAnsweredLate')}</th>
                  <th scope="col" class="num">${say(c, 'colOverdue')}</th>
                  <th scope="col" class="num">${say(c, 'colFirstResponse')}</th>
                </tr>
              </thead>
              <tbody>
                ${floor.complaints.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">${agency(row.agency)}</th>
                      ${num(row.total)}${num(row.open)}${num(row.answeredOnTime)}${num(row.answeredLate)}${num(row.overdue)}${num(row.firstResponseOnTime)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}

/** Registers `/koordinator`. */
export function registerCoordinatorPage(web: Hono<DeskEnv>): void {
  web.get('/koordinator', async (c) => {
    coordinator(asApp(c), webTexts.navDashboard);
    const { mall, store, runtime } = c.get('desk').served;
    const locale = c.get('locale');
    const now = nowOf(c);
    // The same core functions as `mpp report` and the API's reports.
    const [report, wog, overdue, floor] = await Promise.all([
      reportDeadlineCompliance(mall, store, { now }),
      assessWholeOfGovernment(mall, { store, locale }),
      runtime.query({ overdue: now, limit: 200 }),
      reportFloor(mall, store, { now }),
    ]);
    const agency = (id: string) =>
      mall.agencies.find((a) => a.id === id)?.shortName ??
      agencyDisplayName(id, mall.agencies, locale);
    const serviceName = (id: string) => {
      const service = mall.services.find((s) => s.id === id);
      return service === undefined ? id : plain(c, service.name);
    };
    const agencyRows = report.agencies.map((row) => ({ label: agency(row.agency), counts: row }));
    const body = html`<p>
        ${say(c, 'reportAsOf', { date: formatDate(report.now.slice(0, 10), locale), count: String(report.applications) })}
      </p>
      <h2 id="per-agency">${say(c, 'compliancePerAgency')}</h2>
      ${
        agencyRows.length === 0
          ? html`<p>${say(c, 'noData')}</p>`
          : html`${complianceChart(agencyRows, say(c, 'compliancePerAgency'), 'chart-agency')}
              <div class="table-wrap" tabindex="0">
                <table>
                  <caption>
                    ${say(c, 'compliancePerAgency')}
                  </caption>
                  ${countsHead(c, html`<th scope="col">${say(c, 'agency')}</th>`)}
                  <tbody>
                    ${report.agencies.map(
                      (row) =>
                        html`<tr>
                          <th scope="row">${agency(row.agency)}</th>
                          ${countsRow(row)}
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }
      <h2>${say(c, 'compliancePerStep')}</h2>
      ${
        report.steps.length === 0
          ? html`<p>${say(c, 'noData')}</p>`
          : html`<div class="table-wrap" tabindex="0">
              <table>
                <caption>
                  ${say(c, 'compliancePerStep')}
                </caption>
                ${countsHead(
                  c,
                  html`<th scope="col">${say(c, 'service')}</th>
                    <th scope="col">${say(c, 'step')}</th>`,
                )}
                <tbody>
                  ${report.steps.map(
                    (row) =>
                      html`<tr>
                        <td>${serviceName(row.serviceId)}</td>
                        <td>${stepName(c, row.serviceId, row.step)}</td>
                        ${countsRow(row)}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      <h2>${say(c, 'overdueTitle')}</h2>
      ${
        overdue.items.length === 0
          ? html`<p>${say(c, 'noneOverdue')}</p>`
          : html`<ul>
              ${overdue.items.map((app) => html`<li><a href="${href(c, `/petugas/permohonan/${app.id}`)}">${serviceName(app.serviceId)}</a> — ${stepName(c, app.serviceId, app.state)}${app.serviceDue === null ? '' : html` · ${say(c, 'serviceDue')} ${formatDate(app.serviceDue, locale)}`} <span class="overdue">${say(c, 'overdue')}</span></li>`)}
            </ul>`
      }
      <h2>${say(c, 'handoffsTitle')}</h2>
      ${
        report.handoffs.pairs.length === 0
          ? html`<p>${say(c, 'noData')}</p>`
          : html`<p>
                ${say(c, 'handoffsSummary', { count: String(report.handoffs.count), medianDays: report.handoffs.medianWorkingDays === null ? '—' : String(report.handoffs.medianWorkingDays) })}
              </p>
              <div class="table-wrap" tabindex="0">
                <table>
                  <caption>
                    ${say(c, 'handoffsTitle')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${say(c, 'from')}</th>
                      <th scope="col">${say(c, 'to')}</th>
                      <th scope="col" class="num">${say(c, 'colCount')}</th>
                      <th scope="col" class="num">${say(c, 'medianDays')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${report.handoffs.pairs.map(
                      (pair) =>
                        html`<tr>
                          <td>${agency(pair.from)}</td>
                          <td>${agency(pair.to)}</td>
                          <td class="num">${String(pair.count)}</td>
                          <td class="num">
                            ${pair.medianWorkingDays === null ? '—' : String(pair.medianWorkingDays)}
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }
      ${floorTables(c, floor, agency)}
      <h2>${say(c, 'wogTitle')}</h2>
      <p>${say(c, 'wogMet', { met: String(wog.met), total: String(wog.of) })}</p>
      <div class="table-wrap" tabindex="0">
        <table>
          <caption>
            ${say(c, 'wogTitle')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${say(c, 'indicator')}</th>
              <th scope="col">${say(c, 'verdict')}</th>
              <th scope="col">${say(c, 'evidence')}</th>
            </tr>
          </thead>
          <tbody>
            ${wog.indicators.map((verdict) => {
              const indicator = wogIndicators.find((i) => i.id === verdict.id);
              return html`<tr>
                <th scope="row">
                  ${indicator === undefined ? verdict.id : `${String(indicator.number)}. ${plain(c, indicator.name)}`}
                </th>
                <td>${verdict.met ? say(c, 'met') : say(c, 'notMet')}</td>
                <td>${[
                  ...verdict.evidence.map(
                    (e) =>
                      `${e.text}${e.status === 'verified' ? '' : ` (${plain(c, vocabularyLabels.provenance[e.status])})`}`,
                  ),
                  ...verdict.missing,
                ].join('; ')}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
    return respond(c, { title: say(c, 'dashboardTitle'), body, wide: true });
  });
}
