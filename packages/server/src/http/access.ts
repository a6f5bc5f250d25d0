import type { Application, ApplicationSummary } from '@mpp-kit/core';
import type { LocaleText } from '@mpp-kit/schemas';
import type { Context } from 'hono';
import type { Caller } from '../auth/Caller.js';
import { ApiProblem, forbiddenAudiences } from './ApiProblem.js';
import type { AppEnv } from './AppEnv.js';

/** The caller, or a 401 problem when there is none. */
export function signedIn(c: Context<AppEnv>): Exclude<Caller, { readonly kind: 'anonymous' }> {
  const caller = c.get('caller');
  if (caller.kind === 'anonymous') {
    throw new ApiProblem(
      401,
      'unauthenticated',
      {},
      { 'www-authenticate': `Bearer realm="${c.get('served').mall.mall.id}"` },
    );
  }
  return caller;
}

/** The caller when an officer who is a coordinator, else a 403 (401 when anonymous). */
export function coordinator(c: Context<AppEnv>, what: LocaleText): Caller {
  const caller = signedIn(c);
  if (caller.kind !== 'officer' || !caller.coordinator) {
    throw new ApiProblem(403, 'forbidden_route', {
      what,
      who: forbiddenAudiences.coordinators,
    });
  }
  return caller;
}

/**
 * Whether the caller may see the application: its applicant; an officer of an agency taking
 * part; a coordinator.
 */
export function maySee(
  caller: Caller,
  app: Pick<ApplicationSummary, 'applicantId' | 'agencies'>,
): boolean {
  switch (caller.kind) {
    case 'anonymous':
      return false;
    case 'applicant':
      return app.applicantId === caller.id;
    case 'officer':
      return (
        caller.coordinator || caller.actors.some((actor) => app.agencies.includes(actor.agency))
      );
  }
}

/**
 * Reads an application the caller may see. Any other application is a 404 — the same answer as
 * for an id that does not exist, so ids cannot be probed.
 */
export async function visibleApplication(c: Context<AppEnv>, id: string): Promise<Application> {
  const caller = signedIn(c);
  const { runtime, store } = c.get('served');
  // Checked on the stored record: the application the runtime returns has its ids masked.
  const record = await store.get(id);
  if (record === undefined || !maySee(caller, record))
    throw new ApiProblem(404, 'not_found', { id });
  return runtime.get(id);
}

/** The strong ETag of an application at a version: `"<version>"`. */
export function versionTag(version: number): string {
  return `"${String(version)}"`;
}

/**
 * The version an action is based on, from `If-Match: "<version>"`: 428 when missing, 400 when it
 * is not one version, 412 when the application is no longer at it.
 */
export function expectedVersion(c: Context<AppEnv>, current: number): number {
  const header = c.req.header('if-match');
  if (header === undefined || header.trim() === '')
    throw new ApiProblem(428, 'precondition_required');
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) {
    throw new ApiProblem(400, 'bad_request', {
      summary: `If-Match must be one version in quotes, such as "3", got ${header.slice(0, 40)}`,
    });
  }
  const version = Number(match[1]);
  if (version !== current)
    throw new ApiProblem(412, 'precondition_failed', {
      expectedVersion: version,
      actualVersion: current,
    });
  return version;
}
