import { createRoute } from '@hono/zod-openapi';
import { mallParams } from '../api/apiSchemas.js';
import {
  notificationListSchema,
  notificationParams,
  notificationQuery,
  notificationRetrySchema,
} from '../api/notificationSchemas.js';
import { coordinator } from '../http/access.js';
import { ApiProblem, forbiddenSubjects } from '../http/ApiProblem.js';
import type { App } from '../http/AppEnv.js';
import { jsonContent, problemResponses } from './_routeParts.js';

const tags = ['Notifications'];

/**
 * Registers the notification outbox for the mall coordinators: list rows by state (the dead
 * letters with `status=dead`) and put a dead one back to pending — what `mpp notifications
 * list|retry` does on the command line.
 */
export function registerNotificationRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/notifications',
      tags,
      summary: 'The notification outbox, oldest first (coordinators)',
      description:
        'Rows of the transactional outbox: e-mails and webhooks with their delivery state, attempts and last error. `status=dead` lists the dead letters (every attempt failed).',
      request: { params: mallParams, query: notificationQuery },
      responses: {
        200: jsonContent(notificationListSchema, 'The rows'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      coordinator(c, forbiddenSubjects.notificationOutbox);
      const { status, sourceId, limit } = c.req.valid('query');
      const items = await c.get('served').store.outbox!.list({
        ...(status === undefined ? {} : { status }),
        ...(sourceId === undefined ? {} : { sourceId }),
        ...(limit === undefined ? {} : { limit }),
      });
      return c.json({ items } as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/notifications/{id}/retry',
      tags,
      summary: 'Put a dead-lettered notification back to pending (coordinators)',
      description:
        'The row is due at once, with its attempts counted from zero; the delivery worker sends it with the same id. Only a dead row can be retried.',
      request: { params: notificationParams },
      responses: {
        200: jsonContent(notificationRetrySchema, 'The row is pending again'),
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      coordinator(c, forbiddenSubjects.notificationRetry);
      const { id } = c.req.valid('param');
      const served = c.get('served');
      const outbox = served.store.outbox!;
      const now = (served.clock ?? (() => new Date()))().toISOString();
      if (!(await outbox.retry(id, now)))
        throw new ApiProblem(404, 'notification_not_found', { id });
      return c.json({ id, status: 'pending' as const, nextAttemptAt: now }, 200);
    },
  );
}
