import { generateMall } from '/work/main/bench/generateMall.mjs';
import { validateMallSources } from '@mpp-kit/core';
import { stringify } from 'yaml';
for (const n of [1000, 10000]) {
  let t = performance.now();
  const doc = generateMall({ services: n, seed: 1 });
  console.log('gen', n, (performance.now() - t).toFixed(0), 'ms');
  t = performance.now();
  const json = JSON.stringify(doc, null, 2);
  console.log('json bytes', json.length, (performance.now() - t).toFixed(0), 'ms');
  t = performance.now();
  const yml = stringify(doc);
  console.log('yaml bytes', yml.length, (performance.now() - t).toFixed(0), 'ms');
  for (const [file, text] of [['mall.json', json], ['mall.yaml', yml]]) {
    t = performance.now();
    const r = validateMallSources([{ file, text }], { years: [2025, 2026] });
    console.log(file, r.ok, (performance.now() - t).toFixed(0), 'ms', r.issues.slice(0, 5).map(i => `${i.code} ${i.path.join('.')} ${i.message}`));
  }
}
