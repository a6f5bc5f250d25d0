/** English and Indonesian messages of the runtime's errors and log entries. */
import { defineMessages, localizeIssue, type Issue, type LocaleText } from '@mpp-kit/schemas';
import { formatActor, type AllowedActor } from '@mpp-kit/workflows';
import type { RuntimeOptionsProblem } from './errors.js';
import { maskNikInText } from './maskNik.js';

const who = (actor: { readonly role: string; readonly agency?: string | undefined }): string =>
  actor.role === 'applicant' ? 'applicant' : `${actor.role}@${actor.agency ?? '?'}`;

const list = (allowed: readonly AllowedActor[], none: string): string =>
  allowed.length === 0 ? none : allowed.map(formatActor).join(', ');

/** Why a {@link ForbiddenError} refused; see `forbiddenReasons`. */
export type ForbiddenReasonText = 'not_applicant' | 'other_agency' | 'no_agency' | 'not_allowed';

/** Masks any NIK-like number a caller put in an id, a type or a detail. */
function safe<P>(render: (p: P) => LocaleText): (p: P) => LocaleText {
  return (p) => {
    const text = render(p);
    return { en: maskNikInText(text.en), id: maskNikInText(text.id) };
  };
}

/** An issue as the validation message names it: `path: message` ('' for none). */
const located = (issue: Issue | undefined): string =>
  issue === undefined
    ? ''
    : `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;

/** The runtime's messages; no message ever shows a full NIK. */
export const runtimeMessages = defineMessages({
  // The issues are English (as the runtime makes them); the first is rendered again in Indonesian.
  validation: safe((p: { issues: readonly Issue[] }): LocaleText => {
    const count = p.issues.length;
    const first = p.issues[0];
    return {
      en: `The request was refused, nothing was written: ${String(count)} problem${count === 1 ? '' : 's'}, first: ${located(first)}`,
      id: `Permintaan ditolak, tidak ada yang disimpan: ${String(count)} masalah, yang pertama: ${located(first === undefined ? undefined : localizeIssue(first, 'id'))}`,
    };
  }),
  forbidden: safe(
    (p: {
      applicationId: string;
      action: string;
      actor: { readonly role: string; readonly agency?: string | undefined };
      allowed: readonly AllowedActor[];
      reason: ForbiddenReasonText;
    }): LocaleText => {
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
    }): LocaleText => {
      const app = JSON.stringify(p.applicationId);
      const expected = p.expected.length === 0 ? null : p.expected.join(', ');
      if (p.detail === 'wrong_state') {
        return {
          en: `Application ${app} is in "${p.state}", which does not take ${p.action}${expected === null ? ' (no action is possible)' : `; it takes ${expected}`}. Nothing was written.`,
          id: `Permohonan ${app} berada pada "${p.state}", yang tidak menerima ${p.action}${expected === null ? ' (tidak ada tindakan yang mungkin)' : `; yang diterima: ${expected}`}. Tidak ada yang disimpan.`,
        };
      }
      const details: Readonly<Record<string, LocaleText>> = {
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
  notFound: safe((p: { applicationId: string }): LocaleText => ({
    en: `There is no application ${JSON.stringify(p.applicationId)}.`,
    id: `Tidak ada permohonan ${JSON.stringify(p.applicationId)}.`,
  })),
  runtimeOptions: (p: RuntimeOptionsProblem): LocaleText => {
    const stores =
      'createMemoryStore(), createSqliteStore({ file }) or await createPostgresStore({ connectionString })';
    const toko =
      'createMemoryStore(), createSqliteStore({ file }) atau await createPostgresStore({ connectionString })';
    switch (p.kind) {
      case 'mall_result':
        return {
          en: 'createMallRuntime(mall, options): the first argument is the result of loadMall(), not the mall. Check result.ok, then pass result.mall.',
          id: 'createMallRuntime(mall, options): argumen pertama adalah hasil loadMall(), bukan malnya. Periksa result.ok, lalu berikan result.mall.',
        };
      case 'mall':
        return {
          en: 'createMallRuntime(mall, options): the first argument is not a loaded mall (it has no "mall" section or no "services" list). Pass the "mall" of a successful loadMall() result.',
          id: 'createMallRuntime(mall, options): argumen pertama bukan mal yang telah dimuat (tidak ada bagian "mall" atau daftar "services"). Berikan "mall" dari hasil loadMall() yang berhasil.',
        };
      case 'options':
        return {
          en: `createMallRuntime(mall, options): options is ${p.actual.en}, not an object. Pass at least { store }, e.g. { store: ${stores.split(', ')[0] ?? ''} }.`,
          id: `createMallRuntime(mall, options): options berupa ${p.actual.id}, bukan objek. Berikan setidaknya { store }, misalnya { store: ${toko.split(', ')[0] ?? ''} }.`,
        };
      case 'store_missing':
        return {
          en: `createMallRuntime: options.store is missing. Give the store applications are kept in: ${stores}.`,
          id: `createMallRuntime: options.store tidak ada. Berikan penyimpanan permohonan: ${toko}.`,
        };
      case 'store_promise':
        return {
          en: 'createMallRuntime: options.store is a Promise, not a store. createPostgresStore() is asynchronous: await it first (const store = await createPostgresStore({ connectionString })), then pass the store.',
          id: 'createMallRuntime: options.store berupa Promise, bukan penyimpanan. createPostgresStore() bersifat asinkron: tunggu dulu dengan await (const store = await createPostgresStore({ connectionString })), lalu berikan penyimpanannya.',
        };
      case 'store_methods':
        return {
          en: `createMallRuntime: options.store is not a store: it has no ${p.missing.join('(), ')}() method. Pass ${stores}, or an object that implements MallStore.`,
          id: `createMallRuntime: options.store bukan penyimpanan: tidak ada metode ${p.missing.join('(), ')}(). Berikan ${toko}, atau objek yang mengimplementasikan MallStore.`,
        };
      case 'not_function':
        return {
          en: `createMallRuntime: options.${p.option} is ${p.actual.en}, not a function. ${p.example.en}`,
          id: `createMallRuntime: options.${p.option} berupa ${p.actual.id}, bukan fungsi. ${p.example.id}`,
        };
      case 'calendar':
        return {
          en: "createMallRuntime: options.calendar is not a working-day calendar. Leave it out (the mall's calendars are used) or pass createMallCalendar(mall).",
          id: 'createMallRuntime: options.calendar bukan kalender hari kerja. Hapus opsi ini (kalender mal yang dipakai) atau berikan createMallCalendar(mall).',
        };
      case 'clock_value':
        return {
          en: `The runtime's clock (options.clock) returned ${p.actual.en}, not an instant. It must return a Date or an ISO 8601 string with Z or an offset, such as () => new Date().`,
          id: `Jam runtime (options.clock) mengembalikan ${p.actual.id}, bukan sebuah waktu. Jam harus mengembalikan Date atau teks ISO 8601 dengan Z atau offset, misalnya () => new Date().`,
        };
    }
  },
  definitionMismatch: safe((p: { applicationId: string; detail: string }): LocaleText => ({
    en: `The lifecycle definition stored with application ${JSON.stringify(p.applicationId)} cannot be used: ${p.detail}`,
    id: `Definisi alur yang tersimpan bersama permohonan ${JSON.stringify(p.applicationId)} tidak dapat digunakan: ${p.detail}`,
  })),
});
