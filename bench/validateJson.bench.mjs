// Issue 2, benchmark 1: validating a big mall given as JSON text costs little more than parsing it.
// Subject: validateMallSources on the text (read with locations, schema, cross-references, the
// typed mall). Baseline: JSON.parse of the same text. Target for 10,000 services: ≤ 2× (issue 15;
// 1.0× is the goal beyond it).
import { validateMallSources } from '@mpp-kit/core';
import { defineBenchmark } from './defineBenchmark.mjs';
import { mallText } from './mallText.mjs';

const years = [2025, 2026];

/**
 * @param {number} services
 * @param {number | null} target
 */
function validateJson(services, target) {
  return defineBenchmark({
    name: `validate ${services / 1000}k services JSON (schema + cross-references) vs JSON.parse`,
    setup: () => ({ text: mallText({ services, format: 'json' }) }),
    subject: ({ text }) => validateMallSources([{ file: 'mall.json', text }], { years }),
    // The happy path: no errors and no warnings (an issue costs time to locate and would be
    // measured instead).
    check: (result) => {
      const first = result.issues[0];
      if (!result.ok || first !== undefined) {
        throw new Error(
          `validateMallSources reported ${first?.code} at ${first?.path.join('.')}: ${first?.message}`,
        );
      }
    },
    baseline: ({ text }) => JSON.parse(text),
    target,
    maxSeconds: services >= 10_000 ? 30 : 10,
  });
}

export default [validateJson(1000, null), validateJson(10_000, 2)];
