import { defineMessages, MppError } from '@mpp-kit/schemas';

/**
 * Codes of the server's own problems (besides the runtime's and the store's error codes, which
 * pass through): what went wrong with the HTTP request itself.
 *
 * @example
 * ```ts
 * apiProblemCodes.includes('precondition_required'); // true
 * ```
 */
export const apiProblemCodes = [
  'bad_request',
  'unauthenticated',
  'invalid_token',
  'no_role',
  'forbidden_route',
  'not_found',
  'route_not_found',
  'notification_not_found',
  'unknown_service',
  'precondition_required',
  'precondition_failed',
  'idempotency_key_reused',
  'payload_too_large',
  'rate_limited',
  'not_ready',
  'internal',
] as const;

/**
 * A code of {@link apiProblemCodes}.
 *
 * @example
 * ```ts
 * const code: ApiProblemCode = 'rate_limited';
 * ```
 */
export type ApiProblemCode = (typeof apiProblemCodes)[number];

/**
 * Who may use a route, for the `who` of a `forbidden_route` problem: a text in every locale
 * (`forbiddenAudiences.officers`, or `renderEveryLocale(forbiddenAudiences.officersOf, …)`) that
 * `toProblem` renders in the caller's language.
 */
export const forbiddenAudiences = {
  applicants: { en: 'applicants', id: 'pemohon' },
  officers: { en: 'officers', id: 'petugas' },
  coordinators: {
    en: 'the mall coordinators (mall.auth.coordinators)',
    id: 'koordinator mal (mall.auth.coordinators)',
  },
  officersNotApplicants: {
    en: 'officers (an applicant does not assess their own risk)',
    id: 'petugas (pemohon tidak menilai risiko usahanya sendiri)',
  },
  officersOfItsAgencies: { en: 'officers of its agencies', id: 'petugas instansinya' },
  complaintActors: {
    en: 'complaint officers, complaint handlers and the reporters',
    id: 'pengelola pengaduan, penanggung jawab tindak lanjut, dan pelapor',
  },
  ...defineMessages({
    tokenCarrying: (p: { role: string }) => ({
      en: `a token carrying ${p.role}`,
      id: `token yang memuat ${p.role}`,
    }),
    officersOf: (p: { agencies: string }) => ({
      en: `officers of ${p.agencies}`,
      id: `petugas ${p.agencies}`,
    }),
    officersOfAndCoordinators: (p: { agency: string }) => ({
      en: `officers of ${p.agency} and the coordinators`,
      id: `petugas ${p.agency} dan koordinator`,
    }),
  }),
} as const;

/**
 * Thrown by routes and middleware to answer with an RFC 9457 problem: the HTTP status, a stable
 * code, the values its message names, and extra members for the body (`retryAfter` …).
 * `message` and `messageId` are the bare code: `toProblem` writes the title and detail in the
 * caller's language.
 *
 * @example
 * ```ts
 * throw new ApiProblem(428, 'precondition_required');
 * ```
 */
export class ApiProblem extends MppError {
  override readonly name = 'ApiProblem';
  /** The problem's code. */
  declare readonly code: ApiProblemCode;

  /**
   * @param status - the HTTP status.
   * @param code - the problem's code.
   * @param params - values named by the message and extra body members; a value given in every
   * locale (`{ en, id }`, such as the `who` of `forbidden_route`) is rendered in the caller's.
   * @param headers - response headers to add (`Retry-After`, `WWW-Authenticate`).
   * @throws never
   * @example
   * ```ts
   * new ApiProblem(429, 'rate_limited', { retryAfter: 12 }, { 'retry-after': '12' });
   * ```
   */
  constructor(
    readonly status: number,
    code: ApiProblemCode,
    readonly params: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code, { en: code, id: code });
  }
}
