/**
 * Generates `src/identifiers/_regionTable.ts` and `data/REGIONS-ATTRIBUTION.md` from the
 * provinces, regencies and districts of the npm package `idn-area-data` (villages are not shipped).
 *
 * Run from the repository root: `pnpm exec tsx packages/schemas/scripts/generateRegionTable.ts`.
 *
 * Encoding (decoded by `src/identifiers/Region.ts`): each level is a list of groups, one per
 * parent (`''` for provinces, else the parent's code without dots). A group is
 * `<parent digits>:<entry>|<entry>|...`; an entry is `[NN]<name>`, where the two-digit own code
 * `NN` is written only when it is not the previous entry's code + 1 (the first entry's previous
 * code is 00), or when the name itself starts with a digit. For example the group
 * `3325:Wonotunggal|Bandar|...` stands for 33.25.01 Wonotunggal, 33.25.02 Bandar, ...
 *
 * @example
 * ```sh
 * pnpm exec tsx packages/schemas/scripts/generateRegionTable.ts
 * ```
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..');
const tableFile = join(packageRoot, 'src/identifiers/_regionTable.ts');
const attributionFile = join(packageRoot, 'data/REGIONS-ATTRIBUTION.md');

/** Where idn-area-data is installed (its `exports` hide `package.json`, so resolve the entry). */
function findSourceRoot(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve('idn-area-data'));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'idn-area-data') return dir;
    } catch {
      // not the package root yet; keep walking up
    }
    dir = dirname(dir);
  }
  throw new Error('Cannot find the idn-area-data package root');
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes) into rows of fields, header dropped. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows.slice(1);
}

interface Row {
  readonly code: string;
  readonly parent: string;
  readonly name: string;
}

function readLevel(root: string, file: string, codeRe: RegExp, hasParent: boolean): Row[] {
  const rows = parseCsv(readFileSync(join(root, 'data', file), 'utf8'));
  return rows.map((fields, index) => {
    const [code = '', second = '', third = ''] = fields;
    const parent = hasParent ? second : '';
    const name = (hasParent ? third : second).trim();
    if (!codeRe.test(code)) throw new Error(`${file} row ${index + 2}: bad code "${code}"`);
    if (hasParent && code.slice(0, code.lastIndexOf('.')) !== parent) {
      throw new Error(`${file} row ${index + 2}: code ${code} is not under parent ${parent}`);
    }
    if (name === '' || /[|;\n\r]/.test(name)) {
      throw new Error(
        `${file} row ${index + 2}: name "${name}" is empty or holds | ; or a newline`,
      );
    }
    return { code, parent, name };
  });
}

/** Encodes one level as groups by parent (see the file comment). */
function encode(rows: readonly Row[]): string[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const list = groups.get(row.parent) ?? [];
    list.push(row);
    groups.set(row.parent, list);
  }
  const out: string[] = [];
  for (const [parent, list] of groups) {
    const sorted = [...list].sort((a, b) => a.code.localeCompare(b.code));
    let previous = 0;
    const entries = sorted.map((row) => {
      const own = Number(row.code.slice(-2));
      const explicit = own !== previous + 1 || /^\d/.test(row.name);
      previous = own;
      return explicit ? `${row.code.slice(-2)}${row.name}` : row.name;
    });
    out.push(`${parent.replaceAll('.', '')}:${entries.join('|')}`);
  }
  return out;
}

/** Decodes groups back into rows, exactly like Region.ts does, to prove the encoding round-trips. */
function decode(groups: readonly string[], hasParent: boolean): Row[] {
  const rows: Row[] = [];
  for (const group of groups) {
    const colon = group.indexOf(':');
    const parentDigits = group.slice(0, colon);
    const parent = parentDigits.replace(/(\d\d)(?=\d)/g, '$1.');
    let previous = 0;
    for (const entry of group.slice(colon + 1).split('|')) {
      const explicit = /^\d\d/.test(entry);
      const own = explicit ? Number(entry.slice(0, 2)) : previous + 1;
      previous = own;
      const suffix = String(own).padStart(2, '0');
      rows.push({
        code: hasParent ? `${parent}.${suffix}` : suffix,
        parent,
        name: explicit ? entry.slice(2) : entry,
      });
    }
  }
  return rows;
}

function assertRoundTrip(label: string, rows: readonly Row[], groups: readonly string[]): void {
  const hasParent = rows.some((row) => row.parent !== '');
  const key = (row: Row) => `${row.code}\t${row.parent}\t${row.name}`;
  const expected = rows.map(key).sort();
  const actual = decode(groups, hasParent).map(key).sort();
  if (expected.join('\n') !== actual.join('\n'))
    throw new Error(`${label}: encoding does not round-trip`);
}

const root = findSourceRoot();
const sourcePkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  license?: string;
};
const provinces = readLevel(root, 'provinces.csv', /^\d{2}$/, false);
const regencies = readLevel(root, 'regencies.csv', /^\d{2}\.\d{2}$/, true);
const districts = readLevel(root, 'districts.csv', /^\d{2}\.\d{2}\.\d{2}$/, true);

const provinceCodes = new Set(provinces.map((r) => r.code));
const regencyCodes = new Set(regencies.map((r) => r.code));
for (const r of regencies)
  if (!provinceCodes.has(r.parent)) throw new Error(`orphan regency ${r.code}`);
for (const d of districts)
  if (!regencyCodes.has(d.parent)) throw new Error(`orphan district ${d.code}`);

const provinceGroups = encode(provinces);
const regencyGroups = encode(regencies);
const districtGroups = encode(districts);
assertRoundTrip('provinces', provinces, provinceGroups);
assertRoundTrip('regencies', regencies, regencyGroups);
assertRoundTrip('districts', districts, districtGroups);

const n = (value: number) => value.toLocaleString('en-US');
const version = sourcePkg.version;
const counts = `${n(provinces.length)} provinces, ${n(regencies.length)} regencies/cities, ${n(districts.length)} districts`;

const table = `/**
 * GENERATED by packages/schemas/scripts/generateRegionTable.ts — do not edit by hand.
 *
 * Kemendagri region codes and names: ${counts}
 * (villages are not shipped).
 *
 * Source: the npm package idn-area-data ${version} (https://github.com/fityannugroho/idn-area-data),
 * files data/provinces.csv, data/regencies.csv and data/districts.csv. Its code is under the MIT
 * license; its data is under the Open Database License (ODbL) 1.0. This table is a derived
 * database: it stays under the ODbL and must keep this attribution. See
 * packages/schemas/data/REGIONS-ATTRIBUTION.md.
 *
 * Encoding: one string per parent, \`<parent digits>:<entry>|<entry>|...\`; an entry is
 * \`[NN]<name>\`, with its two-digit code \`NN\` written only when it is not the previous code + 1
 * (starting from 00) or when the name starts with a digit. Decoded lazily by Region.ts.
 */

/** Provinces (one group with an empty parent). */
export const provinceGroups: readonly string[] = ${JSON.stringify(provinceGroups)};

/** Regencies and cities, one group per province. */
export const regencyGroups: readonly string[] = ${JSON.stringify(regencyGroups)};

/** Districts, one group per regency or city. */
export const districtGroups: readonly string[] = ${JSON.stringify(districtGroups)};

/** How many regions of each level the table holds (checked by the tests). */
export const regionCounts = {
  province: ${provinces.length},
  regency: ${regencies.length},
  district: ${districts.length},
} as const;

/** The idn-area-data version the table was generated from. */
export const regionTableSource = ${JSON.stringify(`idn-area-data@${version}`)};
`;

const attribution = `# Region table attribution

\`src/identifiers/_regionTable.ts\` is generated by \`scripts/generateRegionTable.ts\` from the npm
package [idn-area-data](https://github.com/fityannugroho/idn-area-data) ${version}
(\`data/provinces.csv\`, \`data/regencies.csv\`, \`data/districts.csv\`).

- Counts: ${counts}.
- Villages (kelurahan/desa) are **not** shipped: a village-level code \`PP.RR.SS.DDDD\` is checked
  only down to its district.
- Codes are the Kemendagri (Ministry of Home Affairs) region codes.

## Licenses

- idn-area-data's **code** is under the MIT license, Copyright (c) 2023 Fityan.
- idn-area-data's **data** is under the [Open Database License (ODbL) 1.0](https://opendatacommons.org/licenses/odbl/1-0/).

The region table in this package is a derived database of idn-area-data's data (re-encoded, with
villages and islands left out). It is made available under the ODbL 1.0 as well. Keep this notice,
and the attribution to idn-area-data, with any copy or further derivative of the table.

Regenerate with:

\`\`\`sh
pnpm exec tsx packages/schemas/scripts/generateRegionTable.ts
\`\`\`
`;

const prettierConfig = (await resolveConfig(tableFile)) ?? {};
writeFileSync(tableFile, await format(table, { ...prettierConfig, filepath: tableFile }));
writeFileSync(attributionFile, attribution);
console.log(`wrote ${tableFile} (${counts}) and ${attributionFile}`);
