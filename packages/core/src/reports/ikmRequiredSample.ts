/**
 * The least number of respondents a satisfaction survey needs for a population of service users,
 * by the Krejcie–Morgan table that PermenPANRB 14/2017 reproduces for the IKM (Krejcie, R. V. &
 * Morgan, D. W., "Determining Sample Size for Research Activities", *Educational and
 * Psychological Measurement* 30(3), 1970, 607–610).
 *
 * The table is computed from the authors' formula, which this function evaluates for any
 * population rather than only the printed rows: S = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)), with
 * χ² = 3.841 (one degree of freedom, 95% confidence), P = 0.5 and d = 0.05, rounded to the nearest
 * whole respondent. It gives the printed values at the printed rows (10 → 10, 100 → 80,
 * 1,000 → 278, 10,000 → 370, 1,000,000 → 384). A population of fewer than 1 gives 0.
 *
 * @param population - the number of service users in the survey period (N).
 * @returns the required number of respondents (S), never more than the population.
 * @example
 * ```ts
 * ikmRequiredSample(1000); // 278
 * ikmRequiredSample(3); // 3: survey them all
 * ```
 */
export function ikmRequiredSample(population: number): number {
  if (!Number.isFinite(population) || population < 1) return 0;
  const n = Math.floor(population);
  const chiSquare = 3.841;
  const p = 0.5;
  const margin = 0.05;
  const spread = chiSquare * p * (1 - p);
  const sample = (spread * n) / (margin * margin * (n - 1) + spread);
  return Math.min(n, Math.round(sample));
}
