export { loadMall } from './loadMall.js';
export type { LoadMallOptions } from './loadMall.js';
export { validateMallSources } from './validateMallSources.js';
export type { LoadMallResult, MallSource, ValidateMallOptions } from './validateMallSources.js';
export { checkMall, applyRounding } from './checkMall.js';
export type { CheckMallOptions, PartialMall } from './checkMall.js';
export { compileFeeFormula, FeeFormulaError, feeFormulaFunctions } from './FeeFormula.js';
export type { FeeFormula } from './FeeFormula.js';
