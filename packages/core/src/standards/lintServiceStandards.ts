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
  const shared = mall.mall?.standard;
  // Most services declare every component, most of them through the mall's shared standard:
  // those are passed over without asking component by component.
  const sharedComplete = standardKeys.every(
    (key) => shared !== undefined && Object.hasOwn(shared, key) && shared[key] !== undefined,
  );
  for (let index = 0; index < services.length; index += 1) {
    const item = services[index];
    if (typeof item !== 'object' || item === null) continue;
    const service = item as Partial<Service>;
    if (typeof service.id !== 'string') continue;
    if (sharedComplete && declaresAllButStandard(service) && !overridesWithNothing(service))
      continue;
    for (const component of serviceStandardComponents) {
      const path = missingAt(service, component, shared);
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
  }
  return issues;
}

/** The keys of components 8–14, written under `standard` (see {@link missingAt}). */
const standardKeys = serviceStandardComponents
  .filter((component) => component.number >= 8)
  .map((component) => component.key as keyof NonNullable<Service['standard']>);

/** Whether a service has requirements, complaint channels and a legal basis (components 1, 6, 7). */
function declaresAllButStandard(service: Partial<Service>): boolean {
  return (
    (service.requirements?.length ?? 0) > 0 &&
    (service.complaints?.length ?? 0) > 0 &&
    (service.legalBasis?.length ?? 0) > 0
  );
}

/** Whether the service's own `standard` sets one of components 8–14 to nothing (its key wins). */
function overridesWithNothing(service: Partial<Service>): boolean {
  const own = service.standard;
  if (own === undefined) return false;
  for (const key of standardKeys)
    if (Object.hasOwn(own, key) && own[key] === undefined) return true;
  return false;
}
