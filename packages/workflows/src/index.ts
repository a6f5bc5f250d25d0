// Each folder's index names its public API once; the package re-exports those lists.
export * from './calendar/index.js';
export * from './lifecycle/index.js';
export type { Issue } from './packageTypes.js';
