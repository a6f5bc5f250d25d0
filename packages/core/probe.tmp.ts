import { readConfigText } from './src/_readConfigText.ts';
import { YamlDepthGuard } from './src/_readYamlDepthGuard.ts';
function est(text: string): number { // binary search smallest maxDepth with no firstTooDeep
  for (let d = 1; d < 400; d++) { const g = new YamlDepthGuard(d, 100000); for (const _ of g.tokens(text)); if (g.firstTooDeepOffset < 0) return d; } return -1;
}
const block = (n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i * 2) + 'k' + i + ':').join('\n') + ' leaf\n';
const alt = (n: number) => { let s = 'a:\n'; let ind = ''; for (let i = 0; i < n; i++) { s += ind + '- b:\n'; ind += '  '; } return s + ind + '- x\n'; };
const docs: Record<string, string> = {
  block10: block(10), flow10: 'a: ' + '['.repeat(9) + ']'.repeat(9) + '\n', dash: '- '.repeat(10) + 'x\n',
  alt5: alt(5), compact: 'a:\n  - b: 1\n    c:\n      - [1, {d: [2]}]\n', bs: 'a:\n  b: |\n    [[[[\n    {{{\n  c: 1\n',
  quoted: 'a: "[[[[ {{{"\nb: \'[[[\'\nc: x[[[ # [[[\n', explicit: '? a\n: - b\n  - c\n',
};
for (const [k, v] of Object.entries(docs)) {
  const r = readConfigText(v, 'x.yaml', { maxDepth: 200 });
  // exact depth
  const depth = (x: unknown): number => typeof x === 'object' && x !== null ? 1 + Math.max(0, ...Object.values(x).map(depth)) : 0;
  console.log(k.padEnd(10), 'estimate', est(v), 'exact', depth(r.value), r.issues.map(i => i.code));
}
for (const n of [100000]) { const t = Date.now(); const r = readConfigText('- '.repeat(n) + 'x\n', 'x.yaml'); console.log('dash100k', r.issues.map(i => `${i.code} ${i.line}:${i.column}`), Date.now() - t, 'ms'); }
{ const t = Date.now(); const r = readConfigText(alt(3000), 'x.yaml'); console.log('alt3000', r.issues.map(i => `${i.code} ${i.line}:${i.column}`), Date.now() - t, 'ms'); }
{ const t = Date.now(); const r = readConfigText(block(3000), 'x.yaml'); console.log('block3000', r.issues.map(i => `${i.code} ${i.line}:${i.column}`), Date.now() - t, 'ms'); }
{ const t = Date.now(); const r = readConfigText('- '.repeat(5000) + '"a\n  b"\n', 'x.yaml'); console.log('dq5000', r.issues.map(i => `${i.code} ${i.line}:${i.column}`), Date.now() - t, 'ms'); }
{ const t = Date.now(); const r = readConfigText('{"a": '.repeat(100000) + '1' + '}'.repeat(100000), 'x.json'); console.log('json100k', r.issues.map(i => `${i.code} ${i.line}:${i.column}`), Date.now() - t, 'ms'); }
{ const r = readConfigText(block(100), 'x.yaml'); console.log('block100', r.issues.map(i => `${i.code} ${i.line}:${i.column}`)); }
{ const r = readConfigText(block(64), 'x.yaml'); console.log('block64', r.issues.map(i => `${i.code} ${i.line}:${i.column}`)); }
{ const r = readConfigText(block(65), 'x.yaml'); console.log('block65', r.issues.map(i => `${i.code} ${i.line}:${i.column}`)); }
