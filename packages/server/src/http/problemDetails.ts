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
import type { Locale } from '@mpp-kit/schemas';
import { ApiProblem, type ApiProblemCode } from './ApiProblem.js';

type Text = Readonly<Record<Locale, string>>;
type Params = Readonly<Record<string, unknown>>;

const str = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** Title and detail of the server's own problems, in English and Indonesian. */
const apiMessages: Readonly<Record<ApiProblemCode, (p: Params) => { title: Text; detail: Text }>> =
  {
    bad_request: (p) => ({
      title: { en: 'Bad request', id: 'Permintaan tidak sah' },
      detail: {
        en: `The request does not have the expected form: ${str(p['summary'])}. Fix it as the errors say and send it again.`,
        id: `Bentuk permintaan tidak sesuai: ${str(p['summary'])}. Perbaiki sesuai daftar kesalahan lalu kirim lagi.`,
      },
    }),
    unauthenticated: () => ({
      title: { en: 'Authentication required', id: 'Perlu autentikasi' },
      detail: {
        en: 'This needs a bearer token (Authorization: Bearer …): sign in, or get one with mpp token.',
        id: 'Ini memerlukan token bearer (Authorization: Bearer …): masuk dulu, atau buat token dengan mpp token.',
      },
    }),
    invalid_token: (p) => ({
      title: { en: 'Invalid token', id: 'Token tidak sah' },
      detail: {
        en: `The bearer token was refused (${str(p['reason'])}): it is expired, forged, or for another issuer, audience or mall. Sign in again.`,
        id: `Token bearer ditolak (${str(p['reason'])}): kedaluwarsa, palsu, atau untuk penerbit, audiens atau mal lain. Masuk lagi.`,
      },
    }),
    no_role: () => ({
      title: { en: 'No role', id: 'Tidak punya peran' },
      detail: {
        en: 'The token is valid but maps to no role @ agency of this mall, and its issuer does not admit applicants. Ask the administrator to map your role (mall.auth.issuers[].roles).',
        id: 'Token sah tetapi tidak dipetakan ke peran @ instansi mal ini, dan penerbitnya tidak menerima pemohon. Minta administrator memetakan peran Anda (mall.auth.issuers[].roles).',
      },
    }),
    forbidden_route: (p) => ({
      title: { en: 'Forbidden', id: 'Tidak diizinkan' },
      detail: {
        en: `${str(p['what'])} is open to ${str(p['who'])} only.`,
        id: `${str(p['what'])} hanya terbuka bagi ${str(p['whoId'])}.`,
      },
    }),
    not_found: (p) => ({
      title: { en: 'Not found', id: 'Tidak ditemukan' },
      detail: {
        en: `There is no application "${str(p['id'])}" that you may see. Check the id.`,
        id: `Tidak ada permohonan "${str(p['id'])}" yang boleh Anda lihat. Periksa id-nya.`,
      },
    }),
    notification_not_found: (p) => ({
      title: { en: 'Not found', id: 'Tidak ditemukan' },
      detail: {
        en: `There is no dead-lettered notification "${str(p['id'])}". Only dead notifications can be retried; list them with GET …/notifications?status=dead.`,
        id: `Tidak ada notifikasi gagal (dead letter) "${str(p['id'])}". Hanya notifikasi gagal yang dapat dicoba ulang; lihat daftarnya dengan GET …/notifications?status=dead.`,
      },
    }),
    route_not_found: (p) => ({
      title: { en: 'Not found', id: 'Tidak ditemukan' },
      detail: {
        en: `There is nothing at ${str(p['method'])} ${str(p['path'])}. The API is described at /openapi.json.`,
        id: `Tidak ada apa pun di ${str(p['method'])} ${str(p['path'])}. API dijelaskan di /openapi.json.`,
      },
    }),
    unknown_service: (p) => ({
      title: { en: 'Not found', id: 'Tidak ditemukan' },
      detail: {
        en: `The mall has no service "${str(p['id'])}". GET …/services lists them.`,
        id: `Mal tidak punya layanan "${str(p['id'])}". GET …/services mendaftarnya.`,
      },
    }),
    precondition_required: () => ({
      title: { en: 'Precondition required', id: 'Prasyarat diperlukan' },
      detail: {
        en: 'An action needs the header If-Match: "<version>" with the version of the application you saw (its ETag). Read the application and send its ETag.',
        id: 'Tindakan memerlukan header If-Match: "<versi>" berisi versi permohonan yang Anda lihat (ETag-nya). Baca permohonan lalu kirim ETag-nya.',
      },
    }),
    precondition_failed: (p) => ({
      title: { en: 'Precondition failed', id: 'Prasyarat gagal' },
      detail: {
        en: `The application is at version ${str(p['actualVersion'])}, not ${str(p['expectedVersion'])}: someone acted on it meanwhile. Read it again and decide again; nothing was written.`,
        id: `Permohonan sudah di versi ${str(p['actualVersion'])}, bukan ${str(p['expectedVersion'])}: ada yang bertindak lebih dulu. Baca lagi lalu putuskan lagi; tidak ada yang ditulis.`,
      },
    }),
    idempotency_key_reused: () => ({
      title: { en: 'Idempotency key reused', id: 'Kunci idempotensi dipakai ulang' },
      detail: {
        en: 'This Idempotency-Key was already used for a different request body. Use a new key for a new application.',
        id: 'Idempotency-Key ini sudah dipakai untuk isi permintaan yang berbeda. Pakai kunci baru untuk permohonan baru.',
      },
    }),
    payload_too_large: (p) => ({
      title: { en: 'Payload too large', id: 'Isi terlalu besar' },
      detail: {
        en: `The request body is larger than ${str(p['limit'])} bytes. Send documents by reference, not inline.`,
        id: `Isi permintaan lebih dari ${str(p['limit'])} bita. Kirim dokumen sebagai rujukan, bukan di dalam isi.`,
      },
    }),
    rate_limited: (p) => ({
      title: { en: 'Too many requests', id: 'Terlalu banyak permintaan' },
      detail: {
        en: `Too many requests from you; try again in ${str(p['retryAfter'])} seconds.`,
        id: `Terlalu banyak permintaan dari Anda; coba lagi dalam ${str(p['retryAfter'])} detik.`,
      },
    }),
    not_ready: () => ({
      title: { en: 'Not ready', id: 'Belum siap' },
      detail: {
        en: 'A store does not answer; the server cannot serve requests now.',
        id: 'Sebuah penyimpanan tidak menjawab; server belum dapat melayani permintaan.',
      },
    }),
    internal: () => ({
      title: { en: 'Internal error', id: 'Kesalahan internal' },
      detail: {
        en: 'The server failed; the error is in its log under this request id. Nothing you did caused it.',
        id: 'Server gagal; kesalahannya ada di log dengan id permintaan ini. Bukan karena tindakan Anda.',
      },
    }),
  };

const coreTitles: Readonly<Record<string, Text>> = {
  validation: { en: 'Invalid request', id: 'Permintaan tidak valid' },
  forbidden: { en: 'Forbidden', id: 'Tidak diizinkan' },
  not_found: { en: 'Not found', id: 'Tidak ditemukan' },
  conflict: { en: 'Conflict', id: 'Konflik' },
  invalid_action: { en: 'Action not possible now', id: 'Tindakan tidak dapat dilakukan sekarang' },
  full: { en: 'No ticket left', id: 'Tiket habis' },
  closed: { en: 'Queue closed', id: 'Antrean tutup' },
};

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
    const text = apiMessages[error.code](error.params);
    const extra = Object.fromEntries(
      Object.entries(error.params).filter(([key]) => key !== 'summary'),
    );
    return problem(
      error.status,
      error.code,
      text.title[locale],
      text.detail[locale],
      extra,
      error.headers,
    );
  }
  const core = (status: number, e: Error & { code: string; messageId: string }, extra = {}) =>
    problem(
      status,
      e.code,
      coreTitles[e.code]?.[locale] ?? e.code,
      locale === 'id' ? e.messageId : e.message,
      extra,
    );
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
