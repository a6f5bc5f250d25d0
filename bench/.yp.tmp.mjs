import { parseDocument, Parser, Lexer } from 'yaml';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
for (let i = 0; i < 4; i++) {
  let t = performance.now(); let n = 0; for (const tok of new Lexer().lex(text)) n++; const lex = performance.now() - t;
  t = performance.now(); n = 0; for (const tok of new Parser().parse(text)) n++; const parse = performance.now() - t;
  t = performance.now(); parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false }); const doc = performance.now() - t;
  t = performance.now(); JSON.parse(JSON.stringify(1)); 
  console.log(`lex ${lex.toFixed(0)} parse(CST) ${parse.toFixed(0)} parseDocument ${doc.toFixed(0)} ms; ${(text.length / 1e6).toFixed(2)} MB`);
}
