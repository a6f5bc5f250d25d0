import type { Locale } from '@mpp-kit/schemas';
import { pageLabels } from '../labels/pageLabels.js';

/**
 * Words only the published service standard uses, in Indonesian and English. The words it shares
 * with the site and the exports come from `../labels`.
 */
export const standardLabels = {
  title: { id: 'Standar Pelayanan', en: 'Service Standard' },
  skip: pageLabels.skipToContent,
  notDeclared: { id: 'Belum dideklarasikan', en: 'Not declared' },
  notDeclaredNote: {
    id: 'Komponen ini wajib menurut PermenPANRB 15/2014; lengkapi konfigurasi layanan.',
    en: 'This component is required by PermenPANRB 15/2014; complete the service configuration.',
  },
  groups: {
    delivery: { id: 'A. Komponen penyampaian pelayanan', en: 'A. Service delivery' },
    management: { id: 'B. Komponen pengelolaan pelayanan', en: 'B. Service management' },
  },
  footer: {
    id: 'Disusun dari konfigurasi mal dengan mpp-kit. Komponen dan urutannya menurut UU 25/2009 dan PermenPANRB 15/2014.',
    en: 'Generated from the mall configuration by mpp-kit. Components and their order follow UU 25/2009 and PermenPANRB 15/2014.',
  },
  procedureDerived: {
    id: (name: string) =>
      `Diturunkan dari alur kerja "${name}"; tetapkan \`procedure\` pada layanan untuk menuliskan prosedur resmi.`,
    en: (name: string) =>
      `Derived from the workflow "${name}"; set \`procedure\` on the service to publish the official procedure.`,
  },
  system: { id: 'Sistem', en: 'System' },
  staff: {
    id: (n: number) => `${n} orang`,
    en: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
  },
  rounding: {
    none: { id: 'tanpa pembulatan', en: 'not rounded' },
    round: { id: 'dibulatkan ke rupiah terdekat', en: 'rounded to the nearest rupiah' },
    floor: { id: 'dibulatkan ke bawah ke rupiah', en: 'rounded down to whole rupiah' },
    ceil: { id: 'dibulatkan ke atas ke rupiah', en: 'rounded up to whole rupiah' },
  },
} as const satisfies Record<string, unknown> & { title: Readonly<Record<Locale, string>> };
