import { textFor, type Agency, type ComplaintChannel, type Locale } from '@mpp-kit/schemas';
import { vocabularyLabels } from './vocabularyLabels.js';

/**
 * A complaint channel of a service in one line: its kind, its address or number, the agency that
 * handles it and its note (`Gerai/loket pengaduan — Disdukcapil (Dinas …)`).
 *
 * @example
 * ```ts
 * complaintChannelText({ kind: 'whatsapp', value: '0812-0000-0000' }, [], 'id'); // 'WhatsApp: 0812-0000-0000'
 * complaintChannelText('sp4n-lapor', [], 'en'); // 'SP4N-LAPOR! (www.lapor.go.id)'
 * ```
 */
export function complaintChannelText(
  channel: ComplaintChannel,
  agencies: readonly Pick<Agency, 'id' | 'name' | 'shortName'>[],
  locale: Locale,
): string {
  if (typeof channel === 'string') return vocabularyLabels.complaintChannel[channel][locale];
  const kind = vocabularyLabels.complaintChannel[channel.kind][locale];
  const parts = [channel.value === undefined ? kind : `${kind}: ${channel.value}`];
  if (channel.agency !== undefined) parts.push(agencyDisplayName(channel.agency, agencies, locale));
  if (channel.note !== undefined) parts.push(textFor(channel.note, locale));
  return parts.join(' — ');
}

/**
 * An agency's name with its short name first when it has one (`Disdukcapil (Dinas …)`), or its id
 * when the mall does not declare it.
 *
 * @example
 * ```ts
 * agencyDisplayName('dlh', [{ id: 'dlh', name: 'Dinas Lingkungan Hidup', shortName: 'DLH' }], 'id'); // 'DLH (Dinas Lingkungan Hidup)'
 * ```
 */
export function agencyDisplayName(
  id: string,
  agencies: readonly Pick<Agency, 'id' | 'name' | 'shortName'>[],
  locale: Locale,
): string {
  const agency = agencies.find((entry) => entry.id === id);
  if (agency === undefined) return id;
  const name = textFor(agency.name, locale);
  return agency.shortName === undefined || agency.shortName === name
    ? name
    : `${agency.shortName} (${name})`;
}
