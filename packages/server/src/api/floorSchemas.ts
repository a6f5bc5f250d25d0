/** Request and response bodies of the queue and complaint routes (the OpenAPI document is made from them). */
import { z } from '@hono/zod-openapi';
import { complaintStates, queuePriorityGroups } from '@mpp-kit/schemas';
import { mallParams } from './apiSchemas.js';

const ticketStatus = z.enum(['waiting', 'called', 'served', 'no-show']);

/** A queue ticket. */
export const ticketSchema = z
  .object({
    id: z.string(),
    number: z.string().openapi({ example: 'A-001' }),
    counterId: z.string(),
    issuedBy: z.string(),
    day: z.string(),
    kind: z.enum(['walk-in', 'appointment']),
    priority: z.enum(queuePriorityGroups).nullable(),
    serviceId: z.string().nullable(),
    slot: z.string().nullable(),
    status: ticketStatus,
    takenAt: z.string(),
    callableFrom: z.string(),
    calledAt: z.string().nullable(),
    calledBy: z.string().nullable(),
    recalls: z.number().int(),
    finishedAt: z.string().nullable(),
  })
  .openapi('QueueTicket');

/** What the display board shows of a ticket: no service, group or officer. */
export const boardTicketSchema = z
  .object({
    number: z.string(),
    counterId: z.string(),
    status: ticketStatus,
    calledAt: z.string().nullable(),
  })
  .openapi('BoardTicket');

/** The display board. */
export const boardSchema = z
  .object({ day: z.string(), tickets: z.array(boardTicketSchema) })
  .openapi('QueueBoard');

/** A counter's queue as the public sees it. */
export const queueSummarySchema = z
  .object({
    counterId: z.string(),
    prefix: z.string(),
    services: z.array(z.string()),
    dailyCapacity: z.number().int().nullable(),
    appointments: z.array(
      z.object({
        date: z.string().optional(),
        days: z.array(z.string()).optional(),
        from: z.string(),
        to: z.string(),
        capacity: z.number().int(),
      }),
    ),
  })
  .openapi('Queue');

/** Taking a ticket. */
export const takeTicketSchema = z
  .object({
    serviceId: z.string().max(100).optional(),
    priority: z.enum(queuePriorityGroups).optional().openapi({
      description: 'A group UU 25/2009 Art. 29 protects: called first.',
    }),
    appointment: z
      .object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        from: z.string().regex(/^\d{2}:\d{2}$/),
      })
      .optional()
      .openapi({ description: 'An appointment slot: its date and start. Absent: a walk-in now.' }),
  })
  .openapi('TakeTicketRequest');

/** Moving a ticket on. */
export const ticketActionSchema = z
  .object({
    counterId: z.string().max(100).optional().openapi({ description: 'For `transfer`: where to.' }),
  })
  .openapi('TicketActionRequest');

/** A complaint. */
export const complaintSchema = z
  .looseObject({
    id: z.string(),
    number: z.string().openapi({ example: 'ADU-2026-000001' }),
    categoryId: z.string(),
    agency: z.string(),
    state: z.enum(complaintStates),
    version: z.number().int(),
    title: z.string(),
    content: z.string(),
    anonymous: z.boolean(),
    confidential: z.boolean(),
    reporterId: z.string().nullable(),
    firstResponseDue: z.string(),
    answerDue: z.string(),
  })
  .openapi('Complaint');

/** Filing a complaint, in SP4N-LAPOR!'s report shape. */
export const complaintRequestSchema = z
  .object({
    categoryId: z.string().max(100),
    title: z.string().min(1).max(200),
    content: z.string().min(1).max(10_000),
    eventDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    eventPlace: z.string().max(500).optional(),
    anonymous: z.boolean().default(false),
    confidential: z.boolean().default(false),
    reporterName: z.string().max(200).optional(),
    reporterContact: z.string().max(200).optional(),
    applicationId: z.string().max(200).optional(),
    attachments: z.array(z.string().max(500)).max(20).optional(),
  })
  .openapi('ComplaintRequest');

/** A complaint action's details. */
export const complaintActionSchema = z
  .object({
    note: z.string().max(2000).optional(),
    answer: z.string().max(10_000).optional(),
    agency: z
      .string()
      .max(100)
      .optional()
      .openapi({ description: 'For `assign`: another agency.' }),
  })
  .openapi('ComplaintActionRequest');

/** Path parameters with a counter. */
export const counterParams = mallParams.extend({
  counterId: z
    .string()
    .max(100)
    .openapi({ param: { name: 'counterId', in: 'path' } }),
});
/** Path parameters with a ticket and an action. */
export const ticketActionParams = mallParams.extend({
  ticketId: z
    .string()
    .max(200)
    .openapi({ param: { name: 'ticketId', in: 'path' } }),
  action: z.enum(['recall', 'serve', 'no-show', 'transfer']).openapi({
    param: { name: 'action', in: 'path' },
  }),
});
/** Path parameters with a complaint. */
export const complaintParams = mallParams.extend({
  id: z
    .string()
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
/** Path parameters with a complaint and an action. */
export const complaintActionParams = complaintParams.extend({
  action: z.enum(['verify', 'assign', 'answer', 'reopen', 'close']).openapi({
    param: { name: 'action', in: 'path' },
  }),
});
/** A local day, default today. */
export const dayQuery = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
