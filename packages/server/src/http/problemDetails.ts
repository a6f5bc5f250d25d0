import {
  FloorError,
  type FloorErrorCode,
  ConflictError,
  DefinitionMismatchError,
  ForbiddenError,
  InvalidActionError,
  maskNikInText,
  NotFoundError,
  StoreError,
  ValidationError,
} from '@mpp-kit/core';
import {
  defineMessages,
  localize,
  type Locale,
  type LocaleText,
  type LocalizedMessage,
  type MppError,
} from '@mpp-kit/schemas';
import { ApiProblem, type ApiProblemCode, type ApiProblemParams } from './ApiProblem.js';

type Params = Readonly<Record<string, unknown>>;

/** The codes of core's errors that `toProblem` passes through (runtime and desks). */
type CoreProblemCode = FloorErrorCode | 'validation' | 'forbidden' | 'conflict' | 'invalid_action';

const forbiddenTitle: LocaleText = { en: 'Forbidden', id: 'Tidak diizinkan' };
const notFoundTitle: LocaleText = { en: 'Not found', id: 'Tidak ditemukan' };

/**
 * The title of every problem code a response can carry, the server's own and core's, in English
 * and Indonesian.
 */
export const problemTitles: Readonly<Record<ApiProblemCode | CoreProblemCode, LocaleText>> = {
  bad_request: { en: 'Bad request', id: 'Permintaan tidak sah' },
  unauthenticated: { en: 'Authentication required', id: 'Perlu autentikasi' },
  invalid_token: { en: 'Invalid token', id: 'Token tidak sah' },
  no_role: { en: 'No role', id: 'Tidak punya peran' },
  forbidden_route: forbiddenTitle,
  forbidden: forbiddenTitle,
  not_found: notFoundTitle,
  notification_not_found: notFoundTitle,
  route_not_found: notFoundTitle,
  unknown_service: notFoundTitle,
  precondition_required: { en: 'Precondition required', id: 'Prasyarat diperlukan' },
  precondition_failed: { en: 'Precondition failed', id: 'Prasyarat gagal' },
  idempotency_key_reused: { en: 'Idempotency key reused', id: 'Kunci idempotensi dipakai ulang' },
  payload_too_large: { en: 'Payload too large', id: 'Isi terlalu besar' },
  rate_limited: { en: 'Too many requests', id: 'Terlalu banyak permintaan' },
  not_ready: { en: 'Not ready', id: 'Belum siap' },
  internal: { en: 'Internal error', id: 'Kesalahan internal' },
  validation: { en: 'Invalid request', id: 'Permintaan tidak valid' },
  conflict: { en: 'Conflict', id: 'Konflik' },
  invalid_action: { en: 'Action not possible now', id: 'Tindakan tidak dapat dilakukan sekarang' },
  full: { en: 'No ticket left', id: 'Tiket habis' },
  closed: { en: 'Queue closed', id: 'Antrean tutup' },
};

/** The detail of each of the server's own problems, in English and Indonesian. */
export const apiProblemDetails = defineMessages<{
  readonly [C in ApiProblemCode]: (p: ApiProblemParams[C]) => LocaleText;
}>({
  bad_request: (p) => ({
    en: `The request does not have the expected form: ${p.summary}. Fix it as the errors say and send it again.`,
    id: `Bentuk permintaan tidak sesuai: ${p.summary}. Perbaiki sesuai daftar kesalahan lalu kirim lagi.`,
  }),
  unauthenticated: () => ({
    en: 'This needs a bearer token (Authorization: Bearer …): sign in, or get one with mpp token.',
    id: 'Ini memerlukan token bearer (Authorization: Bearer …): masuk dulu, atau buat token dengan mpp token.',
  }),
  invalid_token: (p) => ({
    en: `The bearer token was refused (${p.reason}): it is expired, forged, or for another issuer, audience or mall. Sign in again.`,
    id: `Token bearer ditolak (${p.reason}): kedaluwarsa, palsu, atau untuk penerbit, audiens atau mal lain. Masuk lagi.`,
  }),
  no_role: () => ({
    en: 'The token is valid but maps to no role @ agency of this mall, and its issuer does not admit applicants. Ask the administrator to map your role (mall.auth.issuers[].roles).',
    id: 'Token sah tetapi tidak dipetakan ke peran @ instansi mal ini, dan penerbitnya tidak menerima pemohon. Minta administrator memetakan peran Anda (mall.auth.issuers[].roles).',
  }),
  forbidden_route: (p) => ({
    en: `${localize(p.what, 'en')} is open to ${localize(p.who, 'en')} only.`,
    id: `${localize(p.what, 'id')} hanya terbuka bagi ${localize(p.who, 'id')}.`,
  }),
  not_found: (p) => ({
    en: `There is no application "${p.id}" that you may see. Check the id.`,
    id: `Tidak ada permohonan "${p.id}" yang boleh Anda lihat. Periksa id-nya.`,
  }),
  notification_not_found: (p) => ({
    en: `There is no dead-lettered notification "${p.id}". Only dead notifications can be retried; list them with GET …/notifications?status=dead.`,
    id: `Tidak ada notifikasi gagal (dead letter) "${p.id}". Hanya notifikasi gagal yang dapat dicoba ulang; lihat daftarnya dengan GET …/notifications?status=dead.`,
  }),
  route_not_found: (p) => ({
    en: `There is nothing at ${p.method} ${p.path}. The API is described at /openapi.json.`,
    id: `Tidak ada apa pun di ${p.method} ${p.path}. API dijelaskan di /openapi.json.`,
  }),
  unknown_service: (p) => ({
    en: `The mall has no service "${p.id}". GET …/services lists them.`,
    id: `Mal tidak punya layanan "${p.id}". GET …/services mendaftarnya.`,
  }),
  precondition_required: () => ({
    en: 'An action needs the header If-Match: "<version>" with the version of the application you saw (its ETag). Read the application and send its ETag.',
    id: 'Tindakan memerlukan header If-Match: "<versi>" berisi versi permohonan yang Anda lihat (ETag-nya). Baca permohonan lalu kirim ETag-nya.',
  }),
  precondition_failed: (p) => ({
    en: `The application is at version ${String(p.actualVersion)}, not ${String(p.expectedVersion)}: someone acted on it meanwhile. Read it again and decide again; nothing was written.`,
    id: `Permohonan sudah di versi ${String(p.actualVersion)}, bukan ${String(p.expectedVersion)}: ada yang bertindak lebih dulu. Baca lagi lalu putuskan lagi; tidak ada yang ditulis.`,
  }),
  idempotency_key_reused: () => ({
    en: 'This Idempotency-Key was already used for a different request body. Use a new key for a new application.',
    id: 'Idempotency-Key ini sudah dipakai untuk isi permintaan yang berbeda. Pakai kunci baru untuk permohonan baru.',
  }),
  payload_too_large: (p) => ({
    en: `The request body is larger than ${String(p.limit)} bytes. Send documents by reference, not inline.`,
    id: `Isi permintaan lebih dari ${String(p.limit)} bita. Kirim dokumen sebagai rujukan, bukan di dalam isi.`,
  }),
  rate_limited: (p) => ({
    en: `Too many requests from you; try again in ${String(p.retryAfter)} seconds.`,
    id: `Terlalu banyak permintaan dari Anda; coba lagi dalam ${String(p.retryAfter)} detik.`,
  }),
  not_ready: () => ({
    en: 'A store does not answer; the server cannot serve requests now.',
    id: 'Sebuah penyimpanan tidak menjawab; server belum dapat melayani permintaan.',
  }),
  internal: () => ({
    en: 'The server failed; the error is in its log under this request id. Nothing you did caused it.',
    id: 'Server gagal; kesalahannya ada di log dengan id permintaan ini. Bukan karena tindakan Anda.',
  }),
});

/** The status of each queue or complaint desk error. */
const floorStatus: Readonly<Record<FloorErrorCode, number>> = {
  validation: 422,
  not_found: 404,
  invalid_action: 409,
  forbidden: 403,
  conflict: 412,
  full: 409,
  closed: 409,
};

/** Whether a value is a text in every locale (`{ en, id }`). */
const isLocaleText = (value: unknown): value is LocaleText =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<LocaleText>).en === 'string' &&
  typeof (value as Partial<LocaleText>).id === 'string';

/** A problem's values as its body carries them: a text given in every locale in the caller's. */
const inLocale = (params: Params, locale: Locale): Params =>
  Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      isLocaleText(value) ? localize(value, locale) : value,
    ]),
  );

/**
 * An RFC 9457 problem: `application/problem+json` body, status, and headers to add.
 *
 * @example
 * ```ts
 * const problem: Problem = { status: 404, headers: {}, body: { type: 'urn:mpp-kit:problem:not_found', title: 'Not found', status: 404, code: 'not_found', detail: '…' } };
 * ```
 */
export interface Problem {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: {
    readonly type: string;
    readonly title: string;
    readonly status: number;
    readonly code: string;
    readonly detail: string;
    readonly [member: string]: unknown;
  };
}

function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Problem {
  return {
    status,
    headers,
    body: {
      type: `urn:mpp-kit:problem:${code}`,
      title,
      status,
      code,
      // The last line of defence: no NIK in any response.
      detail: maskNikInText(detail),
      ...extra,
    },
  };
}

/**
 * Turns anything a route threw into an RFC 9457 problem in the caller's language, with the
 * library's error code and the data a client needs (the issues of a 422, who would have been
 * allowed on a 403, the versions on a 412, the actions possible on a 409). Statuses: `ApiProblem`
 * its own; `ValidationError` 422; `ForbiddenError` 403; `NotFoundError` 404;
 * `InvalidActionError` 409; `ConflictError` 409 (412 when the route answers an If-Match);
 * `StoreError` 400 (`invalid_input`, a bad cursor) or 503; anything else 500, with nothing of the
 * error in the body. Messages never carry a NIK.
 *
 * @param error - what was thrown.
 * @param locale - the caller's language.
 * @returns the problem.
 * @example
 * ```ts
 * const { status, body } = toProblem(new NotFoundError('a-1'), 'id');
 * body.title; // 'Tidak ditemukan'
 * ```
 */
export function toProblem(error: unknown, locale: Locale): Problem {
  if (error instanceof ApiProblem) {
    const detail = apiProblemDetails[error.code] as LocalizedMessage<Params>;
    const extra = Object.fromEntries(
      Object.entries(inLocale(error.params, locale)).filter(([key]) => key !== 'summary'),
    );
    return problem(
      error.status,
      error.code,
      localize(problemTitles[error.code], locale),
      detail[locale](error.params),
      extra,
      error.headers,
    );
  }
  const core = (status: number, e: MppError, extra = {}) => {
    const known = Object.hasOwn(problemTitles, e.code);
    return problem(
      status,
      e.code,
      known ? localize(problemTitles[e.code as CoreProblemCode], locale) : e.code,
      e.localizedMessage(locale),
      extra,
    );
  };
  if (error instanceof ValidationError) {
    return core(422, error, {
      errors: error.localizedIssues(locale).map((issue) => ({
        code: issue.code,
        path: issue.path,
        message: maskNikInText(issue.message),
        ...(issue.hint === undefined ? {} : { hint: maskNikInText(issue.hint) }),
      })),
    });
  }
  if (error instanceof ForbiddenError)
    return core(403, error, { action: error.action, allowed: error.allowed, reason: error.reason });
  if (error instanceof NotFoundError)
    return toProblem(new ApiProblem(404, 'not_found', { id: error.applicationId }), locale);
  if (error instanceof InvalidActionError) {
    return core(409, error, {
      action: error.action,
      state: error.state,
      detailCode: error.detail,
      allowedActions: error.allowedActions,
    });
  }
  if (error instanceof ConflictError) {
    return core(409, error, {
      expectedVersion: error.expectedVersion,
      actualVersion: error.actualVersion,
    });
  }
  if (error instanceof StoreError && error.code === 'invalid_input') {
    return toProblem(new ApiProblem(400, 'bad_request', { summary: error.detail }), locale);
  }
  if (error instanceof StoreError && (error.code === 'io' || error.code === 'closed')) {
    return toProblem(new ApiProblem(503, 'not_ready'), locale);
  }
  if (error instanceof DefinitionMismatchError)
    return toProblem(new ApiProblem(500, 'internal'), locale);
  if (error instanceof FloorError) return core(floorStatus[error.code], error);
  return toProblem(new ApiProblem(500, 'internal'), locale);
}

/**
 * The language of a response from the `Accept-Language` header: the first of `id` and `en` the
 * caller accepts (by q-value), else `fallback` (the mall's first locale, or Indonesian).
 *
 * @param header - the header, if any.
 * @param fallback - the default.
 * @returns `id` or `en`.
 * @example
 * ```ts
 * pickLocale('en-US,en;q=0.9,id;q=0.8', 'id'); // 'en'
 * ```
 */
export function pickLocale(header: string | undefined, fallback: Locale): Locale {
  if (header === undefined) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'id' || tag === 'in') return 'id';
    if (tag === 'en') return 'en';
    if (tag === '*') return fallback;
  }
  return fallback;
}
