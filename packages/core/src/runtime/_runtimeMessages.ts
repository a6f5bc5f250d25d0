/** English and Indonesian messages of the runtime's errors and log entries. */
import { formatActor, type AllowedActor } from '@mpp-kit/workflows';
import { maskNikInText } from './maskNik.js';

/** A message in both locales. */
export interface RuntimeMessage {
  readonly en: string;
  readonly id: string;
}

const who = (actor: { readonly role: string; readonly agency?: string | undefined }): string =>
  actor.role === 'applicant' ? 'applicant' : `${actor.role}@${actor.agency ?? '?'}`;

const list = (allowed: readonly AllowedActor[], none: string): string =>
  allowed.length === 0 ? none : allowed.map(formatActor).join(', ');

/** Why a {@link ForbiddenError} refused; see `forbiddenReasons`. */
export type ForbiddenReasonText = 'not_applicant' | 'other_agency' | 'no_agency' | 'not_allowed';

/** Masks any NIK-like number a caller put in an id, a type or a detail. */
function safe<P>(render: (p: P) => RuntimeMessage): (p: P) => RuntimeMessage {
  return (p) => {
    const text = render(p);
    return { en: maskNikInText(text.en), id: maskNikInText(text.id) };
  };
}

/** Message renderers of the runtime's errors; no message ever shows a full NIK. */
export const runtimeMessages = {
  validation: safe((p: { count: number; first: string; firstId: string }): RuntimeMessage => ({
    en: `The request was refused, nothing was written: ${String(p.count)} problem${p.count === 1 ? '' : 's'}, first: ${p.first}`,
    id: `Permintaan ditolak, tidak ada yang disimpan: ${String(p.count)} masalah, yang pertama: ${p.firstId}`,
  })),
  forbidden: safe(
    (p: {
      applicationId: string;
      action: string;
      actor: { readonly role: string; readonly agency?: string | undefined };
      allowed: readonly AllowedActor[];
      reason: ForbiddenReasonText;
    }): RuntimeMessage => {
      const app = JSON.stringify(p.applicationId);
      const because = {
        not_applicant: {
          en: 'an applicant acts only on their own application',
          id: 'pemohon hanya dapat bertindak atas permohonannya sendiri',
        },
        other_agency: {
          en: `agency ${p.actor.agency ?? '?'} takes no part in this application`,
          id: `instansi ${p.actor.agency ?? '?'} tidak terlibat dalam permohonan ini`,
        },
        no_agency: {
          en: 'an officer must act for an agency',
          id: 'petugas harus bertindak atas nama sebuah instansi',
        },
        not_allowed: {
          en: `${who(p.actor)} may not send it`,
          id: `${who(p.actor)} tidak berwenang mengirimnya`,
        },
      }[p.reason];
      return {
        en: `Forbidden: ${p.action} on application ${app} refused (${because.en}); allowed: ${list(p.allowed, 'nobody now')}. Nothing was written.`,
        id: `Ditolak: ${p.action} pada permohonan ${app} tidak diizinkan (${because.id}); yang berwenang: ${list(p.allowed, 'tidak ada saat ini')}. Tidak ada yang disimpan.`,
      };
    },
  ),
  invalidAction: safe(
    (p: {
      applicationId: string;
      action: string;
      state: string;
      detail: string;
      expected: readonly string[];
    }): RuntimeMessage => {
      const app = JSON.stringify(p.applicationId);
      const expected = p.expected.length === 0 ? null : p.expected.join(', ');
      if (p.detail === 'wrong_state') {
        return {
          en: `Application ${app} is in "${p.state}", which does not take ${p.action}${expected === null ? ' (no action is possible)' : `; it takes ${expected}`}. Nothing was written.`,
          id: `Permohonan ${app} berada pada "${p.state}", yang tidak menerima ${p.action}${expected === null ? ' (tidak ada tindakan yang mungkin)' : `; yang diterima: ${expected}`}. Tidak ada yang disimpan.`,
        };
      }
      const details: Readonly<Record<string, RuntimeMessage>> = {
        time_out_of_order: {
          en: 'its time is before the last event of the application',
          id: 'waktunya sebelum peristiwa terakhir permohonan',
        },
        reason_required: { en: 'it needs a reason', id: 'tindakan ini memerlukan alasan' },
        already_voted: {
          en: 'this agency has already voted in this round',
          id: 'instansi ini sudah memberikan suara pada putaran ini',
        },
        max_rounds: {
          en: 'no return for correction is left',
          id: 'batas pengembalian berkas sudah habis',
        },
        beyond_legal_max: {
          en: 'the extension needs a whole number of days within the legal maximum',
          id: 'perpanjangan memerlukan jumlah hari bulat dalam batas maksimum menurut peraturan',
        },
        no_branch: {
          en: 'no branch of the lifecycle matches this application',
          id: 'tidak ada cabang alur yang cocok dengan permohonan ini',
        },
        calendar_error: {
          en: 'a due date would fall outside the years the calendar covers',
          id: 'tanggal jatuh tempo akan berada di luar tahun yang dicakup kalender',
        },
        guard: { en: 'the lifecycle refuses it now', id: 'alur menolaknya saat ini' },
      };
      const detail = details[p.detail] ?? details['guard'] ?? { en: '', id: '' };
      return {
        en: `${p.action} on application ${app} (in "${p.state}") was refused: ${detail.en}. Nothing was written.`,
        id: `${p.action} pada permohonan ${app} (pada "${p.state}") ditolak: ${detail.id}. Tidak ada yang disimpan.`,
      };
    },
  ),
  notFound: safe((p: { applicationId: string }): RuntimeMessage => ({
    en: `There is no application ${JSON.stringify(p.applicationId)}.`,
    id: `Tidak ada permohonan ${JSON.stringify(p.applicationId)}.`,
  })),
  definitionMismatch: safe((p: { applicationId: string; detail: string }): RuntimeMessage => ({
    en: `The lifecycle definition stored with application ${JSON.stringify(p.applicationId)} cannot be used: ${p.detail}`,
    id: `Definisi alur yang tersimpan bersama permohonan ${JSON.stringify(p.applicationId)} tidak dapat digunakan: ${p.detail}`,
  })),
} as const;
