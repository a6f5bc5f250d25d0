import { expect, it } from 'vitest';
import fc from 'fast-check';
import { createJsonLocator, locateJson } from '../src/load/_readJsonScanner.js';

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  }
  return out;
}

it('the indexing locator finds exactly what the scanning one finds, for every path', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(0, 2, '\t'), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const locate = createJsonLocator(text);
      for (const path of paths(JSON.parse(text))) {
        for (const what of ['value', 'key'] as const) {
          expect(locate(path, what)).toBe(locateJson(text, path, what));
        }
        // A path that goes past the data lands on the nearest ancestor, like the scanner.
        expect(locate([...path, 'missing', 3], 'value')).toBe(
          locateJson(text, [...path, 'missing', 3], 'value'),
        );
      }
    }),
    { numRuns: 300 },
  );
});
