/** One service in the search index. */
export interface SearchEntry {
  readonly id: string;
  readonly type: string;
  /** Owner first, then participants. */
  readonly agencies: readonly string[];
  readonly events: readonly string[];
  /** Normalized words: names in both languages, id, requirement documents, output. */
  readonly text: string;
}

/** What the search script needs: the entries and its status line. */
export interface SearchIndex {
  readonly services: readonly SearchEntry[];
  /** "{shown} dari {total} layanan" */
  readonly status: string;
}

/**
 * Lower case, accents removed, anything but letters and digits turned into single spaces. The
 * script below does the same to what is typed, so both sides compare alike.
 */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** JSON that is safe anywhere in a script: no `<`, `>`, `&`, U+2028 or U+2029 left raw. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The catalogue's only script: filters the server-rendered list of services (it never writes
 * markup, only toggles `hidden` and sets a status text), reading initial values from `?q=`,
 * `?agency=`, `?type=`, `?event=`. Works from `file://`.
 */
export function catalogueScript(index: SearchIndex): string {
  return `/* mpp-kit catalogue search: offline, no dependencies. */
(function () {
  'use strict';
  var INDEX = ${scriptSafeJson(index)};
  function norm(text) {
    return String(text).toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  var form = document.getElementById('filters');
  if (!form) return;
  var q = document.getElementById('filter-q');
  var agency = document.getElementById('filter-agency');
  var type = document.getElementById('filter-type');
  var lifeEvent = document.getElementById('filter-event');
  var status = document.getElementById('filter-status');
  var empty = document.getElementById('filter-empty');
  var items = {};
  var nodes = document.querySelectorAll('[data-service]');
  for (var i = 0; i < nodes.length; i++) items[nodes[i].getAttribute('data-service')] = nodes[i];
  function apply() {
    var words = norm(q.value).split(' ').filter(Boolean);
    var shown = 0;
    INDEX.services.forEach(function (entry) {
      var ok = (!agency.value || entry.agencies.indexOf(agency.value) >= 0) &&
        (!type.value || entry.type === type.value) &&
        (!lifeEvent.value || entry.events.indexOf(lifeEvent.value) >= 0) &&
        words.every(function (word) { return entry.text.indexOf(word) >= 0; });
      var item = items[entry.id];
      if (item) item.hidden = !ok;
      if (ok) shown++;
    });
    status.textContent = INDEX.status.split('{shown}').join(String(shown)).split('{total}').join(String(INDEX.services.length));
    empty.hidden = shown !== 0;
  }
  function choose(select, value) {
    for (var j = 0; j < select.options.length; j++) if (select.options[j].value === value) select.value = value;
  }
  try {
    var params = new URLSearchParams(window.location.search);
    if (params.get('q')) q.value = params.get('q');
    if (params.get('agency')) choose(agency, params.get('agency'));
    if (params.get('type')) choose(type, params.get('type'));
    if (params.get('event')) choose(lifeEvent, params.get('event'));
  } catch (error) { /* no query: keep the defaults */ }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
`;
}
