import {
  localizeIssue,
  MppError,
  renderEveryLocale,
  type Issue,
  type LocaleText,
} from '@mpp-kit/schemas';
import type { AllowedAction, AllowedActor, InvalidEventDetail } from '@mpp-kit/workflows';
import { runtimeMessages } from './_runtimeMessages.js';

/**
 * Codes of the runtime's own errors (besides the store's `ConflictError`, code `conflict`):
 * `validation` (a bad request: {@link ValidationError}), `forbidden` (wrong person:
 * {@link ForbiddenError}), `invalid_action` (right person, wrong moment: {@link InvalidActionError}),
 * `not_found` ({@link NotFoundError}), `definition_mismatch` (the lifecycle stored with an
 * application was altered: {@link DefinitionMismatchError}), `invalid_options` (`createMallRuntime`
 * was given something else than a loaded mall and its options: {@link RuntimeOptionsError}).
 *
 * @example
 * ```ts
 * runtimeErrorCodes.includes('forbidden'); // true
 * ```
 */
export const runtimeErrorCodes = [
  'validation',
  'forbidden',
  'invalid_action',
  'not_found',
  'definition_mismatch',
  'invalid_options',
] as const;

/**
 * A code of {@link runtimeErrorCodes}.
 *
 * @example
 * ```ts
 * const code: RuntimeErrorCode = 'invalid_action';
 * ```
 */
export type RuntimeErrorCode = (typeof runtimeErrorCodes)[number];

/**
 * Thrown when a request to the runtime is malformed: an unknown service, an application kind the
 * service does not offer, a missing fact for the fee formula, an invalid NIK, a missing reason …
 * Every problem is an {@link Issue} located by `path` in the request (`['applicant', 'nik']`,
 * `['facts', 'floorArea']`). Nothing was written.
 *
 * `message` and `issues` are English; `messageId` is the message in Indonesian and
 * `localizedIssues('id')` the issues. Messages never contain a full NIK.
 *
 * @example
 * ```ts
 * try {
 *   await runtime.submit({ serviceId: 'pbg', applicationKind: 'renewal', applicant, facts: {} });
 * } catch (error) {
 *   if (error instanceof ValidationError) {
 *     error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
 *     // ['applicationKind: Invalid value: "renewal".', 'facts.floorArea: The required key "facts.floorArea" is missing.', …]
 *   }
 * }
 * ```
 */
export class ValidationError extends MppError {
  override readonly name = 'ValidationError';
  /** Stable error code. */
  declare readonly code: 'validation';
  /** Every problem found, in English. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - the problems (at least one), with English messages.
   * @throws never
   * @example
   * ```ts
   * new ValidationError([createIssue({ code: 'missing_key', path: ['reason'], params: { key: 'reason', expected: 'text' } })]);
   * ```
   */
  constructor(issues: readonly Issue[]) {
    const text = renderEveryLocale(runtimeMessages.validation, { issues });
    super('validation', text);
    this.issues = issues;
  }

  /**
   * The issues in a locale.
   *
   * @throws never
   * @example
   * ```ts
   * error.localizedIssues('id')[0]?.message; // 'Kunci wajib "reason" tidak ada.'
   * ```
   */
  localizedIssues(locale: 'en' | 'id'): Issue[] {
    return this.issues.map((issue) => localizeIssue(issue, locale));
  }
}

/**
 * Why a {@link ForbiddenError} refused: `not_applicant` (someone acting as applicant on another
 * person's application), `other_agency` (an officer of an agency that takes no part in the
 * application), `no_agency` (an officer without an agency), `not_allowed` (the role @ agency may
 * not send this event now).
 *
 * @example
 * ```ts
 * forbiddenReasons.includes('other_agency'); // true
 * ```
 */
export const forbiddenReasons = [
  'not_applicant',
  'other_agency',
  'no_agency',
  'not_allowed',
] as const;

/**
 * A reason of {@link forbiddenReasons}.
 *
 * @example
 * ```ts
 * const reason: ForbiddenReason = 'not_applicant';
 * ```
 */
export type ForbiddenReason = (typeof forbiddenReasons)[number];

/**
 * Thrown when the actor may not send the action: the runtime checks role @ agency (and, for the
 * applicant, that it is their own application) before the lifecycle machine sees the event.
 * `allowed` names who would have been allowed now (role @ agency; `{ role: 'applicant', agency:
 * 'applicant' }` for the applicant). Nothing was written.
 *
 * `message` is English; `messageId` is the same message in Indonesian. Neither names the actor's
 * id.
 *
 * @example
 * ```ts
 * try {
 *   await runtime.act(id, { type: 'ACCEPT', actor: { id: 'nip-9', role: 'reviewer', agency: 'dlh' }, expectedVersion: 1 });
 * } catch (error) {
 *   if (error instanceof ForbiddenError) error.allowed; // [{ role: 'front-office', agency: 'dpmptsp' }]
 * }
 * ```
 */
export class ForbiddenError extends MppError {
  override readonly name = 'ForbiddenError';
  /** Stable error code. */
  declare readonly code: 'forbidden';
  /** The application concerned. */
  readonly applicationId: string;
  /** The refused event type. */
  readonly action: string;
  /** The role and agency the actor claimed (never the actor's id). */
  readonly actor: { readonly role: string; readonly agency?: string };
  /** Who would have been allowed to send the action now. */
  readonly allowed: readonly AllowedActor[];
  /** Why it was refused. */
  readonly reason: ForbiddenReason;

  /**
   * @param details - the application, action, actor's role and agency, who is allowed, and why.
   * @throws never
   * @example
   * ```ts
   * new ForbiddenError({ applicationId: 'a-1', action: 'ACCEPT', actor: { role: 'reviewer', agency: 'dlh' },
   *   allowed: [{ role: 'front-office', agency: 'dpmptsp' }], reason: 'not_allowed' });
   * ```
   */
  constructor(details: {
    applicationId: string;
    action: string;
    actor: { readonly role: string; readonly agency?: string | undefined };
    allowed: readonly AllowedActor[];
    reason: ForbiddenReason;
  }) {
    const text = renderEveryLocale(runtimeMessages.forbidden, details);
    super('forbidden', text);
    this.applicationId = details.applicationId;
    this.action = details.action;
    this.actor =
      details.actor.agency === undefined
        ? { role: details.actor.role }
        : { role: details.actor.role, agency: details.actor.agency };
    this.allowed = details.allowed.map((actor) => ({ role: actor.role, agency: actor.agency }));
    this.reason = details.reason;
  }
}

/**
 * Why an {@link InvalidActionError} refused: `wrong_state` (the current state does not take the
 * event), or one of the lifecycle's details (`already_voted`, `max_rounds`, `beyond_legal_max`,
 * `no_branch`, `calendar_error`, `time_out_of_order`, `guard`).
 *
 * @example
 * ```ts
 * const detail: InvalidActionDetail = 'wrong_state';
 * ```
 */
export type InvalidActionDetail = 'wrong_state' | InvalidEventDetail;

/**
 * Thrown when the actor may act on the application but the action does not fit its state: an
 * `ISSUE` before payment, a second vote by the same agency, a return when no round is left. It
 * carries the current state and the actions possible now, with who may send each. Nothing was
 * written.
 *
 * `message` is English; `messageId` is the same message in Indonesian.
 *
 * @example
 * ```ts
 * try {
 *   await runtime.act(id, { type: 'ISSUE', actor: head, expectedVersion: 3 });
 * } catch (error) {
 *   if (error instanceof InvalidActionError) {
 *     error.state; // 'technical-review'
 *     error.allowedActions; // [{ type: 'APPROVE', allowed: [...] }, …]
 *   }
 * }
 * ```
 */
export class InvalidActionError extends MppError {
  override readonly name = 'InvalidActionError';
  /** Stable error code. */
  declare readonly code: 'invalid_action';
  /** The application concerned. */
  readonly applicationId: string;
  /** The refused event type. */
  readonly action: string;
  /** The application's current state, as {@link ApplicationSummary.state} shows it (`technical-review`, `issued`). */
  readonly state: string;
  /** Why the action does not fit. */
  readonly detail: InvalidActionDetail;
  /** What can be done now, and by whom. */
  readonly allowedActions: readonly AllowedAction[];

  /**
   * @param details - the application, action, state, why, and the actions possible now.
   * @throws never
   * @example
   * ```ts
   * new InvalidActionError({ applicationId: 'a-1', action: 'ISSUE', state: 'payment', detail: 'wrong_state', allowedActions: [] });
   * ```
   */
  constructor(details: {
    applicationId: string;
    action: string;
    state: string;
    detail: InvalidActionDetail;
    allowedActions: readonly AllowedAction[];
  }) {
    const text = renderEveryLocale(runtimeMessages.invalidAction, {
      ...details,
      expected: details.allowedActions.map((action) => action.type),
    });
    super('invalid_action', text);
    this.applicationId = details.applicationId;
    this.action = details.action;
    this.state = details.state;
    this.detail = details.detail;
    this.allowedActions = details.allowedActions;
  }
}

/**
 * Thrown when there is no application with the given id.
 *
 * @example
 * ```ts
 * try {
 *   await runtime.get('no-such-id');
 * } catch (error) {
 *   if (error instanceof NotFoundError) error.applicationId; // 'no-such-id'
 * }
 * ```
 */
export class NotFoundError extends MppError {
  override readonly name = 'NotFoundError';
  /** Stable error code. */
  declare readonly code: 'not_found';
  /** The id asked for. */
  readonly applicationId: string;

  /**
   * @param applicationId - the id asked for.
   * @throws never
   * @example
   * ```ts
   * new NotFoundError('a-1').message; // 'There is no application "a-1".'
   * ```
   */
  constructor(applicationId: string) {
    const text = renderEveryLocale(runtimeMessages.notFound, { applicationId });
    super('not_found', text);
    this.applicationId = applicationId;
  }
}

/**
 * Thrown when the lifecycle definition stored with an application (in its first event) no longer
 * hashes to the application's `workflowVersion`, or cannot be compiled: the store was altered
 * outside the runtime. Run `verify(id)` to locate the edit.
 *
 * @example
 * ```ts
 * try {
 *   await runtime.act(id, action);
 * } catch (error) {
 *   if (error instanceof DefinitionMismatchError) console.error(error.message);
 * }
 * ```
 */
export class DefinitionMismatchError extends MppError {
  override readonly name = 'DefinitionMismatchError';
  /** Stable error code. */
  declare readonly code: 'definition_mismatch';
  /** The application concerned. */
  readonly applicationId: string;

  /**
   * @param applicationId - the application.
   * @param detail - what does not match, in English.
   * @param options - the underlying error, if any.
   * @throws never
   * @example
   * ```ts
   * new DefinitionMismatchError('a-1', 'hash 1f2e… is not the recorded workflow version 9a8b…');
   * ```
   */
  constructor(applicationId: string, detail: string, options?: { cause?: unknown }) {
    const text = renderEveryLocale(runtimeMessages.definitionMismatch, { applicationId, detail });
    super('definition_mismatch', text, options);
    this.applicationId = applicationId;
  }
}

/**
 * What is wrong with the arguments of `createMallRuntime`, as a {@link RuntimeOptionsError}
 * explains it: `mall_result` (the result of `loadMall()` instead of its `mall`), `mall`, `options`,
 * `store_missing`, `store_promise` (an un-awaited `createPostgresStore()`), `store_methods`,
 * `not_function` (clock, id maker or logger), `calendar`, `clock_value` (the clock gave no instant).
 *
 * @example
 * ```ts
 * const problem: RuntimeOptionsProblem = { kind: 'store_methods', missing: ['inbox'] };
 * ```
 */
export type RuntimeOptionsProblem =
  | { readonly kind: 'mall_result' | 'mall' | 'store_missing' | 'store_promise' | 'calendar' }
  | { readonly kind: 'options'; readonly actual: LocaleText }
  | { readonly kind: 'store_methods'; readonly missing: readonly string[] }
  | {
      readonly kind: 'not_function';
      readonly option: 'clock' | 'createId' | 'logger';
      readonly actual: LocaleText;
      readonly example: LocaleText;
    }
  | { readonly kind: 'clock_value'; readonly actual: LocaleText };

/**
 * Thrown by `createMallRuntime` when its arguments are not what it needs, before anything runs:
 * the result of `loadMall()` instead of its `mall`, no store, a store that is still a Promise
 * (`createPostgresStore()` must be awaited), an object without the store's methods, a clock, id
 * maker or logger that is not a function, a calendar that is not one; and later by any call whose
 * clock returns something that is not an instant. A programming error, not a request to refuse:
 * fix the call.
 *
 * `message` is English; `messageId` is the same message in Indonesian.
 *
 * @example
 * ```ts
 * try {
 *   createMallRuntime(loaded.mall, { store: createPostgresStore({ connectionString }) }); // no await
 * } catch (error) {
 *   if (error instanceof RuntimeOptionsError) error.option; // 'store'
 * }
 * ```
 */
export class RuntimeOptionsError extends TypeError {
  override readonly name = 'RuntimeOptionsError';
  /** Stable error code. */
  readonly code = 'invalid_options' as const;
  /** The argument or option at fault: `mall`, `options`, `store`, `clock`, `createId`, `logger` or `calendar`. */
  readonly option: string;
  /** The message in Indonesian. */
  readonly messageId: string;

  /**
   * @param option - the argument or option at fault.
   * @param problem - what is wrong with it.
   * @throws never
   * @example
   * ```ts
   * new RuntimeOptionsError('store', { kind: 'store_promise' });
   * ```
   */
  constructor(option: string, problem: RuntimeOptionsProblem) {
    const text = renderEveryLocale(runtimeMessages.runtimeOptions, problem);
    super(text.en);
    this.option = option;
    this.messageId = text.id;
  }
}
