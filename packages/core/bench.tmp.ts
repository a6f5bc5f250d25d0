import { parseDocument, stringify, Composer } from 'yaml';
import { YamlDepthGuard } from './src/_readYamlDepthGuard.ts';
import { readConfigText } from './src/_readConfigText.ts';
import { findJsonDuplicateKeys } from './src/_readJsonScanner.ts';

function makeData(n: number) {
  const services = [];
  for (let i = 0; i < n; i++) services.push({
    id: `service-${i}`, name: { id: `Layanan nomor ${i}`, en: `Service number ${i}: licensing` }, type: i % 2 ? 'licensing' : 'non-licensing',
    owner: `agency-${i % 40}`, participants: [`agency-${(i + 1) % 40}`, `agency-${(i + 2) % 40}`],
    requirements: Array.from({ length: 6 }, (_, j) => ({ id: `req-${j}`, document: `Document ${j} for service ${i}`, when: { kind: ['new', 'renewal'] } })),
    fee: { kind: 'formula', formula: 'area * 1500 + 20000', variables: [{ name: 'area', unit: 'm2' }], examples: [{ area: 10, expected: 35000 }] },
    sla: { days: 5 + (i % 10), unit: 'working', legalMax: 30, onExpiry: 'escalate' },
    validFrom: '2025-01-01', active: true, note: null, ratio: 0.25,
  });
  return { apiVersion: 'mpp-kit/v1', mall: { id: 'mpp-batang', region: '33.25' }, services };
}
function time(label: string, fn: () => unknown, runs = 11) {
  fn(); fn();
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) { (globalThis as any).gc?.(); const t = performance.now(); fn(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  const med = ts[Math.floor(ts.length / 2)]!;
  console.log(label.padEnd(44), med.toFixed(1), 'ms');
  return med;
}
const which = process.argv[2];
if (which === 'yaml') {
  const text = stringify(makeData(+(process.argv[3] ?? 3000)));
  console.log('yaml bytes', text.length);
  const a = time('parseDocument', () => parseDocument(text));
  const a2 = time('parseDocument (pinned options)', () => parseDocument(text, { version: '1.2', schema: 'core', merge: false, resolveKnownTags: false, uniqueKeys: false, prettyErrors: false }));
  const t = time('parseDocument + toJS', () => parseDocument(text).toJS());
  const b = time('readConfigText', () => { const r = readConfigText(text, 'big.yaml'); if (r.issues.length) throw new Error('issues'); });
  console.log('ratio readConfigText / parseDocument', (b / a).toFixed(2), ' vs parseDocument+toJS', (t / a).toFixed(2));
} else if (which === 'json') {
  let text = JSON.stringify(makeData(+(process.argv[3] ?? 18000)), null, process.argv[4] === 'min' ? undefined : 2);
  console.log('json bytes', text.length);
  const a = time('JSON.parse', () => JSON.parse(text));
  const b = time('readConfigText', () => { const r = readConfigText(text, 'big.json', { maxBytes: 1e9 }); if (r.issues.length) throw new Error('issues ' + r.issues[0]!.message); });
  const s = time('findJsonDuplicateKeys (full scanner)', () => findJsonDuplicateKeys(text));
  let colons = 0;
  const c = time('count ":" in text (indexOf loop)', () => { colons = 0; for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) colons++; });
  console.log('ratio readConfigText / JSON.parse', (b / a).toFixed(2), '; scanner / JSON.parse', (s / a).toFixed(2), '; colon count / JSON.parse', (c / a).toFixed(2));
}
if (which === 'walk') {
  const text = JSON.stringify(makeData(9500), null, 2);
  const v = JSON.parse(text);
  time('JSON.parse', () => JSON.parse(text));
  time('walk Object.keys + path + strings', () => { const path: any[] = []; let k = 0, sc = 0; const w = (n: any, d: number): boolean => { if (typeof n === 'string') { if (n.indexOf(':') !== -1) sc++; return true } if (typeof n !== 'object' || n === null) return true; if (d > 64) return false; if (Array.isArray(n)) { for (let i = 0; i < n.length; i++) { path.push(i); const ok = w(n[i], d + 1); path.pop(); if (!ok) return false } return true } const keys = Object.keys(n); k += keys.length; for (const key of keys) { if (key.indexOf(':') !== -1) sc++; path.push(key); const ok = w(n[key], d + 1); path.pop(); if (!ok) return false } return true }; w(v, 0); });
  time('walk for-in, no path', () => { let k = 0, sc = 0; const w = (n: any, d: number): boolean => { if (typeof n === 'string') { if (n.indexOf(':') !== -1) sc++; return true } if (typeof n !== 'object' || n === null) return true; if (d > 64) return false; if (Array.isArray(n)) { for (let i = 0; i < n.length; i++) { if (!w(n[i], d + 1)) return false } return true } for (const key in n) { k++; if (key.indexOf(':') !== -1) sc++; if (!w(n[key], d + 1)) return false } return true }; w(v, 0); });
  time('walk Object.keys, no path, no strings', () => { let k = 0; const w = (n: any, d: number): boolean => { if (typeof n !== 'object' || n === null) return true; if (d > 64) return false; if (Array.isArray(n)) { for (let i = 0; i < n.length; i++) { if (!w(n[i], d + 1)) return false } return true } const keys = Object.keys(n); k += keys.length; for (let j = 0; j < keys.length; j++) { if (!w(n[keys[j]!], d + 1)) return false } return true }; w(v, 0); });
  time('walk for-in, no path, no strings', () => { let k = 0; const w = (n: any, d: number): boolean => { if (typeof n !== 'object' || n === null) return true; if (d > 64) return false; if (Array.isArray(n)) { for (let i = 0; i < n.length; i++) { if (!w(n[i], d + 1)) return false } return true } for (const key in n) { k++; if (!w(n[key], d + 1)) return false } return true }; w(v, 0); });
}
if (which === 'walk2') {
  const text = JSON.stringify(makeData(9500), null, 2);
  const v = JSON.parse(text);
  time('JSON.parse', () => JSON.parse(text));
  const forb = (k: string) => k === '__proto__' || k === 'constructor' || k === 'prototype';
  time('for-in, forbidden, key count', () => { let k = 0, f = 0; const w = (n: any, d: number): boolean => { if (typeof n !== 'object' || n === null) return true; if (d > 64) return false; if (Array.isArray(n)) { for (let i = 0; i < n.length; i++) { if (!w(n[i], d + 1)) return false } return true } for (const key in n) { k++; if (forb(key)) f++; if (!w(n[key], d + 1)) return false } return true }; w(v, 0); });
  time('for-in, forbidden, key count, string colons', () => { let k = 0, f = 0, sc = 0; const w = (n: any, d: number): boolean => { if (typeof n === 'string') { if (n.indexOf(':') !== -1) sc++; return true } if (typeof n !== 'object' || n === null) return true; if (d > 64) return false; if (Array.isArray(n)) { for (let i = 0; i < n.length; i++) { if (!w(n[i], d + 1)) return false } return true } for (const key in n) { k++; if (forb(key)) f++; if (key.indexOf(':') !== -1) sc++; if (!w(n[key], d + 1)) return false } return true }; w(v, 0); });
  time('for-in, inline string check', () => { let k = 0, f = 0, sc = 0; const w = (n: any, d: number): boolean => { if (d > 64) return false; if (Array.isArray(n)) { for (let i = 0; i < n.length; i++) { const c = n[i]; if (typeof c === 'object' && c !== null) { if (!w(c, d + 1)) return false } else if (typeof c === 'string' && c.indexOf(':') !== -1) sc++ } return true } for (const key in n) { k++; if (forb(key)) f++; if (key.indexOf(':') !== -1) sc++; const c = n[key]; if (typeof c === 'object' && c !== null) { if (!w(c, d + 1)) return false } else if (typeof c === 'string' && c.indexOf(':') !== -1) sc++ } return true }; w(v, 0); });
  time('for-in, inline, no strings', () => { let k = 0, f = 0; const w = (n: any, d: number): boolean => { if (d > 64) return false; if (Array.isArray(n)) { for (let i = 0; i < n.length; i++) { const c = n[i]; if (typeof c === 'object' && c !== null) { if (!w(c, d + 1)) return false } } return true } for (const key in n) { k++; if (forb(key)) f++; const c = n[key]; if (typeof c === 'object' && c !== null) { if (!w(c, d + 1)) return false } } return true }; w(v, 0); });
  time('text.includes x3 + escape regex', () => text.includes('__proto__') || text.includes('constructor') || text.includes('prototype') || /\\u00[5-7][0-9a-fA-F]/.test(text));
}
function compare(labels: string[], fns: (() => unknown)[], runs = 21) {
  const ts: number[][] = fns.map(() => []);
  for (const f of fns) { f(); }
  for (let r = 0; r < runs; r++) fns.forEach((f, i) => { (globalThis as any).gc?.(); const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); ts[i]!.push((d.user + d.system) / 1000); });
  const stats = ts.map((a) => { a.sort((x, y) => x - y); return { min: a[0]!, med: a[Math.floor(a.length / 2)]! }; });
  labels.forEach((l, i) => console.log(l.padEnd(40), 'min', stats[i]!.min.toFixed(1), 'median', stats[i]!.med.toFixed(1), ' ratio(min)', (stats[i]!.min / stats[0]!.min).toFixed(2), 'ratio(median)', (stats[i]!.med / stats[0]!.med).toFixed(2)));
}
if (which === 'cmpjson') {
  const text = JSON.stringify(makeData(+(process.argv[3] ?? 9500)), null, process.argv[4] === 'min' ? undefined : 2);
  console.log('json bytes', text.length);
  compare(['JSON.parse', 'readConfigText', 'full duplicate-key scanner', 'colon count over text'], [
    () => JSON.parse(text),
    () => { const r = readConfigText(text, 'big.json', { maxBytes: 1e9 }); if (r.issues.length) throw new Error('x'); },
    () => findJsonDuplicateKeys(text),
    () => { let c = 0; for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) c++; return c; },
  ]);
}
if (which === 'cmpyaml') {
  const text = stringify(makeData(+(process.argv[3] ?? 2000)));
  console.log('yaml bytes', text.length);
  const opts = { version: '1.2', schema: 'core', merge: false, resolveKnownTags: false, uniqueKeys: false, prettyErrors: false } as const;
  compare(['parseDocument (defaults)', 'parseDocument (pinned options)', 'parseDocument + toJS', 'readConfigText', 'guarded compose only (no walk)'], [
    () => parseDocument(text),
    () => parseDocument(text, opts),
    () => parseDocument(text).toJS(),
    () => { const r = readConfigText(text, 'big.yaml', { maxBytes: 1e9 }); if (r.issues.length) throw new Error('x'); },
    () => { const d = new Composer(opts); for (const x of d.compose(new YamlDepthGuard(64, 128).tokens(text), true, text.length)) {} },
  ], 15);
}
