// Child process of bench/site.bench.mjs: loads a generated mall (compact JSON from the bench
// cache), writes its catalogue site with `writeCatalogueSite`, and prints one JSON line on stdout:
// the peak resident set size of this process, and of its loading the mall alone, the files
// written and their bytes.
//
// Usage: node bench/_writeSite.mjs <mall.json> <outDir>
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { validateMallSources, writeCatalogueSite } from '@mpp-kit/core';

const [file, outDir] = process.argv.slice(2);
if (file === undefined || outDir === undefined)
  throw new Error('usage: node bench/_writeSite.mjs <mall.json> <outDir>');
const text = readFileSync(file, 'utf8');
const loaded = validateMallSources([{ file: 'mall.json', text }], { years: [2025, 2026] });
if (!loaded.ok) throw new Error(`the generated mall does not load: ${loaded.issues[0]?.message}`);
const loadPeakKb = process.resourceUsage().maxRSS;
const site = await writeCatalogueSite(loaded.mall, { outDir, force: true });
let bytes = 0;
for (const path of site.files) bytes += statSync(join(outDir, ...path.split('/'))).size;
process.stdout.write(
  `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, loadPeakKb, files: site.files.length, bytes })}\n`,
);
