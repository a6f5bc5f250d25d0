// Types of eslint.layers.mjs, for the tests that read it.
import type { Linter } from 'eslint';

/** The packages, lowest layer first: each may import only those before it. */
export declare const packageLayers: readonly string[];
/** Flat-config entries that enforce the layering (see ARCHITECTURE.md). */
export declare function layerRules(): Linter.Config[];
