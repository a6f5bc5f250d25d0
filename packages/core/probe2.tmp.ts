import { readFileSync, readdirSync } from 'node:fs';
import { readConfigText } from './src/_readConfigText.ts';
const dir = 'packages/core/test/fixtures/bad-input';
for (const f of readdirSync(dir).sort()) {
  const t = Date.now();
  const r = readConfigText(readFileSync(`${dir}/${f}`), f);
  console.log(f.padEnd(26), Date.now() - t, 'ms', JSON.stringify(r.value)?.slice(0, 100), '\n   ', r.issues.map(i => `${i.severity} ${i.code} ${i.line}:${i.column} ${JSON.stringify(i.path)} ${JSON.stringify(i.params ?? {})}`).join('\n    '));
}
