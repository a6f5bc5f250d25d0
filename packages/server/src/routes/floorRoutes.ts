import { createRoute, z } from '@hono/zod-openapi';
import {
  complaintCompliance,
  createComplaintDesk,
  createQueueDesk,
  queueStatistics,
  type ComplaintActor,
  type ComplaintDesk,
  type ComplaintViewer,
  type QueueDesk,
  type QueueTicket,
} from '@mpp-kit/core';
import { renderEveryLocale } from '@mpp-kit/schemas';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { mallParams, reportSchema } from '../api/apiSchemas.js';
import {
  boardSchema,
  complaintActionParams,
  complaintActionSchema,
  complaintParams,
  complaintRequestSchema,
  complaintSchema,
  counterParams,
  dayQuery,
  queueSummarySchema,
  takeTicketSchema,
  ticketActionParams,
  ticketActionSchema,
  ticketSchema,
} from '../api/floorSchemas.js';
import { coordinator, expectedVersion, signedIn, versionTag } from '../http/access.js';
import { ApiProblem, forbiddenAudiences, forbiddenSubjects } from '../http/ApiProblem.js';
import type { App, AppEnv, ServedMall } from '../http/AppEnv.js';
import { jsonContent, problemResponses } from './_routeParts.js';

const desks = new WeakMap<ServedMall, { queue: QueueDesk; complaints?: ComplaintDesk }>();

/** The served mall's queue and complaint desks, made once (the API's and the web desks'). */
export function desksOf(served: ServedMall): { queue: QueueDesk; complaints?: ComplaintDesk } {
  let found = desks.get(served);
  if (found === undefined) {
    const clock = served.clock;
    const options = clock === undefined ? {} : { clock };
    found = {
      queue: createQueueDesk(served.mall, served.store, options),
      ...(served.mall.complaints === undefined
        ? {}
        : { complaints: createComplaintDesk(served.mall, served.store, options) }),
    };
    desks.set(served, found);
  }
  return found;
}

/** The mall's complaint desk; 404 when it declares no complaints. */
export function complaintDesk(c: Context<AppEnv>): ComplaintDesk {
  const desk = desksOf(c.get('served')).complaints;
  if (desk === undefined)
    throw new ApiProblem(404, 'route_not_found', { method: c.req.method, path: c.req.path });
  return desk;
}

/** An officer who works at the counter (one of its agencies) or a coordinator; else 401/403. */
export function counterStaff(c: Context<AppEnv>, counterId: string): string {
  const caller = signedIn(c);
  const counter = c.get('served').mall.counters.find((k) => k.id === counterId);
  if (
    caller.kind !== 'officer' ||
    !(
      caller.coordinator || caller.actors.some((a) => counter?.agencies.includes(a.agency) === true)
    )
  )
    throw new ApiProblem(403, 'forbidden_route', {
      what: renderEveryLocale(forbiddenSubjects.queueOf, { counterId }),
      who: forbiddenAudiences.officersOfItsAgencies,
    });
  return caller.id;
}

/** How the caller looks at complaints: officer, an agency's handler, or the reporter. */
export function complaintViewer(c: Context<AppEnv>): ComplaintViewer {
  const caller = signedIn(c);
  if (caller.kind === 'applicant') return { kind: 'reporter', id: caller.id };
  const { mall } = c.get('served');
  const section = mall.complaints;
  if (
    caller.coordinator ||
    caller.actors.some((a) => a.role === section?.officerRole && a.agency === mall.mall.coordinator)
  )
    return { kind: 'officer' };
  const handler = caller.actors.find((a) => a.role === section?.handlerRole);
  if (handler !== undefined) return { kind: 'agency', agency: handler.agency };
  throw new ApiProblem(403, 'forbidden_route', {
    what: forbiddenSubjects.complaints,
    who: forbiddenAudiences.complaintActors,
  });
}

/** The caller as a complaint actor for this action. */
export function complaintActor(c: Context<AppEnv>, agency: string): ComplaintActor {
  const caller = signedIn(c);
  if (caller.kind === 'applicant') return { id: caller.id, role: 'reporter' };
  const { mall } = c.get('served');
  const section = mall.complaints;
  const pick =
    caller.actors.find(
      (a) => a.role === section?.officerRole && a.agency === mall.mall.coordinator,
    ) ??
    caller.actors.find((a) => a.role === section?.handlerRole && a.agency === agency) ??
    caller.actors[0];
  return pick === undefined
    ? { id: caller.id, role: 'none' }
    : { id: caller.id, role: pick.role, agency: pick.agency };
}

const board = (day: string, tickets: readonly QueueTicket[]) => ({
  day,
  tickets: tickets.map((t) => ({
    number: t.number,
    counterId: t.counterId,
    status: t.status,
    calledAt: t.calledAt,
  })),
});

/**
 * Registers the queue (tickets, calls, the display board and its live stream, statistics) and
 * complaint routes (file, list, read, act, compliance).
 */
export function registerFloorRoutes(app: App): void {
  const queueTags = ['Queue'];
  const complaintTags = ['Complaints'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/queues',
      tags: queueTags,
      summary: 'The counters that have a queue, with their services and appointment slots',
      request: { params: mallParams },
      responses: { 200: jsonContent(z.array(queueSummarySchema), 'The queues') },
    }),
    (c) => {
      const desk = desksOf(c.get('served')).queue;
      const queues = desk.queues.map(({ counter, queue }) => ({
        counterId: counter.id,
        prefix: queue.prefix,
        services: [...desk.servicesOf(counter.id)],
        dailyCapacity: queue.dailyCapacity ?? null,
        appointments: queue.appointments ?? [],
      }));
      return c.json(queues, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/queues/{counterId}/tickets',
      tags: queueTags,
      summary: 'Take a ticket (anyone): a walk-in now, or an appointment slot',
      request: { params: counterParams, body: jsonContent(takeTicketSchema, 'The request') },
      responses: {
        201: jsonContent(ticketSchema, 'The ticket'),
        ...problemResponses(400, 404, 409, 422),
      },
    }),
    async (c) => {
      const { counterId } = c.req.valid('param');
      const body = c.req.valid('json');
      const ticket = await desksOf(c.get('served')).queue.take({
        counterId,
        ...(body.serviceId === undefined ? {} : { serviceId: body.serviceId }),
        ...(body.priority === undefined ? {} : { priority: body.priority }),
        ...(body.appointment === undefined ? {} : { appointment: body.appointment }),
      });
      return c.json(ticket, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/queues/{counterId}/call',
      tags: queueTags,
      summary: 'Call the next ticket at a counter (its officers)',
      description:
        'Protected groups first, then in order. Two officers calling at the same moment, in any processes, get two different tickets. 204 when nobody waits.',
      request: { params: counterParams },
      responses: {
        200: jsonContent(ticketSchema, 'The called ticket'),
        204: { description: 'Nobody waits' },
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { counterId } = c.req.valid('param');
      const officer = counterStaff(c, counterId);
      const ticket = await desksOf(c.get('served')).queue.callNext(counterId, officer);
      return ticket === undefined ? c.body(null, 204) : c.json(ticket, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/tickets/{ticketId}/{action}',
      tags: queueTags,
      summary: 'Recall, serve, mark no-show or transfer a ticket (the counter’s officers)',
      request: {
        params: ticketActionParams,
        body: {
          ...jsonContent(ticketActionSchema, 'For a transfer, the counter'),
          required: false,
        },
      },
      responses: {
        200: jsonContent(ticketSchema, 'The ticket after the action'),
        ...problemResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { ticketId, action } = c.req.valid('param');
      const served = c.get('served');
      const ticket = await served.store.floor.getTicket(ticketId);
      if (ticket === undefined) throw new ApiProblem(404, 'not_found', { id: ticketId });
      const officer = counterStaff(c, ticket.counterId);
      const desk = desksOf(served).queue;
      let result: QueueTicket;
      if (action === 'recall') result = await desk.recall(ticketId, officer);
      else if (action === 'serve') result = await desk.serve(ticketId);
      else if (action === 'no-show') result = await desk.noShow(ticketId);
      else {
        const body = (await c.req.json().catch(() => ({}))) as { counterId?: unknown };
        if (typeof body.counterId !== 'string')
          throw new ApiProblem(400, 'bad_request', {
            summary: 'counterId: a transfer names the counter to send the ticket to',
          });
        result = await desk.transfer(ticketId, body.counterId);
      }
      return c.json(result, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/queues/board',
      tags: queueTags,
      summary: 'The display board: the day’s ticket numbers and their status (anyone)',
      request: { params: mallParams, query: dayQuery },
      responses: { 200: jsonContent(boardSchema, 'The board'), ...problemResponses(400) },
    }),
    async (c) => {
      const desk = desksOf(c.get('served')).queue;
      const day = c.req.valid('query').day ?? desk.today();
      return c.json(board(day, await desk.board({ day })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/queues/board/stream',
      tags: queueTags,
      summary: 'The display board, live (Server-Sent Events)',
      description:
        'An `event: board` with the board (as `GET …/queues/board`) now and whenever it changes, in any server process (the store is read every second); a comment every 15 seconds keeps proxies from closing the stream.',
      request: { params: mallParams },
      responses: {
        200: {
          content: { 'text/event-stream': { schema: z.string() } },
          description: 'The stream',
        },
      },
    }),
    (c) => {
      const desk = desksOf(c.get('served')).queue;
      return streamSSE(c, async (stream) => {
        let last = '';
        let beat = 0;
        let id = 0;
        while (!stream.aborted && !stream.closed) {
          const day = desk.today();
          const data = JSON.stringify(board(day, await desk.board({ day })));
          if (data !== last) {
            last = data;
            await stream.writeSSE({ event: 'board', data, id: String(++id) });
          } else if (++beat % 15 === 0) await stream.write(': keep-alive\n\n');
          await stream.sleep(1000);
        }
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/reports/queue',
      tags: ['Reports'],
      summary: 'Mean and 90th-percentile wait per counter and hour (coordinators)',
      request: { params: mallParams, query: dayQuery },
      responses: {
        200: jsonContent(reportSchema, 'The statistics'),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      coordinator(c, forbiddenSubjects.queueStatistics);
      const served = c.get('served');
      const desk = desksOf(served).queue;
      const day = c.req.valid('query').day ?? desk.today();
      const rows = queueStatistics(await desk.board({ day }), served.mall.mall.timeZone);
      return c.json({ day, rows } as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/complaints',
      tags: complaintTags,
      summary: 'File a complaint (anyone; a signed-in applicant is its reporter unless anonymous)',
      request: { params: mallParams, body: jsonContent(complaintRequestSchema, 'The complaint') },
      responses: {
        201: jsonContent(complaintSchema, 'The complaint, with its number and due dates'),
        ...problemResponses(400, 404, 422),
      },
    }),
    async (c) => {
      const desk = complaintDesk(c);
      const body = c.req.valid('json');
      const caller = c.get('caller');
      const reporterId = caller.kind === 'anonymous' ? undefined : caller.id;
      const complaint = await desk.submit({
        categoryId: body.categoryId,
        title: body.title,
        content: body.content,
        anonymous: body.anonymous,
        confidential: body.confidential,
        ...(body.eventDate === undefined ? {} : { eventDate: body.eventDate }),
        ...(body.eventPlace === undefined ? {} : { eventPlace: body.eventPlace }),
        ...(body.applicationId === undefined ? {} : { applicationId: body.applicationId }),
        ...(body.attachments === undefined ? {} : { attachments: body.attachments }),
        ...(reporterId === undefined
          ? {}
          : {
              reporter: {
                id: reporterId,
                ...(body.reporterName === undefined ? {} : { name: body.reporterName }),
                ...(body.reporterContact === undefined ? {} : { contact: body.reporterContact }),
              },
            }),
      });
      c.header('etag', versionTag(complaint.version));
      return c.json(complaint as never, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/complaints',
      tags: complaintTags,
      summary: 'The complaints the caller may see',
      description:
        'Complaint officers and coordinators: all; a complaint handler: those of their agency (confidential reporters hidden); an applicant: their own. Anonymous reporters are hidden from everyone.',
      request: { params: mallParams },
      responses: {
        200: jsonContent(z.array(complaintSchema), 'The complaints'),
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const desk = complaintDesk(c);
      return c.json((await desk.list(complaintViewer(c))) as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/complaints/{id}',
      tags: complaintTags,
      summary: 'One complaint, with its history (ETag: its version)',
      request: { params: complaintParams },
      responses: {
        200: jsonContent(complaintSchema, 'The complaint'),
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const desk = complaintDesk(c);
      const complaint = await desk.get(c.req.valid('param').id, complaintViewer(c));
      c.header('etag', versionTag(complaint.version));
      return c.json(complaint as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/complaints/{id}/actions/{action}',
      tags: complaintTags,
      summary: 'Verify, assign, answer, reopen or close a complaint (If-Match: its version)',
      request: {
        params: complaintActionParams,
        body: { ...jsonContent(complaintActionSchema, 'Note, answer or agency'), required: false },
      },
      responses: {
        200: jsonContent(complaintSchema, 'The complaint after the action'),
        ...problemResponses(400, 401, 403, 404, 409, 412, 422, 428),
      },
    }),
    async (c) => {
      const desk = complaintDesk(c);
      const { id, action } = c.req.valid('param');
      const current = await desk.get(id, complaintViewer(c));
      const version = expectedVersion(c, current.version);
      const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
      const text = (key: string) => (typeof body[key] === 'string' ? body[key] : undefined);
      const note = text('note');
      const answer = text('answer');
      const agency = text('agency');
      const updated = await desk.act(id, version, action, complaintActor(c, current.agency), {
        ...(note === undefined ? {} : { note }),
        ...(answer === undefined ? {} : { answer }),
        ...(agency === undefined ? {} : { agency }),
      });
      c.header('etag', versionTag(updated.version));
      return c.json(updated as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/reports/complaints',
      tags: ['Reports'],
      summary: 'Complaints per agency and their deadline compliance (coordinators)',
      request: { params: mallParams },
      responses: { 200: jsonContent(reportSchema, 'The report'), ...problemResponses(401, 403) },
    }),
    async (c) => {
      coordinator(c, forbiddenSubjects.complaintReport);
      const served = c.get('served');
      const desk = complaintDesk(c);
      const today = desksOf(served).queue.today();
      const rows = complaintCompliance(
        await desk.list({ kind: 'officer' }),
        today,
        served.mall.mall.timeZone,
      );
      return c.json({ today, rows } as never, 200);
    },
  );
}
