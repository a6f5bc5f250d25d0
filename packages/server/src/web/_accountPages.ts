/** Signing in, registering, signing out. */
import { randomUUID } from 'node:crypto';
import { formatDateTime } from '@mpp-kit/core';
import { parseNik } from '@mpp-kit/schemas';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { createRateLimiter } from '../http/createRateLimiter.js';
import { ServeError } from '../ServeError.js';
import { createAccount, MIN_PASSWORD_LENGTH } from './createAccount.js';
import {
  csrfField,
  formText,
  csrfValid,
  endSession,
  href,
  notice,
  nowOf,
  respond,
  say,
  startSession,
  type DeskContext,
  type DeskEnv,
  type Html,
} from './_desk.js';
import { formExpired } from './_publicPages.js';
import { signIn } from './signIn.js';

/** Where to go after signing in: a path of these desks only (never another site). */
function nextPath(c: DeskContext, asked: unknown): string {
  const base = c.get('desk').base;
  if (
    typeof asked === 'string' &&
    asked.startsWith(`${base}/`) &&
    !asked.startsWith('//') &&
    !/[\\\s]/.test(asked)
  )
    return asked;
  const caller = c.get('caller');
  if (caller.kind === 'officer') return href(c, caller.coordinator ? '/koordinator' : '/petugas');
  return href(c, '/permohonan');
}

const field = (
  c: DeskContext,
  name: string,
  label: string,
  options: {
    type?: string;
    value?: string;
    autocomplete?: string;
    hint?: string;
    error?: string;
    inputmode?: string;
  },
): Html =>
  html`<label for="${name}"
      >${label}${options.hint === undefined ? '' : html` <span class="hint" id="h-${name}">${options.hint}</span>`}</label
    >
    ${options.error === undefined ? '' : html`<span class="field-error" id="e-${name}">${options.error}</span>`}
    <input
      type="${options.type ?? 'text'}"
      id="${name}"
      name="${name}"
      value="${options.value ?? ''}"
      ${options.autocomplete === undefined ? '' : html` autocomplete="${options.autocomplete}"`}${options.inputmode === undefined ? '' : html` inputmode="${options.inputmode}"`}${options.error === undefined ? (options.hint === undefined ? '' : html` aria-describedby="h-${name}"`) : html` aria-invalid="true" aria-describedby="e-${name}${options.hint === undefined ? '' : ` h-${name}`}"`}
    />`;

function signInPage(
  c: DeskContext,
  values: { login?: string; next?: string },
  message?: Html,
  status = 200,
) {
  const body = html`${message ?? ''}
    <form method="post" action="${href(c, '/masuk')}">
      ${csrfField(c)}
      <input type="hidden" name="lanjut" value="${values.next ?? ''}" />
      ${field(c, 'login', say(c, 'loginLabel'), { value: values.login ?? '', autocomplete: 'username', hint: say(c, 'loginHint') })}
      ${field(c, 'sandi', say(c, 'password'), { type: 'password', autocomplete: 'current-password' })}
      <div class="actions"><button type="submit">${say(c, 'signIn')}</button></div>
    </form>
    <p>${say(c, 'noAccount')} <a href="${href(c, '/daftar')}">${say(c, 'register')}</a></p>`;
  return respond(c, { title: say(c, 'signIn'), body }, status);
}

interface RegisterValues {
  readonly name?: string;
  readonly email?: string;
  readonly nik?: string;
}

function registerPage(
  c: DeskContext,
  values: RegisterValues,
  errors: ReadonlyMap<string, string>,
  status = 200,
) {
  const body = html`${errors.size === 0 ? '' : notice('problem', say(c, 'fixForm'))}
    <form method="post" action="${href(c, '/daftar')}" novalidate>
      ${csrfField(c)}
      ${field(c, 'nama', say(c, 'fullName'), { value: values.name ?? '', autocomplete: 'name', ...(errors.has('nama') ? { error: errors.get('nama')! } : {}) })}
      ${field(c, 'surel', say(c, 'email'), { type: 'email', value: values.email ?? '', autocomplete: 'email', hint: say(c, 'emailHint'), ...(errors.has('surel') ? { error: errors.get('surel')! } : {}) })}
      ${field(c, 'nik', say(c, 'nik'), { value: values.nik ?? '', inputmode: 'numeric', autocomplete: 'off', hint: say(c, 'nikHint'), ...(errors.has('nik') ? { error: errors.get('nik')! } : {}) })}
      ${field(c, 'sandi', say(c, 'password'), { type: 'password', autocomplete: 'new-password', hint: say(c, 'passwordHint', { minLength: String(MIN_PASSWORD_LENGTH) }), ...(errors.has('sandi') ? { error: errors.get('sandi')! } : {}) })}
      ${field(c, 'sandi2', say(c, 'passwordAgain'), { type: 'password', autocomplete: 'new-password', ...(errors.has('sandi2') ? { error: errors.get('sandi2')! } : {}) })}
      <div class="actions"><button type="submit">${say(c, 'register')}</button></div>
    </form>
    <p>${say(c, 'haveAccount')} <a href="${href(c, '/masuk')}">${say(c, 'signIn')}</a></p>`;
  return respond(c, { title: say(c, 'registerTitle'), body }, status);
}

/** Registers `/masuk`, `/daftar` and `/keluar`. */
export function registerAccountPages(web: Hono<DeskEnv>): void {
  // Sign-in attempts per address and minute in this process (accounts also lock themselves).
  const perAddress = createRateLimiter({ perMinute: 20 });

  web.get('/masuk', (c) => {
    if (c.get('caller').kind !== 'anonymous')
      return c.redirect(nextPath(c, c.req.query('lanjut')), 303);
    return signInPage(c, { next: c.req.query('lanjut') ?? '' });
  });

  web.post('/masuk', async (c) => {
    const body = await c.req.parseBody();
    if (!csrfValid(c, body['_csrf'])) return formExpired(c);
    const login = formText(body, 'login').slice(0, 200);
    const password = formText(body, 'sandi').slice(0, 1000);
    const next = formText(body, 'lanjut');
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    const verdict = perAddress.check(env?.incoming?.socket?.remoteAddress ?? 'unknown');
    if (!verdict.ok) {
      c.header('retry-after', String(verdict.retryAfter));
      return signInPage(
        c,
        { login, next },
        notice('problem', say(c, 'tooManyTries', { seconds: String(verdict.retryAfter) })),
        429,
      );
    }
    const web_ = c.get('desk').served.state.web;
    const outcome = await signIn(web_, login, password, new Date());
    if (!outcome.ok) {
      const text =
        outcome.reason === 'locked'
          ? say(c, 'locked', {
              until: formatDateTime(
                outcome.until,
                c.get('desk').served.mall.mall.timeZone,
                c.get('locale'),
              ),
            })
          : outcome.reason === 'disabled'
            ? say(c, 'disabled')
            : say(c, 'wrongLogin');
      return signInPage(
        c,
        { login, next },
        notice('problem', text),
        outcome.reason === 'locked' ? 429 : 401,
      );
    }
    await startSession(c, {
      accountId: outcome.account.id,
      roles: [],
      name: outcome.account.name,
      source: 'local',
    });
    const caller = c.get('desk').callerOf(outcome.account.id, outcome.account.roles);
    c.set('caller', caller);
    return c.redirect(nextPath(c, next), 303);
  });

  web.get('/daftar', (c) => registerPage(c, {}, new Map()));

  web.post('/daftar', async (c) => {
    const body = await c.req.parseBody();
    if (!csrfValid(c, body['_csrf'])) return formExpired(c);
    const values = {
      name: formText(body, 'nama').trim().slice(0, 200),
      email: formText(body, 'surel').trim().toLowerCase().slice(0, 200),
      nik: formText(body, 'nik').replace(/\s/g, '').slice(0, 40),
    };
    const password = formText(body, 'sandi');
    const errors = new Map<string, string>();
    if (values.name === '') errors.set('nama', say(c, 'nameMissing'));
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
      errors.set('surel', say(c, 'emailInvalid'));
    if (values.nik !== '') {
      const parsed = parseNik(values.nik, { referenceDate: nowOf(c) });
      if (!parsed.ok) errors.set('nik', say(c, 'nikInvalid'));
    }
    if (password.length < MIN_PASSWORD_LENGTH)
      errors.set('sandi', say(c, 'passwordShort', { minLength: String(MIN_PASSWORD_LENGTH) }));
    if (password !== formText(body, 'sandi2')) errors.set('sandi2', say(c, 'passwordMismatch'));
    if (errors.size > 0) return registerPage(c, values, errors, 422);
    const desk = c.get('desk');
    try {
      const account = await createAccount(desk.served.state.web, desk.served.mall, {
        id: `akun-${randomUUID()}`,
        login: values.email,
        name: values.name,
        password,
        ...(values.nik === '' ? {} : { nik: values.nik }),
      });
      await startSession(c, {
        accountId: account.id,
        roles: [],
        name: account.name,
        source: 'local',
      });
    } catch (error) {
      if (error instanceof ServeError && error.code === 'account_exists') {
        return registerPage(c, values, new Map([['surel', say(c, 'emailTaken')]]), 409);
      }
      throw error;
    }
    return c.redirect(href(c, '/'), 303);
  });

  web.post('/keluar', async (c) => {
    const body = await c.req.parseBody();
    if (!csrfValid(c, body['_csrf'])) return formExpired(c);
    await endSession(c);
    return c.redirect(href(c, '/'), 303);
  });
}
