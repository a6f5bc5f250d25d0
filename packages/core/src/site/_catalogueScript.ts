import type { CatalogueSearch } from '../search/index.js';
import { catalogueQueryEngine } from '../search/catalogueQueryEngine.js';

/** JSON that is safe anywhere in a script: no `<`, `>`, `&`, U+2028 or U+2029 left raw. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The catalogue's script (after `minisearch.js`): loads the index built at generation time, runs
 * the same query engine as core's `createCatalogueSearch` (its source is embedded, not copied),
 * and orders and filters the server-rendered list — it never writes markup, it only moves list
 * items, toggles `hidden` and sets a status text. The words and filters are kept in the address
 * (`?q=…&agency=…`) with `history.replaceState`, so Back and shared links return to the same
 * results. Works from `file://`.
 */
export function catalogueScript(search: CatalogueSearch): string {
  const data = { index: search.index, setup: search.setup, facets: search.facets };
  return `/* mpp-kit catalogue search: offline; MiniSearch is in minisearch.js. */
(function () {
  'use strict';
  var DATA = ${scriptSafeJson(data)};
  var form = document.getElementById('filters');
  if (!form || typeof window.MiniSearch !== 'function') return;
  // A bundler that keeps function names (esbuild's keepNames, as tsx runs) wraps them in __name().
  var __name = function (target) { return target; };
  var engine = (${catalogueQueryEngine.toString()})(window.MiniSearch, DATA.setup);
  var index = engine.load(DATA.index);
  var q = document.getElementById('filter-q');
  var agency = document.getElementById('filter-agency');
  var type = document.getElementById('filter-type');
  var lifeEvent = document.getElementById('filter-event');
  var status = document.getElementById('filter-status');
  var empty = document.getElementById('filter-empty');
  var list = document.getElementById('service-list');
  var facets = {};
  DATA.facets.forEach(function (facet) { facets[facet.id] = facet; });
  var items = {};
  var nodes = document.querySelectorAll('[data-service]');
  for (var i = 0; i < nodes.length; i++) items[nodes[i].getAttribute('data-service')] = nodes[i];
  // The page's own order (by name in its language) when there are no words to rank by.
  var ORDER = Array.prototype.map.call(nodes, function (node) { return node.getAttribute('data-service'); });
  function passes(id) {
    var facet = facets[id];
    return !!facet && (!agency.value || facet.agencies.indexOf(agency.value) >= 0) &&
      (!type.value || facet.type === type.value) &&
      (!lifeEvent.value || facet.events.indexOf(lifeEvent.value) >= 0);
  }
  function keepInAddress() {
    var params = new URLSearchParams();
    if (q.value.trim()) params.set('q', q.value.trim());
    if (agency.value) params.set('agency', agency.value);
    if (type.value) params.set('type', type.value);
    if (lifeEvent.value) params.set('event', lifeEvent.value);
    var query = params.toString();
    try {
      window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
    } catch (error) { /* an address that cannot change (a sandbox): the results still show */ }
  }
  function apply() {
    var ranked = engine.normalize(q.value) === ''
      ? ORDER
      : engine.query(index, q.value).map(function (hit) { return hit.id; });
    var shown = ranked.filter(passes);
    var visible = {};
    shown.forEach(function (id) { visible[id] = true; });
    var wanted = shown.concat(ORDER.filter(function (id) { return !visible[id]; }));
    // Move list items only when the order changes: a moved node loses a click in progress.
    var current = list ? Array.prototype.map.call(list.children, function (node) { return node.getAttribute('data-service'); }) : [];
    if (list && current.join(' ') !== wanted.join(' '))
      wanted.forEach(function (id) { if (items[id]) list.appendChild(items[id]); });
    ORDER.forEach(function (id) { if (items[id]) items[id].hidden = !visible[id]; });
    var template = status.getAttribute('data-template') || '{shown} / {total}';
    status.textContent = template.split('{shown}').join(String(shown.length)).split('{total}').join(String(ORDER.length));
    empty.hidden = shown.length !== 0;
    keepInAddress();
  }
  function choose(select, value) {
    for (var j = 0; j < select.options.length; j++) if (select.options[j].value === value) select.value = value;
  }
  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    q.value = params.get('q') || '';
    choose(agency, params.get('agency') || '');
    choose(type, params.get('type') || '');
    choose(lifeEvent, params.get('event') || '');
  }
  fromAddress();
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  window.addEventListener('pageshow', function (event) { if (event.persisted) { fromAddress(); apply(); } });
  form.hidden = false;
  apply();
})();
`;
}
