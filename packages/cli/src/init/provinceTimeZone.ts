import type { TimeZone } from '@mpp-kit/schemas';

/**
 * The time zone of every Indonesian province, by its two-digit Kemendagri code. Each province lies
 * in one zone (Keputusan Presiden 41/1987 on the division of Indonesia into three time zones;
 * provinces formed since then keep the zone of the territory they were split from):
 *
 * - **WIB** (`Asia/Jakarta`, UTC+7): all of Sumatra and its islands (11–19, 21), Java and Banten
 *   (31–36), Kalimantan Barat (61) and Kalimantan Tengah (62).
 * - **WITA** (`Asia/Makassar`, UTC+8): Bali (51), Nusa Tenggara Barat (52), Nusa Tenggara Timur
 *   (53), Kalimantan Selatan (63), Kalimantan Timur (64), Kalimantan Utara (65), and all of
 *   Sulawesi (71–76).
 * - **WIT** (`Asia/Jayapura`, UTC+9): Maluku (81), Maluku Utara (82) and the six Papua provinces
 *   (91–96).
 *
 * `mpp init` fills `mall.timeZone` from it; a test checks that every province of the shipped
 * region table has an entry.
 *
 * @example
 * ```ts
 * provinceTimeZones['33']; // 'Asia/Jakarta' (Jawa Tengah, WIB)
 * provinceTimeZones['51']; // 'Asia/Makassar' (Bali, WITA)
 * provinceTimeZones['94']; // 'Asia/Jayapura' (Papua Tengah, WIT)
 * ```
 */
export const provinceTimeZones: Readonly<Record<string, TimeZone>> = {
  '11': 'Asia/Jakarta', // Aceh
  '12': 'Asia/Jakarta', // Sumatera Utara
  '13': 'Asia/Jakarta', // Sumatera Barat
  '14': 'Asia/Jakarta', // Riau
  '15': 'Asia/Jakarta', // Jambi
  '16': 'Asia/Jakarta', // Sumatera Selatan
  '17': 'Asia/Jakarta', // Bengkulu
  '18': 'Asia/Jakarta', // Lampung
  '19': 'Asia/Jakarta', // Kepulauan Bangka Belitung
  '21': 'Asia/Jakarta', // Kepulauan Riau
  '31': 'Asia/Jakarta', // DKI Jakarta
  '32': 'Asia/Jakarta', // Jawa Barat
  '33': 'Asia/Jakarta', // Jawa Tengah
  '34': 'Asia/Jakarta', // DI Yogyakarta
  '35': 'Asia/Jakarta', // Jawa Timur
  '36': 'Asia/Jakarta', // Banten
  '51': 'Asia/Makassar', // Bali
  '52': 'Asia/Makassar', // Nusa Tenggara Barat
  '53': 'Asia/Makassar', // Nusa Tenggara Timur
  '61': 'Asia/Jakarta', // Kalimantan Barat
  '62': 'Asia/Jakarta', // Kalimantan Tengah
  '63': 'Asia/Makassar', // Kalimantan Selatan
  '64': 'Asia/Makassar', // Kalimantan Timur
  '65': 'Asia/Makassar', // Kalimantan Utara
  '71': 'Asia/Makassar', // Sulawesi Utara
  '72': 'Asia/Makassar', // Sulawesi Tengah
  '73': 'Asia/Makassar', // Sulawesi Selatan
  '74': 'Asia/Makassar', // Sulawesi Tenggara
  '75': 'Asia/Makassar', // Gorontalo
  '76': 'Asia/Makassar', // Sulawesi Barat
  '81': 'Asia/Jayapura', // Maluku
  '82': 'Asia/Jayapura', // Maluku Utara
  '91': 'Asia/Jayapura', // Papua
  '92': 'Asia/Jayapura', // Papua Barat
  '93': 'Asia/Jayapura', // Papua Selatan
  '94': 'Asia/Jayapura', // Papua Tengah
  '95': 'Asia/Jayapura', // Papua Pegunungan
  '96': 'Asia/Jayapura', // Papua Barat Daya
};

/**
 * The short Indonesian name of a time zone, as people say it: WIB, WITA or WIT.
 *
 * @example
 * ```ts
 * timeZoneAbbreviations['Asia/Makassar']; // 'WITA'
 * ```
 */
export const timeZoneAbbreviations: Readonly<Record<TimeZone, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * The time zone of the province a region code (`PP`, `PP.RR`, `PP.RR.SS`) lies in, or `undefined`
 * for an unknown province.
 *
 * @example
 * ```ts
 * timeZoneForRegion('33.26'); // 'Asia/Jakarta'
 * timeZoneForRegion('51.71'); // 'Asia/Makassar'
 * timeZoneForRegion('99.01'); // undefined
 * ```
 */
export function timeZoneForRegion(code: string): TimeZone | undefined {
  const province = code.slice(0, 2);
  return Object.hasOwn(provinceTimeZones, province) ? provinceTimeZones[province] : undefined;
}
