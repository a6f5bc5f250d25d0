/**
 * `loadMall` for `mpp validate` alone. In the built CLI this module is `dist/validation-load.js`,
 * one file that carries its own copy of `@mpp-kit/core/load`, `@mpp-kit/workflows`,
 * `@mpp-kit/schemas` and zod (see tsup.config.ts): Node's ESM loader then reads, compiles and links
 * one module instead of some 110, which is most of a cold `mpp validate`. Only validation uses it:
 * it hands nothing but plain issues and file names back, never an object that another package
 * would test with `instanceof`. Every other command loads the packages themselves, so the objects
 * it passes to `@mpp-kit/server` or `@mpp-kit/core` come from the one copy they share.
 */
export { loadMall } from '@mpp-kit/core/load';
