import {
  textFor,
  type Agency,
  type Locale,
  type LocalizedMessage,
  type MallConfig,
  type Service,
} from '@mpp-kit/schemas';
import {
  resolveWorkflow,
  type ResolvedStep,
  type RuleCondition,
  type StepKind,
} from '@mpp-kit/workflows';
import {
  formatDayCount,
  stepKindLabels,
  vocabularyLabels,
  type LabelText,
} from '../labels/index.js';

/**
 * A service's procedure in plain words: the declared one, or steps derived from its lifecycle.
 *
 * @example
 * ```ts
 * const procedure: ServiceProcedure = { steps: ['Pemohon menyerahkan berkas …'], derived: true, workflow: 'permit' };
 * ```
 */
export interface ServiceProcedure {
  /** The steps, in order; a branching lifecycle gives one step per branch ("Risiko rendah: …"). */
  readonly steps: readonly string[];
  /** `true` when the steps come from the lifecycle, not from the service's `procedure`. */
  readonly derived: boolean;
  /** The workflow or template the service names. */
  readonly workflow: string;
}

/**
 * The parts of a mall a procedure is written from.
 *
 * @example
 * ```ts
 * const part: ProcedureMall = { workflows: mall.workflows, agencies: mall.agencies, mall: mall.mall };
 * ```
 */
export type ProcedureMall = Pick<MallConfig, 'workflows'> & {
  readonly agencies?: readonly Pick<Agency, 'id' | 'name' | 'shortName'>[];
  readonly mall?: Pick<MallConfig['mall'], 'coordinator'>;
};

/** Who acts at a step (an agency's name) and what the service produces. */
interface StepActors {
  readonly who: string;
  readonly what: string;
}

type Sentence = LocalizedMessage<StepActors>;

/** What happens at a step of each kind, said to a citizen: who does what, never a role id. */
const sentences: Readonly<Record<StepKind, Sentence>> = {
  intake: {
    id: ({ who }) =>
      `Pemohon menyerahkan berkas persyaratan; petugas ${who} memeriksa kelengkapannya`,
    en: ({ who }) =>
      `The applicant hands in the required documents; ${who} staff check they are complete`,
  },
  review: {
    id: ({ who }) => `${who} memeriksa dan memproses permohonan`,
    en: ({ who }) => `${who} reviews and processes the application`,
  },
  'technical-review': {
    id: ({ who }) => `Tim teknis (${who}) mengkaji permohonan`,
    en: ({ who }) => `A technical team (${who}) reviews the application`,
  },
  inspection: {
    id: ({ who }) => `Petugas ${who} meninjau lokasi`,
    en: ({ who }) => `${who} officers inspect the site`,
  },
  decision: {
    id: ({ who }) => `Pejabat ${who} memutuskan permohonan`,
    en: ({ who }) => `${who} decides on the application`,
  },
  'self-declaration': {
    id: () => 'Pemohon membuat pernyataan mandiri bahwa standar dipenuhi',
    en: () => 'The applicant declares that the standards are met',
  },
  'levy-assessment': {
    id: ({ who }) => `${who} menetapkan besar retribusi dan menerbitkan tagihan`,
    en: ({ who }) => `${who} sets the levy and issues the bill`,
  },
  payment: {
    id: () => 'Pemohon membayar tagihan',
    en: () => 'The applicant pays the bill',
  },
  issuance: {
    id: ({ who, what }) => `${who} menerbitkan ${what}`,
    en: ({ who, what }) => `${who} issues the ${what}`,
  },
  'hand-over': {
    id: ({ what }) => `${what} diserahkan kepada pemohon`,
    en: ({ what }) => `The ${what} is handed to the applicant`,
  },
};

const words = {
  then: { id: ', lalu ', en: ', then ' },
  and: { id: ' dan ', en: ' and ' },
  otherwise: { id: 'Selain itu', en: 'Otherwise' },
  returned: {
    id: 'berkas yang belum lengkap dikembalikan untuk dilengkapi',
    en: 'an incomplete file is returned to be completed',
  },
} as const satisfies Record<string, LabelText>;

/** Targets that end the procedure without a product (they are not steps). */
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
 * The procedure of a service (component 2 of its standard; "Cara mengurus" on the site; SIPPN's
 * *prosedur*) in plain words. The declared `procedure` when the service has one; otherwise the
 * steps of its resolved lifecycle (template, `extends`, overrides and service options applied),
 * walked from the start along the outcomes that lead on: each step says who does what, with
 * agencies by their short names and the step's own time when it has one — no event codes, no
 * role ids, and neither returns nor refusals counted as steps. Where the path branches (by risk
 * level or application kind) each branch is one step naming its condition. Empty when the
 * workflow cannot be resolved.
 *
 * @example
 * ```ts
 * serviceProcedure(sipBidan, mall, 'id').steps[0];
 * // 'Pemeriksaan kelengkapan berkas: pemohon menyerahkan berkas persyaratan; petugas DPMPTSP memeriksa kelengkapannya (berkas yang belum lengkap dikembalikan untuk dilengkapi)'
 * ```
 */
export function serviceProcedure(
  service: Pick<
    Service,
    'id' | 'workflow' | 'sla' | 'procedure' | 'owner' | 'participants' | 'output'
  >,
  mall: ProcedureMall,
  locale: Locale,
): ServiceProcedure {
  const workflow = workflowName(service);
  const declared = (service.procedure ?? []).map((step) => textFor(step, locale));
  if (declared.length > 0) return { steps: declared, derived: false, workflow };
  const resolved = resolveWorkflow(service.workflow, {
    workflows: mall.workflows,
    id: service.id,
    locale,
  });
  if (!resolved.ok) return { steps: [], derived: true, workflow };
  const agencyName = (id: string): string => {
    const agency = mall.agencies?.find((candidate) => candidate.id === id);
    return agency?.shortName ?? (agency === undefined ? id : textFor(agency.name, locale));
  };
  const who = (step: ResolvedStep): string => {
    if (step.team !== null) {
      const team = step.team.agencies ?? service.participants ?? [];
      return (team.length > 0 ? team : [service.owner]).map(agencyName).join(', ');
    }
    const agency = step.actors[0]?.agency ?? 'owner';
    if (agency === 'coordinator') return agencyName(mall.mall?.coordinator ?? service.owner);
    if (agency === 'team' && (service.participants ?? []).length > 0)
      return (service.participants ?? []).map(agencyName).join(', ');
    if (agency === 'owner' || agency === 'applicant' || agency === 'team')
      return agencyName(service.owner);
    return agencyName(agency);
  };
  const product = textFor(service.output.product, locale);
  const steps = new Map(resolved.value.steps.map((step) => [step.id, step]));
  const name = (step: ResolvedStep) => textFor(step.name ?? stepKindLabels[step.kind], locale);
  const describe = (step: ResolvedStep): string => {
    let text = `${name(step)}: ${sentences[step.kind][locale]({ who: who(step), what: product })}`;
    const notes: string[] = [];
    if (step.kind === 'intake' && step.returnable) notes.push(words.returned[locale]);
    if (step.slaDays !== null) notes.push(formatDayCount(step.slaDays, service.sla.unit, locale));
    if (notes.length > 0) text += ` (${notes.join('; ')})`;
    return text;
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
          const rest = walkNames(branch.to, new Set(visited));
          return `${conditionText(branch.when, branch.event, locale)}: ${rest.join(words.then[locale])}`;
        });
        return { path, branches };
      }
      current = next[0] === undefined ? undefined : steps.get(next[0].to);
    }
    return { path, branches: [] };
  };
  /** The names of the steps of a branch, nested branches flattened into it. */
  const walkNames = (id: string, visited: Set<string>): string[] => {
    const names: string[] = [];
    let current = steps.get(id);
    while (current !== undefined && !visited.has(current.id)) {
      visited.add(current.id);
      names.push(name(current));
      current = forward(current)
        .map((next) => steps.get(next.to))
        .find((step) => step !== undefined);
    }
    return names;
  };
  const { path, branches } = walk(resolved.value.start, new Set());
  return { steps: [...path, ...branches], derived: true, workflow };
}
