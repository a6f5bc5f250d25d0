import { textFor, type Fee } from '@mpp-kit/schemas';
import { UnknownServiceError } from '../lifecycle/compileServiceLifecycle.js';
import {
  complaintChannelText,
  formatDayCount,
  formatRupiah,
  legalTitle,
  serviceLabels,
} from '../labels/index.js';
import { serviceProcedure } from '../standards/serviceProcedure.js';
import type { ExportMall } from './toCpsvAp.js';

/**
 * A service entry as SIPPN (Sistem Informasi Pelayanan Publik Nasional, KemenPANRB's national
 * registry of service standards) shows it, in Indonesian. SIPPN's import format is not public:
 * this is the entry as its public pages present it (name, description, requirements, procedure,
 * provider, time, cost, product, legal basis, complaints), with field names in snake_case
 * Indonesian, for copying into the registry or comparing with it.
 *
 * @example
 * ```ts
 * const entry: SippnServiceEntry = toSippn(mall, 'sim-a-baru');
 * entry.biaya; // 'Rp120.000'
 * entry.waktu; // '1 hari kerja'
 * ```
 */
export interface SippnServiceEntry {
  /** Nama layanan: the service name. */
  readonly nama_layanan: string;
  /** Deskripsi: the service description ('' when none is declared). */
  readonly deskripsi: string;
  /** Persyaratan: one document or condition per item. */
  readonly persyaratan: readonly string[];
  /** Prosedur: the steps, declared or derived from the workflow. */
  readonly prosedur: readonly string[];
  /** Penyelenggara: the owner agency's name. */
  readonly penyelenggara: string;
  /** Waktu penyelesaian, e.g. "28 hari kerja". */
  readonly waktu: string;
  /** Biaya/tarif as text: "Gratis", "Rp120.000", a list of amounts or the formula. */
  readonly biaya: string;
  /** Produk layanan: the document issued. */
  readonly produk: string;
  /** Dasar hukum: titles of the regulations. */
  readonly dasar_hukum: readonly string[];
  /** Penanganan pengaduan, saran dan masukan: the complaint channels. */
  readonly pengaduan: readonly string[];
}

/**
 * The cost as SIPPN text.
 *
 * @example
 * ```ts
 * sippnCost({ kind: 'fixed', amount: 120000 }); // 'Rp120.000'
 * ```
 */
export function sippnCost(fee: Fee): string {
  switch (fee.kind) {
    case 'free':
      return serviceLabels.freeShort.id;
    case 'fixed':
      return formatRupiah(fee.amount, 'id');
    case 'table':
      return fee.rows
        .map((row) => `${textFor(row.label, 'id')}: ${formatRupiah(row.amount, 'id')}`)
        .join('; ');
    case 'formula':
      return `Sesuai rumus: ${fee.expression}`;
    case 'commercial':
      return fee.tariffUrl === undefined
        ? 'Sesuai tarif komersial penyedia'
        : `Sesuai tarif komersial penyedia: ${fee.tariffUrl}`;
  }
}

/**
 * Builds the SIPPN service entry of one service, in Indonesian. The procedure is the declared
 * `procedure`, or else the steps of the service's workflow (as in the published standard).
 *
 * @throws {@link UnknownServiceError} when the mall has no service `serviceId`.
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) toSippn(result.mall, 'pbg').waktu; // '28 hari kerja'
 * ```
 */
export function toSippn(mall: ExportMall, serviceId: string): SippnServiceEntry {
  const service = mall.services.find((entry) => entry.id === serviceId);
  if (service === undefined)
    throw new UnknownServiceError(
      serviceId,
      mall.services.map((entry) => entry.id),
    );
  const owner = mall.agencies.find((agency) => agency.id === service.owner);
  return {
    nama_layanan: textFor(service.name, 'id'),
    deskripsi: service.description === undefined ? '' : textFor(service.description, 'id'),
    persyaratan: service.requirements.map((requirement) => textFor(requirement.document, 'id')),
    prosedur: [...serviceProcedure(service, mall, 'id').steps],
    penyelenggara: owner === undefined ? service.owner : textFor(owner.name, 'id'),
    waktu: formatDayCount(service.sla.days, service.sla.unit, 'id'),
    biaya: sippnCost(service.fee),
    produk: textFor(service.output.product, 'id'),
    dasar_hukum: service.legalBasis.map((id) => {
      const basis = mall.legalBases.find((entry) => entry.id === id);
      return basis === undefined ? id : legalTitle(basis, 'id');
    }),
    pengaduan: service.complaints.map((channel) =>
      complaintChannelText(channel, mall.agencies, 'id'),
    ),
  };
}

/**
 * A service read back from a SIPPN entry. With a mall, the provider and legal bases are matched
 * to its ids (by name or title); otherwise only the texts are kept.
 *
 * @example
 * ```ts
 * const back: SippnImportedService = fromSippn(toSippn(mall, 'pbg'), mall);
 * back.sla; // { days: 28, unit: 'working' }
 * ```
 */
export interface SippnImportedService {
  readonly name: string;
  readonly description?: string;
  readonly requirements: readonly string[];
  readonly procedure: readonly string[];
  /** The provider's name as written. */
  readonly ownerName: string;
  /** The agency id, when a mall was given and an agency has that name. */
  readonly owner?: string;
  /** Absent when the text has no "<n> hari kerja|kalender". */
  readonly sla?: { readonly days: number; readonly unit: 'working' | 'calendar' };
  /** `free`, `fixed` with the amount, or `text` when the cost is a table or formula. */
  readonly fee:
    | { readonly kind: 'free' }
    | { readonly kind: 'fixed'; readonly amount: number }
    | { readonly kind: 'text'; readonly text: string };
  readonly product: string;
  readonly legalBasisTitles: readonly string[];
  /** Legal basis ids, when a mall was given; titles it does not know are left out. */
  readonly legalBasis?: readonly string[];
  readonly complaints: readonly string[];
}

/**
 * Parses an Indonesian rupiah text ("Rp120.000", "Rp 1.250.000,50") into a number.
 *
 * @example
 * ```ts
 * parseRupiah('Rp120.000'); // 120000
 * parseRupiah('Gratis'); // undefined
 * ```
 */
export function parseRupiah(value: string): number | undefined {
  const match = /^Rp\s?(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?$/.exec(value.trim());
  if (match === null) return undefined;
  return Number(
    `${(match[1] ?? '').replaceAll('.', '')}${match[2] === undefined ? '' : `.${match[2]}`}`,
  );
}

/**
 * Reads a SIPPN entry back: name, description, requirements, procedure, provider, completion
 * time, cost (free or a fixed amount; anything else is kept as text), product, legal bases and
 * complaint channels. Give the mall to map the provider and legal bases back to ids.
 *
 * @example
 * ```ts
 * const back = fromSippn({ ...toSippn(mall, 'sim-a-baru') }, mall);
 * back.fee; // { kind: 'fixed', amount: 120000 }
 * ```
 */
export function fromSippn(entry: SippnServiceEntry, mall?: ExportMall): SippnImportedService {
  const time = /(\d+)\s*hari\s*(kerja|kalender)/i.exec(entry.waktu);
  const amount = parseRupiah(entry.biaya);
  const fee: SippnImportedService['fee'] = /^\s*(gratis|tidak dipungut biaya|rp\s?0)\s*$/i.test(
    entry.biaya,
  )
    ? { kind: 'free' }
    : amount !== undefined
      ? { kind: 'fixed', amount }
      : { kind: 'text', text: entry.biaya };
  const owner = mall?.agencies.find(
    (agency) => textFor(agency.name, 'id') === entry.penyelenggara,
  )?.id;
  const legalBasis =
    mall === undefined
      ? undefined
      : entry.dasar_hukum.flatMap((title) => {
          const basis = mall.legalBases.find(
            (candidate) =>
              legalTitle(candidate, 'id') === title || textFor(candidate.title, 'id') === title,
          );
          return basis === undefined ? [] : [basis.id];
        });
  return {
    name: entry.nama_layanan,
    ...(entry.deskripsi === '' ? {} : { description: entry.deskripsi }),
    requirements: [...entry.persyaratan],
    procedure: [...entry.prosedur],
    ownerName: entry.penyelenggara,
    ...(owner === undefined ? {} : { owner }),
    ...(time === null
      ? {}
      : {
          sla: {
            days: Number(time[1]),
            unit: time[2]?.toLowerCase() === 'kalender' ? 'calendar' : 'working',
          },
        }),
    fee,
    product: entry.produk,
    legalBasisTitles: [...entry.dasar_hukum],
    ...(legalBasis === undefined ? {} : { legalBasis }),
    complaints: [...entry.pengaduan],
  };
}
