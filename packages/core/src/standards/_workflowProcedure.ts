import {
  textFor,
  type Locale,
  type LocalizedText,
  type Service,
  type WorkflowDefinition,
} from '@mpp-kit/schemas';
import {
  resolveWorkflow,
  type ResolvedStep,
  type RuleCondition,
  type StepKind,
} from '@mpp-kit/workflows';

type Text = Readonly<Record<Locale, string>>;

/** What a step of each kind is called when the step has no name. */
const kindNames: Readonly<Record<StepKind, LocalizedText>> = {
  intake: { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' },
  review: { id: 'Pemeriksaan/verifikasi', en: 'Review' },
  'technical-review': { id: 'Kajian tim teknis', en: 'Technical review' },
  inspection: { id: 'Peninjauan lapangan', en: 'Field inspection' },
  decision: { id: 'Keputusan', en: 'Decision' },
  'self-declaration': { id: 'Pernyataan mandiri pemohon', en: "Applicant's self-declaration" },
  'levy-assessment': { id: 'Penetapan retribusi', en: 'Levy assessment' },
  payment: { id: 'Pembayaran', en: 'Payment' },
  issuance: { id: 'Penerbitan produk layanan', en: 'Issuance' },
  'hand-over': { id: 'Penyerahan produk layanan', en: 'Hand-over' },
};

const words = {
  working: {
    id: (n: number) => `${n} hari kerja`,
    en: (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`,
  },
  calendar: {
    id: (n: number) => `${n} hari kalender`,
    en: (n: number) => `${n} calendar ${n === 1 ? 'day' : 'days'}`,
  },
  then: { id: ', lalu ', en: ', then ' } satisfies Text,
  and: { id: ' dan ', en: ' and ' } satisfies Text,
  otherwise: { id: 'Selain itu', en: 'Otherwise' } satisfies Text,
  risk: {
    low: { id: 'risiko rendah', en: 'low risk' },
    'medium-low': { id: 'risiko menengah rendah', en: 'medium-low risk' },
    'medium-high': { id: 'risiko menengah tinggi', en: 'medium-high risk' },
    high: { id: 'risiko tinggi', en: 'high risk' },
  } satisfies Record<string, Text>,
  kind: {
    new: { id: 'permohonan baru', en: 'new application' },
    renewal: { id: 'perpanjangan', en: 'renewal' },
    change: { id: 'perubahan', en: 'change' },
  } satisfies Record<string, Text>,
} as const;

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
    ...(when.riskLevel ?? []).map((level) => words.risk[level][locale]),
    ...(when.applicationKind ?? []).map((kind) => words.kind[kind][locale]),
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
    const name = textFor(step.name ?? kindNames[step.kind], locale);
    return step.slaDays === null
      ? name
      : `${name} — ${words[service.sla.unit][locale](step.slaDays)}`;
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
