/** The built-in workflow templates the generated services use, in rotation. */
export declare const workflowTemplateIds: readonly [
  'simple-registration',
  'permit',
  'permit-with-levy',
  'multi-agency-permit',
  'risk-based-oss',
];

/** A seeded PRNG (mulberry32) returning floats in [0, 1). */
export declare function createRandom(seed: number): () => number;

/** Options of {@link generateMall}. */
export interface GenerateMallOptions {
  /** How many services. */
  readonly services: number;
  /** PRNG seed (default 1). */
  readonly seed?: number;
  /** How many agencies (default 25, at least 3); one counter each. */
  readonly agencies?: number;
  /** How many legal bases (default 40). */
  readonly legalBases?: number;
}

/**
 * A synthetic, valid `apiVersion: mpp-kit/v1` mall document, the same for the same options.
 */
export declare function generateMall(options: GenerateMallOptions): Record<string, unknown>;
