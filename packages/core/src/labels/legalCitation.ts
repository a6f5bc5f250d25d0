import { textFor, type LegalBasis, type LegalBasisKind, type Locale } from '@mpp-kit/schemas';

const kindPrefix: Readonly<Record<LegalBasisKind, string>> = {
  uu: 'UU',
  pp: 'PP',
  perpres: 'Perpres',
  permen: 'Permen',
  perda: 'Perda',
  perbup: 'Perbup',
  keputusan: 'Keputusan',
  skb: 'SKB',
  other: '',
};

/**
 * The short citation of a regulation: `UU 25/2009`, `PP 16/2021`, `Perbup (2019)` when it has a
 * year but no number, or `''` when it has neither.
 *
 * @example
 * ```ts
 * legalCitation({ id: 'uu-25-2009', kind: 'uu', number: '25', year: 2009, title: 'Pelayanan Publik' }); // 'UU 25/2009'
 * ```
 */
export function legalCitation(basis: Pick<LegalBasis, 'kind' | 'number' | 'year'>): string {
  const prefix = kindPrefix[basis.kind];
  if (basis.number === undefined)
    return basis.year === undefined ? '' : `${prefix} (${basis.year})`.trim();
  const number = basis.year === undefined ? basis.number : `${basis.number}/${basis.year}`;
  return `${prefix} ${number}`.trim();
}

/**
 * A regulation's title followed by its citation: `Undang-Undang tentang Pelayanan Publik (UU
 * 25/2009)`; the title alone when it has no citation.
 *
 * @example
 * ```ts
 * legalTitle({ id: 'pp-16-2021', kind: 'pp', number: '16', year: 2021, title: 'Bangunan Gedung' }, 'id'); // 'Bangunan Gedung (PP 16/2021)'
 * ```
 */
export function legalTitle(basis: LegalBasis, locale: Locale): string {
  const cite = legalCitation(basis);
  const title = textFor(basis.title, locale);
  return cite === '' ? title : `${title} (${cite})`;
}
