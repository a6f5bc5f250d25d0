export type { IdentifierFormat, IdentifierResult } from './IdentifierResult.js';
export { identifierFormats } from './IdentifierResult.js';
export type { Region, RegionLevel } from './Region.js';
export { findRegion, listRegions, regionLevels } from './Region.js';
export type { RetiredRegion } from './RetiredRegion.js';
export { findRetiredRegion, retiredRegions } from './RetiredRegion.js';
export type { NikBirthCentury, ParseNikOptions, ParsedNik, Sex } from './parseNik.js';
export { parseNik, sexes } from './parseNik.js';
export type { NpwpForm, ParsedNpwp } from './parseNpwp.js';
export { npwpForms, parseNpwp } from './parseNpwp.js';
export type { ParsedNib } from './parseNib.js';
export { parseNib } from './parseNib.js';
export type { ParsedKbli } from './parseKbli.js';
export { parseKbli } from './parseKbli.js';
export type { ParsedRegionCode, RegionCodeLevel } from './parseRegionCode.js';
export { parseRegionCode, regionCodeLevels } from './parseRegionCode.js';
export { kbli, nib, nik, npwp, regionCode } from './identifierSchemas.js';
export {
  kbliPattern,
  nibPattern,
  nikPattern,
  npwpPattern,
  regionCodePattern,
} from './identifierPatterns.js';
