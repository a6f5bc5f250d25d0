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
 * Where a component is declared: a list on the service that must not be empty (`list`), a key of
 * `standard` that the mall's shared standard may fill (`standard`), or nowhere it could be missing
 * (`present`: components 2–5 always exist in a service that passed the schema — the procedure is
 * derived from the workflow when absent, and `sla`, `fee` and `output` are required).
 */
function placeOf(key: ServiceStandardComponent['key']): 'list' | 'standard' | 'present' {
  switch (key) {
    case 'requirements':
    case 'complaints':
    case 'legalBasis':
      return 'list';
    case 'procedure':
    case 'completionTime':
    case 'cost':
    case 'product':
      return 'present';
    case 'facilities':
    case 'staffCompetence':
    case 'internalSupervision':
    case 'staffCount':
    case 'serviceGuarantee':
    case 'safetyGuarantee':
    case 'performanceEvaluation':
      return 'standard';
  }
}

type StandardKey = keyof NonNullable<Service['standard']>;

/** Components declared as lists on the service (1, 6, 7), in the legal order. */
const listComponents = serviceStandardComponents.filter(
  (component) => placeOf(component.key) === 'list',
) as readonly (ServiceStandardComponent & { key: 'requirements' | 'complaints' | 'legalBasis' })[];

/** Components declared under `standard` (8–14), in the legal order. */
const standardComponents = serviceStandardComponents.filter(
  (component) => placeOf(component.key) === 'standard',
) as readonly (ServiceStandardComponent & { key: StandardKey })[];

/** `standard[key]` when the standard has the key itself, else `undefined`. */
function ownValue(standard: Service['standard'], key: StandardKey): unknown {
  return standard !== undefined && Object.hasOwn(standard, key) ? standard[key] : undefined;
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
  // A component under `standard` that the mall declares for every service counts for each of
  // them; the service's own key, when it has one, wins (as in `{ ...shared, ...own }`). Most
  // services have no own standard: only what the shared one lacks is asked for them.
  const sharedLacks = standardComponents.filter(
    (component) => ownValue(shared, component.key) === undefined,
  );
  for (let index = 0; index < services.length; index += 1) {
    const item = services[index];
    if (typeof item !== 'object' || item === null) continue;
    const service = item as Partial<Service>;
    const id = service.id;
    if (typeof id !== 'string') continue;
    // Lists (1, 6, 7) come before the `standard` keys (8–14) in the legal order.
    for (const component of listComponents) {
      if ((service[component.key] ?? []).length === 0)
        issues.push(missingIssue(component, index, id, [component.key], locale));
    }
    const own = service.standard;
    for (const component of own === undefined ? sharedLacks : standardComponents) {
      const key = component.key;
      const value = own !== undefined && Object.hasOwn(own, key) ? own[key] : ownValue(shared, key);
      if (value === undefined)
        issues.push(missingIssue(component, index, id, ['standard', key], locale));
    }
  }
  return issues;
}

/** The warning for `component`, missing at `path` of service `index` (`id`). */
function missingIssue(
  component: ServiceStandardComponent,
  index: number,
  id: string,
  path: IssuePath,
  locale: Locale,
): Issue {
  return createIssue({
    code: 'missing_standard_component',
    severity: 'warning',
    locale,
    path: ['services', index, ...path],
    params: {
      id,
      number: component.number,
      component: { en: component.title.en.toLowerCase(), id: component.title.id.toLowerCase() },
    },
  });
}
