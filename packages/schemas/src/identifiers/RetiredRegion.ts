/**
 * A regency/city code that Kemendagri retired when the regency moved to a new province. A NIK
 * issued before the move keeps the old code for life, so NIKs accept these codes; new
 * configuration (`regionCode`) does not.
 *
 * @example
 * ```ts
 * const merauke: RetiredRegion = {
 *   code: '91.01',
 *   name: 'Kabupaten Merauke',
 *   provinceName: 'Papua',
 *   successorCode: '93.01',
 *   retiredOn: '2022-07-25',
 *   retiredBy: { id: 'uu-14-2022', citation: 'UU 14/2022', title: 'Pembentukan Provinsi Papua Selatan' },
 * };
 * ```
 */
export interface RetiredRegion {
  /** The old dotted code, e.g. `'91.01'`. */
  readonly code: string;
  /** The regency's or city's name under the old code (kabupaten/kota). */
  readonly name: string;
  /** The province the old code belonged to, e.g. `'Papua'`. */
  readonly provinceName: string;
  /** The code the same regency has in today's table, e.g. `'93.01'`. */
  readonly successorCode: string;
  /** The day the law that moved it was enacted (diundangkan), `YYYY-MM-DD`. */
  readonly retiredOn: string;
  /** The law that moved the regency to its new province. */
  readonly retiredBy: {
    readonly id: string;
    readonly citation: string;
    readonly title: string;
  };
}

const papuaSelatan = {
  id: 'uu-14-2022',
  citation: 'UU 14/2022',
  title: 'Pembentukan Provinsi Papua Selatan',
} as const;
const papuaTengah = {
  id: 'uu-15-2022',
  citation: 'UU 15/2022',
  title: 'Pembentukan Provinsi Papua Tengah',
} as const;
const papuaPegunungan = {
  id: 'uu-16-2022',
  citation: 'UU 16/2022',
  title: 'Pembentukan Provinsi Papua Pegunungan',
} as const;
const papuaBaratDaya = {
  id: 'uu-29-2022',
  citation: 'UU 29/2022',
  title: 'Pembentukan Provinsi Papua Barat Daya',
} as const;

/** [old code, name, successor code] under one law. */
type Move = readonly [string, string, string];

function moved(
  provinceName: string,
  retiredOn: string,
  retiredBy: RetiredRegion['retiredBy'],
  moves: readonly Move[],
): RetiredRegion[] {
  return moves.map(([code, name, successorCode]) => ({
    code,
    name,
    provinceName,
    successorCode,
    retiredOn,
    retiredBy,
  }));
}

/**
 * Regency/city codes retired by the 2022 Papua provinces. Sources:
 * - which regencies moved: UU 14/2022 (Papua Selatan), UU 15/2022 (Papua Tengah) and UU 16/2022
 *   (Papua Pegunungan), all enacted 25 July 2022, and UU 29/2022 (Papua Barat Daya, from Papua
 *   Barat), enacted 8 December 2022;
 * - the old codes: the Kemendagri table before the split (Permendagri 72/2019 numbering), read in
 *   two independent public copies, and consistent with the codes today's table leaves empty in
 *   91 and 92;
 * - the new codes: today's table (idn-area-data 4.0.1).
 *
 * Earlier splits (e.g. Kalimantan Utara from Kalimantan Timur, 2012) are not listed: their old
 * codes were not verified.
 *
 * @example
 * ```ts
 * retiredRegions.length; // 26
 * retiredRegions.filter((region) => region.successorCode.startsWith('96.')).length; // 6
 * ```
 */
export const retiredRegions: readonly RetiredRegion[] = [
  ...moved('Papua', '2022-07-25', papuaSelatan, [
    ['91.01', 'Kabupaten Merauke', '93.01'],
    ['91.16', 'Kabupaten Boven Digoel', '93.02'],
    ['91.17', 'Kabupaten Mappi', '93.03'],
    ['91.18', 'Kabupaten Asmat', '93.04'],
  ]),
  ...moved('Papua', '2022-07-25', papuaTengah, [
    ['91.04', 'Kabupaten Nabire', '94.01'],
    ['91.07', 'Kabupaten Puncak Jaya', '94.02'],
    ['91.08', 'Kabupaten Paniai', '94.03'],
    ['91.09', 'Kabupaten Mimika', '94.04'],
    ['91.25', 'Kabupaten Puncak', '94.05'],
    ['91.26', 'Kabupaten Dogiyai', '94.06'],
    ['91.27', 'Kabupaten Intan Jaya', '94.07'],
    ['91.28', 'Kabupaten Deiyai', '94.08'],
  ]),
  ...moved('Papua', '2022-07-25', papuaPegunungan, [
    ['91.02', 'Kabupaten Jayawijaya', '95.01'],
    ['91.12', 'Kabupaten Pegunungan Bintang', '95.02'],
    ['91.13', 'Kabupaten Yahukimo', '95.03'],
    ['91.14', 'Kabupaten Tolikara', '95.04'],
    ['91.21', 'Kabupaten Mamberamo Tengah', '95.05'],
    ['91.22', 'Kabupaten Yalimo', '95.06'],
    ['91.23', 'Kabupaten Lanny Jaya', '95.07'],
    ['91.24', 'Kabupaten Nduga', '95.08'],
  ]),
  ...moved('Papua Barat', '2022-12-08', papuaBaratDaya, [
    ['92.01', 'Kabupaten Sorong', '96.01'],
    ['92.04', 'Kabupaten Sorong Selatan', '96.02'],
    ['92.05', 'Kabupaten Raja Ampat', '96.03'],
    ['92.09', 'Kabupaten Tambrauw', '96.04'],
    ['92.10', 'Kabupaten Maybrat', '96.05'],
    ['92.71', 'Kota Sorong', '96.71'],
  ]),
];

const byCode = new Map(retiredRegions.map((region) => [region.code, region]));

/**
 * Looks up a retired regency/city code (canonical dotted form, e.g. `'91.01'`); `undefined` when
 * the code was never retired.
 *
 * @example
 * ```ts
 * findRetiredRegion('91.01')?.successorCode; // '93.01' (Merauke, now in Papua Selatan)
 * findRetiredRegion('33.25'); // undefined
 * ```
 */
export function findRetiredRegion(code: string): RetiredRegion | undefined {
  if (typeof code !== 'string') return undefined;
  return byCode.get(code);
}
