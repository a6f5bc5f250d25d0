import { OpenAPIHono } from '@hono/zod-openapi';
import { maskNikInText } from '@mpp-kit/core';
import type { Locale } from '@mpp-kit/schemas';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { routePath } from 'hono/route';
import { docsAsset, docsAssets, docsHtml, docsInit } from './http/docsPage.js';
import { ApiProblem } from './http/ApiProblem.js';
import type { App, AppEnv, ServedMall } from './http/AppEnv.js';
import { createRateLimiter } from './http/createRateLimiter.js';
import type { ServerMetrics } from './http/createServerMetrics.js';
import { pickLocale, toProblem } from './http/problemDetails.js';
import { registerApplicationRoutes } from './routes/applicationRoutes.js';
import { registerInboxRoutes } from './routes/inboxRoutes.js';
import { registerNotificationRoutes } from './routes/notificationRoutes.js';
import { registerReportRoutes } from './routes/reportRoutes.js';
import { registerFloorRoutes } from './routes/floorRoutes.js';
import { registerServiceRoutes } from './routes/serviceRoutes.js';
import { isWebDeskPath, registerWebDesks, type WebDeskOptions } from './web/registerWebDesks.js';

/**
 * A structured logger, as pino gives one (`info`, `warn`, `error` with an object and a message).
 *
 * @example
 * ```ts
 * const logger: ServerLogger = pino();
 * ```
 */
export interface ServerLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/**
 * Options of {@link createMallApp}.
 *
 * @example
 * ```ts
 * const options: MallAppOptions = { malls: [served], rateLimitPerMinute: 600, corsOrigins: [] };
 * ```
 */
export interface MallAppOptions {
  /** The malls, each under `/api/v1/malls/{mall id}`. */
  readonly malls: readonly ServedMall[];
  /** Request and error log; default none. */
  readonly logger?: ServerLogger;
  /** Prometheus metrics; default none (and `/metrics` answers 404). */
  readonly metrics?: ServerMetrics;
  /** The Prometheus text of `/metrics` (a cluster aggregates its workers); default the registry's. */
  readonly metricsText?: () => Promise<string>;
  /** Requests per caller per minute (per process); 0 turns it off. Default 600. */
  readonly rateLimitPerMinute?: number;
  /** Largest request body, in bytes; default 256 KiB. */
  readonly bodyLimitBytes?: number;
  /** Origins allowed by CORS; default none (CORS off). */
  readonly corsOrigins?: readonly string[];
  /** The web desks (pages for citizens, officers, coordinators): their options, or `false` for the API alone. Default on. */
  readonly web?: WebDeskOptions | false;
}

/** An unknown mall or route. */
const routeNotFound = (c: Context) =>
  new ApiProblem(404, 'route_not_found', {
    method: c.req.method,
    path: maskNikInText(c.req.path).slice(0, 200),
  });

/**
 * Builds the HTTP API of one or several malls as a Hono app (a `fetch(request)` handler), with
 * its OpenAPI 3.1 document at `/openapi.json` and the reference page at `/docs`. Every request
 * gets a request id (`X-Request-Id`), security headers, a body size limit, a per-caller rate
 * limit (429 with `Retry-After`), an ETag on GET responses, one log line, and metrics; every
 * error is an RFC 9457 problem in the caller's language (`Accept-Language`; default the mall's
 * first locale). Routes live in `src/routes/` (one module per resource); the caller is resolved
 * once, by the mall's authenticator, before any route runs.
 *
 * @param options - the malls and the operational settings.
 * @returns the app; serve it with `@hono/node-server`, or call `app.request(...)` in tests.
 * @example
 * ```ts
 * const app = createMallApp({ malls: [{ mall, runtime, store, state, authenticate: createAuthenticator(mall, state) }] });
 * const response = await app.request('/api/v1/malls/mpp-batang/services');
 * ```
 */
export function createMallApp(options: MallAppOptions): OpenAPIHono<AppEnv> {
  const byId = new Map(options.malls.map((served) => [served.mall.mall.id, served]));
  const limiter =
    (options.rateLimitPerMinute ?? 600) > 0
      ? createRateLimiter({ perMinute: options.rateLimitPerMinute ?? 600 })
      : undefined;
  const limit = options.bodyLimitBytes ?? 256 * 1024;

  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((issue) => ({
          path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          message: maskNikInText(issue.message),
        }));
        throw new ApiProblem(400, 'bad_request', {
          summary: issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '),
          errors: issues,
        });
      }
      return undefined;
    },
  });

  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    c.set('locale', pickLocale(c.req.header('accept-language'), 'id'));
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = routePath(c as Context, -1) || 'unmatched';
    options.metrics?.request(c.req.method, route, c.res.status, seconds);
    const caller = c.var.caller as AppEnv['Variables']['caller'] | undefined;
    options.logger?.info(
      {
        reqId: c.get('requestId'),
        method: c.req.method,
        path: maskNikInText(c.req.path),
        route,
        status: c.res.status,
        ms: Math.round(seconds * 10_000) / 10,
        caller: caller?.kind ?? 'anonymous',
      },
      'request',
    );
  });
  // JSON answers allow nothing to run; the reference page its own scripts (no inline ones).
  const apiHeaders = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'same-origin',
  });
  const docsHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginResourcePolicy: 'same-origin',
  });
  // The web desks' pages: their own stylesheet, script and images, forms to themselves only.
  const webHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'same-origin',
  });
  const web = options.web !== false;
  app.use('*', async (c, next) => {
    const headers =
      c.req.path === '/docs' || c.req.path.startsWith('/docs/')
        ? docsHeaders
        : web && isWebDeskPath(c.req.path)
          ? webHeaders
          : apiHeaders;
    // Hono's own middleware is typed for any environment; this app's context is one.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    await headers(c as Context, next);
  });
  if (options.corsOrigins !== undefined && options.corsOrigins.length > 0) {
    app.use(
      '/api/*',
      cors({
        origin: [...options.corsOrigins],
        allowHeaders: [
          'Authorization',
          'Content-Type',
          'If-Match',
          'Idempotency-Key',
          'Accept-Language',
        ],
        exposeHeaders: ['ETag', 'Location', 'X-Request-Id', 'Retry-After', 'Idempotency-Replayed'],
        maxAge: 600,
      }),
    );
  }
  const streamedLimit = bodyLimit({
    maxSize: limit,
    onError: () => {
      throw new ApiProblem(413, 'payload_too_large', { limit });
    },
  });
  app.use('/api/*', async (c, next) => {
    // A body of a declared length is judged by its header, without turning the Node request into
    // a WHATWG one (Hono's bodyLimit reads `raw.body`, which builds a web stream on every request
    // and makes the route's body read go through it); a GET or HEAD has no body. Only a chunked
    // body is counted while it streams in.
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') {
      await next();
      return;
    }
    const length = requestHeader(c, 'content-length');
    if (length !== undefined && requestHeader(c, 'transfer-encoding') === undefined) {
      if (parseInt(length, 10) > limit) throw new ApiProblem(413, 'payload_too_large', { limit });
      await next();
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    await streamedLimit(c as Context, next);
  });
  // Every GET answer gets an ETag, except event streams (the tag would wait for their end).
  const tagged = etag();
  app.use('*', async (c, next) => {
    if (c.req.path.endsWith('/stream')) {
      await next();
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    await tagged(c as Context, next);
  });

  const forMall = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const served = byId.get(c.req.param('mallId') ?? '');
    if (served === undefined) throw routeNotFound(c);
    c.set('served', served);
    c.set(
      'locale',
      pickLocale(c.req.header('accept-language'), served.mall.mall.locales[0] ?? 'id'),
    );
    const caller = await served.authenticate(c.req.header('authorization'));
    c.set('caller', caller);
    if (limiter !== undefined) {
      const key =
        caller.kind === 'anonymous' ? `ip:${clientAddress(c)}` : `${caller.kind}:${caller.id}`;
      const verdict = limiter.check(`${served.mall.mall.id}|${key}`);
      if (!verdict.ok) {
        const retryAfter = String(verdict.retryAfter);
        throw new ApiProblem(
          429,
          'rate_limited',
          { retryAfter: verdict.retryAfter },
          { 'retry-after': retryAfter },
        );
      }
    }
    await next();
    // A change that succeeded may have written notifications (a ticket called, a complaint's
    // step): deliver them now rather than at the worker's next poll.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400)
      served.wakeNotifications?.();
  };
  app.use('/api/v1/malls/:mallId', forMall);
  app.use('/api/v1/malls/:mallId/*', forMall);

  app.onError((error, c) => {
    const cause =
      error instanceof HTTPException && !(error instanceof ApiProblem)
        ? error.status >= 500
          ? new ApiProblem(500, 'internal')
          : new ApiProblem(400, 'bad_request', {
              summary: maskNikInText(error.message || 'the body is not JSON'),
            })
        : error;
    const problem = toProblem(cause, c.get('locale'));
    if (problem.status >= 500) {
      options.logger?.error(
        {
          reqId: c.get('requestId'),
          err: {
            name: error.name,
            code: (error as { code?: unknown }).code,
            message: maskNikInText(error.message),
          },
        },
        'request failed',
      );
    }
    for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
    return c.body(
      JSON.stringify({
        ...problem.body,
        instance: maskNikInText(c.req.path),
        requestId: c.get('requestId'),
      }),
      problem.status as 400,
      {
        'content-type': 'application/problem+json; charset=utf-8',
        'content-language': c.get('locale'),
      },
    );
  });
  app.notFound((c) => {
    throw routeNotFound(c);
  });

  // Meta: liveness, readiness, metrics, the OpenAPI document and its reference page.
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/ready', async (c) => {
    const results = await Promise.all(
      options.malls.map((served) =>
        Promise.race([
          served.state.ping().then(() => true),
          new Promise<boolean>((resolve) =>
            setTimeout(() => {
              resolve(false);
            }, 2000).unref(),
          ),
        ]).catch(() => false),
      ),
    );
    if (results.every(Boolean)) return c.json({ status: 'ready', malls: [...byId.keys()] });
    throw new ApiProblem(503, 'not_ready');
  });
  app.get('/metrics', async (c) => {
    if (options.metrics === undefined) throw routeNotFound(c);
    const text = await (options.metricsText ?? (() => options.metrics!.registry.metrics()))();
    return c.body(text, 200, { 'content-type': options.metrics.registry.contentType });
  });
  app.get('/api/v1/malls', (c) =>
    c.json(
      options.malls.map(({ mall }) => ({
        id: mall.mall.id,
        name: mall.mall.name,
        href: `/api/v1/malls/${mall.mall.id}`,
      })),
    ),
  );
  registerServiceRoutes(app);
  registerApplicationRoutes(app);
  registerInboxRoutes(app);
  registerReportRoutes(app);
  registerNotificationRoutes(app);
  registerFloorRoutes(app);
  if (web) {
    registerWebDesks(app, options.malls, {
      ...(options.web ?? {}),
      warn: (object, message) => options.logger?.warn(object, message),
    });
  }

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'An OpenID Connect access token of an issuer in mall.auth.issuers, or a token printed by `mpp token`.',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'mpp-kit API',
      version: '1',
      description:
        'The HTTP API of a Mal Pelayanan Publik served by `mpp serve`. Errors are RFC 9457 problems (application/problem+json) with the library’s error `code`, in Indonesian or English by Accept-Language.',
    },
    security: [{ bearer: [] }],
  });
  app.get('/docs', (c) => c.html(docsHtml));
  app.get('/docs/init.js', (c) =>
    c.body(docsInit, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/docs/assets/:name', async (c) => {
    const name = docsAssets.find((asset) => asset === c.req.param('name'));
    if (name === undefined) throw routeNotFound(c);
    const { body, type } = await docsAsset(name);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
  return app;
}

/** The Node request, as @hono/node-server passes it in `c.env` (absent under `app.request`). */
interface NodeIncoming {
  readonly socket?: { readonly remoteAddress?: string };
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
}

/** The address of the peer. */
function clientAddress(c: Context): string {
  return (
    (c.env as { incoming?: NodeIncoming } | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown'
  );
}

/**
 * A request header (`name` in lower case), from Node's parsed headers when served by
 * @hono/node-server — reading `c.req.header` there builds a WHATWG `Headers` of the whole request.
 */
function requestHeader(
  c: { readonly env: unknown; readonly req: { header(name: string): string | undefined } },
  name: string,
): string | undefined {
  const headers = (c.env as { incoming?: NodeIncoming } | undefined)?.incoming?.headers;
  if (headers === undefined) return c.req.header(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The response language a problem defaults to before a mall is known. */
export const defaultLocale: Locale = 'id';
