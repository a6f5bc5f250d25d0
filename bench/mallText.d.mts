/** The repository root. */
export declare const repoRoot: string;

/** JSON as `JSON.stringify(document)` (compact); YAML as yaml's `stringify(document)`. */
export declare function serializeMall(
  document: Record<string, unknown>,
  format: 'json' | 'yaml',
): string;

/** The text of `generateMall({ services, seed })` in `format`, cached in `.bench-tmp/`. */
export declare function mallText(options: {
  services: number;
  seed?: number;
  format: 'json' | 'yaml';
}): string;
