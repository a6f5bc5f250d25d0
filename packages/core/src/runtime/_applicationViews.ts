/** What the runtime shows of an application: summaries, full views, timelines, masked or not. */
import type { ApplicationKind, RiskLevel } from '@mpp-kit/schemas';
import {
  actorMatches,
  currentStep,
  type AllowedActor,
  type ResultRecord,
  type ReturnRecord,
} from '@mpp-kit/workflows';
import type { ActorRef, ApplicationRecord, StoredEvent } from '../store/MallStore.js';
import { declaredTransitions, type LifecycleSnapshot } from './_machineRunner.js';
import type { Lifecycle } from './_lifecycleRegistry.js';
import type { RequirementChecklist, SubmittedDocument } from './checkRequirements.js';
import { maskNik, maskNikInText } from './maskNik.js';
import { payloadProvisional, provisionalOf } from './_provisionalDeadlines.js';
import type {
  ApplicantInput,
  Application,
  ApplicationSummary,
  PendingAction,
  ProvisionalDeadlines,
  TimelineEntry,
} from './MallRuntime.js';
import type { FactValue, FeeQuote } from '../fees/quoteFee.js';

/** What the runtime writes into the `SUBMIT` event's payload. */
export interface SubmitPayload {
  readonly serviceDueAt: string | null;
  /** Present when the service due date is provisional. */
  readonly provisional?: ProvisionalDeadlines;
  readonly applicationKind: ApplicationKind;
  readonly riskLevel?: RiskLevel;
  readonly applicant: ApplicantInput;
  readonly submittedBy: ActorRef;
  readonly documents: readonly SubmittedDocument[];
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly checklist: RequirementChecklist;
  readonly fee: FeeQuote;
  /** The machine's input, for replay. */
  readonly input: unknown;
  /** The lifecycle definition the application runs under (see `ServiceDefinition`). */
  readonly definition: unknown;
}

/** Masks every NIK-like number in the strings of a JSON value. */
export function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskNikInText(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // Keys too: a fact or document keyed by a NIK is personal data as much as its value.
      const masked = key === 'nik' && typeof item === 'string' ? maskNik(item) : maskValue(item);
      const shownKey = maskNikInText(key);
      // A `__proto__` key is defined, not assigned, so that it stays a key.
      if (shownKey === '__proto__') {
        Object.defineProperty(out, shownKey, {
          value: masked,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else out[shownKey] = masked;
    }
    return out;
  }
  return value;
}

/** The pending actions, read from the declared transitions and the context. */
export function pendingActions(snapshot: LifecycleSnapshot, lifecycle: Lifecycle): PendingAction[] {
  const context = snapshot.context;
  const escalated = context.expiry?.consequence === 'escalate';
  const maxRounds = lifecycle.definition.workflow.returns.maxRounds;
  const legalMax = lifecycle.definition.service.sla.legalMax;
  const byType = new Map<string, AllowedActor[]>();
  for (const transition of declaredTransitions(snapshot)) {
    if (transition.event === 'TICK') continue;
    if (transition.kind === 'escalation' && !escalated) continue;
    if (transition.kind === 'return' && maxRounds !== null && context.rounds >= maxRounds) continue;
    if (
      transition.kind === 'extend' &&
      (legalMax === undefined || context.deadline.days >= legalMax)
    )
      continue;
    const voting = transition.kind === 'vote' || transition.kind === 'team-decision';
    const list = byType.get(transition.event) ?? [];
    for (const actor of transition.actors) {
      if (voting && Object.prototype.hasOwnProperty.call(context.votes, actor.agency)) continue;
      if (!list.some((known) => known.role === actor.role && known.agency === actor.agency)) {
        list.push({ role: actor.role, agency: actor.agency });
      }
    }
    byType.set(transition.event, list);
  }
  return [...byType]
    .filter(([, allowed]) => allowed.length > 0)
    .map(([type, allowed]) => ({ type, allowed }));
}

/** The actors the declared transitions of `type` name now (escalation only once escalated). */
export function namedActors(snapshot: LifecycleSnapshot, type: string): AllowedActor[] | undefined {
  let named: AllowedActor[] | undefined;
  for (const transition of declaredTransitions(snapshot)) {
    if (transition.event !== type) continue;
    named ??= [];
    if (transition.kind === 'escalation' && snapshot.context.expiry?.consequence !== 'escalate')
      continue;
    for (const actor of transition.actors) named.push(actor);
  }
  return named;
}

/** `true` when `actor` is among `allowed` (the applicant by id). */
export function isNamed(
  actor: ActorRef,
  allowed: readonly AllowedActor[],
  applicantId: string | null,
): boolean {
  return allowed.some((candidate) => actorMatches(actor, candidate, applicantId));
}

/** The record's `state`: the current step id, or the final state. */
export function stateOf(snapshot: LifecycleSnapshot): string {
  const position = currentStep(snapshot);
  return position.final ?? position.step ?? JSON.stringify(snapshot.value);
}

/** A summary from a record and its restored snapshot (and its pending actions, if known). */
export function summaryOf(
  record: ApplicationRecord,
  snapshot: LifecycleSnapshot,
  lifecycle: Lifecycle,
  reveal = false,
  pending: PendingAction[] = pendingActions(snapshot, lifecycle),
): ApplicationSummary {
  const context = snapshot.context;
  const position = currentStep(snapshot);
  return {
    id: record.id,
    mallId: record.mallId,
    serviceId: record.serviceId,
    serviceVersion: record.serviceVersion,
    workflowId: record.workflowId,
    workflowVersion: record.workflowVersion,
    applicantId: reveal ? record.applicantId : maskNikInText(record.applicantId),
    agencies: record.agencies,
    state: record.state,
    phase: position.phase,
    step: position.step,
    final: position.final,
    version: record.version,
    applicationKind: context.applicationKind,
    riskLevel: context.riskLevel,
    submittedAt: record.createdAt,
    updatedAt: record.updatedAt,
    dueAt: record.dueAt,
    serviceDue: position.final === null ? context.serviceDue : null,
    stepDue: context.stepDue,
    rounds: context.rounds,
    votes: context.votes,
    returned: reveal ? context.returned : (maskValue(context.returned) as ReturnRecord | null),
    expiry: context.expiry,
    result: reveal ? context.result : (maskValue(context.result) as ResultRecord | null),
    pending,
    provisional: provisionalOf(snapshot),
  };
}

/** The full view: the summary plus what the first event holds. */
export function applicationOf(
  summary: ApplicationSummary,
  first: StoredEvent | undefined,
  reveal: boolean,
): Application {
  const payload = (first?.payload ?? {}) as Partial<SubmitPayload>;
  const applicant = payload.applicant ?? { id: summary.applicantId };
  const view: Application = {
    ...summary,
    applicant,
    submittedBy: payload.submittedBy ?? { id: summary.applicantId, role: 'applicant' },
    documents: payload.documents ?? [],
    facts: payload.facts ?? {},
    checklist: payload.checklist ?? {
      applicationKind: summary.applicationKind ?? 'new',
      complete: true,
      missing: [],
      items: [],
    },
    fee: payload.fee ?? { kind: 'free', amount: 0, currency: 'IDR', legalBasis: [] },
  };
  if (reveal) return view;
  return {
    ...view,
    applicant: maskValue(view.applicant) as ApplicantInput,
    submittedBy: maskValue(view.submittedBy) as ActorRef,
    documents: maskValue(view.documents) as SubmittedDocument[],
    facts: maskValue(view.facts) as Record<string, FactValue>,
  };
}

/** One timeline entry from a stored event. */
export function timelineEntryOf(event: StoredEvent, reveal: boolean): TimelineEntry {
  const payload =
    event.payload !== null && typeof event.payload === 'object' && !Array.isArray(event.payload)
      ? (event.payload as Record<string, unknown>)
      : {};
  const text = (value: unknown): string | null | undefined =>
    typeof value === 'string' || value === null ? value : undefined;
  const step = typeof payload['step'] === 'string' ? payload['step'] : undefined;
  const stepDueAt = 'dueAt' in payload ? text(payload['dueAt']) : undefined;
  const serviceDueAt = 'serviceDueAt' in payload ? text(payload['serviceDueAt']) : undefined;
  const provisional = payloadProvisional(payload);
  const reason =
    event.reason === undefined ? undefined : reveal ? event.reason : maskNikInText(event.reason);
  return {
    seq: event.seq,
    type: event.type,
    at: event.at,
    actor: reveal ? event.actor : (maskValue(event.actor) as ActorRef),
    ...(reason === undefined ? {} : { reason }),
    ...(step === undefined ? {} : { step }),
    ...(stepDueAt === undefined ? {} : { stepDueAt }),
    ...(serviceDueAt === undefined ? {} : { serviceDueAt }),
    ...(provisional === undefined ? {} : { provisional }),
    payload: reveal ? event.payload : maskValue(event.payload),
    hash: event.hash,
    prevHash: event.prevHash,
  };
}
