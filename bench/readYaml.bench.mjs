// Issue 2, benchmark 2: reading YAML with locations and every safety check costs little more than
// yaml's own parseDocument. Subjects: readConfigText and, informational, the whole
// validateMallSources on the YAML text. Baseline: parseDocument with the options reading uses.
// Target for 10,000 services (read only): ≤ 1.3×.
import { readConfigText, validateMallSources } from '@mpp-kit/core';
import { parseDocument } from 'yaml';
import { defineBenchmark } from './defineBenchmark.mjs';
import { mallText } from './mallText.mjs';

const years = [2025, 2026];

/**
 * The yaml options `readYamlText` gives its Composer (packages/core/src/load/_readYamlText.ts,
 * `yamlOptions`; not exported, so copied here — keep in step): YAML 1.2 core schema pinned.
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

/** Whether a benchmark of this file already ran in this process (then the code is JIT-warm). */
let warm = false;

/** @param {string} what @param {readonly { code: string, message: string }[]} issues */
function noIssues(what, issues) {
  if (issues.length > 0)
    throw new Error(`${what} reported ${issues[0]?.code}: ${issues[0]?.message}`);
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
        check: (result) => noIssues('readConfigText', result.issues),
        target: readTarget,
      },
      {
        name: `validate ${label} services YAML (read + schema + cross-references) vs yaml.parseDocument`,
        run: ({ text }) => validateMallSources([{ file: 'mall.yaml', text }], { years }),
        check: (result) => noIssues('validateMallSources', result.issues),
        target: null,
      },
    ],
    setup: () => ({ text: mallText({ services, format: 'yaml' }) }),
    baseline: ({ text }) => parseDocument(text, readingOptions),
    baselineCheck: (document) => {
      if (document.errors.length > 0)
        throw new Error(`parseDocument: ${document.errors[0]?.message}`);
    },
    // One run at 10,000 services takes seconds: no warm-up runs on it. The 1k benchmark, which
    // runs first in this process, warms the same code paths; run alone (--filter 10k), the 10k
    // one warms up on the 1k text. 3 rounds, more when they fit in 45 s.
    ...(big
      ? {
          warmupSetup: () =>
            warm ? undefined : { text: mallText({ services: 1000, format: 'yaml' }) },
          rounds: 5,
          minRounds: 3,
          maxSeconds: 45,
        }
      : { warmup: 1, maxSeconds: 10 }),
    teardown: () => {
      warm = true;
    },
  });
}

export default [readYaml(1000, null), readYaml(10_000, 1.3)];
