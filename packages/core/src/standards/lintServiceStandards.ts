import {
  createIssue,
  type Issue,
  type IssuePath,
  type Locale,
  type MallConfig,
  type Service,
} from '@mpp-kit/schemas';
import {
  serviceStandardComponents,
  type ServiceStandardComponent,
} from './serviceStandardComponents.js';

/**
 * Where `component` is written, relative to the service, when `service` does not declare it (the
 * component is missing), else `undefined`. Components 2–5 always exist in a service that passed
 * the schema: the procedure is derived from the workflow when absent, and `sla`, `fee` and `output`
 * are required.
 */
function missingAt(
  service: Partial<Service>,
  component: ServiceStandardComponent,
  shared: Service['standard'],
): IssuePath | undefined {
  const key = component.key;
  switch (key) {
    case 'requirements':
    case 'complaints':
    case 'legalBasis':
      return (service[key] ?? []).length === 0 ? [key] : undefined;
    case 'procedure':
    case 'completionTime':
    case 'cost':
    case 'product':
      return undefined;
    case 'facilities':
    case 'staffCompetence':
    case 'internalSupervision':
    case 'staffCount':
    case 'serviceGuarantee':
    case 'safetyGuarantee':
    case 'performanceEvaluation': {
      // A component the mall declares for every service (`mall.standard`) counts for each of
      // them; the service's own key, when it has one, wins (as in `{ ...shared, ...own }`).
      const own = service.standard;
      const value =
        own !== undefined && Object.hasOwn(own, key)
          ? own[key]
          : shared !== undefined && Object.hasOwn(shared, key)
            ? shared[key]
            : undefined;
      return value === undefined ? ['standard', key] : undefined;
    }
  }
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
  const services: readonly unknown[] = mall.services ?? [];
  services.forEach((item, index) => {
    if (typeof item !== 'object' || item === null) return;
    const service = item as Partial<Service>;
    if (typeof service.id !== 'string') return;
    for (const component of serviceStandardComponents) {
      const path = missingAt(service, component, mall.mall?.standard);
      if (path === undefined) continue;
      issues.push(
        createIssue({
          code: 'missing_standard_component',
          severity: 'warning',
          locale,
          path: ['services', index, ...path],
          params: {
            id: service.id,
            number: component.number,
            component: {
              en: component.title.en.toLowerCase(),
              id: component.title.id.toLowerCase(),
            },
          },
        }),
      );
    }
  });
  return issues;
}
