import type { LabelText } from './vocabularyLabels.js';

/** Names of the life events malls commonly tag services with; other ids are named by their words. */
const lifeEvents: Readonly<Record<string, LabelText>> = {
  birth: { id: 'Kelahiran', en: 'Birth' },
  childhood: { id: 'Anak', en: 'Childhood' },
  adulthood: { id: 'Dewasa (KTP)', en: 'Coming of age' },
  marriage: { id: 'Perkawinan', en: 'Marriage' },
  death: { id: 'Kematian', en: 'Death' },
  moving: { id: 'Pindah tempat tinggal', en: 'Moving house' },
  health: { id: 'Kesehatan', en: 'Health' },
  'health-practice': { id: 'Praktik tenaga kesehatan', en: 'Health practice' },
  employment: { id: 'Pekerjaan', en: 'Employment' },
  retirement: { id: 'Pensiun', en: 'Retirement' },
  business: { id: 'Usaha', en: 'Business' },
  building: { id: 'Bangunan', en: 'Building' },
  land: { id: 'Tanah', en: 'Land' },
  transport: { id: 'Angkutan', en: 'Transport' },
  driving: { id: 'Mengemudi (SIM)', en: 'Driving' },
  'travel-abroad': { id: 'Bepergian ke luar negeri', en: 'Travelling abroad' },
  education: { id: 'Pendidikan', en: 'Education' },
};

/**
 * The name of a life event id (`lifeEvents` of a service); an id without a known name is shown by
 * its words, capitalised.
 *
 * @example
 * ```ts
 * lifeEventLabel('travel-abroad').id; // 'Bepergian ke luar negeri'
 * lifeEventLabel('sea-fishing').en; // 'Sea fishing'
 * ```
 */
export function lifeEventLabel(id: string): LabelText {
  const known = lifeEvents[id];
  if (known !== undefined) return known;
  const words = id.replace(/-/g, ' ');
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return { id: name, en: name };
}
