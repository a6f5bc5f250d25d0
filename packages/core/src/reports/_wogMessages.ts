import {
  defineMessages,
  type Locale,
  type LocaleText,
  type WogIndicatorId,
} from '@mpp-kit/schemas';

const cadenceNames: Readonly<Record<string, LocaleText>> = {
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

/** A message with no parameters, written once per language. */
const fixed = (text: LocaleText) => (_p: Record<string, never>) => text;

/** Evidence and "missing" lines of the Whole-of-Government assessment, in English and Indonesian. */
export const wogMessages = defineMessages({
  forum: (p: { name: string; cadence: string; members: number | undefined }): LocaleText => ({
    en: `Forum "${p.name}" meets ${p.cadence}${p.members === undefined ? '' : ` (${p.members} member agencies)`}.`,
    id: `Forum "${p.name}" bertemu secara ${p.cadence}${p.members === undefined ? '' : ` (${p.members} instansi anggota)`}.`,
  }),
  adHocForum: (p: { name: string }): LocaleText => ({
    en: `Forum "${p.name}" meets only ad hoc (not counted as regular coordination).`,
    id: `Forum "${p.name}" hanya bertemu sewaktu-waktu (tidak dihitung sebagai koordinasi rutin).`,
  }),
  noRegularForum: fixed({
    en: 'No coordination forum with a regular cadence (weekly to yearly) is declared.',
    id: 'Tidak ada forum koordinasi dengan jadwal rutin (mingguan sampai tahunan) yang dideklarasikan.',
  }),
  agreements: (p: {
    covered: number;
    total: number;
    share: number;
    threshold: number;
  }): LocaleText => ({
    en: `Agreements (MoU/PKS/decree) with ${p.covered} of ${p.total} tenants outside the regency government (${pct(p.share)}; at least ${pct(p.threshold)} required).`,
    id: `Perjanjian (MoU/PKS/keputusan) dengan ${p.covered} dari ${p.total} tenant di luar pemerintah kabupaten/kota (${pct(p.share)}; minimal ${pct(p.threshold)}).`,
  }),
  agreementsTooFew: (p: {
    covered: number;
    total: number;
    share: number;
    threshold: number;
    without: string;
  }): LocaleText => ({
    en: `Agreements cover only ${p.covered} of ${p.total} tenants outside the regency government (${pct(p.share)}, below ${pct(p.threshold)}); none with: ${p.without}.`,
    id: `Perjanjian baru mencakup ${p.covered} dari ${p.total} tenant di luar pemerintah kabupaten/kota (${pct(p.share)}, di bawah ${pct(p.threshold)}); belum ada dengan: ${p.without}.`,
  }),
  noExternalTenants: fixed({
    en: 'Every tenant is a regency agency: coordination by agreement is not required.',
    id: 'Semua tenant adalah perangkat daerah: koordinasi melalui perjanjian tidak diperlukan.',
  }),
  regionalAgreements: (p: { count: number }): LocaleText => ({
    en: `${plural(p.count, 'further agreement')} with regency agencies.`,
    id: `${p.count} perjanjian lain dengan perangkat daerah.`,
  }),
  institution: (p: {
    name: string;
    decree: string | undefined;
    members: number | undefined;
  }): LocaleText => ({
    en: `Special coordinating institution: "${p.name}"${p.decree === undefined ? '' : ` (decree ${p.decree})`}${p.members === undefined ? '' : `, ${p.members} member agencies`}.`,
    id: `Lembaga koordinasi khusus: "${p.name}"${p.decree === undefined ? '' : ` (keputusan ${p.decree})`}${p.members === undefined ? '' : `, ${p.members} instansi anggota`}.`,
  }),
  noInstitution: fixed({
    en: 'No special coordinating institution is declared (coordination.institution is null).',
    id: 'Tidak ada lembaga koordinasi khusus yang dideklarasikan (coordination.institution bernilai null).',
  }),
  taskForce: (p: { name: string; members: string; count: number }): LocaleText => ({
    en: `Task force "${p.name}" with ${p.count} agencies: ${p.members}.`,
    id: `Satuan tugas "${p.name}" dengan ${p.count} instansi: ${p.members}.`,
  }),
  singleAgencyTaskForce: (p: { name: string }): LocaleText => ({
    en: `Task force "${p.name}" has members from one agency only (not cross-agency).`,
    id: `Satuan tugas "${p.name}" hanya beranggotakan satu instansi (tidak lintas instansi).`,
  }),
  noTaskForce: fixed({
    en: 'No task force with members from two or more agencies is declared (coordination.taskForces).',
    id: 'Tidak ada satuan tugas dengan anggota dari dua instansi atau lebih (coordination.taskForces).',
  }),
  coalition: (p: { partner: string; kind: string }): LocaleText => ({
    en: `Coalition partner: ${p.partner} (${p.kind}).`,
    id: `Mitra koalisi: ${p.partner} (${p.kind}).`,
  }),
  noCoalition: fixed({
    en: 'No social-coalition partner is declared (coordination.coalitions).',
    id: 'Tidak ada mitra koalisi sosial yang dideklarasikan (coordination.coalitions).',
  }),
  training: (p: {
    name: string;
    year: number | undefined;
    participants: number | undefined;
  }): LocaleText => ({
    en: `Training: ${p.name}${p.year === undefined ? '' : ` (${p.year})`}${p.participants === undefined ? '' : `, ${p.participants} participants`}.`,
    id: `Pelatihan: ${p.name}${p.year === undefined ? '' : ` (${p.year})`}${p.participants === undefined ? '' : `, ${p.participants} peserta`}.`,
  }),
  staffCount: (p: { count: number }): LocaleText => ({
    en: `Mall staff declared: ${p.count}.`,
    id: `Jumlah petugas mal yang dideklarasikan: ${p.count}.`,
  }),
  noCapacity: fixed({
    en: 'Neither staff trainings nor a staff count is declared (coordination.capacity).',
    id: 'Belum ada pelatihan petugas maupun jumlah petugas yang dideklarasikan (coordination.capacity).',
  }),
  value: (p: { name: string }): LocaleText => ({
    en: `Service value: ${p.name}.`,
    id: `Nilai layanan: ${p.name}.`,
  }),
  noValues: fixed({
    en: 'No service values or culture are declared (coordination.values).',
    id: 'Belum ada nilai atau budaya layanan yang dideklarasikan (coordination.values).',
  }),
  leadership: (p: {
    description: string;
    decree: string | undefined;
    date: string | undefined;
  }): LocaleText => ({
    en: `Leadership: ${p.description}${p.decree === undefined ? '' : ` (decree ${p.decree})`}${p.date === undefined ? '' : `, ${p.date}`}.`,
    id: `Kepemimpinan: ${p.description}${p.decree === undefined ? '' : ` (keputusan ${p.decree})`}${p.date === undefined ? '' : `, ${p.date}`}.`,
  }),
  noLeadership: fixed({
    en: 'No leadership commitment (such as a regent decree) is declared (coordination.leadership).',
    id: 'Belum ada komitmen pimpinan (misalnya keputusan bupati) yang dideklarasikan (coordination.leadership).',
  }),
  finding: (p: { met: boolean; note: string | undefined }): LocaleText => ({
    en: `Published finding: ${p.met ? 'met' : 'not met'}${p.note === undefined ? '' : ` — ${p.note}`}.`,
    id: `Temuan yang dipublikasikan: ${p.met ? 'terpenuhi' : 'belum terpenuhi'}${p.note === undefined ? '' : ` — ${p.note}`}.`,
  }),
  derivedFromAgencies: fixed({ en: 'the agencies section', id: 'bagian agencies' }),
  unverifiedWouldMeet: fixed({
    en: 'The declared evidence would meet the rule but is not verified: give each entry `provenance: { status: verified, sources: [...] }` once a source confirms it.',
    id: 'Bukti yang dideklarasikan akan memenuhi aturan tetapi belum diverifikasi: beri setiap entri `provenance: { status: verified, sources: [...] }` setelah ada sumber yang mengonfirmasinya.',
  }),
  noOperatingData: fixed({
    en: 'No operating data: no store given, so handoff delays between agencies are not assessed.',
    id: 'Tidak ada data operasional: tanpa penyimpanan (store), jeda serah terima antarinstansi tidak dinilai.',
  }),
  noHandoffs: (p: { applications: number }): LocaleText => ({
    en: `Operating data: ${plural(p.applications, 'application')}, no handoffs between agencies recorded yet.`,
    id: `Data operasional: ${p.applications} permohonan, belum ada serah terima antarinstansi yang tercatat.`,
  }),
  handoffs: (p: {
    count: number;
    applications: number;
    hours: number;
    days: number | null;
  }): LocaleText => ({
    en: `Operating data: ${plural(p.count, 'handoff')} between agencies in ${plural(p.applications, 'application')}; median ${p.hours} h${p.days === null ? '' : ` (${plural(p.days, 'working day')})`}.`,
    id: `Data operasional: ${p.count} serah terima antarinstansi dalam ${p.applications} permohonan; median ${p.hours} jam${p.days === null ? '' : ` (${p.days} hari kerja)`}.`,
  }),
  slowestPair: (p: { from: string; to: string; hours: number; count: number }): LocaleText => ({
    en: `Slowest handoff: ${p.from} → ${p.to}, median ${p.hours} h over ${plural(p.count, 'handoff')}.`,
    id: `Serah terima paling lambat: ${p.from} → ${p.to}, median ${p.hours} jam dari ${p.count} serah terima.`,
  }),
  slowHandoffs: (p: { days: number; limit: number }): LocaleText => ({
    en: `Attention: the median handoff takes ${p.days} working days, more than ${p.limit}; the verdict rests on the declared structure, so review how coordination works in practice.`,
    id: `Perhatian: median serah terima ${p.days} hari kerja, lebih dari ${p.limit}; penilaian tetap berdasarkan struktur yang dideklarasikan, jadi tinjau pelaksanaan koordinasi di lapangan.`,
  }),
});

const coalitionKindNames: Readonly<Record<string, LocaleText>> = {
  university: { en: 'university', id: 'perguruan tinggi' },
  community: { en: 'community', id: 'komunitas' },
  ngo: { en: 'NGO', id: 'LSM' },
  private: { en: 'private sector', id: 'swasta' },
  media: { en: 'media', id: 'media' },
  religious: { en: 'religious organisation', id: 'organisasi keagamaan' },
  other: { en: 'other', id: 'lainnya' },
};

/** The structural rule of each indicator, as a clause (`threshold`: the agreements' share). */
export const wogRules = defineMessages({
  coordination: (p: { threshold: number }): LocaleText => ({
    en: `a coordination forum meets on a regular cadence (weekly to yearly) and agreements (MoU, PKS, decree) cover at least ${pct(p.threshold)} of the tenants outside the regency government`,
    id: `ada forum koordinasi dengan jadwal rutin (mingguan sampai tahunan) dan perjanjian (MoU, PKS, keputusan) mencakup minimal ${pct(p.threshold)} tenant di luar pemerintah kabupaten/kota`,
  }),
  'coordinating-institution': fixed({
    en: 'a special coordinating institution is declared',
    id: 'ada lembaga koordinasi khusus yang dideklarasikan',
  }),
  'task-force': fixed({
    en: 'a task force has members from two or more agencies',
    id: 'ada satuan tugas dengan anggota dari dua instansi atau lebih',
  }),
  'social-coalition': fixed({
    en: 'at least one social-coalition partner is declared',
    id: 'ada minimal satu mitra koalisi sosial',
  }),
  'resource-capacity': fixed({
    en: 'at least one staff training or a staff count is declared',
    id: 'ada minimal satu pelatihan petugas atau jumlah petugas',
  }),
  'values-culture': fixed({
    en: 'at least one organisational value is declared',
    id: 'ada minimal satu nilai atau budaya layanan',
  }),
  leadership: fixed({
    en: 'at least one act of leadership (a decree, an act of the regional head) is declared',
    id: 'ada minimal satu wujud kepemimpinan (keputusan, tindakan kepala daerah)',
  }),
}) satisfies Record<WogIndicatorId, unknown>;

/** How a verdict was reached, as a sentence naming the rule (or, for a finding, its source). */
export const wogBasisMessages = defineMessages({
  'verified-evidence': (p: { met: boolean; rule: string }): LocaleText => ({
    en: `${p.met ? 'Met' : 'Not met'} on verified evidence: ${p.rule}.`,
    id: `${p.met ? 'Terpenuhi' : 'Belum terpenuhi'} berdasarkan bukti terverifikasi: ${p.rule}.`,
  }),
  finding: (p: { met: boolean; source: string }): LocaleText => ({
    en: `${p.met ? 'Met' : 'Not met'} by a published finding (no verified entry decides it): ${p.source}.`,
    id: `${p.met ? 'Terpenuhi' : 'Belum terpenuhi'} menurut temuan yang dipublikasikan (tidak ada entri terverifikasi yang memutuskannya): ${p.source}.`,
  }),
  'illustrative-evidence': (p: { met: boolean; rule: string }): LocaleText => ({
    en: `${p.met ? 'Met' : 'Not met'} on evidence that is not verified, counted because includeIllustrative is set: ${p.rule}.`,
    id: `${p.met ? 'Terpenuhi' : 'Belum terpenuhi'} berdasarkan bukti yang belum diverifikasi, dihitung karena includeIllustrative diaktifkan: ${p.rule}.`,
  }),
  none: (p: { met: boolean; rule: string }): LocaleText => ({
    en: `Not met: no verified evidence shows that ${p.rule}, and no published finding is declared.`,
    id: `Belum terpenuhi: tidak ada bukti terverifikasi bahwa ${p.rule}, dan tidak ada temuan yang dipublikasikan.`,
  }),
});

/** Kind of coalition partner in words. */
export function coalitionKindName(kind: string, locale: Locale): string {
  return coalitionKindNames[kind]?.[locale] ?? kind;
}
