export { toCpsvAp } from './toCpsvAp.js';
export type {
  CpsvApDocument,
  CpsvApNode,
  ExportMall,
  LangString,
  ToCpsvApOptions,
} from './toCpsvAp.js';
export { cpsvApContext } from './cpsvApContext.js';
export type { CpsvApContext } from './cpsvApContext.js';
export { fromCpsvAp, CpsvApFormatError } from './fromCpsvAp.js';
export type { CpsvApImport, CpsvApImportedService, ImportedText } from './fromCpsvAp.js';
export { toSippn, fromSippn, sippnCost, parseRupiah } from './toSippn.js';
export type { SippnImportedService, SippnServiceEntry } from './toSippn.js';
