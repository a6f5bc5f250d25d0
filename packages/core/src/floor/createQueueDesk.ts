import { randomUUID } from 'node:crypto';
import {
  queuePriorityGroups,
  type Counter,
  type CounterQueue,
  type MallConfig,
  type QueuePriorityGroup,
} from '@mpp-kit/schemas';
import type { MallStore } from '../store/MallStore.js';
import type { FloorNotify, QueueTicket, TicketStatus } from '../store/FloorStore.js';
import { FloorError } from './FloorError.js';
import { instantOf, localMoment } from './_floorTime.js';
import { planFloorNotifications } from '../notifications/planNotifications.js';
import { weekdayOf } from '../checks/checkQueues.js';
import { callOrder } from '../store/callOrder.js';

/**
 * What a citizen (or the front desk for them) asks for when taking a ticket.
 *
 * @example
 * ```ts
 * const request: TakeTicketRequest = { counterId: 'gerai-disdukcapil', serviceId: 'ktp-el', priority: 'older-person' };
 * ```
 */
export interface TakeTicketRequest {
  /** The counter to queue at. */
  readonly counterId: string;
  /** The service wanted; must be one the queue serves. */
  readonly serviceId?: string;
  /** The protected group (UU 25/2009 Art. 29) the holder belongs to, if any. */
  readonly priority?: QueuePriorityGroup;
  /** An appointment: the local date and the slot's start `HH:MM`. Absent: a walk-in for today. */
  readonly appointment?: { readonly date: string; readonly from: string };
}

/**
 * The queue desk of a mall: takes tickets, calls, recalls, serves, marks no-shows and transfers,
 * on the mall's store. Made by {@link createQueueDesk}.
 *
 * @example
 * ```ts
 * const desk = createQueueDesk(mall, store);
 * const ticket = await desk.take({ counterId: 'gerai-disdukcapil' });
 * await desk.callNext('gerai-disdukcapil', 'nip-1');
 * ```
 */
export interface QueueDesk {
  /** The counters that have a queue, with their queue. */
  readonly queues: readonly { readonly counter: Counter; readonly queue: CounterQueue }[];
  /** The services a counter's queue serves. */
  servicesOf(counterId: string): readonly string[];
  /** Takes a ticket; throws {@link FloorError} `not_found`, `validation`, `closed` or `full`. */
  take(request: TakeTicketRequest): Promise<QueueTicket>;
  /** Calls the next ticket at a counter; `undefined` when nobody waits. */
  callNext(counterId: string, officer: string): Promise<QueueTicket | undefined>;
  /** Calls a called ticket again (its holder did not come yet). */
  recall(ticketId: string, officer: string): Promise<QueueTicket>;
  /** Marks a called ticket served. */
  serve(ticketId: string): Promise<QueueTicket>;
  /** Marks a called ticket no-show. */
  noShow(ticketId: string): Promise<QueueTicket>;
  /** Sends a waiting or called ticket to another counter's queue, keeping its number and place. */
  transfer(ticketId: string, counterId: string): Promise<QueueTicket>;
  /** The tickets of a local day (today when absent), of one counter when given. */
  board(options?: { readonly day?: string; readonly counterId?: string }): Promise<QueueTicket[]>;
  /**
   * A ticket and how many tickets of its counter are called before it (in the order "call next"
   * uses: protected groups first, then by when callable, then by number); 0 once it is called.
   * Throws {@link FloorError} `not_found` for an unknown id.
   */
  position(ticketId: string): Promise<{ readonly ticket: QueueTicket; readonly ahead: number }>;
  /** Today's local date in the mall's time zone. */
  today(): string;
}

/**
 * Options of {@link createQueueDesk}.
 *
 * @example
 * ```ts
 * const options: QueueDeskOptions = { clock: () => new Date('2026-12-07T01:00:00Z') };
 * ```
 */
export interface QueueDeskOptions {
  /** The current time; default `new Date()`. */
  readonly clock?: () => Date;
  /** New ticket ids; default `randomUUID`. */
  readonly newId?: () => string;
}

/**
 * Creates the queue desk of a loaded mall on its store. Numbers are counted per queue prefix per
 * local day; walk-ins are taken while the queue is open (its hours, else the counter's, else the
 * mall's), appointments for a declared slot; the protected groups are called first.
 *
 * @example
 * ```ts
 * const desk = createQueueDesk(mall, createMemoryStore());
 * const { number } = await desk.take({ counterId: 'gerai-disdukcapil', priority: 'pregnant' });
 * ```
 */
export function createQueueDesk(
  mall: MallConfig,
  store: MallStore,
  options: QueueDeskOptions = {},
): QueueDesk {
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const timeZone = mall.mall.timeZone;
  const queues = mall.counters.flatMap((counter) =>
    counter.queue === undefined ? [] : [{ counter, queue: counter.queue }],
  );
  const byId = new Map(queues.map((entry) => [entry.counter.id, entry]));

  const find = (counterId: string) => {
    const entry = byId.get(counterId);
    if (entry === undefined)
      throw new FloorError(
        'not_found',
        `Counter "${counterId}" has no queue. Choose one of: ${[...byId.keys()].join(', ')}.`,
        `Gerai "${counterId}" tidak memiliki antrean. Pilih salah satu: ${[...byId.keys()].join(', ')}.`,
      );
    return entry;
  };
  const servicesOf = (counterId: string): readonly string[] => {
    const { counter, queue } = find(counterId);
    if (queue.services !== undefined) return queue.services;
    const listing = mall.services.filter((s) => s.counters?.includes(counter.id) === true);
    if (listing.length > 0) return listing.map((s) => s.id);
    return mall.services.filter((s) => counter.agencies.includes(s.owner)).map((s) => s.id);
  };
  const hoursOf = (counter: Counter, queue: CounterQueue) =>
    queue.openingHours ?? counter.openingHours ?? mall.mall.openingHours;
  const noTicket = (ticketId: string) =>
    new FloorError(
      'not_found',
      `There is no ticket ${ticketId}. Check the ticket id.`,
      `Tiket ${ticketId} tidak ada. Periksa id tiketnya.`,
    );
  const ticketOr = async (
    ticketId: string,
    from: readonly TicketStatus[],
    change: { status: TicketStatus; counterId?: string; officer?: string },
    notify?: FloorNotify<QueueTicket>,
  ): Promise<QueueTicket> => {
    const moved = await store.floor.moveTicket(
      ticketId,
      from,
      { ...change, at: clock().toISOString() },
      notify,
    );
    if (moved !== undefined) return moved;
    const current = await store.floor.getTicket(ticketId);
    if (current === undefined) throw noTicket(ticketId);
    throw new FloorError(
      'invalid_action',
      `Ticket ${current.number} is ${current.status}; this needs it ${from.join(' or ')}.`,
      `Tiket ${current.number} berstatus ${current.status}; tindakan ini memerlukan status ${from.join(' atau ')}.`,
    );
  };

  return {
    queues,
    servicesOf,
    today: () => localMoment(clock(), timeZone).day,
    async take(request) {
      const { counter, queue } = find(request.counterId);
      if (request.serviceId !== undefined && !servicesOf(counter.id).includes(request.serviceId))
        throw new FloorError(
          'validation',
          `The queue of ${counter.id} does not serve "${request.serviceId}". It serves: ${servicesOf(counter.id).join(', ')}.`,
          `Antrean ${counter.id} tidak melayani "${request.serviceId}". Layanannya: ${servicesOf(counter.id).join(', ')}.`,
        );
      if (request.priority !== undefined && !queuePriorityGroups.includes(request.priority))
        throw new FloorError(
          'validation',
          `Unknown priority group "${request.priority}"; use one of ${queuePriorityGroups.join(', ')}.`,
          `Kelompok prioritas "${request.priority}" tidak dikenal; gunakan salah satu dari ${queuePriorityGroups.join(', ')}.`,
        );
      const now = clock();
      const at = now.toISOString();
      const here = localMoment(now, timeZone);
      const common = {
        id: newId(),
        counterId: counter.id,
        prefix: queue.prefix,
        priority: request.priority ?? null,
        serviceId: request.serviceId ?? null,
        at,
        ...(queue.dailyCapacity === undefined ? {} : { dailyCapacity: queue.dailyCapacity }),
      };
      let taken;
      if (request.appointment === undefined) {
        const open = hoursOf(counter, queue).some(
          (h) => h.days.includes(here.weekday) && h.open <= here.time && here.time < h.close,
        );
        if (!open)
          throw new FloorError(
            'closed',
            `The queue of ${counter.id} is closed now (${here.day} ${here.time}). Come back in its opening hours, or book an appointment.`,
            `Antrean ${counter.id} sedang tutup (${here.day} ${here.time}). Datang kembali pada jam layanannya, atau pesan janji temu.`,
          );
        taken = await store.floor.takeTicket({
          ...common,
          day: here.day,
          kind: 'walk-in',
          slot: null,
          callableFrom: at,
        });
      } else {
        const { date, from } = request.appointment;
        const weekday = weekdayOf(date);
        const slot = (queue.appointments ?? []).find(
          (s) =>
            s.from === from &&
            (s.date === date || (s.date === undefined && s.days?.includes(weekday) === true)),
        );
        if (slot === undefined)
          throw new FloorError(
            'validation',
            `Counter ${counter.id} has no appointment slot on ${date} at ${from}. Choose a declared slot.`,
            `Gerai ${counter.id} tidak memiliki slot janji temu pada ${date} pukul ${from}. Pilih slot yang tersedia.`,
          );
        const start = instantOf(date, slot.from, timeZone);
        if (Date.parse(instantOf(date, slot.to, timeZone)) <= now.getTime())
          throw new FloorError(
            'validation',
            `The slot ${date} ${slot.from}–${slot.to} is over. Choose a later one.`,
            `Slot ${date} ${slot.from}–${slot.to} sudah lewat. Pilih slot berikutnya.`,
          );
        taken = await store.floor.takeTicket({
          ...common,
          day: date,
          kind: 'appointment',
          slot: `${slot.from}-${slot.to}`,
          slotCapacity: slot.capacity,
          callableFrom: start,
        });
      }
      if ('ticket' in taken) return taken.ticket;
      throw new FloorError(
        'full',
        taken.full === 'day'
          ? `The queue of ${counter.id} has issued all its tickets for the day. Book an appointment for another day.`
          : 'This appointment slot is fully booked. Choose another slot.',
        taken.full === 'day'
          ? `Antrean ${counter.id} sudah mengeluarkan semua tiket hari ini. Pesan janji temu untuk hari lain.`
          : 'Slot janji temu ini sudah penuh. Pilih slot lain.',
      );
    },
    callNext(counterId, officer) {
      find(counterId);
      const now = clock();
      return store.floor.callNext(
        { counterId, day: localMoment(now, timeZone).day, officer, at: now.toISOString() },
        (ticket) => planFloorNotifications(mall, { event: 'TICKET_CALLED', ticket }),
      );
    },
    recall: (ticketId, officer) =>
      ticketOr(ticketId, ['called'], { status: 'called', officer }, (ticket) =>
        planFloorNotifications(mall, { event: 'TICKET_RECALLED', ticket }),
      ),
    serve: (ticketId) => ticketOr(ticketId, ['called'], { status: 'served' }),
    noShow: (ticketId) => ticketOr(ticketId, ['called'], { status: 'no-show' }),
    transfer(ticketId, counterId) {
      find(counterId);
      return ticketOr(ticketId, ['waiting', 'called'], { status: 'waiting', counterId });
    },
    async position(ticketId) {
      const ticket = await store.floor.getTicket(ticketId);
      if (ticket === undefined) throw noTicket(ticketId);
      if (ticket.status !== 'waiting') return { ticket, ahead: 0 };
      const others = await store.floor.tickets({ day: ticket.day, counterId: ticket.counterId });
      const ahead = others.filter(
        (t) => t.status === 'waiting' && t.id !== ticket.id && callOrder(t, ticket) < 0,
      ).length;
      return { ticket, ahead };
    },
    board(options = {}) {
      if (options.counterId !== undefined) find(options.counterId);
      return store.floor.tickets({
        day: options.day ?? localMoment(clock(), timeZone).day,
        ...(options.counterId === undefined ? {} : { counterId: options.counterId }),
      });
    },
  };
}
