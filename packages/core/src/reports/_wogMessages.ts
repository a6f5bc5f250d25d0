import type { Locale, WogIndicatorId } from '@mpp-kit/schemas';

type Msg<A extends unknown[]> = Readonly<Record<Locale, (...args: A) => string>>;

const msg = <A extends unknown[]>(
  en: (...args: A) => string,
  id: (...args: A) => string,
): Msg<A> => ({ en, id });

const cadenceNames: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  weekly: { en: 'weekly', id: 'mingguan' },
  monthly: { en: 'monthly', id: 'bulanan' },
  quarterly: { en: 'quarterly', id: 'triwulanan' },
  semiannual: { en: 'twice a year', id: 'semesteran' },
  yearly: { en: 'yearly', id: 'tahunan' },
  'ad-hoc': { en: 'ad hoc', id: 'sewaktu-waktu' },
};

/** Cadence of a forum in words. */
export function cadenceName(cadence: string, locale: Locale): string {
  return cadenceNames[cadence]?.[locale] ?? cadence;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Evidence and "missing" lines of the Whole-of-Government assessment, in English and Indonesian. */
export const wogMessages = {
  forum: msg(
    (name: string, cadence: string, members: number | undefined) =>
      `Forum "${name}" meets ${cadence}${members === undefined ? '' : ` (${members} member agencies)`}.`,
    (name: string, cadence: string, members: number | undefined) =>
      `Forum "${name}" bertemu secara ${cadence}${members === undefined ? '' : ` (${members} instansi anggota)`}.`,
  ),
  adHocForum: msg(
    (name: string) => `Forum "${name}" meets only ad hoc (not counted as regular coordination).`,
    (name: string) =>
      `Forum "${name}" hanya bertemu sewaktu-waktu (tidak dihitung sebagai koordinasi rutin).`,
  ),
  noRegularForum: msg(
    () => 'No coordination forum with a regular cadence (weekly to yearly) is declared.',
    () =>
      'Tidak ada forum koordinasi dengan jadwal rutin (mingguan sampai tahunan) yang dideklarasikan.',
  ),
  agreements: msg(
    (covered: number, total: number, share: number, threshold: number) =>
      `Agreements (MoU/PKS/decree) with ${covered} of ${total} tenants outside the regency government (${pct(share)}; at least ${pct(threshold)} required).`,
    (covered: number, total: number, share: number, threshold: number) =>
      `Perjanjian (MoU/PKS/keputusan) dengan ${covered} dari ${total} tenant di luar pemerintah kabupaten/kota (${pct(share)}; minimal ${pct(threshold)}).`,
  ),
  agreementsTooFew: msg(
    (covered: number, total: number, share: number, threshold: number, without: string) =>
      `Agreements cover only ${covered} of ${total} tenants outside the regency government (${pct(share)}, below ${pct(threshold)}); none with: ${without}.`,
    (covered: number, total: number, share: number, threshold: number, without: string) =>
      `Perjanjian baru mencakup ${covered} dari ${total} tenant di luar pemerintah kabupaten/kota (${pct(share)}, di bawah ${pct(threshold)}); belum ada dengan: ${without}.`,
  ),
  noExternalTenants: msg(
    () => 'Every tenant is a regency agency: coordination by agreement is not required.',
    () => 'Semua tenant adalah perangkat daerah: koordinasi melalui perjanjian tidak diperlukan.',
  ),
  regionalAgreements: msg(
    (count: number) => `${plural(count, 'further agreement')} with regency agencies.`,
    (count: number) => `${count} perjanjian lain dengan perangkat daerah.`,
  ),
  institution: msg(
    (name: string, decree: string | undefined, members: number | undefined) =>
      `Special coordinating institution: "${name}"${decree === undefined ? '' : ` (decree ${decree})`}${members === undefined ? '' : `, ${members} member agencies`}.`,
    (name: string, decree: string | undefined, members: number | undefined) =>
      `Lembaga koordinasi khusus: "${name}"${decree === undefined ? '' : ` (keputusan ${decree})`}${members === undefined ? '' : `, ${members} instansi anggota`}.`,
  ),
  noInstitution: msg(
    () => 'No special coordinating institution is declared (coordination.institution is null).',
    () =>
      'Tidak ada lembaga koordinasi khusus yang dideklarasikan (coordination.institution bernilai null).',
  ),
  taskForce: msg(
    (name: string, members: string, count: number) =>
      `Task force "${name}" with ${count} agencies: ${members}.`,
    (name: string, members: string, count: number) =>
      `Satuan tugas "${name}" dengan ${count} instansi: ${members}.`,
  ),
  singleAgencyTaskForce: msg(
    (name: string) => `Task force "${name}" has members from one agency only (not cross-agency).`,
    (name: string) =>
      `Satuan tugas "${name}" hanya beranggotakan satu instansi (tidak lintas instansi).`,
  ),
  noTaskForce: msg(
    () =>
      'No task force with members from two or more agencies is declared (coordination.taskForces).',
    () =>
      'Tidak ada satuan tugas dengan anggota dari dua instansi atau lebih (coordination.taskForces).',
  ),
  coalition: msg(
    (partner: string, kind: string) => `Coalition partner: ${partner} (${kind}).`,
    (partner: string, kind: string) => `Mitra koalisi: ${partner} (${kind}).`,
  ),
  noCoalition: msg(
    () => 'No social-coalition partner is declared (coordination.coalitions).',
    () => 'Tidak ada mitra koalisi sosial yang dideklarasikan (coordination.coalitions).',
  ),
  training: msg(
    (name: string, year: number | undefined, participants: number | undefined) =>
      `Training: ${name}${year === undefined ? '' : ` (${year})`}${participants === undefined ? '' : `, ${participants} participants`}.`,
    (name: string, year: number | undefined, participants: number | undefined) =>
      `Pelatihan: ${name}${year === undefined ? '' : ` (${year})`}${participants === undefined ? '' : `, ${participants} peserta`}.`,
  ),
  staffCount: msg(
    (count: number) => `Mall staff declared: ${count}.`,
    (count: number) => `Jumlah petugas mal yang dideklarasikan: ${count}.`,
  ),
  noCapacity: msg(
    () => 'Neither staff trainings nor a staff count is declared (coordination.capacity).',
    () =>
      'Belum ada pelatihan petugas maupun jumlah petugas yang dideklarasikan (coordination.capacity).',
  ),
  value: msg(
    (name: string) => `Service value: ${name}.`,
    (name: string) => `Nilai layanan: ${name}.`,
  ),
  noValues: msg(
    () => 'No service values or culture are declared (coordination.values).',
    () => 'Belum ada nilai atau budaya layanan yang dideklarasikan (coordination.values).',
  ),
  leadership: msg(
    (description: string, decree: string | undefined, date: string | undefined) =>
      `Leadership: ${description}${decree === undefined ? '' : ` (decree ${decree})`}${date === undefined ? '' : `, ${date}`}.`,
    (description: string, decree: string | undefined, date: string | undefined) =>
      `Kepemimpinan: ${description}${decree === undefined ? '' : ` (keputusan ${decree})`}${date === undefined ? '' : `, ${date}`}.`,
  ),
  noLeadership: msg(
    () =>
      'No leadership commitment (such as a regent decree) is declared (coordination.leadership).',
    () =>
      'Belum ada komitmen pimpinan (misalnya keputusan bupati) yang dideklarasikan (coordination.leadership).',
  ),
  finding: msg(
    (met: boolean, note: string | undefined) =>
      `Published finding: ${met ? 'met' : 'not met'}${note === undefined ? '' : ` — ${note}`}.`,
    (met: boolean, note: string | undefined) =>
      `Temuan yang dipublikasikan: ${met ? 'terpenuhi' : 'belum terpenuhi'}${note === undefined ? '' : ` — ${note}`}.`,
  ),
  derivedFromAgencies: msg(
    () => 'the agencies section',
    () => 'bagian agencies',
  ),
  unverifiedWouldMeet: msg(
    () =>
      'The declared evidence would meet the rule but is not verified: give each entry `provenance: { status: verified, sources: [...] }` once a source confirms it.',
    () =>
      'Bukti yang dideklarasikan akan memenuhi aturan tetapi belum diverifikasi: beri setiap entri `provenance: { status: verified, sources: [...] }` setelah ada sumber yang mengonfirmasinya.',
  ),
  noOperatingData: msg(
    () => 'No operating data: no store given, so handoff delays between agencies are not assessed.',
    () =>
      'Tidak ada data operasional: tanpa penyimpanan (store), jeda serah terima antarinstansi tidak dinilai.',
  ),
  noHandoffs: msg(
    (applications: number) =>
      `Operating data: ${plural(applications, 'application')}, no handoffs between agencies recorded yet.`,
    (applications: number) =>
      `Data operasional: ${applications} permohonan, belum ada serah terima antarinstansi yang tercatat.`,
  ),
  handoffs: msg(
    (count: number, applications: number, hours: number, days: number | null) =>
      `Operating data: ${plural(count, 'handoff')} between agencies in ${plural(applications, 'application')}; median ${hours} h${days === null ? '' : ` (${plural(days, 'working day')})`}.`,
    (count: number, applications: number, hours: number, days: number | null) =>
      `Data operasional: ${count} serah terima antarinstansi dalam ${applications} permohonan; median ${hours} jam${days === null ? '' : ` (${days} hari kerja)`}.`,
  ),
  slowestPair: msg(
    (from: string, to: string, hours: number, count: number) =>
      `Slowest handoff: ${from} → ${to}, median ${hours} h over ${plural(count, 'handoff')}.`,
    (from: string, to: string, hours: number, count: number) =>
      `Serah terima paling lambat: ${from} → ${to}, median ${hours} jam dari ${count} serah terima.`,
  ),
  slowHandoffs: msg(
    (days: number, limit: number) =>
      `Attention: the median handoff takes ${days} working days, more than ${limit}; the verdict rests on the declared structure, so review how coordination works in practice.`,
    (days: number, limit: number) =>
      `Perhatian: median serah terima ${days} hari kerja, lebih dari ${limit}; penilaian tetap berdasarkan struktur yang dideklarasikan, jadi tinjau pelaksanaan koordinasi di lapangan.`,
  ),
};

const coalitionKindNames: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  university: { en: 'university', id: 'perguruan tinggi' },
  community: { en: 'community', id: 'komunitas' },
  ngo: { en: 'NGO', id: 'LSM' },
  private: { en: 'private sector', id: 'swasta' },
  media: { en: 'media', id: 'media' },
  religious: { en: 'religious organisation', id: 'organisasi keagamaan' },
  other: { en: 'other', id: 'lainnya' },
};

/** The structural rule of each indicator, as a clause. */
export const wogRules = {
  coordination: msg(
    (threshold: number) =>
      `a coordination forum meets on a regular cadence (weekly to yearly) and agreements (MoU, PKS, decree) cover at least ${pct(threshold)} of the tenants outside the regency government`,
    (threshold: number) =>
      `ada forum koordinasi dengan jadwal rutin (mingguan sampai tahunan) dan perjanjian (MoU, PKS, keputusan) mencakup minimal ${pct(threshold)} tenant di luar pemerintah kabupaten/kota`,
  ),
  'coordinating-institution': msg(
    () => 'a special coordinating institution is declared',
    () => 'ada lembaga koordinasi khusus yang dideklarasikan',
  ),
  'task-force': msg(
    () => 'a task force has members from two or more agencies',
    () => 'ada satuan tugas dengan anggota dari dua instansi atau lebih',
  ),
  'social-coalition': msg(
    () => 'at least one social-coalition partner is declared',
    () => 'ada minimal satu mitra koalisi sosial',
  ),
  'resource-capacity': msg(
    () => 'at least one staff training or a staff count is declared',
    () => 'ada minimal satu pelatihan petugas atau jumlah petugas',
  ),
  'values-culture': msg(
    () => 'at least one organisational value is declared',
    () => 'ada minimal satu nilai atau budaya layanan',
  ),
  leadership: msg(
    () => 'at least one act of leadership (a decree, an act of the regional head) is declared',
    () => 'ada minimal satu wujud kepemimpinan (keputusan, tindakan kepala daerah)',
  ),
} satisfies Record<WogIndicatorId, Msg<[number]> | Msg<[]>>;

/** How a verdict was reached, as a sentence naming the rule. */
export const wogBasisMessages = {
  'verified-evidence': msg(
    (met: boolean, rule: string) => `${met ? 'Met' : 'Not met'} on verified evidence: ${rule}.`,
    (met: boolean, rule: string) =>
      `${met ? 'Terpenuhi' : 'Belum terpenuhi'} berdasarkan bukti terverifikasi: ${rule}.`,
  ),
  finding: msg(
    (met: boolean, source: string) =>
      `${met ? 'Met' : 'Not met'} by a published finding (no verified entry decides it): ${source}.`,
    (met: boolean, source: string) =>
      `${met ? 'Terpenuhi' : 'Belum terpenuhi'} menurut temuan yang dipublikasikan (tidak ada entri terverifikasi yang memutuskannya): ${source}.`,
  ),
  'illustrative-evidence': msg(
    (met: boolean, rule: string) =>
      `${met ? 'Met' : 'Not met'} on evidence that is not verified, counted because includeIllustrative is set: ${rule}.`,
    (met: boolean, rule: string) =>
      `${met ? 'Terpenuhi' : 'Belum terpenuhi'} berdasarkan bukti yang belum diverifikasi, dihitung karena includeIllustrative diaktifkan: ${rule}.`,
  ),
  none: msg(
    (_met: boolean, rule: string) =>
      `Not met: no verified evidence shows that ${rule}, and no published finding is declared.`,
    (_met: boolean, rule: string) =>
      `Belum terpenuhi: tidak ada bukti terverifikasi bahwa ${rule}, dan tidak ada temuan yang dipublikasikan.`,
  ),
};

/** Kind of coalition partner in words. */
export function coalitionKindName(kind: string, locale: Locale): string {
  return coalitionKindNames[kind]?.[locale] ?? kind;
}
