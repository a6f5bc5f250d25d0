const months = [
  ['January', 'Januari'],
  ['February', 'Februari'],
  ['March', 'Maret'],
  ['April', 'April'],
  ['May', 'Mei'],
  ['June', 'Juni'],
  ['July', 'Juli'],
  ['August', 'Agustus'],
  ['September', 'September'],
  ['October', 'Oktober'],
  ['November', 'November'],
  ['December', 'Desember'],
] as const;

/**
 * Why a text written as `YYYY-MM-DD` is no day of the calendar (`2026-02-30`: "February 2026 has 28
 * days"), in English and Indonesian; `undefined` when it is a real day or not written as
 * `YYYY-MM-DD` at all.
 */
export function noSuchDayDetail(text: string): { en: string; id: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const names = months[month - 1];
  if (names === undefined)
    return { en: `there is no month ${match[2]}`, id: `tidak ada bulan ${match[2]}` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day >= 1 && day <= days) return undefined;
  if (day === 0) return { en: 'days start at 01', id: 'tanggal dimulai dari 01' };
  return {
    en: `${names[0]} ${year} has ${days} days`,
    id: `${names[1]} ${year} memiliki ${days} hari`,
  };
}
