import { readConfigText } from './src/_readConfigText.ts';
for (const t of ['a: 1\n...\n# comment\n', '---\n# c\n', '%YAML 1.1\n', '%YAML 1.2\n---\na: 1\n', '%YAML 1.3\n---\na: 1\n', 'a: !!int abc\n', '? [a]\n: 1\n', '"a": 1\n"a": 2\n', '1: a\n"1": b\n', 'a: &x 1\n*x : 2\n', 'a: &a [*a]\n', ': x\n', 'a:\n  - &k key\n  - {*k : v}\n']) {
  const r = readConfigText(t, 'x.yaml');
  console.log(JSON.stringify(t), JSON.stringify(r.value), r.issues.map(i => `${i.severity} ${i.code} ${i.line}:${i.column} ${i.message}`));
}
