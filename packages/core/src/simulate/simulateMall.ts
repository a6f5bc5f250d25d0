import type {
  ApplicationKind,
  FeeVariable,
  MallConfig,
  RiskLevel,
  Service,
} from '@mpp-kit/schemas';
import { feeFactRange, type FactValue } from '../fees/feeFacts.js';
import type { AllowedActor, WorkingDayCalendar } from '@mpp-kit/workflows';
import { createMallCalendar } from '../calendar/createMallCalendar.js';
import { createMallRuntime } from '../runtime/createMallRuntime.js';
import type {
  ActionInput,
  ApplicationSummary,
  MallRuntime,
  SubmitInput,
  SubmitTrusted,
} from '../runtime/MallRuntime.js';
import {
  resolveServiceDefinition,
  type ServiceDefinition,
} from '../runtime/resolveServiceDefinition.js';
import type { ActorRef, MallStore } from '../store/MallStore.js';
import { localInstant } from '../time/localInstants.js';
import { createRandom, type Random } from './createRandom.js';

/**
 * What {@link simulateMall} needs: the mall, the store the runtime writes to (new or empty), and
 * the run's shape. The runtime is created on the simulation's own clock.
 *
 * @example
 * ```ts
 * const options: SimulationOptions = { mall, store: createMemoryStore(), days: 30, from: '2026-08-03', seed: 1 };
 * ```
 */
export interface SimulationOptions {
  readonly mall: MallConfig;
  /** The store the simulated applications are written to. */
  readonly store: MallStore;
  /** The mall's working-day calendar; default `createMallCalendar(mall)`. */
  readonly calendar?: WorkingDayCalendar;
  /** Working days to simulate. */
  readonly days: number;
  /** The first simulated day, a working day (`YYYY-MM-DD`). */
  readonly from: string;
  readonly seed: number | string;
  /** Mean arrivals on an average weekday; default 100 (Batang, about 100 a day). */
  readonly arrivalsPerDay?: number;
  /** Called after each simulated day. */
  readonly onProgress?: (progress: SimulationProgress) => void;
}

/**
 * How far a simulation is, after a day.
 *
 * @example
 * ```ts
 * const progress: SimulationProgress = { day: 3, days: 30, date: '2026-08-05', submitted: 311, actions: 902, deadlineEvents: 4, refused: 0 };
 * ```
 */
export interface SimulationProgress {
  readonly day: number;
  readonly days: number;
  readonly date: string;
  readonly submitted: number;
  /** Actions accepted (officers and applicants). */
  readonly actions: number;
  /** `TICK` events the scheduler delivered. */
  readonly deadlineEvents: number;
  /** Actions the runtime refused (a plan overtaken by a deadline, …). */
  readonly refused: number;
}

/**
 * What a simulation did.
 *
 * @example
 * ```ts
 * const result: SimulationResult = await simulateMall(options);
 * result.endsAt; // '2026-09-14T17:00:00.000Z': the end of the last simulated day
 * ```
 */
export interface SimulationResult extends SimulationProgress {
  readonly from: string;
  /** The last simulated day. */
  readonly to: string;
  /** The end of the last simulated day (the instant the reports judge open deadlines at). */
  readonly endsAt: string;
  /** The runtime the simulation ran on. */
  readonly runtime: MallRuntime;
}

/** Relative arrivals by weekday (Batang: busiest on Monday and Tuesday); mean 1. */
const weekdayLoad: Readonly<Record<string, number>> = {
  mon: 1.35,
  tue: 1.2,
  wed: 1.0,
  thu: 0.9,
  fri: 0.55,
  sat: 0.3,
  sun: 0.3,
};
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** How common each lifecycle shape is at a counter (civil registration far more than building permits). */
const templateLoad: Readonly<Record<string, number>> = {
  'simple-registration': 4,
  permit: 1.5,
  'risk-based-oss': 2,
  'multi-agency-permit': 0.3,
  'permit-with-levy': 0.4,
};
const ownerLoad: Readonly<Record<string, number>> = {
  disdukcapil: 3,
  'polres-batang': 2.5,
  'bpjs-kesehatan': 1.5,
};

const names = [
  'Siti Aminah',
  'Budi Santoso',
  'Dewi Lestari',
  'Agus Salim',
  'Sri Wahyuni',
  'Slamet Riyadi',
  'Nur Hidayah',
  'Eko Prasetyo',
  'Rina Marlina',
  'Ahmad Fauzi',
  'Wahyu Hidayat',
  'Tri Utami',
  'Joko Susilo',
  'Endang Kurniasih',
];

const msPerMinute = 60_000;
const msPerDay = 86_400_000;

interface Hours {
  readonly open: number;
  readonly close: number;
}

interface AppState {
  summary: ApplicationSummary;
  missingDocs: readonly string[];
}

interface Plan {
  readonly type: string;
  readonly actor: ActorRef;
  readonly reason?: string;
}

interface Item {
  readonly at: number;
  readonly seq: number;
  readonly appId?: string;
  readonly stage?: string;
  readonly plan?: Plan;
}

/** A binary min-heap of agenda items by time, then insertion order (so runs are deterministic). */
class Agenda {
  private readonly items: Item[] = [];
  private readonly before = (a: Item, b: Item): boolean =>
    a.at < b.at || (a.at === b.at && a.seq < b.seq);
  get size(): number {
    return this.items.length;
  }
  peek(): Item | undefined {
    return this.items[0];
  }
  push(item: Item): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i] as Item, items[parent] as Item)) break;
      [items[i], items[parent]] = [items[parent] as Item, items[i] as Item];
      i = parent;
    }
  }
  pop(): Item | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.before(items[left] as Item, items[smallest] as Item))
          smallest = left;
        if (right < items.length && this.before(items[right] as Item, items[smallest] as Item))
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest] as Item, items[i] as Item];
        i = smallest;
      }
    }
    return top;
  }
}

/** Which step of a lifecycle an application is at, so that overtaken plans are dropped. */
function stageOf(summary: ApplicationSummary): string {
  return `${summary.state}|${summary.phase}|${String(summary.rounds)}`;
}

/** A valid NIK registered in the mall's regency (or Batang's, 33.25), from the random source. */
function generateNik(random: Random, region: string): string {
  const regency = /^\d{2}\.\d{2}$/.test(region) ? region.replace('.', '') : '3325';
  const district = String(random.int(1, 15)).padStart(2, '0');
  const female = random.chance(0.5);
  const day = random.int(1, 28) + (female ? 40 : 0);
  const month = random.int(1, 12);
  const year = random.int(50, 99);
  const serial = random.int(1, 9999);
  return `${regency}${district}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
}

/**
 * Simulates a mall at work: a realistic stream of applications for its services, run through the
 * runtime day by day over the mall's working-day calendar, with the scheduler delivering
 * deadlines. Arrivals follow the weekday (busier on Monday and Tuesday, short Fridays; about
 * `arrivalsPerDay`), mostly civil registration and police services; about one file in eight
 * misses a document and is returned for correction; officers work within their share of the
 * service term, except at a few seeded slow agencies whose reviewers often run late; some
 * applicants never come back or never pay. Everything random comes from `seed`: the same seed on
 * an empty store gives the same store.
 *
 * @param options - the mall, runtime factory and run shape.
 * @returns the counts and the runtime.
 * @throws what the runtime or store throws for a reason other than a refused action.
 * @example
 * ```ts
 * const result = await simulateMall({ ...options, days: 30, seed: 1 });
 * result.submitted; // about 3,000 for Batang
 * ```
 */
export async function simulateMall(options: SimulationOptions): Promise<SimulationResult> {
  const { mall, days } = options;
  const calendar = options.calendar ?? createMallCalendar(mall);
  const random = createRandom(options.seed);
  const arrivalRandom = random.fork('arrivals');
  const workRandom = random.fork('work');

  /** The instant of a local date and minute of the day. */
  const instantOf = (date: string, minute: number): number =>
    localInstant(date, minute, calendar.timeZone);
  const weekdayOf = (date: string): string =>
    weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()] as string;
  const hoursOf = (date: string): Hours => {
    const weekday = weekdayOf(date);
    const entry = mall.mall.openingHours.find((hours) =>
      (hours.days as readonly string[]).includes(weekday),
    );
    const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
    return entry === undefined
      ? { open: 8 * 60, close: 15 * 60 }
      : { open: minutes(entry.open), close: minutes(entry.close) };
  };
  const nextDay = (date: string): string =>
    new Date(Date.parse(`${date}T00:00:00Z`) + msPerDay).toISOString().slice(0, 10);

  let now = instantOf(options.from, 0);
  let createdToday = 0;
  const clock = (): string => new Date(now).toISOString();
  const createId = (): string => {
    createdToday += 1;
    return `${calendar.toLocalDate(clock()).replaceAll('-', '')}-${String(createdToday).padStart(4, '0')}`;
  };
  const runtime = createMallRuntime(mall, { store: options.store, clock, createId, calendar });

  // Services and how often each is asked for.
  const definitions = new Map<string, ServiceDefinition>();
  const definitionOf = (serviceId: string): ServiceDefinition => {
    let definition = definitions.get(serviceId);
    if (definition === undefined) {
      definition = resolveServiceDefinition(mall, serviceId);
      definitions.set(serviceId, definition);
    }
    return definition;
  };
  const serviceRandom = random.fork('services');
  const services = mall.services.filter((service) => {
    try {
      definitionOf(service.id);
      return true;
    } catch {
      return false;
    }
  });
  const weights = services.map((service) => {
    const workflow = definitionOf(service.id).workflow;
    const template = workflow.bases.at(-1) ?? workflow.id;
    return (
      (templateLoad[template] ?? 1) *
      (ownerLoad[service.owner] ?? 1) *
      Math.exp(0.5 * serviceRandom.gaussian())
    );
  });
  // Slow reviewers: about a quarter of the agencies take two to three times as long.
  const speedRandom = random.fork('speed');
  const agencySpeed = new Map<string, number>(
    mall.agencies.map((agency) => [
      agency.id,
      speedRandom.chance(0.25) ? 2 + speedRandom.next() : 0.8 + 0.4 * speedRandom.next(),
    ]),
  );

  const agenda = new Agenda();
  let seq = 0;
  const apps = new Map<string, AppState>();
  let submitted = 0;
  let actions = 0;
  let deadlineEvents = 0;
  let refused = 0;

  const schedule = (at: number, item: Omit<Item, 'at' | 'seq'>): void => {
    agenda.push({ ...item, at: Math.max(at, now), seq: seq++ });
  };

  /**
   * An instant `workingDays` after today at a random time within opening hours; for 0, `minutes`
   * from now (the next working day when that is past closing time).
   */
  const whenAfter = (
    workingDays: number,
    rnd: Random,
    minutes: readonly [number, number] = [10, 180],
  ): number => {
    const today = calendar.toLocalDate(clock());
    if (workingDays <= 0) {
      const hours = hoursOf(today);
      const at = now + rnd.int(minutes[0], minutes[1]) * msPerMinute;
      if (calendar.isWorkingDay(today) && at < instantOf(today, hours.close)) return at;
      workingDays = 1;
    }
    const date = calendar.addWorkingDays(today, workingDays);
    const hours = hoursOf(date);
    return instantOf(date, rnd.int(hours.open, Math.max(hours.open, hours.close - 15)));
  };

  const speedOf = (agency: string | undefined, rnd: Random): number =>
    (agency === undefined ? 1 : (agencySpeed.get(agency) ?? 1)) * Math.exp(0.25 * rnd.gaussian());

  /**
   * When an officer of `agency` acts on a step with `budget` working days left: within the budget
   * mostly, later at slow agencies; a same-day step (budget 0) within minutes to hours.
   */
  const workAt = (budget: number, agency: string | undefined, rnd: Random): number => {
    const speed = speedOf(agency, rnd);
    if (budget <= 0) {
      const slow = speed > 1.5;
      if (rnd.chance(slow ? 0.35 : 0.04)) return whenAfter(1, rnd);
      return whenAfter(0, rnd, slow ? [20, 150] : [5, 45]);
    }
    return whenAfter(Math.max(0, Math.floor(budget * (0.1 + 0.55 * rnd.next()) * speed)), rnd);
  };

  const budgetOf = (summary: ApplicationSummary): number => {
    const today = calendar.toLocalDate(clock());
    const due = summary.stepDue ?? summary.serviceDue;
    if (due === null) return 3;
    try {
      const left = calendar.countWorkingDays(today, due);
      return summary.stepDue === null ? Math.floor(left * 0.4) : left;
    } catch {
      return 3;
    }
  };

  const officerRef = (actor: AllowedActor, summary: ApplicationSummary, rnd: Random): ActorRef =>
    actor.agency === 'applicant'
      ? { id: summary.applicantId, role: 'applicant' }
      : {
          id: `nip-${actor.agency}-${actor.role}-${String(rnd.int(1, 3))}`,
          role: actor.role,
          agency: actor.agency,
        };

  /** Decides what happens next to an application and puts it on the agenda. */
  const plan = (appId: string): void => {
    const app = apps.get(appId);
    if (app === undefined) return;
    const summary = app.summary;
    if (summary.final !== null) return;
    const stage = stageOf(summary);
    const rnd = workRandom;
    const byType = new Map(summary.pending.map((p) => [p.type, p.allowed]));
    if (summary.phase === 'returned') {
      const owner: ActorRef = { id: summary.applicantId, role: 'applicant' };
      if (byType.has('RESUBMIT') && rnd.chance(0.88)) {
        schedule(whenAfter(rnd.int(1, 6), rnd), {
          appId,
          stage,
          plan: { type: 'RESUBMIT', actor: owner },
        });
      } else if (byType.has('WITHDRAW') && rnd.chance(0.3)) {
        schedule(whenAfter(rnd.int(2, 10), rnd), {
          appId,
          stage,
          plan: { type: 'WITHDRAW', actor: owner, reason: 'Tidak jadi mengajukan' },
        });
      }
      return;
    }
    const workflow = definitionOf(summary.serviceId).workflow;
    const step = workflow.steps.find((candidate) => candidate.id === summary.step);
    if (step === undefined) return;
    const positive = step.outcomes
      .filter((o) => o.rules.some((rule) => rule.to !== 'rejected'))
      .map((o) => o.event);
    const negative = step.outcomes
      .filter((o) => o.rules.every((rule) => rule.to === 'rejected'))
      .map((o) => o.event);
    const main = positive.find((type) => byType.has(type));
    if (main === undefined) return;
    const canReturn = byType.has('RETURN');
    const reject = negative.find((type) => byType.has(type));
    const budget = budgetOf(summary);

    if (step.team !== null) {
      // Each agency of the technical team reviews on its own.
      for (const actor of byType.get(main) ?? []) {
        if (actor.role !== step.team.role) continue;
        const roll = rnd.next();
        const type =
          canReturn && roll < 0.05 ? 'RETURN' : reject !== undefined && roll < 0.07 ? reject : main;
        const reason =
          type === 'RETURN'
            ? 'Dokumen teknis perlu dilengkapi'
            : type === main
              ? undefined
              : 'Tidak memenuhi standar teknis';
        schedule(workAt(budget, actor.agency, rnd), {
          appId,
          stage,
          plan: {
            type,
            actor: officerRef(actor, summary, rnd),
            ...(reason === undefined ? {} : { reason }),
          },
        });
      }
      return;
    }

    const allowed = byType.get(main) ?? [];
    const actor =
      allowed.find((candidate) =>
        step.actors.some((declared) => declared.role === candidate.role),
      ) ?? allowed[0];
    if (actor === undefined) return;
    let type = main;
    let reason: string | undefined;
    if (step.kind === 'intake' && app.missingDocs.length > 0 && canReturn && rnd.chance(0.9)) {
      type = 'RETURN';
      reason = `Dokumen belum lengkap: ${app.missingDocs.join(', ')}`;
    } else if (canReturn && step.kind !== 'intake' && rnd.chance(0.03)) {
      type = 'RETURN';
      reason = 'Berkas perlu perbaikan';
    } else if (reject !== undefined && rnd.chance(step.kind === 'intake' ? 0.01 : 0.02)) {
      type = reject;
      reason = 'Tidak memenuhi persyaratan';
    }
    let at: number;
    if (step.kind === 'payment') {
      // The applicant pays first (some never do: the levy expires), then the treasurer confirms.
      if (rnd.chance(0.07)) return;
      at = whenAfter(rnd.int(0, 8), rnd);
    } else if (actor.agency === 'applicant') {
      at = whenAfter(rnd.int(0, 4), rnd);
    } else {
      at = workAt(budget, actor.agency, rnd);
    }
    schedule(at, {
      appId,
      stage,
      plan: {
        type,
        actor: officerRef(actor, summary, rnd),
        ...(reason === undefined ? {} : { reason }),
      },
    });
  };

  const refresh = async (appId: string): Promise<AppState | undefined> => {
    const app = apps.get(appId);
    if (app === undefined) return undefined;
    app.summary = await runtime.get(appId);
    return app;
  };

  const perform = async (item: Item, retried = false): Promise<void> => {
    const appId = item.appId as string;
    const app = apps.get(appId);
    const plan_ = item.plan;
    if (app === undefined || plan_ === undefined || stageOf(app.summary) !== item.stage) return;
    const before = stageOf(app.summary);
    const action: ActionInput = {
      type: plan_.type,
      actor: plan_.actor,
      expectedVersion: app.summary.version,
      ...(plan_.reason === undefined ? {} : { reason: plan_.reason }),
    };
    try {
      app.summary = await runtime.act(appId, action);
      actions += 1;
      if (plan_.type === 'RESUBMIT') app.missingDocs = [];
      if (stageOf(app.summary) !== before) plan(appId);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (
        code !== 'conflict' &&
        code !== 'forbidden' &&
        code !== 'invalid_action' &&
        code !== 'validation'
      )
        throw error;
      // A deadline overtook the plan: look again, and retry or plan anew.
      const fresh = await refresh(appId);
      if (fresh === undefined) return;
      if (code === 'conflict' && !retried && stageOf(fresh.summary) === before) {
        await perform(item, true);
        return;
      }
      refused += 1;
      if (stageOf(fresh.summary) !== before) plan(appId);
    }
  };

  // What one application asks for.
  const serviceRequest = (
    service: Service,
    rnd: Random,
    n: number,
  ): { request: SubmitInput; trusted: SubmitTrusted } => {
    const kinds = service.applicationKinds;
    const kind = rnd.weighted<ApplicationKind>(
      kinds,
      kinds.map((k) => ({ new: 0.7, renewal: 0.2, change: 0.1 })[k]),
    );
    const applicable = service.requirements.filter(
      (r) => r.when?.kind === undefined || r.when.kind.includes(kind),
    );
    let documents = applicable.filter(
      (r) => r.optional !== true && (r.when?.condition === undefined || rnd.chance(0.5)),
    );
    const required = documents.filter((r) => r.when?.condition === undefined);
    if (required.length > 0 && rnd.chance(0.12)) {
      const missing = rnd.pick(required);
      documents = documents.filter((r) => r !== missing);
    }
    const facts: Record<string, number | string | boolean> = {};
    const fee = service.fee;
    if (fee.kind === 'formula') {
      const example = fee.examples[0]?.given ?? {};
      let first = true;
      for (const [name, variable] of Object.entries(fee.variables)) {
        facts[name] = simulatedFact(variable, example[name], first, rnd);
        first = false;
      }
    } else if (fee.kind === 'table') {
      const rows = fee.rows.filter(
        (row) => row.when?.kind === undefined || row.when.kind.includes(kind),
      );
      if (rows.length > 0) facts['feeRow'] = rnd.pick(rows).id;
    }
    const risky = definitionOf(service.id).workflow.steps.some((step) =>
      step.outcomes.some((o) => o.rules.some((rule) => rule.when?.riskLevel !== undefined)),
    );
    const riskLevel: RiskLevel | undefined = risky
      ? rnd.weighted<RiskLevel>(
          ['low', 'medium-low', 'medium-high', 'high'],
          [0.5, 0.25, 0.15, 0.1],
        )
      : undefined;
    return {
      request: {
        serviceId: service.id,
        applicationKind: kind,
        applicant: {
          id: `warga-${String(n)}`,
          nik: generateNik(rnd, mall.mall.region),
          name: rnd.pick(names),
        },
        documents: documents.map((r) => ({ requirementId: r.id })),
        facts,
      },
      trusted: riskLevel === undefined ? {} : { riskLevel },
    };
  };

  const arrive = async (at: number): Promise<void> => {
    const service = arrivalRandom.weighted(services, weights);
    const { request, trusted } = serviceRequest(service, arrivalRandom, submitted + refused + 1);
    now = at;
    try {
      const app = await runtime.submit(request, trusted);
      submitted += 1;
      apps.set(app.id, { summary: app, missingDocs: app.checklist.missing });
      plan(app.id);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'validation') throw error;
      refused += 1;
    }
  };

  // Day by day.
  let date = options.from;
  let lastScheduled = calendar.addWorkingDays(date, -1);
  const perDay = options.arrivalsPerDay ?? 100;
  for (let day = 1; day <= days; day++) {
    // The scheduler runs early every calendar day (also over weekends and holidays).
    for (let d = nextDay(lastScheduled); d <= date; d = nextDay(d)) {
      now = Math.max(now, instantOf(d, 5));
      const result = await runtime.runDueDeadlines(clock());
      deadlineEvents += result.delivered;
    }
    lastScheduled = date;
    createdToday = 0;
    const hours = hoursOf(date);
    const count = arrivalRandom.poisson(perDay * (weekdayLoad[weekdayOf(date)] ?? 1));
    const arrivals = Array.from({ length: count }, () =>
      instantOf(
        date,
        hours.open + arrivalRandom.next() * Math.max(30, hours.close - hours.open - 30),
      ),
    ).sort((a, b) => a - b);
    const endOfDay = instantOf(nextDay(date), 0);
    let next = 0;
    for (;;) {
      const top = agenda.peek();
      const arrival = arrivals[next];
      const topAt = top !== undefined && top.at < endOfDay ? top.at : Infinity;
      if (arrival === undefined && topAt === Infinity) break;
      if (arrival !== undefined && arrival <= topAt) {
        next += 1;
        await arrive(arrival);
      } else {
        const item = agenda.pop() as Item;
        now = Math.max(now, item.at);
        await perform(item);
      }
    }
    options.onProgress?.({ day, days, date, submitted, actions, deadlineEvents, refused });
    if (day < days) date = calendar.addWorkingDays(date, 1);
  }
  const endsAt = new Date(instantOf(nextDay(date), 0)).toISOString();
  now = Math.max(now, Date.parse(endsAt));
  return {
    day: days,
    days,
    date,
    submitted,
    actions,
    deadlineEvents,
    refused,
    from: options.from,
    to: date,
    endsAt,
    runtime,
  };
}

/**
 * A fact for a simulated application, within its declared range: the first fact of a formula
 * varies around the fee's first example (so fees differ), the others keep the example's value.
 */
function simulatedFact(
  variable: FeeVariable,
  example: FactValue | undefined,
  varies: boolean,
  rnd: Random,
): FactValue {
  if (variable.type === 'boolean') return typeof example === 'boolean' ? example : rnd.chance(0.5);
  if (variable.type === 'choice') {
    const options = variable.options ?? [];
    if (typeof example === 'string' && options.some((option) => option.id === example))
      return example;
    return options.length === 0 ? '' : rnd.pick(options).id;
  }
  const range = feeFactRange(variable);
  const base = typeof example === 'number' ? example : rnd.int(1, 100);
  const value = varies ? Math.round(base * (0.6 + 1.2 * rnd.next())) : base;
  return Math.min(range.max, Math.max(range.min, value));
}
