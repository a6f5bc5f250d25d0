import { describe, expect, it } from 'vitest';
import {
  formatCompletionTime,
  formatDate,
  formatDateTime,
  formatOpeningHours,
  formatRupiah,
  formatRupiahRange,
  legalCitation,
  vocabularyLabels,
} from '../src/index.js';
import {
  applicationKinds,
  complaintChannelKinds,
  expiryConsequences,
  provenanceStatuses,
  serviceChannels,
} from '@mpp-kit/schemas';

describe('labels: one money formatter, one set of words', () => {
  it.each([
    [120000, 'id', 'Rp120.000'],
    [120000, 'en', 'Rp120,000'],
    [1250000.5, 'id', 'Rp1.250.000,5'],
    [0, 'en', 'Rp0'],
  ] as const)('formatRupiah(%s, %s) is %s', (amount, locale, expected) => {
    expect(formatRupiah(amount, locale)).toBe(expected);
  });

  it('writes ranges, completion times, dates and opening hours in each language', () => {
    expect(formatRupiahRange([650000, 350000], 'id')).toBe('Rp350.000–Rp650.000');
    expect(formatRupiahRange([80000, 80000], 'en')).toBe('Rp80,000');
    expect(formatCompletionTime({ days: 0, unit: 'working' }, 'id')).toBe(
      'Selesai pada hari yang sama',
    );
    expect(formatCompletionTime({ days: 1, unit: 'calendar' }, 'en')).toBe('1 calendar day');
    expect(formatDate('2020-01-23', 'id')).toBe('23 Januari 2020');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    const hours = [
      { days: ['mon', 'tue', 'wed', 'thu'] as const, open: '08:00', close: '15:00' },
      { days: ['sat', 'fri'] as const, open: '08:00', close: '11:00' },
    ];
    expect(
      formatOpeningHours(
        hours.map((entry) => ({ ...entry, days: [...entry.days] })),
        'id',
      ),
    ).toEqual(['Senin–Kamis 08.00–15.00', 'Jumat, Sabtu 08.00–11.00']);
    expect(
      formatOpeningHours(
        [{ days: ['mon', 'tue', 'wed', 'thu'], open: '08:00', close: '15:00' }],
        'en',
      ),
    ).toEqual(['Monday–Thursday 08:00–15:00']);
  });

  it('writes instants in the mall’s time zone, with its name', () => {
    expect(formatDateTime('2026-12-04T07:05:00Z', 'Asia/Jakarta', 'id')).toBe(
      '4 Desember 2026 14.05 WIB',
    );
    expect(formatDateTime('2026-12-04T07:05:00Z', 'Asia/Makassar', 'en')).toBe(
      '4 December 2026 15:05 WITA',
    );
    expect(formatDateTime('2026-12-31T20:30:00Z', 'Asia/Jayapura', 'en')).toBe(
      '1 January 2027 05:30 WIT',
    );
  });

  it('cites regulations', () => {
    expect(legalCitation({ kind: 'uu', number: '25', year: 2009 })).toBe('UU 25/2009');
    expect(legalCitation({ kind: 'perbup', year: 2019 })).toBe('Perbup (2019)');
    expect(legalCitation({ kind: 'other' })).toBe('');
  });

  it('has words in both languages for every value of the closed vocabularies', () => {
    const groups = [
      [vocabularyLabels.applicationKind, applicationKinds],
      [vocabularyLabels.complaintChannel, complaintChannelKinds],
      [vocabularyLabels.expiry, expiryConsequences],
      [vocabularyLabels.provenance, provenanceStatuses],
      [vocabularyLabels.serviceChannel, serviceChannels],
    ] as const;
    for (const [labels, values] of groups) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const label of Object.values(labels)) {
        expect(label.id).not.toBe('');
        expect(label.en).not.toBe('');
      }
    }
  });
});
