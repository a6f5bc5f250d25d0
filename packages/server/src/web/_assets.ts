/** The desks' stylesheet (with the mall's colours, made readable) and their one small script. */

type Rgb = readonly [number, number, number];

const rgbOf = (hex: string): Rgb => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const hexOf = (rgb: Rgb): string =>
  `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgbOf(a)), luminance(rgbOf(b))].sort((p, q) => q - p) as [
    number,
    number,
  ];
  return (x + 0.05) / (y + 0.05);
}

/** The colour darkened step by step until it reaches `ratio` against white (AA for text: 4.5). */
export function readableOnWhite(hex: string, ratio = 4.5): string {
  let rgb = rgbOf(hex);
  for (let i = 0; i < 40 && contrast(hexOf(rgb), '#ffffff') < ratio; i++)
    rgb = rgb.map((v) => v * 0.9) as unknown as Rgb;
  return hexOf(rgb);
}

/** Black or white, whichever reads better on the colour. */
const textOn = (hex: string): string =>
  contrast(hex, '#ffffff') >= contrast(hex, '#111111') ? '#ffffff' : '#111111';

/**
 * The stylesheet of a mall's desks: mobile first, large targets, visible focus, its colours
 * (default a deep green) adjusted so that text on them and links in them stay readable (WCAG AA).
 */
export function deskStylesheet(
  colors: { primary?: string | undefined; accent?: string | undefined } | undefined,
): string {
  const primary = colors?.primary ?? '#14532d';
  const link = readableOnWhite(primary);
  const accent = readableOnWhite(colors?.accent ?? primary, 3);
  return `:root{--primary:${primary};--on-primary:${textOn(primary)};--link:${link};--accent:${accent};--ink:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--paper:#ffffff;--soft:#f3f5f4;--bad:#a11a1a;--good:#17612f;--warn:#7a4b00}
*{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:var(--ink);background:var(--paper)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 5px #ffd54a}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:#000;padding:.5rem 1rem;z-index:9}
.skip:focus{left:.5rem}
.top{background:var(--primary);color:var(--on-primary)}
.top a,.top .link{color:var(--on-primary)}
.bar{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.5rem 1rem;max-width:70rem;margin:0 auto}
.brand{display:flex;align-items:center;gap:.6rem;font-weight:700;text-decoration:none;font-size:1.05rem}
.brand img{width:40px;height:40px;object-fit:contain;background:#fff;border-radius:4px}
nav{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding:.25rem 1rem .6rem;max-width:70rem;margin:0 auto}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:0;padding:0}
nav a{display:inline-block;padding:.3rem 0}
.account{display:flex;align-items:center;gap:.8rem}
.inline{display:inline}
button.link{background:none;border:0;padding:.3rem 0;font:inherit;text-decoration:underline;cursor:pointer;min-height:0}
main{max-width:52rem;margin:0 auto;padding:1rem}
main.wide{max-width:70rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.6rem 0 .6rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
footer{border-top:1px solid var(--line);color:var(--muted);padding:1rem;max-width:70rem;margin:2rem auto 0;font-size:.9rem}
label{display:block;font-weight:600;margin:.8rem 0 .25rem}
.hint{display:block;font-weight:400;color:var(--muted);font-size:.9rem}
input[type=text],input[type=email],input[type=password],input[type=number],input[type=search],input[type=file],select,textarea{display:block;width:100%;max-width:32rem;font:inherit;padding:.55rem .6rem;border:2px solid #6b6b6b;border-radius:4px;background:#fff;color:var(--ink);min-height:2.75rem}
textarea{min-height:5rem}
fieldset{border:1px solid var(--line);border-radius:6px;margin:1rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:700;padding:0 .3rem}
.choice{display:flex;align-items:center;gap:.5rem;font-weight:400;margin:.4rem 0}
.choice input{width:1.3rem;height:1.3rem}
button,.button{display:inline-block;font:inherit;font-weight:600;padding:.6rem 1.2rem;min-height:2.75rem;border-radius:6px;border:2px solid var(--primary);background:var(--primary);color:var(--on-primary);cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:var(--link);border-color:var(--link)}
button.danger{background:#fff;color:var(--bad);border-color:var(--bad)}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:0 0 1rem}
.search input{flex:1 1 16rem}
ul.services{list-style:none;padding:0;margin:0}
ul.services li{border-bottom:1px solid var(--line);padding:.7rem 0}
ul.services a{font-weight:600}
.meta{color:var(--muted);font-size:.92rem;margin:.2rem 0 0}
.meta span+span::before{content:" · "}
dl.facts{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.4rem 1rem;margin:0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
@media (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.5rem}}
.notice{border-left:6px solid var(--link);background:var(--soft);padding:.75rem 1rem;margin:1rem 0}
.notice.problem{border-color:var(--bad)}
.notice.ok{border-color:var(--good)}
.field-error{color:var(--bad);font-weight:600;display:block;margin:.25rem 0}
.badge{display:inline-block;border:1px solid currentColor;border-radius:999px;padding:0 .5rem;font-size:.85rem;margin-left:.3rem}
.overdue{color:var(--bad);font-weight:700}
.provisional{color:var(--warn)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border-bottom:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
ol.timeline{padding-left:1.2rem}
ol.timeline li{margin:.5rem 0}
.where{font-size:1.15rem;background:var(--soft);border-radius:6px;padding:1rem;margin:1rem 0}
.where strong{display:block;font-size:1.3rem}
.fee-live{font-size:1.2rem;font-weight:700}
.chart{max-width:100%;height:auto}
.ticket-number{font-size:2.5rem;font-weight:700;letter-spacing:.05em;margin:.5rem 0}
.called-list .ticket-number{font-size:1.5rem}
table.board td.called{font-size:1.4rem;font-weight:700}
.content{white-space:pre-wrap}
[hidden]{display:none!important}
`;
}

/**
 * The desks' only script (progressive enhancement; every page works without it): on the apply
 * form, shows the requirements of the chosen application kind and asks the server for the fee as
 * the facts are typed; on the ticket and the display board, listens to the board's Server-Sent
 * Events and fetches the page's live part again (`?bagian=1`, rendered by the server) on each.
 */
export const deskScript = `(function () {
  'use strict';
  var live = document.querySelectorAll('[data-live]');
  if (live.length > 0 && window.EventSource) {
    var source = new EventSource(live[0].getAttribute('data-stream'));
    source.addEventListener('board', function () {
      Array.prototype.forEach.call(live, function (part) {
        fetch(part.getAttribute('data-live'), { headers: { accept: 'text/html' }, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (text) { if (text !== null && part.innerHTML !== text) part.innerHTML = text; })
          .catch(function () { /* keep what is shown */ });
      });
    });
  }
  var form = document.querySelector('form[data-apply]');
  if (!form) return;
  var quoteUrl = form.getAttribute('data-quote');
  var out = document.getElementById('fee-live');
  var recalc = form.querySelector('[data-recalc]');
  if (recalc) recalc.hidden = true;
  function kind() {
    var chosen = form.querySelector('input[name="jenis"]:checked');
    return chosen ? chosen.value : '';
  }
  function showKind() {
    var k = kind();
    var rows = form.querySelectorAll('[data-kinds]');
    for (var i = 0; i < rows.length; i++) {
      var kinds = rows[i].getAttribute('data-kinds').split(' ');
      var on = kinds.indexOf(k) >= 0;
      rows[i].hidden = !on;
      var inputs = rows[i].querySelectorAll('input');
      for (var j = 0; j < inputs.length; j++) inputs[j].disabled = !on;
    }
  }
  var timer = 0;
  function quote() {
    if (!quoteUrl || !out) return;
    var params = new URLSearchParams();
    params.set('jenis', kind());
    var facts = form.querySelectorAll('[data-fact]');
    for (var i = 0; i < facts.length; i++) params.set(facts[i].name, facts[i].value);
    fetch(quoteUrl + '?' + params.toString(), { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) { if (answer && typeof answer.text === 'string') out.textContent = answer.text; })
      .catch(function () { /* keep the last figure */ });
  }
  form.addEventListener('change', function (event) {
    if (event.target && event.target.name === 'jenis') showKind();
    quote();
  });
  form.addEventListener('input', function (event) {
    if (!event.target || !event.target.hasAttribute('data-fact')) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(quote, 250);
  });
  showKind();
})();
`;
