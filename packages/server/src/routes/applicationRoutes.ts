import { createHash, randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import {
  ConflictError,
  canonicalJson,
  type ActorRef,
  type Application,
  type ApplicationSummary,
  type SubmitInput,
  type SubmitTrusted,
} from '@mpp-kit/core';
import { renderEveryLocale } from '@mpp-kit/schemas';
import type { Context } from 'hono';
import {
  actionRequestSchema,
  allowedActionsSchema,
  applicationPageSchema,
  applicationParams,
  applicationSchema,
  applicationSummarySchema,
  listQuery,
  mallParams,
  submitRequestSchema,
  timelineEntrySchema,
  withdrawRequestSchema,
} from '../api/apiSchemas.js';
import type { Caller, RoleAtAgency } from '../auth/Caller.js';
import {
  expectedVersion,
  maySee,
  signedIn,
  versionTag,
  visibleApplication,
} from '../http/access.js';
import { ApiProblem, forbiddenAudiences, forbiddenSubjects } from '../http/ApiProblem.js';
import type { App, AppEnv } from '../http/AppEnv.js';
import { jsonContent, problemResponses } from './_routeParts.js';

const tags = ['Applications'];
const submitHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description:
        'A key of your choosing (a UUID): a retry with the same key and body returns the first result.',
    }),
});
const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({
      param: { name: 'if-match', in: 'header' },
      description:
        'The application version the action is based on: "<version>" (its ETag). Required.',
    }),
});

type Officer = Extract<Caller, { kind: 'officer' }>;

const etagHeader = {
  ETag: {
    schema: { type: 'string' as const },
    description: 'The version, "<n>": send it as If-Match.',
  },
};

/** An officer's actor for acting on `app`: `as`, or the first pair the lifecycle names now. */
export function officerActor(
  caller: Officer,
  app: Pick<ApplicationSummary, 'pending' | 'agencies'>,
  type: string,
  as: string | undefined,
): ActorRef {
  const key = (actor: RoleAtAgency) => `${actor.role}@${actor.agency}`;
  let chosen: RoleAtAgency | undefined;
  if (as !== undefined) {
    chosen = caller.actors.find((actor) => key(actor) === as);
    if (chosen === undefined) {
      throw new ApiProblem(403, 'forbidden_route', {
        what: renderEveryLocale(forbiddenSubjects.actingAs, { role: as }),
        who: renderEveryLocale(forbiddenAudiences.tokenCarrying, { role: as }),
      });
    }
  } else {
    const named = app.pending.find((p) => p.type === type)?.allowed ?? [];
    chosen =
      caller.actors.find((actor) =>
        named.some((n) => n.role === actor.role && n.agency === actor.agency),
      ) ??
      caller.actors.find((actor) => app.agencies.includes(actor.agency)) ??
      caller.actors[0];
  }
  return { id: caller.id, role: chosen!.role, agency: chosen!.agency };
}

/** What the checks at the edge of an action read from the stored record. */
type EdgeFacts = Pick<ApplicationSummary, 'applicantId' | 'agencies' | 'version'>;

/** How many applications' edge facts a process keeps per mall before it starts again. */
const EDGE_FACTS = 10_000;

/**
 * The edge facts of the applications this process read or acted on lately, per mall. Who may see
 * an application (its applicant and agencies) is fixed when it is created; the version is only
 * trusted to skip a read when If-Match names exactly it, since the runtime's append refuses a
 * stale version anyway (the same 412), and any other If-Match reads the store.
 */
const edgeFactsOf = new WeakMap<object, Map<string, EdgeFacts>>();

/** Whether If-Match names exactly `version` (anything else is judged on the stored record). */
function ifMatchIs(c: Context<AppEnv>, version: number): boolean {
  const header = c.req.header('if-match');
  return header !== undefined && header.trim() === versionTag(version);
}

/**
 * Sends an action on an application the caller may see, at the version of If-Match. The checks
 * at the edge (who may see it, which version it is at) read the record unless this process saw
 * it last at the version If-Match names; the runtime reads it again (or uses its own cache) and
 * decides.
 */
async function act(
  c: Context<AppEnv>,
  id: string,
  action: {
    type: string;
    reason?: string | undefined;
    days?: number | undefined;
    as?: string | undefined;
  },
): Promise<ApplicationSummary> {
  const caller = signedIn(c);
  const { runtime, store } = c.get('served');
  let facts = edgeFactsOf.get(store);
  if (facts === undefined) edgeFactsOf.set(store, (facts = new Map<string, EdgeFacts>()));
  let record: EdgeFacts | undefined = facts.get(id);
  if (record === undefined || !ifMatchIs(c, record.version)) {
    record = await store.get(id);
    if (record !== undefined) {
      if (facts.size >= EDGE_FACTS) facts.clear();
      facts.set(id, {
        applicantId: record.applicantId,
        agencies: record.agencies,
        version: record.version,
      });
    }
  }
  if (record === undefined || !maySee(caller, record))
    throw new ApiProblem(404, 'not_found', { id });
  const version = expectedVersion(c, record.version);
  let actor: ActorRef;
  if (caller.kind === 'applicant') actor = { id: caller.id, role: 'applicant' };
  else {
    // Which of several role@agency pairs acts: the one the lifecycle names now.
    const pending =
      caller.actors.length > 1 && action.as === undefined
        ? (await runtime.allowedActions(id)).map((a) => ({ type: a.type, allowed: a.allowed }))
        : [];
    actor = officerActor(caller, { pending, agencies: record.agencies }, action.type, action.as);
  }
  try {
    const summary = await runtime.act(id, {
      type: action.type,
      actor,
      expectedVersion: version,
      ...(action.reason === undefined ? {} : { reason: action.reason }),
      ...(action.days === undefined ? {} : { days: action.days }),
    });
    facts.set(id, {
      applicantId: record.applicantId,
      agencies: record.agencies,
      version: summary.version,
    });
    return summary;
  } catch (error) {
    if (error instanceof ConflictError) {
      facts.delete(id);
      throw new ApiProblem(412, 'precondition_failed', {
        expectedVersion: error.expectedVersion,
        actualVersion: error.actualVersion,
      });
    }
    throw error;
  }
}

/** The `Idempotency-Key` header, checked: 1 to 200 visible ASCII characters. */
function idempotencyKey(c: Context<AppEnv>): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ApiProblem(400, 'bad_request', {
      summary: 'Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID is best)',
    });
  }
  return key;
}

/** Registers the application routes: submit, list, read, timeline, actions, withdraw. */
export function registerApplicationRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/applications',
      tags,
      summary: 'Submit an application',
      description:
        'An applicant submits for themselves (their id is the token subject); an officer registers one for an applicant (`applicant.id` required) at a service their agency takes part in. With `Idempotency-Key`, a retry gives back the application of the first request (header `Idempotency-Replayed: true`) and never makes a second; the same key with another body is a 422.',
      request: {
        params: mallParams,
        headers: submitHeaders,
        body: jsonContent(submitRequestSchema, 'The application'),
      },
      responses: {
        201: {
          ...jsonContent(applicationSchema, 'The application, at version 1'),
          headers: etagHeader,
        },
        ...problemResponses(400, 401, 403, 422),
      },
    }),
    async (c) => {
      const caller = signedIn(c);
      const served = c.get('served');
      const body = c.req.valid('json');
      let input: SubmitInput;
      // The time, the id and the author are the server's; the risk level an officer's finding.
      let trusted: SubmitTrusted = {};
      const { riskLevel, ...request } = body;
      if (caller.kind === 'applicant') {
        if (riskLevel !== undefined) {
          throw new ApiProblem(403, 'forbidden_route', {
            what: forbiddenSubjects.riskLevel,
            who: forbiddenAudiences.officersNotApplicants,
          });
        }
        input = { ...withoutUndefined(request), applicant: applicantOf(body.applicant, caller.id) };
      } else {
        const applicantId = body.applicant?.id;
        if (applicantId === undefined) {
          throw new ApiProblem(400, 'bad_request', {
            summary: 'applicant.id is required when an officer registers an application',
          });
        }
        const service = served.mall.services.find((s) => s.id === body.serviceId);
        const agencies =
          service === undefined ? [] : [service.owner, ...(service.participants ?? [])];
        const at = caller.actors.find((actor) => agencies.includes(actor.agency));
        if (service !== undefined && at === undefined && !caller.coordinator) {
          throw new ApiProblem(403, 'forbidden_route', {
            what: renderEveryLocale(forbiddenSubjects.registering, { serviceId: body.serviceId }),
            who: renderEveryLocale(forbiddenAudiences.officersOf, {
              agencies: agencies.join(', '),
            }),
          });
        }
        const by = at ?? caller.actors[0]!;
        input = {
          ...withoutUndefined(request),
          applicant: applicantOf(body.applicant, applicantId),
        };
        trusted = {
          submittedBy: { id: caller.id, role: by.role, agency: by.agency },
          ...(riskLevel === undefined ? {} : { riskLevel }),
        };
      }
      const key = idempotencyKey(c);
      let replayed = false;
      let application: Application;
      if (key === undefined) {
        application = await served.runtime.submit(input, trusted);
      } else {
        const requestHash = createHash('sha256').update(canonicalJson(body)).digest('hex');
        const first = await served.state.claimIdempotencyKey({
          callerId: caller.id,
          key,
          requestHash,
          applicationId: randomUUID(),
          createdAt: new Date().toISOString(),
        });
        if (first.requestHash !== requestHash) throw new ApiProblem(422, 'idempotency_key_reused');
        try {
          application = await served.runtime.submit(input, { ...trusted, id: first.applicationId });
        } catch (error) {
          if (!(error instanceof ConflictError) || error.actualVersion === 0) throw error;
          const record = await served.store.get(first.applicationId);
          if (record === undefined || !maySee(caller, record)) throw error;
          application = await served.runtime.get(first.applicationId);
          replayed = true;
        }
      }
      c.header('ETag', versionTag(application.version));
      c.header('Location', `/api/v1/malls/${served.mall.mall.id}/applications/${application.id}`);
      if (replayed) c.header('Idempotency-Replayed', 'true');
      return c.json(application as never, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/applications',
      tags,
      summary: 'List applications',
      description:
        'An applicant sees their own; an officer those of their agency (`agency` chooses among several); a coordinator every one. Oldest first, a page at a time.',
      request: {
        params: mallParams,
        query: listQuery.extend({ agency: listQuery.shape.serviceId }),
      },
      responses: {
        200: jsonContent(applicationPageSchema, 'A page'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const caller = signedIn(c);
      const query = c.req.valid('query');
      const filter: Record<string, unknown> = {
        ...(query.serviceId === undefined ? {} : { serviceId: query.serviceId }),
        ...(query.state === undefined ? {} : { state: query.state }),
        ...(query.limit === undefined ? {} : { limit: query.limit }),
        ...(query.after === undefined ? {} : { after: query.after }),
      };
      if (caller.kind === 'applicant') filter['applicantId'] = caller.id;
      else if (!caller.coordinator || query.agency !== undefined) {
        const agency = query.agency ?? caller.actors[0]!.agency;
        if (!caller.coordinator && !caller.actors.some((actor) => actor.agency === agency)) {
          throw new ApiProblem(403, 'forbidden_route', {
            what: renderEveryLocale(forbiddenSubjects.applicationsOf, { agency }),
            who: renderEveryLocale(forbiddenAudiences.officersOfAndCoordinators, { agency }),
          });
        }
        filter['agency'] = agency;
      }
      const page = await c.get('served').runtime.query(filter);
      return c.json(page as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/applications/{id}',
      tags,
      summary: 'An application',
      request: { params: applicationParams },
      responses: {
        200: { ...jsonContent(applicationSchema, 'The application'), headers: etagHeader },
        ...problemResponses(401, 404),
      },
    }),
    async (c) => {
      const application = await visibleApplication(c, c.req.valid('param').id);
      c.header('ETag', versionTag(application.version));
      return c.json(application as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/applications/{id}/timeline',
      tags,
      summary: 'The events of an application: who did what, when and why',
      request: { params: applicationParams },
      responses: {
        200: { ...jsonContent(timelineEntrySchema.array(), 'The timeline'), headers: etagHeader },
        ...problemResponses(401, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const application = await visibleApplication(c, id);
      const timeline = await c.get('served').runtime.timeline(id);
      c.header('ETag', versionTag(application.version));
      return c.json(timeline as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/applications/{id}/actions',
      tags,
      summary: 'What the caller may do on the application now',
      request: { params: applicationParams },
      responses: {
        200: { ...jsonContent(allowedActionsSchema, 'The actions'), headers: etagHeader },
        ...problemResponses(401, 404),
      },
    }),
    async (c) => {
      const caller = signedIn(c);
      const { id } = c.req.valid('param');
      const application = await visibleApplication(c, id);
      const allowed = await c.get('served').runtime.allowedActions(id);
      const actions = allowed.flatMap((action) => {
        const as = action.allowed
          .filter((named) =>
            caller.kind === 'applicant'
              ? // visibleApplication let an applicant through only for their own application.
                named.agency === 'applicant'
              : caller.actors.some((a) => a.role === named.role && a.agency === named.agency),
          )
          .map((named) =>
            named.agency === 'applicant' ? 'applicant' : `${named.role}@${named.agency}`,
          );
        return as.length === 0 ? [] : [{ type: action.type, as }];
      });
      c.header('ETag', versionTag(application.version));
      return c.json({ actions }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/applications/{id}/actions',
      tags,
      summary: 'Act on an application',
      description:
        'Needs `If-Match: "<version>"` (the ETag of the application read): 428 without it, 412 when someone acted meanwhile. The actor is the caller (role@agency from the token; `as` picks one); the lifecycle decides whether they may (403, naming who may) and whether the action fits now (409).',
      request: {
        params: applicationParams,
        headers: ifMatchHeaders,
        body: jsonContent(actionRequestSchema, 'The action'),
      },
      responses: {
        200: {
          ...jsonContent(applicationSummarySchema, 'The application after the action'),
          headers: etagHeader,
        },
        ...problemResponses(400, 401, 403, 404, 409, 412, 422, 428),
      },
    }),
    async (c) => {
      const summary = await act(c, c.req.valid('param').id, c.req.valid('json'));
      c.header('ETag', versionTag(summary.version));
      return c.json(summary as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/applications/{id}/withdraw',
      tags,
      summary: 'Withdraw an application (the applicant)',
      request: {
        params: applicationParams,
        headers: ifMatchHeaders,
        body: { ...jsonContent(withdrawRequestSchema, 'Why'), required: false },
      },
      responses: {
        200: {
          ...jsonContent(applicationSummarySchema, 'The application, withdrawn'),
          headers: etagHeader,
        },
        ...problemResponses(401, 403, 404, 409, 412, 428),
      },
    }),
    async (c) => {
      const text = await c.req.text();
      const parsed = withdrawRequestSchema.safeParse(text.trim() === '' ? {} : safeJson(text));
      if (!parsed.success)
        throw new ApiProblem(400, 'bad_request', {
          summary: 'the body must be { "reason"?: string }',
        });
      const summary = await act(c, c.req.valid('param').id, {
        type: 'WITHDRAW',
        reason: parsed.data.reason,
      });
      c.header('ETag', versionTag(summary.version));
      return c.json(summary as never, 200);
    },
  );
}

/** The applicant of a submission: the given id, with the NIK, name and e-mail when given. */
function applicantOf(
  given:
    { nik?: string | undefined; name?: string | undefined; email?: string | undefined } | undefined,
  id: string,
): SubmitInput['applicant'] {
  return {
    id,
    ...(given?.nik === undefined ? {} : { nik: given.nik }),
    ...(given?.name === undefined ? {} : { name: given.name }),
    ...(given?.email === undefined ? {} : { email: given.email }),
  };
}

/** The body without its `undefined` members (exact optional properties). */
function withoutUndefined(value: object): SubmitInput {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as unknown as SubmitInput;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
