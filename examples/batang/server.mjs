// A small HTTP server that embeds the mpp-kit runtime, with node:http only. Run from the repository
// root after `pnpm install` (which builds the packages):
//
//   PORT=8080 node examples/batang/server.mjs
//
// Environment: PORT (default 8080; 0 picks a free port), HOST (default 127.0.0.1), MALL (the mall
// folder, default this folder), STORE (the SQLite file, default ':memory:'), NOW (an ISO instant
// the clock starts from, default the real time; the mall's calendars must cover the dates).
// It prints one line `listening on http://HOST:PORT` when ready. See docs/guide-developers.md.
//
// Endpoints (JSON in, JSON out):
//   GET  /services                    the mall's services (id, name, type, owner, lifecycle)
//   POST /applications                submit: body is a SubmitInput → 201 + the application
//   GET  /applications/:id            the application
//   POST /applications/:id/actions    act: body is an ActionInput (type, actor, expectedVersion)
//   GET  /applications/:id/timeline   the application's events
// Errors: 400 ValidationError or bad JSON, 403 ForbiddenError, 404 NotFoundError, 409 ConflictError
// (stale expectedVersion) or InvalidActionError (not possible now), 500 anything else.
//
// This example trusts the `actor` in the request body. A real deployment takes the actor from its
// own authentication (a session, a token) and never from the body.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  ConflictError,
  createMallRuntime,
  ForbiddenError,
  InvalidActionError,
  loadMall,
  NotFoundError,
  ValidationError,
} from '@mpp-kit/core';
import { createSqliteStore } from '@mpp-kit/core/store/sqlite';

const mallPath = process.env.MALL ?? fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const loaded = await loadMall(mallPath);
if (!loaded.ok) {
  for (const issue of loaded.issues) console.error(`${issue.code}: ${issue.message}`);
  process.exit(1);
}
const { mall } = loaded;
const runtime = createMallRuntime(mall, {
  store: createSqliteStore({ file: process.env.STORE ?? ':memory:' }),
  clock: createClock(process.env.NOW),
});

/**
 * The runtime's clock: the real time, or, with NOW set (an ISO instant), a clock that starts at NOW
 * and runs at real speed — for demonstrations and tests against a mall whose calendars cover only
 * some years.
 */
function createClock(start) {
  if (start === undefined || start === '') return () => new Date();
  const offset = Date.parse(start) - Date.now();
  if (Number.isNaN(offset)) throw new Error(`NOW is not an ISO instant: ${start}`);
  return () => new Date(Date.now() + offset);
}

/** The HTTP status for an error thrown by the runtime or the store. */
function statusOf(error) {
  if (error instanceof ValidationError) return 400;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError || error instanceof InvalidActionError) return 409;
  return 500;
}

function send(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

class BadRequest extends Error {
  code = 'bad_request';
}

async function readJson(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > 1_000_000) throw new BadRequest('request body too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
  } catch {
    throw new BadRequest('request body is not JSON');
  }
}

async function route(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const method = request.method ?? 'GET';

  if (method === 'GET' && parts.length === 1 && parts[0] === 'services') {
    return send(
      response,
      200,
      mall.services.map((s) => ({
        id: s.id,
        name: s.name,
        type: s.type,
        owner: s.owner,
        lifecycle: s.workflow?.template ?? null,
      })),
    );
  }
  if (parts[0] === 'applications') {
    if (method === 'POST' && parts.length === 1) {
      return send(response, 201, await runtime.submit(await readJson(request)));
    }
    const id = parts[1];
    if (method === 'GET' && parts.length === 2) return send(response, 200, await runtime.get(id));
    if (method === 'GET' && parts.length === 3 && parts[2] === 'timeline') {
      return send(response, 200, await runtime.timeline(id));
    }
    if (method === 'POST' && parts.length === 3 && parts[2] === 'actions') {
      return send(response, 200, await runtime.act(id, await readJson(request)));
    }
  }
  return send(response, 404, {
    error: { code: 'not_found', message: `no route ${method} ${url.pathname}` },
  });
}

const server = createServer((request, response) => {
  route(request, response).catch((error) => {
    const status = error instanceof BadRequest ? 400 : statusOf(error);
    if (status === 500) console.error(error);
    const { code = 'internal', message } = error;
    // The error's own fields (ForbiddenError names the roles that would have been allowed,
    // ConflictError the expected and actual versions) go back to the caller.
    const details = status === 500 ? {} : { ...error };
    send(response, status, {
      error: { ...details, code, message: status === 500 ? 'internal error' : message },
    });
  });
});

server.listen(port, host, () => {
  const address = server.address();
  console.log(
    `listening on http://${host}:${typeof address === 'object' && address ? address.port : port}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
