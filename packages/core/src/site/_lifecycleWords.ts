import type { LocalizedText, MallConfig, Service } from '@mpp-kit/schemas';
import type { AllowedActor, WorkflowGraph, WorkflowGraphTransition } from '@mpp-kit/workflows';
import {
  eventLabel,
  finalStateLabels,
  isFinalStateId,
  roleLabel,
  vocabularyLabels,
  type LabelText,
} from '../labels/index.js';
import type { LifecycleGraph, LifecycleTransition } from './LifecycleGraph.js';

/** The parts of a mall a lifecycle is put into words with. */
export type LifecycleMall = Partial<Pick<MallConfig, 'agencies' | 'roles'>> & {
  readonly mall?: Pick<MallConfig['mall'], 'coordinator'>;
};

const qualifiers = {
  allApprove: { id: 'semua instansi tim menyetujui', en: 'every team agency approves' },
  someApprove: {
    id: (n: number, of: number) => `${n} dari ${of} instansi menyetujui`,
    en: (n: number, of: number) => `${n} of ${of} agencies approve`,
  },
  anyRefuses: { id: 'cukup satu instansi menolak', en: 'any one agency refuses' },
  someRefuse: {
    id: (n: number, of: number) => `${n} dari ${of} instansi menolak`,
    en: (n: number, of: number) => `${n} of ${of} agencies refuse`,
  },
  timeout: { id: 'Waktu langkah habis', en: 'Time for the step ran out' },
  deemedApproval: {
    id: 'Dianggap disetujui karena waktu layanan habis (fiktif positif)',
    en: 'Deemed approved: the service time ran out',
  },
  deemedRefusal: {
    id: 'Dianggap ditolak karena waktu layanan habis',
    en: 'Deemed refused: the service time ran out',
  },
  waitExceeded: {
    id: 'Batas waktu perbaikan berkas terlampaui',
    en: 'The time to correct the file ran out',
  },
  afterEscalation: { id: 'setelah eskalasi', en: 'after escalation' },
  team: { id: 'tim teknis', en: 'technical team' },
} as const;

/** The words of one transition: its event and qualifier, in both languages. */
function transitionLabel(transition: WorkflowGraphTransition): LabelText {
  const event = eventLabel(transition.type);
  const size = transition.actors.length;
  const extra: LabelText[] = [];
  switch (transition.kind) {
    case 'timeout':
      return qualifiers.timeout;
    case 'expiry':
      return transition.to === 'rejected' ? qualifiers.deemedRefusal : qualifiers.deemedApproval;
    case 'wait-exceeded':
      return qualifiers.waitExceeded;
    case 'team-decision': {
      const needed = transition.needed ?? size;
      if (transition.type === 'APPROVE')
        extra.push(
          needed >= size
            ? qualifiers.allApprove
            : {
                id: qualifiers.someApprove.id(needed, size),
                en: qualifiers.someApprove.en(needed, size),
              },
        );
      else {
        const refusals = size - needed + 1;
        extra.push(
          refusals <= 1
            ? qualifiers.anyRefuses
            : {
                id: qualifiers.someRefuse.id(refusals, size),
                en: qualifiers.someRefuse.en(refusals, size),
              },
        );
      }
      break;
    }
    case 'escalation':
      extra.push(qualifiers.afterEscalation);
      break;
    default:
      break;
  }
  for (const level of transition.when?.riskLevel ?? [])
    extra.push(vocabularyLabels.riskLevel[level]);
  for (const kind of transition.when?.applicationKind ?? [])
    extra.push(vocabularyLabels.applicationKind[kind]);
  if (extra.length === 0) return event;
  return {
    id: `${event.id} (${extra.map((part) => part.id).join(', ')})`,
    en: `${event.en} (${extra.map((part) => part.en).join(', ')})`,
  };
}

function both(text: LocalizedText): LabelText {
  return typeof text === 'string'
    ? { id: text, en: text }
    : { id: text.id, en: text.en ?? text.id };
}

/**
 * Puts a workflow graph (from `workflowGraph`, compiled or symbolic) into words for the site: event
 * names with their qualifiers, officers by role name and agency short name (agency keywords of a
 * symbolic graph bound to the service's agencies), final states by name.
 */
export function describeLifecycleGraph(
  graph: WorkflowGraph,
  service: Pick<Service, 'owner' | 'participants'>,
  mall: LifecycleMall,
): LifecycleGraph {
  const agencyName = (id: string): string => {
    const agency = mall.agencies?.find((candidate) => candidate.id === id);
    return agency?.shortName ?? (agency === undefined ? id : both(agency.name).id);
  };
  const bind = (agency: string): string[] => {
    switch (agency) {
      case 'owner':
        return [service.owner];
      case 'coordinator':
        return [mall.mall?.coordinator ?? service.owner];
      case 'team':
        return [...(service.participants ?? [])];
      default:
        return [agency];
    }
  };
  const actorText = (actors: readonly AllowedActor[]): LabelText | undefined => {
    if (actors.length === 0) return undefined;
    const byRole = new Map<string, { team: boolean; agencies: string[] }>();
    for (const actor of actors) {
      const entry = byRole.get(actor.role) ?? { team: false, agencies: [] };
      if (actor.agency === 'team') entry.team = true;
      if (actor.agency !== 'applicant')
        for (const agency of bind(actor.agency))
          if (!entry.agencies.includes(agency)) entry.agencies.push(agency);
      byRole.set(actor.role, entry);
    }
    const parts = [...byRole].map(([role, { team, agencies }]) => {
      const name = both(roleLabel(role, mall.roles ?? []));
      const where = agencies.map(agencyName).join(', ');
      const place = (locale: 'id' | 'en') =>
        team ? [qualifiers.team[locale], where].filter(Boolean).join(': ') : where;
      return where === '' && !team
        ? name
        : { id: `${name.id} (${place('id')})`, en: `${name.en} (${place('en')})` };
    });
    return {
      id: parts.map((part) => part.id).join('; '),
      en: parts.map((part) => part.en).join('; '),
    };
  };
  const transitions = graph.transitions.map((transition): LifecycleTransition => {
    const actor = actorText(transition.actors);
    return {
      from: transition.from,
      to: transition.to,
      event: transition.type,
      label: transitionLabel(transition),
      ...(actor === undefined ? {} : { actor }),
    };
  });
  return {
    ...(graph.initial === undefined ? {} : { initial: graph.initial }),
    states: graph.states.map((state) => ({
      id: state.id,
      label:
        isFinalStateId(state.id) && state.final === true ? finalStateLabels[state.id] : state.label,
      ...(state.final === true ? { final: true } : {}),
    })),
    transitions,
  };
}
