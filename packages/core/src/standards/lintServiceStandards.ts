import { createIssue, type Issue, type IssuePath, type Locale, type MallConfig, type Service } from '@mpp-kit/schemas';
import { serviceStandardComponents, type ServiceStandardComponentKey } from './serviceStandardComponents.js';

/** Components 8–14 other than the staff count: texts under `standard`. */
const standardKeys = new Set<ServiceStandardComponentKey>([
  'facilities',
  'staffCompetence',
  'internalSupervision',
  'staffCount',
  'serviceGuarantee',
  'safetyGuarantee',
  'performanceEvaluation',
]);

/** Where a missing component would be written, relative to the service. */
function pathOf(key: ServiceStandardComponentKey): IssuePath {
  return standardKeys.has(key) ? ['standard', key] : [key];
}

/** The components of `service` that its configuration does not declare. */
function missingComponents(service: Partial<Service>): ServiceStandardComponentKey[] {
  const standard = service.standard ?? {};
  return serviceStandardComponents
    .filter((component) => {
      switch (component.key) {
        case 'requirements':
          return (service.requirements ?? []).length === 0;
        case 'complaints':
          return (service.complaints ?? []).length === 0;
        case 'legalBasis':
          return (service.legalBasis ?? []).length === 0;
        // Components 2–5 always exist in a valid service: the procedure is derived from the
        // workflow when absent, and `sla`, `fee` and `output` are required by the schema.
        case 'procedure':
        case 'completionTime':
        case 'cost':
        case 'product':
          return false;
        default:
          return standard[component.key] === undefined;
      }
    })
    .map((component) => component.key);
}

/**
 * Lint rule for service standards: one `missing_standard_component` **warning** for each of the
 * 14 components of PermenPANRB 15/2014 a service does not declare — requirements (1), complaint
 * channels (6), legal basis (7) and components 8–14 under `standard` — with the path where it
 * belongs in the merged mall (`['services', 3, 'standard', 'facilities']`,
 * `['services', 3, 'legalBasis']`). A service without a legal basis or complaint channel is thus a
 * warning, never an error. Components 2–5 cannot be missing from a service that passed the schema.
 *
 * The signature is that of `validateMallSources`' `extraChecks`, so it runs inside `mpp validate`;
 * it reads only `services` and never throws on a partial mall.
 *
 * @example
 * ```ts
 * const result = await loadMall('examples/batang', { extraChecks: [lintServiceStandards] });
 * lintServiceStandards({ services: [pbgWithoutStandard] }, 'en')[0]?.message;
 * // 'Service "pbg" does not declare service-standard component 8 (facilities).'
 * ```
 */
export function lintServiceStandards(mall: Partial<MallConfig>, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  (mall.services ?? []).forEach((service: Partial<Service> | undefined, index) => {
    if (service === undefined || service === null || typeof service.id !== 'string') return;
    for (const key of missingComponents(service)) {
      const component = serviceStandardComponents.find((entry) => entry.key === key)!;
      issues.push(
        createIssue({
          code: 'missing_standard_component',
          severity: 'warning',
          locale,
          path: ['services', index, ...pathOf(key)],
          params: {
            id: service.id,
            number: component.number,
            component: component.title.en.toLowerCase(),
            componentId: component.title.id.toLowerCase(),
          },
        }),
      );
    }
  });
  return issues;
}
