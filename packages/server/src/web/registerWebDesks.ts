import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { createCatalogueSearch } from '@mpp-kit/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { createCallerResolver } from '../auth/createAuthenticator.js';
import { ApiProblem } from '../http/ApiProblem.js';
import type { App, ServedMall } from '../http/AppEnv.js';
import { toProblem } from '../http/problemDetails.js';
import { deskScript, deskStylesheet } from './_assets.js';
import { registerAccountPages } from './_accountPages.js';
import { registerCoordinatorPage } from './_coordinatorPage.js';
import { registerFloorPages } from './_floorPages.js';
import {
  href,
  readRequest,
  respond,
  say,
  type Desk,
  type DeskContext,
  type DeskEnv,
} from './_desk.js';
import { registerOfficerPages } from './_officerPages.js';
import { registerPublicPages } from './_publicPages.js';

/**
 * Options of {@link registerWebDesks}.
 *
 * @example
 * ```ts
 * const options: WebDeskOptions = { uploadLimitBytes: 5 * 1024 * 1024 };
 * ```
 */
export interface WebDeskOptions {
  /** Largest uploaded document, in bytes; default 5 MiB. */
  readonly uploadLimitBytes?: number;
  /** Receives a warning when a mall's logo cannot be read. */
  readonly warn?: (object: object, message: string) => void;
}

/** The paths of the desks' pages (and their assets). */
const deskPaths = [
  '/',
  '/aset/*',
  '/layanan/*',
  '/permohonan',
  '/permohonan/*',
  '/berkas/*',
  '/masuk',
  '/daftar',
  '/keluar',
  '/petugas',
  '/petugas/*',
  '/koordinator',
  '/antrean/*',
  '/pengaduan',
  '/pengaduan/*',
] as const;

const imageTypes: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** The mall's logo file, read from its configuration folder. */
function readLogo(served: ServedMall, warn: WebDeskOptions['warn']): Desk['logo'] {
  const logo = served.mall.mall.appearance?.logo;
  if (logo === undefined || served.folder === undefined) return undefined;
  let folder = served.folder;
  try {
    if (!statSync(folder).isDirectory()) folder = dirname(folder);
    const file = join(folder, logo);
    return {
      body: new Uint8Array(readFileSync(file)),
      type: imageTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    };
  } catch (error) {
    warn?.(
      { mall: served.mall.mall.id, logo, folder, err: String(error) },
      'mall.appearance.logo cannot be read: the desks show the name only; put the file beside mall.yaml or fix the path',
    );
    return undefined;
  }
}

/**
 * Adds the web desks of every mall to the app: server-rendered pages (Indonesian by default,
 * English by a switch) where citizens find a service, apply with their documents and track their
 * application, officers work their inbox, and the coordinators watch deadlines. With one mall the
 * pages are at `/` (`/layanan/{id}`, `/masuk`, `/petugas` …); with several, each mall's are under
 * `/m/{mall id}/` and `/` lists the malls. Sessions are cookies (`HttpOnly`, `SameSite=Lax`,
 * `Secure` behind TLS) of local accounts; every form carries a CSRF token.
 *
 * @param app - the app of {@link createMallApp}.
 * @param malls - the malls it serves.
 * @param options - upload limit and logging.
 * @example
 * ```ts
 * registerWebDesks(app, served, {});
 * ```
 */
export function registerWebDesks(
  app: App,
  malls: readonly ServedMall[],
  options: WebDeskOptions = {},
): void {
  const several = malls.length > 1;
  for (const served of malls) {
    const base = several ? `/m/${served.mall.mall.id}` : '';
    const desk: Desk = {
      served,
      base,
      search: createCatalogueSearch(served.mall),
      logo: readLogo(served, options.warn),
      css: deskStylesheet(served.mall.mall.appearance?.colors),
      uploadLimitBytes: options.uploadLimitBytes ?? 5 * 1024 * 1024,
      several,
      callerOf: createCallerResolver(served.mall),
    };
    const web = new Hono<DeskEnv>();
    // Forms other than uploads are small.
    const limit = bodyLimit({
      maxSize: 64 * 1024,
      onError: () => {
        throw new ApiProblem(413, 'payload_too_large', { limit: 64 * 1024 });
      },
    });
    // Only on the desks' own paths: mounted at `/` for one mall, a wildcard would also run (and
    // name the route of) every API request.
    const prepare = async (c: DeskContext, next: () => Promise<void>) => {
      // `/petugas/*` also matches `/petugas`: prepare a request once.
      if ((c.var as { desk?: Desk }).desk !== undefined) {
        await next();
        return;
      }
      c.set('desk', desk);
      await readRequest(c);
      const multipart = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
      if (multipart) await next();
      // Hono's own middleware is typed for any environment; this context is one.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
      else await limit(c, next);
    };
    for (const path of deskPaths) web.use(path, prepare);
    web.onError((error, c) => {
      if (error instanceof ApiProblem && error.status === 401) {
        const next = new URL(c.req.url).pathname;
        return c.redirect(`${href(c, '/masuk')}?lanjut=${encodeURIComponent(next)}`, 303);
      }
      const problem = toProblem(error, c.get('locale'));
      return respond(
        c,
        {
          title: problem.body.title,
          body: html`<p>${problem.body.detail}</p>
            <p><a href="${href(c, '/')}">${say(c, 'backHome')}</a></p>`,
        },
        problem.status,
      );
    });
    web.get('/aset/gaya.css', (c) =>
      c.body(desk.css, 200, {
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'public, max-age=3600',
      }),
    );
    web.get('/aset/meja.js', (c) =>
      c.body(deskScript, 200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'public, max-age=3600',
      }),
    );
    web.get('/aset/logo', (c) => {
      if (desk.logo === undefined)
        throw new ApiProblem(404, 'route_not_found', { method: 'GET', path: c.req.path });
      return c.body(desk.logo.body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': desk.logo.type,
        'cache-control': 'public, max-age=86400',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      });
    });
    registerPublicPages(web);
    registerAccountPages(web);
    registerOfficerPages(web);
    registerCoordinatorPage(web);
    registerFloorPages(web);
    app.route(base === '' ? '/' : base, web as unknown as Hono);
  }
  if (several) {
    app.get('/', (c) =>
      c.html(
        html`<!doctype html>
          <html lang="id">
            <head>
              <meta charset="utf-8" />
              <meta name="viewport" content="width=device-width, initial-scale=1" />
              <title>Mal Pelayanan Publik</title>
            </head>
            <body>
              <main>
                <h1>Mal Pelayanan Publik</h1>
                <ul>
                  ${malls.map(
                    (s) =>
                      html`<li>
                        <a href="/m/${s.mall.mall.id}/"
                          >${typeof s.mall.mall.name === 'string' ? s.mall.mall.name : s.mall.mall.name.id}</a
                        >
                      </li>`,
                  )}
                </ul>
              </main>
            </body>
          </html>`,
      ),
    );
  }
}

/**
 * Whether a path belongs to the web desks (not to the API, its documents or the probes): the
 * app gives these pages their own security headers.
 *
 * @param path - the request path.
 * @returns `true` for a page of the desks.
 * @example
 * ```ts
 * isWebDeskPath('/layanan/pbg'); // true
 * isWebDeskPath('/api/v1/malls'); // false
 * ```
 */
export function isWebDeskPath(path: string): boolean {
  return !/^\/(?:api|docs|openapi\.json|health|ready|metrics)(?:\/|$)/.test(path);
}
