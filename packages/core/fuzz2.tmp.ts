import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { readConfigText } from './src/_readConfigText.ts';
const key = fc.constantFrom('a', 'b', 'a:b', 'x\\"y', '\\u0061', 'c', ':', '\\u003a');
const value: fc.Arbitrary<string> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, fc.constantFrom('1', 'true', 'null', '"s"', '"a:b"', '"::"', '"\\u003a"'), tie('obj'), fc.array(tie('v'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`)),
  obj: fc.array(fc.tuple(key, tie('v')), { maxLength: 4 }).map((ps) => `{${ps.map(([k, v]) => `"${k}" : ${v}`).join(',\n')}}`),
})).obj as fc.Arbitrary<string>;
let withDup = 0;
fc.assert(fc.property(value, (text) => {
  const r = readConfigText(text, 'x.json');
  const ours = r.issues.filter((i) => i.code === 'duplicate_key').length;
  const ref = parseDocument(text, { uniqueKeys: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY').length;
  if (ref > 0) withDup++;
  if (ours !== ref) throw new Error(`mismatch ours=${ours} ref=${ref}: ${text}`);
}), { numRuns: 20000 });
console.log('ok, with duplicates:', withDup);
