/**
 * The catalogue site's style sheet: system fonts only (no web fonts), colours chosen for WCAG AA
 * contrast on white (body text 16:1, muted text 7:1, links 7:1, header text on blue 11:1).
 */
export const siteStyle = `:root {
  --ink: #1a1a1a;
  --muted: #4a4a4a;
  --line: #c9d1d9;
  --bg: #ffffff;
  --soft: #f3f6f9;
  --brand: #0b3d6e;
  --link: #0a4f8f;
  --focus: #b35900;
  --ok: #1e6b34;
  --bad: #a12a1f;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0;
  color: var(--ink);
  background: var(--bg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  line-height: 1.55;
}
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; top: 0.5rem; }
.site-header { background: var(--brand); color: #fff; }
.site-header .wrap { padding-top: 0.9rem; padding-bottom: 0.9rem; }
.site-header a { color: #fff; text-decoration: none; font-weight: 700; font-size: 1.15rem; }
.site-header a:hover, .site-header a:focus-visible { text-decoration: underline; }
.site-header :focus-visible { outline-color: #ffd27a; }
.site-header .alt { color: #dce8f5; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
main { padding-top: 0.5rem; padding-bottom: 3rem; }
nav.crumbs ol { list-style: none; padding: 0; margin: 1rem 0 0; display: flex; flex-wrap: wrap; gap: 0.25rem; font-size: 0.95rem; }
nav.crumbs li + li::before { content: "›"; margin: 0 0.4rem; color: var(--muted); }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 1rem 0 0.75rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h1 .alt, h2 .alt, h3 .alt { display: block; font-size: 0.72em; font-weight: 400; color: var(--muted); }
.alt { display: block; color: var(--muted); font-size: 0.92em; }
.lead { font-size: 1.08rem; max-width: 48rem; }
dl.facts { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: 0.45rem 1.25rem; margin: 1rem 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: 0.5rem; } }
.badge { display: inline-block; font-size: 0.8rem; line-height: 1.4; padding: 0.05rem 0.5rem; border-radius: 999px; border: 1px solid var(--line); background: var(--soft); color: var(--ink); white-space: nowrap; }
.badge.licensing { border-color: #7a9cc0; background: #e8f0f9; }
.badge.non-licensing { border-color: #86b08f; background: #eaf5ec; }
form.filters { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; display: grid; grid-template-columns: 2fr 1fr 1fr 1fr auto; gap: 0.75rem 1rem; align-items: end; }
form.filters[hidden] { display: none; }
@media (max-width: 56rem) { form.filters { grid-template-columns: 1fr 1fr; } }
@media (max-width: 34rem) { form.filters { grid-template-columns: 1fr; } }
form.filters label { display: block; font-weight: 700; font-size: 0.95rem; margin-bottom: 0.25rem; }
form.filters .alt { font-weight: 400; font-size: 0.85rem; }
input[type="search"], select { width: 100%; font: inherit; padding: 0.45rem 0.6rem; border: 1px solid #6b7680; border-radius: 6px; background: #fff; color: var(--ink); }
button { font: inherit; padding: 0.45rem 1rem; border: 1px solid var(--brand); border-radius: 6px; background: #fff; color: var(--brand); cursor: pointer; }
button:hover { background: #e8f0f9; }
.status { margin: 0.75rem 0; color: var(--muted); font-weight: 600; }
ul.services { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 0.75rem; }
ul.services > li { border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 0.9rem; background: #fff; }
ul.services > li[hidden] { display: none; }
ul.services .name { font-weight: 700; font-size: 1.02rem; }
ul.services .name .alt { font-weight: 400; }
ul.services .meta span + span::before { content: "·"; margin-right: 0.6rem; color: var(--muted); }
ul.services .meta { margin: 0.4rem 0 0; font-size: 0.9rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0.35rem 0.6rem; align-items: center; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0 0.5rem; }
th, td { border: 1px solid var(--line); padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
td .alt, th .alt { font-size: 0.85em; }
ul.plain { padding-left: 1.2rem; }
ul.reqs { padding-left: 1.2rem; }
ul.reqs li { margin-bottom: 0.45rem; }
.req-notes { font-size: 0.9rem; color: var(--muted); }
.amount { font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; background: var(--soft); padding: 0.05rem 0.3rem; border-radius: 4px; }
figure.diagram { margin: 1rem 0; padding: 0.75rem; border: 1px solid var(--line); border-radius: 8px; overflow-x: auto; background: #fff; }
figure.diagram figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.5rem; }
svg.lifecycle { max-width: 100%; height: auto; display: block; font-size: 13px; }
@media (max-width: 40rem) { svg.lifecycle { max-width: none; width: 36rem; } }
svg.lifecycle .node rect { stroke-width: 1.5; }
svg.lifecycle .node-step rect { fill: #eef4fb; stroke: var(--brand); }
svg.lifecycle .node-start rect { fill: #dbe8f6; stroke: var(--brand); stroke-width: 2.5; }
svg.lifecycle .node-end rect { fill: #e3f2e6; stroke: var(--ok); stroke-width: 2; }
svg.lifecycle .node-end-negative rect { fill: #fbeae8; stroke: var(--bad); stroke-width: 2; }
svg.lifecycle text { fill: var(--ink); }
svg.lifecycle .edge { fill: none; stroke: #5a636b; stroke-width: 1.4; }
svg.lifecycle .edge-side { stroke: #b0736c; stroke-dasharray: 5 3; }
svg.lifecycle .edge-detour { stroke-dasharray: 2 3; }
svg.lifecycle .arrowhead { fill: #5a636b; }
svg.lifecycle .lbl { font-size: 12px; fill: #2b2b2b; }
svg.lifecycle .lbl-bg { fill: #fff; opacity: 0.92; }
ol.steps li.final { color: var(--muted); }
.note { font-size: 0.92rem; color: var(--muted); }
.site-footer { border-top: 1px solid var(--line); padding: 1.25rem 0 2rem; font-size: 0.9rem; color: var(--muted); }
.site-header .wrap { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem; }
.lang-switch { margin: 0; }
.lang-switch a { font-weight: 600; font-size: 0.95rem; }
.key-facts { background: var(--soft); border: 1px solid var(--line); border-left: 6px solid var(--brand); border-radius: 8px; padding: 0.25rem 1.25rem 0.75rem; margin: 1.25rem 0; }
.key-facts h2 { margin-top: 0.9rem; border-bottom: none; }
.key-facts dd p { margin: 0 0 0.4rem; }
.key-facts ul.plain { margin: 0 0 0.3rem; }
ol.how-to { padding-left: 1.4rem; }
ol.how-to li { margin-bottom: 0.6rem; }
.trust { border: 2px solid #8a5a00; background: #fff4dc; color: #3d2a00; border-radius: 8px; padding: 0.6rem 1rem; margin: 0.75rem 0 1rem; }
.trust p { margin: 0.25rem 0; }
.trust p:first-child { font-weight: 700; }
.trust .note { color: #3d2a00; }
.trust-partial { border-color: #6b7680; background: var(--soft); color: var(--ink); }
.trust-partial .note { color: var(--muted); }
details.for-officers { margin: 2rem 0 0; border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 1rem; }
details.for-officers summary { cursor: pointer; font-weight: 700; font-size: 1.1rem; padding: 0.25rem 0; }
.table-wrap:focus-visible, figure.diagram:focus-visible { outline: 3px solid var(--focus); }
@media (max-width: 40rem) { .wrap { padding: 0 0.9rem; } h1 { font-size: 1.55rem; } .key-facts { padding: 0.25rem 0.9rem 0.5rem; } }
@page { margin: 18mm 16mm 20mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; } }
@media print {
  .site-header { background: none; color: var(--ink); }
  .site-header a { color: var(--ink); }
  .skip, form.filters, .lang-switch, nav.crumbs { display: none; }
  details.for-officers { display: none; }
  .key-facts, .trust { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: var(--ink); text-decoration: none; }
}
`;
