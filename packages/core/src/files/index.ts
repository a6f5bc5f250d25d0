// `@mpp-kit/core/files`: which files make up a mall, without loading any schema.
export { inputLimits, listMallFiles, type ListMallFilesOptions } from '../load/listMallFiles.js';
