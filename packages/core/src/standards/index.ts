export { serviceStandardComponents } from './serviceStandardComponents.js';
export type {
  ServiceStandardComponent,
  ServiceStandardComponentKey,
} from './serviceStandardComponents.js';
export { describeServiceStandard } from './describeServiceStandard.js';
export type {
  ServiceStandardMall,
  ServiceStandardView,
  StandardBlock,
  StandardSection,
} from './describeServiceStandard.js';
export { renderServiceStandard, serviceStandardFormats } from './renderServiceStandard.js';
export type {
  RenderServiceStandardOptions,
  ServiceStandardFormat,
} from './renderServiceStandard.js';
export { lintServiceStandards } from './lintServiceStandards.js';
export { serviceProcedure } from './serviceProcedure.js';
export type { ServiceProcedure, ProcedureMall } from './serviceProcedure.js';
