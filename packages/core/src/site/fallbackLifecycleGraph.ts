import type { LocalizedText, MallConfig, Service } from '@mpp-kit/schemas';
import type { LifecycleGraph, LifecycleState, LifecycleTransition } from './LifecycleGraph.js';

type Bilingual = { readonly id: string; readonly en: string };
type ActorAgency = 'owner' | 'coordinator' | 'team' | 'applicant';
/** One step of a plain template outline: id, name, who acts, the event that moves on, refusable. */
type OutlineStep = readonly [
  id: string,
  name: Bilingual,
  role: string,
  agency: ActorAgency,
  event: string,
  refusable: boolean,
];

const intake = (agency: ActorAgency = 'owner'): OutlineStep => [
  'intake',
  { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' },
  'front-office',
  agency,
  'ACCEPT',
  true,
];
const teamReview: OutlineStep = [
  'technical-review',
  { id: 'Pemeriksaan tim teknis', en: 'Technical review' },
  'reviewer',
  'team',
  'APPROVE',
  true,
];
const issuance = (role = 'back-office'): OutlineStep => [
  'issuance',
  { id: 'Penerbitan', en: 'Issuance' },
  role,
  'owner',
  'ISSUE',
  false,
];

/**
 * The built-in templates as plain step lists (the main path, and refusal where a step can refuse).
 * The full lifecycles, with returns, deadlines and branches, are compiled by `@mpp-kit/workflows`.
 */
const outlines: Record<string, readonly OutlineStep[]> = {
  'simple-registration': [
    intake(),
    [
      'processing',
      { id: 'Pemrosesan', en: 'Processing' },
      'back-office',
      'owner',
      'COMPLETE',
      true,
    ],
    [
      'hand-over',
      { id: 'Penyerahan produk', en: 'Hand-over' },
      'front-office',
      'owner',
      'HAND_OVER',
      false,
    ],
  ],
  permit: [
    intake(),
    ['review', { id: 'Verifikasi teknis', en: 'Review' }, 'reviewer', 'owner', 'RECOMMEND', true],
    ['decision', { id: 'Keputusan', en: 'Decision' }, 'head', 'owner', 'APPROVE', true],
    issuance(),
  ],
  'permit-with-levy': [
    intake(),
    teamReview,
    [
      'levy-assessment',
      { id: 'Penetapan retribusi', en: 'Levy assessment' },
      'back-office',
      'owner',
      'ASSESS',
      false,
    ],
    [
      'payment',
      { id: 'Pembayaran retribusi', en: 'Levy payment' },
      'treasurer',
      'owner',
      'PAID',
      false,
    ],
    issuance('head'),
  ],
  'multi-agency-permit': [
    intake('coordinator'),
    teamReview,
    [
      'inspection',
      { id: 'Peninjauan lapangan', en: 'Field inspection' },
      'inspector',
      'team',
      'REPORT',
      false,
    ],
    ['decision', { id: 'Keputusan', en: 'Decision' }, 'head', 'owner', 'APPROVE', true],
    issuance(),
    [
      'hand-over',
      { id: 'Penyerahan di gerai', en: 'Hand-over at the counter' },
      'front-office',
      'coordinator',
      'HAND_OVER',
      false,
    ],
  ],
  'risk-based-oss': [
    [
      'registration',
      { id: 'Pendaftaran dan pemeriksaan data', en: 'Registration and data check' },
      'front-office',
      'owner',
      'ROUTE',
      true,
    ],
    [
      'conformity',
      {
        id: 'Pemenuhan standar atau kajian izin sesuai tingkat risiko',
        en: 'Conformity or permit review by risk level',
      },
      'reviewer',
      'owner',
      'VERIFY',
      true,
    ],
    issuance(),
  ],
};

const roleNames: Record<string, Bilingual> = {
  'front-office': { id: 'Petugas front office', en: 'Front-office officer' },
  'back-office': { id: 'Petugas back office', en: 'Back-office officer' },
  reviewer: { id: 'Pemeriksa/tim teknis', en: 'Technical reviewer' },
  inspector: { id: 'Petugas peninjau lapangan', en: 'Field inspector' },
  head: { id: 'Kepala instansi/penandatangan', en: 'Head of agency (signatory)' },
  treasurer: { id: 'Bendahara penerimaan', en: 'Revenue treasurer' },
  applicant: { id: 'Pemohon', en: 'Applicant' },
  system: { id: 'Sistem', en: 'System' },
};

const finals: Record<string, Bilingual> = {
  issued: { id: 'Terbit / selesai', en: 'Issued / done' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  withdrawn: { id: 'Dicabut', en: 'Withdrawn' },
  expired: { id: 'Kedaluwarsa', en: 'Expired' },
};

type MallPart = Partial<Pick<MallConfig, 'agencies' | 'roles' | 'workflows'>> & {
  readonly mall?: Pick<MallConfig['mall'], 'coordinator'>;
};
type Step = NonNullable<MallConfig['workflows'][number]['steps']>[number];
type Actor = { readonly role: string; readonly agency?: string | undefined };

function templateOf(service: Service): string {
  return typeof service.workflow === 'string' ? service.workflow : service.workflow.template;
}

function bilingual(text: LocalizedText): Bilingual {
  return typeof text === 'string'
    ? { id: text, en: text }
    : { id: text.id, en: text.en ?? text.id };
}

/**
 * A plain lifecycle graph for a service, for when no compiled workflow is at hand: the main path of
 * its workflow template (simple-registration, permit, permit-with-levy, multi-agency-permit,
 * risk-based-oss) with refusals, or the declared steps of a mall workflow (following `extends` to a
 * template when it declares none). Actors are named with the mall's roles and agencies when `mall`
 * is given. `undefined` when the workflow is unknown.
 *
 * @example
 * ```ts
 * const graph = fallbackLifecycleGraph(pbg, mall);
 * graph?.states.map((state) => state.id);
 * // ['intake', 'technical-review', 'levy-assessment', 'payment', 'issuance', 'issued', 'rejected']
 * ```
 */
export function fallbackLifecycleGraph(
  service: Service,
  mall: MallPart = {},
): LifecycleGraph | undefined {
  const agencyName = (id: string): string => {
    const agency = mall.agencies?.find((candidate) => candidate.id === id);
    return agency?.shortName ?? (agency ? bilingual(agency.name).id : id);
  };
  const actorText = (role: string, agency: string | undefined): LocalizedText => {
    const declared = mall.roles?.find((candidate) => candidate.id === role);
    const name = declared ? bilingual(declared.name) : (roleNames[role] ?? { id: role, en: role });
    const where: Bilingual | undefined =
      agency === undefined || agency === 'owner'
        ? { id: agencyName(service.owner), en: agencyName(service.owner) }
        : agency === 'applicant'
          ? undefined
          : agency === 'coordinator'
            ? mall.mall
              ? { id: agencyName(mall.mall.coordinator), en: agencyName(mall.mall.coordinator) }
              : undefined
            : agency === 'team'
              ? {
                  id: ['tim teknis', (service.participants ?? []).map(agencyName).join(', ')]
                    .filter(Boolean)
                    .join(': '),
                  en: ['technical team', (service.participants ?? []).map(agencyName).join(', ')]
                    .filter(Boolean)
                    .join(': '),
                }
              : { id: agencyName(agency), en: agencyName(agency) };
    return where === undefined
      ? name
      : { id: `${name.id} (${where.id})`, en: `${name.en} (${where.en})` };
  };

  const seen = new Set<string>();
  let id = templateOf(service);
  for (;;) {
    const outline = outlines[id];
    if (outline) return fromOutline(outline, actorText, id);
    const workflow = mall.workflows?.find((candidate) => candidate.id === id);
    if (workflow === undefined || seen.has(id)) return undefined;
    seen.add(id);
    if (
      workflow.steps !== undefined &&
      workflow.steps.length > 0 &&
      workflow.extends === undefined
    ) {
      return fromSteps(workflow.steps, workflow.start, actorText, workflow.name ?? workflow.id);
    }
    if (workflow.extends === undefined) return undefined;
    id = workflow.extends;
  }
}

function withFinals(
  states: LifecycleState[],
  transitions: readonly LifecycleTransition[],
): LifecycleState[] {
  const known = new Set(states.map((state) => state.id));
  const targets = [...new Set(transitions.map((transition) => transition.to))].filter(
    (id) => !known.has(id),
  );
  // The built-in finals in their usual order (issued first), then anything else.
  const order = Object.keys(finals);
  targets.sort(
    (a, b) =>
      (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1),
  );
  for (const id of targets) states.push({ id, label: finals[id] ?? id, final: id in finals });
  return states;
}

function fromOutline(
  outline: readonly OutlineStep[],
  actorText: (role: string, agency: string | undefined) => LocalizedText,
  template: string,
): LifecycleGraph {
  const transitions: LifecycleTransition[] = [];
  outline.forEach(([id, , role, agency, event, refusable], index) => {
    const actor = actorText(role, agency);
    transitions.push({ from: id, to: outline[index + 1]?.[0] ?? 'issued', event, actor });
    if (refusable) transitions.push({ from: id, to: 'rejected', event: 'REJECT', actor });
  });
  const states = outline.map(([id, label]): LifecycleState => ({ id, label }));
  return {
    states: withFinals(states, transitions),
    transitions,
    note: {
      id: `Alur disederhanakan dari templat ${template}.`,
      en: `Simplified flow of the ${template} template.`,
    },
  };
}

function fromSteps(
  steps: readonly Step[],
  start: string | undefined,
  actorText: (role: string, agency: string | undefined) => LocalizedText,
  name: LocalizedText,
): LifecycleGraph {
  const transitions: LifecycleTransition[] = [];
  for (const step of steps) {
    const actors: readonly Actor[] =
      step.kind === 'technical-review'
        ? [{ role: step.team?.role ?? 'reviewer', agency: 'team' }]
        : Array.isArray(step.actor)
          ? step.actor
          : [step.actor];
    const first = actors[0];
    const actor = first === undefined ? undefined : actorText(first.role, first.agency);
    for (const [event, outcome] of Object.entries(step.outcomes)) {
      if (outcome === undefined) continue;
      const targets =
        typeof outcome === 'string'
          ? [outcome]
          : Array.isArray(outcome)
            ? outcome.map((rule) => rule.to)
            : [outcome.to];
      for (const to of new Set(targets))
        transitions.push({ from: step.id, to, event, ...(actor === undefined ? {} : { actor }) });
    }
  }
  const states = steps.map((step): LifecycleState => ({
    id: step.id,
    label: step.name ?? step.id,
  }));
  const title = bilingual(name);
  return {
    states: withFinals(states, transitions),
    transitions,
    ...(start === undefined ? {} : { initial: start }),
    note: { id: `Langkah alur kerja ${title.id}.`, en: `Steps of the ${title.en} workflow.` },
  };
}
