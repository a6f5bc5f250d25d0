import { randomUUID } from 'node:crypto';
import {
  complaintStates,
  complaintTierDays,
  type ComplaintActorKind,
  type ComplaintCategory,
  type ComplaintsSection,
  type ComplaintState,
  type FloorNotificationEvent,
  type MallConfig,
} from '@mpp-kit/schemas';
import {
  compileStateTable,
  type CompiledStateTable,
  type WorkingDayCalendar,
} from '@mpp-kit/workflows';
import { createMallCalendar } from '../calendar/createMallCalendar.js';
import type { MallStore } from '../store/MallStore.js';
import type { ComplaintRecord } from '../store/FloorStore.js';
import { FloorError } from './FloorError.js';
import { localMoment } from './_floorTime.js';
import { planFloorNotifications } from '../notifications/planNotifications.js';

/**
 * A complaint as the reporter files it, in SP4N-LAPOR!'s report shape.
 *
 * @example
 * ```ts
 * const input: ComplaintInput = {
 *   categoryId: 'perizinan', title: 'PBG belum terbit', content: 'Sudah lewat jangka waktu.',
 *   anonymous: false, confidential: true, reporter: { id: 'akun-1', name: 'Siti' },
 * };
 * ```
 */
export interface ComplaintInput {
  readonly categoryId: string;
  readonly title: string;
  readonly content: string;
  readonly eventDate?: string;
  readonly eventPlace?: string;
  /** Nobody sees who reported it. */
  readonly anonymous: boolean;
  /** The receiving agency does not see who reported it. */
  readonly confidential: boolean;
  /** Who reports it (ignored, and not stored, when anonymous). */
  readonly reporter?: { readonly id: string; readonly name?: string; readonly contact?: string };
  /** The application it is about. */
  readonly applicationId?: string;
  readonly attachments?: readonly string[];
}

/**
 * Who acts on a complaint: a complaint officer of the coordinator, a handler of an agency, or the
 * reporter (`role: 'reporter'`, `id` their account).
 *
 * @example
 * ```ts
 * const actor: ComplaintActor = { id: 'nip-1', role: 'complaint-officer', agency: 'dpmptsp' };
 * ```
 */
export interface ComplaintActor {
  readonly id: string;
  readonly role: string;
  readonly agency?: string;
}

/**
 * The actions of the complaint lifecycle: `verify` (received → verified; the first response),
 * `assign` (verified → assigned; to the category's agency or another), `answer` (assigned or
 * reopened → answered), `reopen` (answered → reopened, by the reporter within the reopening
 * term), `close` (answered → closed).
 *
 * @example
 * ```ts
 * complaintActions.verify.to; // 'verified'
 * ```
 */
export const complaintActions = {
  verify: { from: ['received'], to: 'verified', by: 'officer' },
  assign: { from: ['verified'], to: 'assigned', by: 'officer' },
  answer: { from: ['assigned', 'reopened'], to: 'answered', by: 'handler' },
  reopen: { from: ['answered'], to: 'reopened', by: 'reporter' },
  close: { from: ['answered'], to: 'closed', by: 'reporter-or-officer' },
} as const satisfies Record<
  string,
  { from: readonly ComplaintState[]; to: ComplaintState; by: ComplaintActorKind }
>;

/**
 * A mall's complaint lifecycle: the default {@link complaintActions} with the mall's
 * `complaints.lifecycle` laid over it (who takes each action; reopening left out when the mall
 * disallows it), compiled into an XState machine that decides every transition.
 *
 * @example
 * ```ts
 * const lifecycle = complaintLifecycleOf({ lifecycle: { reopening: false } });
 * lifecycle.machine.next('answered', 'reopen'); // undefined: refused
 * lifecycle.rules.close.by; // 'reporter-or-officer'
 * ```
 */
export interface ComplaintLifecycleRules {
  /** Per action the states it starts from, the state it leads to, and who takes it. */
  readonly rules: Readonly<
    Partial<
      Record<
        ComplaintAction,
        {
          readonly from: readonly ComplaintState[];
          readonly to: ComplaintState;
          readonly by: ComplaintActorKind;
        }
      >
    >
  >;
  /** The compiled lifecycle. */
  readonly machine: CompiledStateTable<ComplaintState, ComplaintAction>;
}

/**
 * Compiles a complaints section's lifecycle; see {@link ComplaintLifecycleRules}.
 *
 * @example
 * ```ts
 * complaintLifecycleOf({}).machine.allowed('answered'); // ['reopen', 'close']
 * ```
 */
export function complaintLifecycleOf(
  section: Pick<ComplaintsSection, 'lifecycle'>,
): ComplaintLifecycleRules {
  const declared = section.lifecycle;
  const rules: Partial<
    Record<
      ComplaintAction,
      { from: readonly ComplaintState[]; to: ComplaintState; by: ComplaintActorKind }
    >
  > = {};
  for (const action of Object.keys(complaintActions) as ComplaintAction[]) {
    if (action === 'reopen' && declared?.reopening === false) continue;
    const base = complaintActions[action];
    rules[action] = { from: base.from, to: base.to, by: declared?.actors?.[action] ?? base.by };
  }
  const actions = {} as Record<
    ComplaintAction,
    { readonly from: readonly ComplaintState[]; readonly to: ComplaintState }
  >;
  for (const action of Object.keys(complaintActions) as ComplaintAction[])
    actions[action] = rules[action] ?? { from: [], to: complaintActions[action].to };
  return {
    rules,
    machine: compileStateTable({
      id: 'complaint',
      initial: 'received',
      states: complaintStates,
      actions,
    }),
  };
}

/** The actor kinds a kind of viewer acts as. */
const actsAs: Readonly<Record<ComplaintViewer['kind'], readonly ComplaintActorKind[]>> = {
  officer: ['officer', 'reporter-or-officer'],
  agency: ['handler'],
  reporter: ['reporter', 'reporter-or-officer'],
};

/**
 * The actions a kind of viewer may offer on a complaint in `state`: those the compiled lifecycle
 * accepts there and whose actor kind the viewer acts as. The desk's `act` still checks the actor
 * itself (the handler's agency, the reporter's id).
 *
 * @example
 * ```ts
 * complaintActionsFor(complaintLifecycleOf({}), { kind: 'officer' }, 'received'); // ['verify']
 * ```
 */
export function complaintActionsFor(
  lifecycle: ComplaintLifecycleRules,
  viewer: ComplaintViewer,
  state: ComplaintState,
): ComplaintAction[] {
  return lifecycle.machine.allowed(state).filter((action) => {
    const rule = lifecycle.rules[action];
    return rule !== undefined && actsAs[viewer.kind].includes(rule.by);
  });
}

/** The notification event of each state an action leads to. */
const complaintEvents = {
  verified: 'COMPLAINT_VERIFIED',
  assigned: 'COMPLAINT_ASSIGNED',
  answered: 'COMPLAINT_ANSWERED',
  reopened: 'COMPLAINT_REOPENED',
  closed: 'COMPLAINT_CLOSED',
} as const satisfies Record<
  (typeof complaintActions)[ComplaintAction]['to'],
  Extract<FloorNotificationEvent, `COMPLAINT_${string}`>
>;

/**
 * A complaint action's name; see {@link complaintActions}.
 *
 * @example
 * ```ts
 * const action: ComplaintAction = 'answer';
 * ```
 */
export type ComplaintAction = keyof typeof complaintActions;

/**
 * What anyone who knows a complaint's number may see of it ({@link ComplaintDesk.track}): where it
 * stands and its terms, never who reported it or what they wrote; the title and the answer only
 * when the complaint is not confidential.
 *
 * @example
 * ```ts
 * const seen: PublicComplaint = { number: 'ADU-2026-000001', categoryId: 'informasi', agency: 'dpmptsp', state: 'answered', title: 'Jam layanan', receivedAt: '2026-12-07T01:00:00.000Z', firstResponseDue: '2026-12-10', answerDue: '2026-12-14', answeredAt: '2026-12-08T02:00:00.000Z', closedAt: null, answer: 'Sabtu tutup.' };
 * ```
 */
export interface PublicComplaint {
  readonly number: string;
  readonly categoryId: string;
  readonly agency: string;
  readonly state: ComplaintState;
  /** `null` for a confidential complaint. */
  readonly title: string | null;
  readonly receivedAt: string;
  readonly firstResponseDue: string;
  readonly answerDue: string;
  readonly answeredAt: string | null;
  readonly closedAt: string | null;
  /** `null` until answered, and for a confidential complaint. */
  readonly answer: string | null;
}

/**
 * The complaint desk of a mall. Made by {@link createComplaintDesk}.
 *
 * @example
 * ```ts
 * const desk = createComplaintDesk(mall, store);
 * const complaint = await desk.submit(input);
 * await desk.act(complaint.id, complaint.version, 'verify', officer);
 * ```
 */
export interface ComplaintDesk {
  /** The categories, with the term each applies (working days). */
  readonly categories: readonly (ComplaintCategory & { readonly term: number })[];
  /** The mall's complaint lifecycle, compiled ({@link complaintLifecycleOf}). */
  readonly lifecycle: ComplaintLifecycleRules;
  /** Files a complaint; due dates counted on the mall's working-day calendar. */
  submit(input: ComplaintInput): Promise<ComplaintRecord>;
  /** Runs one lifecycle action if the complaint is still at `expectedVersion`. */
  act(
    id: string,
    expectedVersion: number,
    action: ComplaintAction,
    actor: ComplaintActor,
    details?: { readonly note?: string; readonly answer?: string; readonly agency?: string },
  ): Promise<ComplaintRecord>;
  /** Reads a complaint as `viewer` may see it (reporter fields hidden where they must be). */
  get(id: string, viewer: ComplaintViewer): Promise<ComplaintRecord>;
  /** Lists complaints as `viewer` may see them (an agency only its own). */
  list(viewer: ComplaintViewer): Promise<ComplaintRecord[]>;
  /** What anyone may see of the complaint with this number; `undefined` when there is none. */
  track(number: string): Promise<PublicComplaint | undefined>;
}

/**
 * Who looks at a complaint: a complaint officer (sees all but the anonymous reporter), an
 * agency's handler (only its complaints; confidential reporters hidden), or the reporter.
 *
 * @example
 * ```ts
 * const viewer: ComplaintViewer = { kind: 'agency', agency: 'dpupr' };
 * ```
 */
export type ComplaintViewer =
  | { readonly kind: 'officer' }
  | { readonly kind: 'agency'; readonly agency: string }
  | { readonly kind: 'reporter'; readonly id: string };

/**
 * Options of {@link createComplaintDesk}.
 *
 * @example
 * ```ts
 * const options: ComplaintDeskOptions = { clock: () => new Date('2026-03-13T02:00:00Z') };
 * ```
 */
export interface ComplaintDeskOptions {
  /** The current time; default `new Date()`. */
  readonly clock?: () => Date;
  /** New complaint ids; default `randomUUID`. */
  readonly newId?: () => string;
  /** The working-day calendar; default the mall's ({@link createMallCalendar}). */
  readonly calendar?: WorkingDayCalendar;
}

/** The complaint with the reporter's identity removed. */
function withoutReporter(record: ComplaintRecord): ComplaintRecord {
  return { ...record, reporterId: null, reporterName: null, reporterContact: null };
}

/**
 * Creates the complaint desk of a loaded mall with a `complaints` section, on its store. Due
 * dates: the first response `firstResponseDays` working days after the day received, the answer
 * the category's term (its own `days`, else its tier's: SP4N-LAPOR!) after it.
 *
 * @throws {@link FloorError} `validation` when the mall declares no `complaints` section.
 * @example
 * ```ts
 * const desk = createComplaintDesk(mall, createMemoryStore());
 * const complaint = await desk.submit({ categoryId: 'perizinan', title: 'T', content: 'C', anonymous: true, confidential: false });
 * complaint.firstResponseDue; // three working days later
 * ```
 */
export function createComplaintDesk(
  mall: MallConfig,
  store: MallStore,
  options: ComplaintDeskOptions = {},
): ComplaintDesk {
  const section = mall.complaints;
  if (section === undefined)
    throw new FloorError(
      'validation',
      'This mall declares no `complaints` section. Add one (categories with their tiers) to take complaints.',
      'Mal ini tidak mendeklarasikan bagian `complaints`. Tambahkan (kategori dengan tingkatnya) untuk menerima pengaduan.',
    );
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const calendar = options.calendar ?? createMallCalendar(mall);
  const categories = section.categories.map((c) => ({
    ...c,
    term: c.days ?? complaintTierDays[c.tier],
  }));
  const coordinator = mall.mall.coordinator;
  const lifecycle = complaintLifecycleOf(section);

  const visible = (record: ComplaintRecord, viewer: ComplaintViewer): ComplaintRecord => {
    if (viewer.kind === 'reporter') return record;
    if (record.anonymous) return withoutReporter(record);
    if (viewer.kind === 'agency' && record.confidential) return withoutReporter(record);
    return record;
  };
  const load = async (id: string): Promise<ComplaintRecord> => {
    const record = await store.floor.getComplaint(id);
    if (record === undefined)
      throw new FloorError(
        'not_found',
        `There is no complaint ${id}. Check the id.`,
        `Pengaduan ${id} tidak ada. Periksa id-nya.`,
      );
    return record;
  };
  const forbidden = (action: string, actor: ComplaintActor): FloorError =>
    new FloorError(
      'forbidden',
      `${actor.role}${actor.agency === undefined ? '' : `@${actor.agency}`} may not ${action} this complaint.`,
      `${actor.role}${actor.agency === undefined ? '' : `@${actor.agency}`} tidak berwenang melakukan ${action} pada pengaduan ini.`,
    );

  const conflict = (current: ComplaintRecord, expectedVersion: number): FloorError =>
    new FloorError(
      'conflict',
      `Complaint ${current.number} changed meanwhile (version ${String(expectedVersion)} is no longer current). Reload it and try again.`,
      `Pengaduan ${current.number} berubah sementara itu (versi ${String(expectedVersion)} tidak berlaku lagi). Muat ulang dan coba lagi.`,
    );

  return {
    categories,
    lifecycle,
    async submit(input) {
      const category = categories.find((c) => c.id === input.categoryId);
      if (category === undefined)
        throw new FloorError(
          'validation',
          `Unknown complaint category "${input.categoryId}". Choose one of: ${categories.map((c) => c.id).join(', ')}.`,
          `Kategori pengaduan "${input.categoryId}" tidak dikenal. Pilih salah satu: ${categories.map((c) => c.id).join(', ')}.`,
        );
      if (input.title.trim() === '' || input.content.trim() === '')
        throw new FloorError(
          'validation',
          'A complaint needs a title and what happened (content).',
          'Pengaduan memerlukan judul dan isi laporan.',
        );
      let agency = category.agency;
      if (agency === undefined && input.applicationId !== undefined) {
        const application = await store.get(input.applicationId);
        agency = mall.services.find((s) => s.id === application?.serviceId)?.owner;
      }
      const now = clock();
      const received = localMoment(now, mall.mall.timeZone).day;
      const at = now.toISOString();
      const reporter = input.anonymous ? undefined : input.reporter;
      const record: ComplaintRecord = {
        id: newId(),
        number: '',
        mallId: mall.mall.id,
        categoryId: category.id,
        agency: agency ?? coordinator,
        state: 'received',
        version: 1,
        title: input.title,
        content: input.content,
        eventDate: input.eventDate ?? null,
        eventPlace: input.eventPlace ?? null,
        anonymous: input.anonymous,
        confidential: input.confidential,
        reporterId: reporter?.id ?? null,
        reporterName: reporter?.name ?? null,
        reporterContact: reporter?.contact ?? null,
        applicationId: input.applicationId ?? null,
        attachments: input.attachments ?? [],
        receivedAt: at,
        firstResponseDue: calendar.dueDate({
          received,
          days: section.firstResponseDays,
          unit: 'working',
        }),
        answerDue: calendar.dueDate({ received, days: category.term, unit: 'working' }),
        verifiedAt: null,
        answeredAt: null,
        closedAt: null,
        answer: null,
        history: [{ action: 'submit', state: 'received', actor: reporter?.id ?? 'anonymous', at }],
      };
      // Numbered in the mall's local year: 31 December 23:30 WIB is still that year.
      return store.floor.createComplaint(record, {
        year: received.slice(0, 4),
        notify: (stored) =>
          planFloorNotifications(mall, { event: 'COMPLAINT_RECEIVED', complaint: stored }),
      });
    },
    async act(id, expectedVersion, action, actor, details = {}) {
      const rule = lifecycle.rules[action];
      if (rule === undefined)
        throw new FloorError(
          'invalid_action',
          `This mall does not reopen answered complaints (complaints.lifecycle.reopening is false). File a new complaint.`,
          `Mal ini tidak membuka kembali pengaduan yang sudah dijawab (complaints.lifecycle.reopening bernilai false). Ajukan pengaduan baru.`,
        );
      const current = await load(id);
      const isOfficer = actor.role === section.officerRole && actor.agency === coordinator;
      const allowed =
        rule.by === 'officer'
          ? isOfficer
          : rule.by === 'handler'
            ? actor.role === section.handlerRole && actor.agency === current.agency
            : rule.by === 'reporter'
              ? actor.role === 'reporter' && actor.id === current.reporterId
              : isOfficer || (actor.role === 'reporter' && actor.id === current.reporterId);
      if (!allowed) throw forbidden(action, actor);
      if (current.version !== expectedVersion) throw conflict(current, expectedVersion);
      const to = lifecycle.machine.next(current.state, action);
      if (to === undefined)
        throw new FloorError(
          'invalid_action',
          `Complaint ${current.number} is ${current.state}; "${action}" needs it ${rule.from.join(' or ')}.`,
          `Pengaduan ${current.number} berstatus ${current.state}; "${action}" memerlukan status ${rule.from.join(' atau ')}.`,
        );
      const now = clock();
      const at = now.toISOString();
      if (action === 'reopen' && current.answeredAt !== null) {
        const answeredDay = localMoment(new Date(current.answeredAt), mall.mall.timeZone).day;
        const last = calendar.dueDate({
          received: answeredDay,
          days: section.closeAfterDays,
          unit: 'working',
        });
        if (localMoment(now, mall.mall.timeZone).day > last)
          throw new FloorError(
            'invalid_action',
            `The answer can be contested until ${last}; that term is over. File a new complaint.`,
            `Jawaban dapat ditanggapi hingga ${last}; jangka waktunya sudah lewat. Ajukan pengaduan baru.`,
          );
      }
      if (action === 'answer' && (details.answer ?? '').trim() === '')
        throw new FloorError(
          'validation',
          'An answer needs its text.',
          'Jawaban memerlukan isinya.',
        );
      const next: ComplaintRecord = {
        ...current,
        state: to,
        version: current.version + 1,
        agency: action === 'assign' ? (details.agency ?? current.agency) : current.agency,
        verifiedAt: action === 'verify' ? at : current.verifiedAt,
        answeredAt: action === 'answer' ? at : current.answeredAt,
        closedAt: action === 'close' ? at : current.closedAt,
        answer: action === 'answer' ? (details.answer ?? null) : current.answer,
        history: [
          ...current.history,
          {
            action,
            state: to,
            actor: actor.id,
            at,
            ...(details.note === undefined ? {} : { note: details.note }),
          },
        ],
      };
      const event = complaintEvents[to as keyof typeof complaintEvents];
      const stored = await store.floor.updateComplaint(id, expectedVersion, next, (saved) =>
        planFloorNotifications(mall, { event, complaint: saved }),
      );
      if (stored === undefined) throw conflict(current, expectedVersion);
      return stored;
    },
    async get(id, viewer) {
      const record = await load(id);
      if (
        (viewer.kind === 'agency' && record.agency !== viewer.agency) ||
        (viewer.kind === 'reporter' && record.reporterId !== viewer.id)
      )
        throw new FloorError(
          'not_found',
          `There is no complaint ${id} for you. Check the id.`,
          `Pengaduan ${id} tidak ada untuk Anda. Periksa id-nya.`,
        );
      return visible(record, viewer);
    },
    async track(number) {
      const [record] = await store.floor.listComplaints({ number, limit: 1 });
      if (record === undefined) return undefined;
      const hidden = record.confidential;
      return {
        number: record.number,
        categoryId: record.categoryId,
        agency: record.agency,
        state: record.state,
        title: hidden ? null : record.title,
        receivedAt: record.receivedAt,
        firstResponseDue: record.firstResponseDue,
        answerDue: record.answerDue,
        answeredAt: record.answeredAt,
        closedAt: record.closedAt,
        answer: hidden ? null : record.answer,
      };
    },
    async list(viewer) {
      const records = await store.floor.listComplaints(
        viewer.kind === 'agency'
          ? { agency: viewer.agency }
          : viewer.kind === 'reporter'
            ? { reporterId: viewer.id }
            : {},
      );
      return records.map((r) => visible(r, viewer));
    },
  };
}
