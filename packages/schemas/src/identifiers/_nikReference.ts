/** The date a NIK's two-digit birth year is read against, taken apart. */
export interface NikReference {
  readonly iso: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly source: 'today' | 'caller';
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The reference date of `parseNik`: the caller's (`YYYY-MM-DD`, or a `Date` read as its UTC
 * calendar day), else today's UTC calendar day.
 *
 * @throws RangeError when `referenceDate` is not a real day.
 */
export function nikReference(referenceDate: string | Date | undefined): NikReference {
  const source = referenceDate === undefined ? 'today' : 'caller';
  if (referenceDate === undefined || referenceDate instanceof Date) {
    const date = referenceDate ?? new Date();
    if (Number.isNaN(date.getTime())) {
      throw new RangeError('parseNik: referenceDate is an invalid Date');
    }
    return {
      iso: date.toISOString().slice(0, 10),
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      source,
    };
  }
  const match = isoDay.exec(referenceDate);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const real = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
    if (real === referenceDate) return { iso: referenceDate, year, month, day, source };
  }
  throw new RangeError(
    `parseNik: referenceDate ${JSON.stringify(referenceDate)} is not a real day; write YYYY-MM-DD`,
  );
}
