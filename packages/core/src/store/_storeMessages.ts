/** English and Indonesian messages of the store's errors, keyed by error code. */
import { defineMessages, type LocaleText } from '@mpp-kit/schemas/issues';

/** The store's messages, one per error code. */
export const storeMessages = defineMessages({
  conflict: (p: {
    applicationId: string;
    expectedVersion: number;
    actualVersion: number;
  }): LocaleText => {
    const app = JSON.stringify(p.applicationId);
    if (p.expectedVersion === 0) {
      return {
        en: `Application ${app} already exists (version ${String(p.actualVersion)}).`,
        id: `Permohonan ${app} sudah ada (versi ${String(p.actualVersion)}).`,
      };
    }
    if (p.actualVersion === 0) {
      return {
        en: `Application ${app} does not exist (expected version ${String(p.expectedVersion)}).`,
        id: `Permohonan ${app} tidak ada (versi yang diharapkan ${String(p.expectedVersion)}).`,
      };
    }
    return {
      en:
        `Application ${app} is at version ${String(p.actualVersion)}, not ${String(p.expectedVersion)}: ` +
        `someone else changed it; reload it and try again.`,
      id:
        `Permohonan ${app} sudah pada versi ${String(p.actualVersion)}, bukan ${String(p.expectedVersion)}: ` +
        `pihak lain telah mengubahnya; muat ulang lalu coba lagi.`,
    };
  },
  io: (p: { detail: string }): LocaleText => ({
    en: `The application store failed: ${p.detail}`,
    id: `Penyimpanan permohonan gagal: ${p.detail}`,
  }),
  // `closed` takes the detail every other code takes, and says nothing of it.
  closed: (_p: { detail: string }): LocaleText => ({
    en: 'The application store is closed.',
    id: 'Penyimpanan permohonan sudah ditutup.',
  }),
  invalid_input: (p: { detail: string }): LocaleText => ({
    en: `Invalid input to the application store: ${p.detail}`,
    id: `Masukan ke penyimpanan permohonan tidak valid: ${p.detail}`,
  }),
  schema_mismatch: (p: { detail: string }): LocaleText => ({
    en: `The database schema does not match this version of @mpp-kit/core: ${p.detail}`,
    id: `Skema basis data tidak cocok dengan versi @mpp-kit/core ini: ${p.detail}`,
  }),
});
