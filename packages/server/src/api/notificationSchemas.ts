/** The OpenAPI shapes of the notification outbox routes. */
import { z } from '@hono/zod-openapi';
import { notificationChannels, notificationStatuses } from '@mpp-kit/core';
import { mallParams } from './apiSchemas.js';

/** One outbox row. */
export const notificationSchema = z
  .object({
    id: z.string().openapi({
      description:
        'The idempotency key (`msg_…`): the `webhook-id` of a webhook, the `Message-ID` of an e-mail.',
    }),
    channel: z.enum(notificationChannels),
    target: z
      .string()
      .openapi({ description: 'The webhook subscription id, or the e-mail template id.' }),
    type: z.string().openapi({ example: 'application.submit' }),
    sourceId: z
      .string()
      .optional()
      .openapi({ description: 'What it is about: an application or complaint id.' }),
    at: z.string().openapi({ description: 'When it was written (ISO 8601 instant).' }),
    message: z.unknown().openapi({
      description: 'What the channel delivers: `{ applicant, to, subject, text }` or `{ body }`.',
    }),
    status: z.enum(notificationStatuses),
    attempts: z.number().int(),
    nextAttemptAt: z.string(),
    lastError: z.string().optional(),
    deliveredAt: z.string().optional(),
  })
  .openapi('Notification');

/** A list of outbox rows. */
export const notificationListSchema = z
  .object({ items: z.array(notificationSchema) })
  .openapi('NotificationList');

/** Filters of the list. */
export const notificationQuery = z.object({
  status: z
    .enum(notificationStatuses)
    .optional()
    .openapi({ description: 'Only rows in this state (`dead`: the dead letters).' }),
  sourceId: z.string().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** Path parameters with a notification. */
export const notificationParams = mallParams.extend({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'msg_2x9f' }),
});

/** What a retry answers. */
export const notificationRetrySchema = z
  .object({
    id: z.string(),
    status: z.literal('pending'),
    nextAttemptAt: z.string().openapi({ description: 'Due at once (ISO 8601 instant).' }),
  })
  .openapi('NotificationRetry');
