import { defineMessages, MppError, type LocaleText } from '@mpp-kit/schemas';

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
 * The parameters of each {@link ApiProblem} code: the values its message names and the members
 * it adds to the problem's body.
 *
 * @example
 * ```ts
 * const params: ApiProblemParams['rate_limited'] = { retryAfter: 12 };
 * ```
 */
export interface ApiProblemParams {
  readonly bad_request: {
    readonly summary: string;
    /** The problems of a body that does not have the expected form, each with its path. */
    readonly errors?: readonly {
      readonly path: readonly (string | number)[];
      readonly message: string;
    }[];
  };
  readonly unauthenticated: Readonly<Record<string, never>>;
  readonly invalid_token: { readonly reason: string };
  readonly no_role: Readonly<Record<string, never>>;
  /**
   * `what` and `who` are given in every locale, and rendered in the caller's (see
   * `forbiddenSubjects` and `forbiddenAudiences`).
   */
  readonly forbidden_route: { readonly what: LocaleText; readonly who: LocaleText };
  readonly not_found: { readonly id: string };
  readonly route_not_found: { readonly method: string; readonly path: string };
  readonly notification_not_found: { readonly id: string };
  readonly unknown_service: { readonly id: string };
  readonly precondition_required: Readonly<Record<string, never>>;
  readonly precondition_failed: {
    readonly expectedVersion: number;
    readonly actualVersion: number;
  };
  readonly idempotency_key_reused: Readonly<Record<string, never>>;
  readonly payload_too_large: { readonly limit: number };
  readonly rate_limited: { readonly retryAfter: number };
  readonly not_ready: Readonly<Record<string, never>>;
  readonly internal: Readonly<Record<string, never>>;
}

/**
 * What follows the status in `new ApiProblem(status, …)`: a code, that code's parameters (which
 * a code without any may leave out) and response headers to add.
 *
 * @example
 * ```ts
 * const args: ApiProblemArguments = ['not_found', { id: 'a-1' }];
 * ```
 */
export type ApiProblemArguments = {
  [C in ApiProblemCode]: ApiProblemParams[C] extends Readonly<Record<string, never>>
    ? [
        code: C,
        params?: Readonly<Record<string, never>>,
        headers?: Readonly<Record<string, string>>,
      ]
    : [code: C, params: ApiProblemParams[C], headers?: Readonly<Record<string, string>>];
}[ApiProblemCode];

/**
 * What a route guards, for the `what` of a `forbidden_route` problem: a text in every locale
 * (`forbiddenSubjects.inbox`, or `renderEveryLocale(forbiddenSubjects.queueOf, …)`) that
 * `toProblem` renders in the caller's language.
 *
 * @example
 * ```ts
 * new ApiProblem(403, 'forbidden_route', {
 *   what: forbiddenSubjects.inbox,
 *   who: forbiddenAudiences.officers,
 * });
 * ```
 */
export const forbiddenSubjects = {
  inbox: { en: 'The inbox', id: 'Kotak masuk' },
  riskLevel: { en: 'Setting the risk level', id: 'Penetapan tingkat risiko' },
  complaints: { en: 'Complaints', id: 'Pengaduan' },
  notificationOutbox: { en: 'The notification outbox', id: 'Kotak keluar notifikasi' },
  notificationRetry: { en: 'Retrying a notification', id: 'Pengiriman ulang notifikasi' },
  complianceReport: { en: 'The compliance report', id: 'Laporan kepatuhan' },
  wogAssessment: { en: 'The WoG assessment', id: 'Penilaian WoG' },
  queueStatistics: { en: 'The queue statistics', id: 'Statistik antrean' },
  complaintReport: { en: 'The complaint report', id: 'Laporan pengaduan' },
  ...defineMessages({
    actingAs: (p: { role: string }) => ({
      en: `Acting as ${p.role}`,
      id: `Bertindak sebagai ${p.role}`,
    }),
    registering: (p: { serviceId: string }) => ({
      en: `Registering a ${p.serviceId} application`,
      id: `Pendaftaran permohonan ${p.serviceId}`,
    }),
    applicationsOf: (p: { agency: string }) => ({
      en: `The applications of ${p.agency}`,
      id: `Permohonan ${p.agency}`,
    }),
    queueOf: (p: { counterId: string }) => ({
      en: `The queue of ${p.counterId}`,
      id: `Antrean ${p.counterId}`,
    }),
  }),
} as const;

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

  /** The HTTP status. */
  readonly status: number;
  /** The values its message names, and members for the body ({@link ApiProblemParams}). */
  readonly params: Readonly<Record<string, unknown>>;
  /** Response headers to add (`Retry-After`, `WWW-Authenticate`). */
  readonly headers: Readonly<Record<string, string>>;

  /**
   * @param status - the HTTP status.
   * @param args - the problem's code, then the values its message names and extra body members
   * ({@link ApiProblemParams}; a code without any may leave them out), then response headers to
   * add (`Retry-After`, `WWW-Authenticate`).
   * @throws never
   * @example
   * ```ts
   * new ApiProblem(429, 'rate_limited', { retryAfter: 12 }, { 'retry-after': '12' });
   * ```
   */
  constructor(status: number, ...args: ApiProblemArguments) {
    const [code, params = {}, headers = {}] = args;
    super(code, { en: code, id: code });
    this.status = status;
    this.params = params;
    this.headers = headers;
  }
}
