import { generateMall } from './generateMall.mjs';
import { validateMallSources } from '@mpp-kit/core';
import { readConfigText } from '../packages/core/src/readConfigText.ts';
import { stringify, parseDocument } from 'yaml';
const n = +process.argv[2];
const doc = generateMall({ services: n, seed: 1 });
const json = JSON.stringify(doc);
let t = performance.now();
const yml = stringify(doc);
console.log('stringify', (performance.now() - t).toFixed(0), 'bytes', json.length, yml.length);
const time = (label, fn) => { globalThis.gc?.(); const t = performance.now(); fn(); console.log(label, (performance.now() - t).toFixed(0), 'ms', process.memoryUsage().heapUsed/1e6|0, 'MB'); };
const opts = { version: '1.2', schema: 'core', merge: false, resolveKnownTags: false, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, strict: true, customTags: [] };
for (let r = 0; r < 2; r++) {
  time('JSON.parse', () => JSON.parse(json));
  time('validate json', () => { if (!validateMallSources([{ file: 'mall.json', text: json }], { years: [2025, 2026] }).ok) throw 1; });
  time('parseDocument', () => parseDocument(yml, opts));
  time('readConfigText yaml', () => readConfigText(yml, 'mall.yaml'));
  time('validate yaml', () => validateMallSources([{ file: 'mall.yaml', text: yml }], { years: [2025, 2026] }));
}
