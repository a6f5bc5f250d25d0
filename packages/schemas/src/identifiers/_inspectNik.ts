import type { IdentifierProblem } from './_identifierProblem.js';
import type { NikReference } from './_nikReference.js';
import { regionCodeProblem } from './_regionCodeProblem.js';
import type { ParsedNik } from './parseNik.js';
import { findRetiredRegion } from './RetiredRegion.js';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/**
 * The year a NIK's two-digit year stands for: the latest year ending in `yy` that does not put
 * (month, day) after the reference date. Day validity is not considered, so 29-02 in a year that
 * is not a leap year is reported, not moved to another century.
 */
function inferBirthYear(yy: number, month: number, day: number, reference: NikReference): number {
  const year = Math.floor(reference.year / 100) * 100 + yy;
  const after =
    year > reference.year ||
    (year === reference.year &&
      (month > reference.month || (month === reference.month && day > reference.day)));
  return after ? year - 100 : year;
}

/**
 * Checks the 16 digits of a NIK and takes them apart. Collects every problem.
 *
 * Rules: province and regency/city must exist in the region table, or be a regency/city code
 * retired by a split (a NIK keeps it for life); the district digits must not be 00 but are
 * otherwise not checked (districts are split and moved between regencies, and a NIK keeps the
 * district it was issued in); the birth date DDMMYY (women: day + 40) must be a real date in the
 * year inferred from the reference date; the serial must not be 0000.
 */
export function inspectNik(
  digits: string,
  reference: NikReference,
): {
  readonly problems: readonly IdentifierProblem[];
  readonly value?: ParsedNik;
} {
  const problems: IdentifierProblem[] = [];
  const provinceCode = digits.slice(0, 2);
  const regencyCode = `${provinceCode}.${digits.slice(2, 4)}`;
  const districtCode = `${regencyCode}.${digits.slice(4, 6)}`;

  const regionProblem = regionCodeProblem(digits.slice(0, 4), 'accept');
  if (regionProblem !== undefined) problems.push(regionProblem);
  if (digits.slice(4, 6) === '00') {
    problems.push({
      en: `district code ${districtCode} does not exist (digits 5–6 must be 01–99)`,
      id: `kode kecamatan ${districtCode} tidak ada (digit ke-5–6 harus 01–99)`,
    });
  }

  const encodedDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  const female = encodedDay > 40;
  const day = female ? encodedDay - 40 : encodedDay;
  const dayOk = (encodedDay >= 1 && encodedDay <= 31) || (encodedDay >= 41 && encodedDay <= 71);
  const monthOk = month >= 1 && month <= 12;
  if (!dayOk) {
    problems.push({
      en: `birth day ${pad2(encodedDay)} (digits 7–8) must be 01–31, or 41–71 for a woman (day + 40)`,
      id: `tanggal lahir ${pad2(encodedDay)} (digit ke-7–8) harus 01–31, atau 41–71 untuk perempuan (tanggal + 40)`,
    });
  }
  if (!monthOk) {
    problems.push({
      en: `birth month ${pad2(month)} (digits 9–10) does not exist; it must be 01–12`,
      id: `bulan lahir ${pad2(month)} (digit ke-9–10) tidak ada; harus 01–12`,
    });
  }
  let year: number | undefined;
  if (dayOk && monthOk) {
    const inferred = inferBirthYear(yy, month, day, reference);
    if (day <= daysInMonth(inferred, month)) year = inferred;
    else {
      const womanEn = female ? `; the NIK holds ${encodedDay} = ${day} + 40 for a woman` : '';
      const womanId = female ? `; NIK memuat ${encodedDay} = ${day} + 40 untuk perempuan` : '';
      const date = `${pad2(day)}-${pad2(month)}-${inferred}`;
      if (month === 2 && day === 29) {
        problems.push({
          en: `birth date ${date} does not exist: ${inferred} is not a leap year (the century is the latest that does not put the birth after ${reference.iso})${womanEn}`,
          id: `tanggal lahir ${date} tidak ada: ${inferred} bukan tahun kabisat (abadnya adalah yang terakhir yang tidak menempatkan kelahiran sesudah ${reference.iso})${womanId}`,
        });
      } else {
        problems.push({
          en: `birth date ${date} does not exist${womanEn}`,
          id: `tanggal lahir ${date} tidak ada${womanId}`,
        });
      }
    }
  }

  const serial = digits.slice(12, 16);
  if (serial === '0000') {
    problems.push({
      en: 'serial number 0000 (digits 13–16) is not allowed; it must be 0001–9999',
      id: 'nomor urut 0000 (digit ke-13–16) tidak diperbolehkan; harus 0001–9999',
    });
  }

  if (problems.length > 0 || year === undefined) return { problems };
  const retiredRegion = findRetiredRegion(regencyCode);
  return {
    problems,
    value: {
      nik: digits,
      provinceCode,
      regencyCode,
      districtCode,
      birthDate: `${year}-${pad2(month)}-${pad2(day)}`,
      birthCentury: { inferred: true, referenceDate: reference.iso, source: reference.source },
      sex: female ? 'female' : 'male',
      serial,
      ...(retiredRegion === undefined ? {} : { retiredRegion }),
    },
  };
}
