import { workflowStepKindLabels, type LocalizedText, type Role } from '@mpp-kit/schemas';
import { finalStates, templateRoles, type FinalState } from '@mpp-kit/workflows';
import type { LabelText } from './vocabularyLabels.js';

/**
 * What a step of each kind is called when the workflow gives it no name: `workflowStepKindLabels`
 * of `@mpp-kit/schemas`, where the step kinds are declared.
 *
 * @example
 * ```ts
 * stepKindLabels.payment.en; // 'Payment'
 * ```
 */
export const stepKindLabels = workflowStepKindLabels;

/**
 * The names of the final states of every lifecycle.
 *
 * @example
 * ```ts
 * finalStateLabels.issued.id; // 'Selesai, produk terbit'
 * ```
 */
export const finalStateLabels = {
  issued: { id: 'Selesai, produk terbit', en: 'Done, product issued' },
  rejected: { id: 'Ditolak', en: 'Refused' },
  withdrawn: { id: 'Dicabut pemohon', en: 'Withdrawn' },
  expired: { id: 'Kedaluwarsa', en: 'Expired' },
} as const satisfies Record<FinalState, LabelText>;

/**
 * `true` when `id` is one of the final states every lifecycle shares.
 *
 * @example
 * ```ts
 * isFinalStateId('withdrawn'); // true
 * isFinalStateId('payment'); // false
 * ```
 */
export function isFinalStateId(id: string): id is FinalState {
  return (finalStates as readonly string[]).includes(id);
}

const eventNames: Readonly<Record<string, LabelText>> = {
  SUBMIT: { id: 'Permohonan diajukan', en: 'Application submitted' },
  RECOUNT: { id: 'Tenggat dihitung ulang', en: 'Due dates counted again' },
  ACCEPT: { id: 'Berkas lengkap, diterima', en: 'Complete, accepted' },
  REJECT: { id: 'Ditolak', en: 'Refused' },
  APPROVE: { id: 'Disetujui', en: 'Approved' },
  RECOMMEND: { id: 'Direkomendasikan', en: 'Recommended' },
  COMPLETE: { id: 'Selesai diproses', en: 'Processed' },
  ISSUE: { id: 'Diterbitkan', en: 'Issued' },
  HAND_OVER: { id: 'Diserahkan', en: 'Handed over' },
  ASSESS: { id: 'Retribusi ditetapkan', en: 'Levy set' },
  PAID: { id: 'Dibayar', en: 'Paid' },
  REPORT: { id: 'Berita acara dibuat', en: 'Report written' },
  DECLARE: { id: 'Pernyataan mandiri dibuat', en: 'Self-declared' },
  VERIFY: { id: 'Terverifikasi', en: 'Verified' },
  ROUTE: { id: 'Diarahkan sesuai tingkat risiko', en: 'Routed by risk level' },
  RETURN: { id: 'Dikembalikan ke pemohon', en: 'Returned to the applicant' },
  RESUBMIT: { id: 'Diajukan kembali', en: 'Resubmitted' },
  WITHDRAW: { id: 'Dicabut pemohon', en: 'Withdrawn by the applicant' },
  EXTEND: { id: 'Waktu diperpanjang', en: 'Time extended' },
  TICK: { id: 'Waktu habis', en: 'Time ran out' },
};

/**
 * The name of a workflow event (`ACCEPT` → "Berkas lengkap, diterima"); an event the built-in
 * templates do not use keeps its code (`SITE_VISIT`), as the mall's officers know it.
 *
 * @example
 * ```ts
 * eventLabel('PAID').id; // 'Dibayar'
 * eventLabel('SITE_VISIT').en; // 'SITE_VISIT'
 * ```
 */
export function eventLabel(event: string): LabelText {
  return eventNames[event] ?? { id: event, en: event };
}

/**
 * The name of an officer role: the mall's own (`roles:`), else the built-in templates' name, else
 * the id with spaces. The applicant and the system have names of their own.
 *
 * @example
 * ```ts
 * roleLabel('front-office', []).id; // 'Petugas front office'
 * roleLabel('applicant', []).en; // 'Applicant'
 * ```
 */
export function roleLabel(
  role: string,
  roles: readonly Pick<Role, 'id' | 'name'>[],
): LocalizedText {
  if (role === 'applicant') return { id: 'Pemohon', en: 'Applicant' };
  if (role === 'system') return { id: 'Sistem', en: 'System' };
  const declared = roles.find((candidate) => candidate.id === role)?.name;
  if (declared !== undefined) return declared;
  const template = templateRoles.find((candidate) => candidate.id === role)?.name;
  return template ?? role.replace(/-/g, ' ');
}
