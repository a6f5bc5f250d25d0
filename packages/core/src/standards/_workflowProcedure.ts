import { textFor, type Locale, type Service, type WorkflowDefinition } from '@mpp-kit/schemas';
import {
  formatDayCount,
  stepKindLabels,
  vocabularyLabels,
  type LabelText,
} from '../labels/index.js';
import { resolveWorkflow, type ResolvedStep, type RuleCondition } from '@mpp-kit/workflows';

const words = {
  then: { id: ', lalu ', en: ', then ' },
  and: { id: ' dan ', en: ' and ' },
  otherwise: { id: 'Selain itu', en: 'Otherwise' },
} as const satisfies Record<string, LabelText>;

/** Targets that end the procedure without a product (they are not part of the published path). */
const endsWithoutProduct = new Set(['rejected', 'withdrawn', 'expired']);

/** The workflow or template id a service names. */
export function workflowName(service: Pick<Service, 'workflow'>): string {
  return typeof service.workflow === 'string' ? service.workflow : service.workflow.template;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function conditionText(when: RuleCondition | null, event: string, locale: Locale): string {
  if (when === null) return words.otherwise[locale];
  const parts = [
    ...(when.riskLevel ?? []).map((level) => vocabularyLabels.riskLevel[level][locale]),
    ...(when.applicationKind ?? []).map((kind) =>
      vocabularyLabels.applicationKind[kind][locale].toLowerCase(),
    ),
  ];
  return parts.length === 0 ? event : capitalize(parts.join(words.and[locale]));
}

/**
 * A plain list of the steps of the service's workflow, for component 2 when the service declares
 * no `procedure`: the resolved workflow (template, `extends` chain, overrides and service options
 * applied) walked from its start along the outcomes that lead on (not to a refusal), each step
 * with its name (or its kind's name) and its own completion time when it has one. Where the path
 * branches (by risk level or application kind), one item per branch names the condition and the
 * steps of that branch. Empty when the workflow cannot be resolved.
 */
export function workflowProcedure(
  service: Pick<Service, 'id' | 'workflow' | 'sla'>,
  workflows: readonly WorkflowDefinition[],
  locale: Locale,
): string[] {
  const resolved = resolveWorkflow(service.workflow, { workflows, id: service.id, locale });
  if (!resolved.ok) return [];
  const steps = new Map(resolved.value.steps.map((step) => [step.id, step]));
  const describe = (step: ResolvedStep): string => {
    const name = textFor(step.name ?? stepKindLabels[step.kind], locale);
    return step.slaDays === null
      ? name
      : `${name} — ${formatDayCount(step.slaDays, service.sla.unit, locale)}`;
  };
  const forward = (step: ResolvedStep) => {
    const seen = new Set<string>();
    return step.outcomes.flatMap((outcome) =>
      outcome.rules
        .filter(
          (rule) => !endsWithoutProduct.has(rule.to) && !seen.has(rule.to) && seen.add(rule.to),
        )
        .map((rule) => ({ to: rule.to, when: rule.when, event: outcome.event })),
    );
  };
  /** The steps from `id` on while the path does not branch; then one line per branch. */
  const walk = (id: string, visited: Set<string>): { path: string[]; branches: string[] } => {
    const path: string[] = [];
    let current = steps.get(id);
    while (current !== undefined && !visited.has(current.id)) {
      visited.add(current.id);
      path.push(describe(current));
      const next = forward(current);
      if (next.length > 1) {
        const branches = next.map((branch) => {
          const rest = walk(branch.to, new Set(visited));
          const text = [...rest.path, ...rest.branches].join(words.then[locale]);
          return `${conditionText(branch.when, branch.event, locale)}: ${text}`;
        });
        return { path, branches };
      }
      current = next[0] === undefined ? undefined : steps.get(next[0].to);
    }
    return { path, branches: [] };
  };
  const { path, branches } = walk(resolved.value.start, new Set());
  return [...path, ...branches];
}
