/** What every page of the web desks shares: the request's desk, session, language, CSRF, layout. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { formatOpeningHours, type CatalogueSearch } from '@mpp-kit/core';
import {
  locales,
  localize,
  renderMessage,
  textFor,
  type Locale,
  type LocaleText,
  type LocalizedMessage,
  type LocalizedText,
} from '@mpp-kit/schemas';
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { html, raw } from 'hono/html';
import type { Caller } from '../auth/Caller.js';
import type { AppEnv, ServedMall } from '../http/AppEnv.js';
import type { SessionRecord } from '../state/WebState.js';
import {
  webMessages,
  webTexts,
  type WebMessageKey,
  type WebTextArguments,
  type WebTextKey,
} from './_webText.js';

/** Markup made by `hono/html` (escaped unless `raw`). */
export type Html = ReturnType<typeof html>;

/** One mall's web desks, built once at start. */
export interface Desk {
  readonly served: ServedMall;
  /** The path prefix of its pages: `''` (one mall) or `/m/{mall id}`. */
  readonly base: string;
  readonly search: CatalogueSearch;
  /** The logo file, when the configuration names one that could be read. */
  readonly logo: { readonly body: Uint8Array; readonly type: string } | undefined;
  /** The stylesheet with the mall's colours. */
  readonly css: string;
  /** Largest upload, in bytes. */
  readonly uploadLimitBytes: number;
  /** Whether other malls are served beside it (the header links to the list). */
  readonly several: boolean;
  /** Role@agency values → caller (the authenticator's rule). */
  readonly callerOf: (subject: string, roles: readonly string[]) => Caller;
}

/** The request's context of a web page. */
export interface DeskEnv {
  Variables: AppEnv['Variables'] & {
    desk: Desk;
    session: SessionRecord | undefined;
    /** The token forms carry (the session's, or the pre-session cookie's). */
    csrf: string;
  };
}
export type DeskContext = Context<DeskEnv>;

/** The page's context as the API's helpers (`signedIn`, `visibleApplication` …) take it. */
export const asApp = (c: DeskContext): Context<AppEnv> => c as unknown as Context<AppEnv>;

/** The time of the mall (the runtime's clock). */
export const nowOf = (c: DeskContext): Date => c.get('desk').served.clock?.() ?? new Date();

/**
 * A text or message of the desks in the page's language: `say(c, 'signIn')`, or with the values
 * a message names, `say(c, 'found', { count, query })` (the compiler checks them per key).
 */
export function say<K extends WebTextKey | WebMessageKey>(
  c: DeskContext,
  key: K,
  ...params: WebTextArguments<K>
): string {
  const locale = c.get('locale');
  if (Object.hasOwn(webMessages, key))
    return renderMessage(
      webMessages[key as WebMessageKey] as LocalizedMessage<unknown>,
      params[0],
      locale,
    );
  return localize(webTexts[key as WebTextKey], locale);
}

/** The name of each language in that language, for the switch between them. */
const languageNames: LocaleText = { en: 'English', id: 'Bahasa Indonesia' };

/**
 * Configured text in the page's language, marked with the language it is shown in when that is
 * not the page's (`lang="id"`: configured text falls back to Indonesian, which it always has).
 */
export function local(c: DeskContext, text: LocalizedText): Html {
  const locale = c.get('locale');
  const value = textFor(text, locale);
  const shownIn: Locale = typeof text === 'string' || text[locale] === undefined ? 'id' : locale;
  if (shownIn !== locale) return html`<span lang="${shownIn}">${value}</span>`;
  return html`${value}`;
}

/** Plain configured text in the page's language. */
export const plain = (c: DeskContext, text: LocalizedText): string =>
  textFor(text, c.get('locale'));

/** A path of this mall's desks. */
export const href = (c: DeskContext, path: string): string => `${c.get('desk').base}${path}`;

const SESSION_COOKIE = 'mpp_session';
const PRE_COOKIE = 'mpp_pre';
const LANG_COOKIE = 'mpp_lang';

/** Whether the request came over TLS (directly, or through a proxy that says so). */
export function overTls(c: Context): boolean {
  return c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https';
}

function cookieOptions(c: DeskContext, maxAge?: number) {
  const base = c.get('desk').base;
  return {
    path: base === '' ? '/' : `${base}/`,
    httpOnly: true,
    secure: overTls(c),
    sameSite: 'Lax' as const,
    ...(maxAge === undefined ? {} : { maxAge }),
  };
}

/** The SHA-256 of a session token, as the state keeps it. */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

/** Session lifetime: 8 hours (a working day), then sign in again. */
export const SESSION_SECONDS = 8 * 3600;

/** Starts a session for the signed-in user: a new token in the cookie, a new CSRF secret. */
export async function startSession(
  c: DeskContext,
  who: Pick<SessionRecord, 'accountId' | 'roles' | 'name' | 'source'>,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await c.get('desk').served.state.web.addSession({
    ...who,
    idHash: tokenHash(token),
    csrf: randomBytes(24).toString('base64url'),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_SECONDS * 1000).toISOString(),
  });
  setCookie(c, SESSION_COOKIE, token, cookieOptions(c, SESSION_SECONDS));
}

/** Ends the session of the request (its row and its cookie). */
export async function endSession(c: DeskContext): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token !== undefined) await c.get('desk').served.state.web.deleteSession(tokenHash(token));
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
}

/**
 * Reads the request's language (`?lang=` switches it and is remembered in a cookie; default the
 * mall's first locale), its session and caller, and the CSRF token its forms carry.
 */
export async function readRequest(c: DeskContext): Promise<void> {
  const desk = c.get('desk');
  const { mall } = desk.served;
  const asked = c.req.query('lang') ?? getCookie(c, LANG_COOKIE);
  const locale: Locale = locales.find((known) => known === asked) ?? mall.mall.locales[0] ?? 'id';
  if (c.req.query('lang') === locale)
    setCookie(c, LANG_COOKIE, locale, { ...cookieOptions(c, 365 * 86400), httpOnly: false });
  c.set('locale', locale);
  c.set('served', desk.served);

  const token = getCookie(c, SESSION_COOKIE);
  const session =
    token === undefined || token.length > 100
      ? undefined
      : await desk.served.state.web.session(tokenHash(token), new Date().toISOString());
  let caller: Caller = { kind: 'anonymous' };
  if (session !== undefined) {
    let roles = session.roles;
    let live = true;
    if (session.source === 'local') {
      const account = await desk.served.state.web.accountById(session.accountId);
      live = account !== undefined && !account.disabled;
      roles = account?.roles ?? [];
    }
    if (live) caller = desk.callerOf(session.accountId, roles);
  }
  c.set('caller', caller);
  c.set('session', caller.kind === 'anonymous' ? undefined : session);
  if (caller.kind !== 'anonymous' && session !== undefined) c.set('csrf', session.csrf);
  else {
    let pre = getCookie(c, PRE_COOKIE);
    if (pre === undefined || !/^[A-Za-z0-9_-]{32}$/.test(pre)) {
      pre = randomBytes(24).toString('base64url');
      setCookie(c, PRE_COOKIE, pre, cookieOptions(c, 3600));
    }
    c.set('csrf', pre);
  }
}

/** The hidden field every form carries. */
export const csrfField = (c: DeskContext): Html =>
  html`<input type="hidden" name="_csrf" value="${c.get('csrf')}" />`;

/**
 * Whether a form post is genuine: its `_csrf` equals the request's token, and the `Origin`
 * header (when the browser sends one) is this server.
 */
export function csrfValid(c: DeskContext, submitted: unknown): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null') {
    const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      return false;
    }
    if (host !== undefined && originHost !== host) return false;
  }
  if (typeof submitted !== 'string') return false;
  const expected = Buffer.from(c.get('csrf'));
  const actual = Buffer.from(submitted);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The caller's role in the page: who they are, for the header's links. */
export const callerOf = (c: DeskContext): Caller => c.get('caller');

/** A localized page title and body, laid out. */
export interface PageParts {
  readonly title: string;
  readonly body: Html;
  /** Extra class of `<main>`. */
  readonly wide?: boolean;
  /** Scripts the page needs (the desks' own, from `/aset`). */
  readonly script?: boolean;
}

/** Lays a page out: skip link, header with the mall's logo and name, navigation, language switch. */
export function page(c: DeskContext, parts: PageParts): Html {
  const desk = c.get('desk');
  const { mall } = desk.served;
  const locale = c.get('locale');
  const caller = callerOf(c);
  const other = locales.find((l) => l !== locale) ?? locale;
  const url = new URL(c.req.url);
  url.searchParams.set('lang', other);
  const switchHref = `${url.pathname}?${url.searchParams.toString()}`;
  const nav: Html[] = [html`<li><a href="${href(c, '/')}">${say(c, 'navServices')}</a></li>`];
  const queues = mall.counters.some((counter) => counter.queue !== undefined);
  const complaints = mall.complaints !== undefined;
  const link = (path: string, key: WebTextKey) =>
    html`<li><a href="${href(c, path)}">${say(c, key)}</a></li>`;
  if (queues) nav.push(link('/antrean/papan', 'navBoard'));
  if (caller.kind !== 'officer' && complaints) nav.push(link('/pengaduan', 'navComplaints'));
  if (caller.kind === 'applicant') nav.push(link('/permohonan', 'navMine'));
  if (caller.kind === 'officer') {
    nav.push(link('/petugas', 'navInbox'));
    if (queues) nav.push(link('/petugas/antrean', 'navQueue'));
    if (complaints) nav.push(link('/petugas/pengaduan', 'navComplaintInbox'));
    if (caller.coordinator) nav.push(link('/koordinator', 'navDashboard'));
  }
  const session = c.get('session');
  const account =
    caller.kind === 'anonymous'
      ? html`<a href="${href(c, '/masuk')}">${say(c, 'signIn')}</a>
          <a href="${href(c, '/daftar')}">${say(c, 'register')}</a>`
      : html`<span class="who">${session?.name ?? caller.id}</span>
          <form method="post" action="${href(c, '/keluar')}" class="inline">
            ${csrfField(c)}<button type="submit" class="link">${say(c, 'signOut')}</button>
          </form>`;
  const name = plain(c, mall.mall.name);
  const hours = mall.mall.openingHours;
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${parts.title} — ${mall.mall.shortName ?? name}</title>
        <link rel="stylesheet" href="${href(c, '/aset/gaya.css')}" />
        ${parts.script === true ? html`<script src="${href(c, '/aset/meja.js')}" defer></script>` : ''}
      </head>
      <body>
        <a class="skip" href="#isi">${say(c, 'skip')}</a>
        <header class="top">
          <div class="bar">
            <a class="brand" href="${href(c, '/')}"
              >${desk.logo === undefined ? '' : html`<img src="${href(c, '/aset/logo')}" alt="" width="40" height="40" />`}<span
                >${name}</span
              ></a
            >
            <a class="lang" href="${switchHref}" lang="${other}" hreflang="${other}"
              >${localize(languageNames, other)}</a
            >
          </div>
          <nav aria-label="${say(c, 'navLabel')}">
            <ul>
              ${nav}
            </ul>
            <div class="account">${account}</div>
          </nav>
        </header>
        <main id="isi" class="${parts.wide === true ? 'wide' : ''}">
          <h1>${parts.title}</h1>
          ${parts.body}
        </main>
        <footer>
          ${desk.several ? html`<p><a href="/">${say(c, 'allMalls')}</a></p>` : ''}
          <p>
            ${name}${html` · ${mall.mall.address.street}, ${mall.mall.address.city}`}${mall.mall.contact?.phone === undefined ? '' : html` · ${say(c, 'phone')} ${mall.mall.contact.phone}`}
          </p>
          ${hours.length === 0 ? '' : html`<p>${say(c, 'openingHours')}: ${openingHoursLine(c)}</p>`}
        </footer>
      </body>
    </html>`;
}

/** The mall's opening hours in one line. */
export function openingHoursLine(c: DeskContext): string {
  const hours = c.get('desk').served.mall.mall.openingHours;
  return formatHours(hours, c.get('locale'));
}

const formatHours = (hours: Parameters<typeof formatOpeningHours>[0], locale: Locale): string =>
  formatOpeningHours(hours, locale).join('; ');

/** A text field of a parsed form (`''` when absent or a file). */
export function formText(body: Readonly<Record<string, unknown>>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/** Renders a page with a status. */
export function respond(
  c: DeskContext,
  parts: PageParts,
  status = 200,
): Response | Promise<Response> {
  c.header('cache-control', 'no-store');
  return c.html(page(c, parts), status as 200);
}

/** A short notice box (success, or a problem to fix). */
export function notice(kind: 'ok' | 'problem' | 'info', text: Html | string): Html {
  return html`<div class="notice ${kind}" role="${kind === 'problem' ? 'alert' : 'status'}">
    ${text}
  </div>`;
}

export { raw };
