import { createRoute } from '@hono/zod-openapi';
import { applicationPageSchema, mallParams, pageQuery } from '../api/apiSchemas.js';
import { signedIn } from '../http/access.js';
import { ApiProblem, forbiddenAudiences, forbiddenSubjects } from '../http/ApiProblem.js';
import type { App } from '../http/AppEnv.js';
import { jsonContent, problemResponses } from './_routeParts.js';

/** Registers `GET …/inbox`: an officer's work queue. */
export function registerInboxRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/inbox',
      tags: ['Applications'],
      summary: 'The officer’s inbox',
      description:
        'The active applications waiting for one of the caller’s role@agency, soonest due first (the earlier of the step and service due instants; none last), a page at a time (`after` is the previous page’s `next`).',
      request: { params: mallParams, query: pageQuery },
      responses: {
        200: jsonContent(applicationPageSchema, 'A page of the inbox'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const caller = signedIn(c);
      if (caller.kind !== 'officer') {
        throw new ApiProblem(403, 'forbidden_route', {
          what: forbiddenSubjects.inbox,
          who: forbiddenAudiences.officers,
        });
      }
      const { limit, after } = c.req.valid('query');
      const page = await c.get('served').runtime.inbox({
        actors: caller.actors,
        ...(limit === undefined ? {} : { limit }),
        ...(after === undefined ? {} : { after }),
      });
      return c.json(page as never, 200);
    },
  );
}
