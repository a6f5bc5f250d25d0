// Issue 2, benchmark 2: reading YAML with locations and every safety check costs little more than
// yaml's own parseDocument. Subjects: readConfigText (private to @mpp-kit/core, so imported from
// its TypeScript source through tsx) and, informational, the whole validateMallSources on the
// YAML text. Baseline: parseDocument with the options reading uses. Target for 10,000 services
// (read only): ≤ 1.3×.
import { validateMallSources } from '@mpp-kit/core';
import { parseDocument } from 'yaml';
import { readConfigText } from '../packages/core/src/_readConfigText.ts';
import { defineBenchmark } from './defineBenchmark.mjs';
import { mallText } from './mallText.mjs';

const years = [2025, 2026];

/**
 * The yaml options `readYamlText` passes to its Composer (packages/core/src/_readYamlText.ts,
 * `yamlOptions`; not exported, so copied — keep in step): YAML 1.2 core schema pinned.
 */
const readingOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  customTags: [],
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  strict: true,
};

/** @param {string} text */
function checked(text) {
  const read = readConfigText(text, 'mall.yaml');
  if (read.issues.length > 0) throw new Error(`readConfigText reported ${read.issues[0]?.code}: ${read.issues[0]?.message}`);
  const parsed = parseDocument(text, readingOptions);
  if (parsed.errors.length > 0) throw new Error(`parseDocument reported ${parsed.errors[0]?.message}`);
  const result = validateMallSources([{ file: 'mall.yaml', text }], { years });
  if (!result.ok) throw new Error(`the generated mall is not valid: ${result.issues[0]?.code}: ${result.issues[0]?.message}`);
  return { text };
}

/**
 * @param {number} services
 * @param {number | null} readTarget
 */
function readYaml(services, readTarget) {
  const big = services >= 10_000;
  const label = `${services / 1000}k`;
  return defineBenchmark({
    subjects: [
      {
        name: `read ${label} services YAML with locations vs yaml.parseDocument`,
        run: ({ text }) => readConfigText(text, 'mall.yaml'),
        target: readTarget,
      },
      {
        name: `validate ${label} services YAML (read + schema + cross-references) vs yaml.parseDocument`,
        run: ({ text }) => validateMallSources([{ file: 'mall.yaml', text }], { years }),
        target: null,
      },
    ],
    setup: () => (big ? { text: mallText({ services, format: 'yaml' }) } : checked(mallText({ services, format: 'yaml' }))),
    baseline: ({ text }) => parseDocument(text, readingOptions),
    // One run at 10,000 services takes seconds: warm up on 1,000 (same code paths), measure
    // 3 to 5 rounds. The 1k benchmark, which runs first, checks the reading is clean.
    ...(big ? { warmupSetup: () => checked(mallText({ services: 1000, format: 'yaml' })), rounds: 5, minRounds: 3, maxSeconds: 60 } : { maxSeconds: 15 }),
  });
}

export default [readYaml(1000, null), readYaml(10_000, 1.3)];
