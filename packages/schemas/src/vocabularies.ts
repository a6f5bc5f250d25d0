import type { LocaleText } from './LocalizedMessage.js';
import type { WorkflowStepKind } from './WorkflowDefinition.js';

/** Days of the week, as used in calendars and opening hours. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week. */
export type Weekday = (typeof weekdays)[number];

/**
 * The name of each {@link weekdays | day of the week} in Indonesian and English: the one table the
 * site, the standard, the reports and the issue messages take them from.
 *
 * @example
 * ```ts
 * weekdayLabels.fri.id; // 'Jumat'
 * ```
 */
export const weekdayLabels = {
  mon: { id: 'Senin', en: 'Monday' },
  tue: { id: 'Selasa', en: 'Tuesday' },
  wed: { id: 'Rabu', en: 'Wednesday' },
  thu: { id: 'Kamis', en: 'Thursday' },
  fri: { id: 'Jumat', en: 'Friday' },
  sat: { id: 'Sabtu', en: 'Saturday' },
  sun: { id: 'Minggu', en: 'Sunday' },
} as const satisfies Record<Weekday, LocaleText>;

/** Indonesian time zones: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). */
export const timeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
/** The IANA name of an Indonesian time zone. */
export type TimeZone = (typeof timeZones)[number];

/** Kinds of tenant agency (instansi). `regional` is a regency/city OPD (horizontal tenant). */
export const agencyKinds = [
  'regional',
  'provincial',
  'vertical',
  'state-owned',
  'region-owned',
  'social-security',
  'bank',
  'other',
] as const;
/** Kind of tenant agency. */
export type AgencyKind = (typeof agencyKinds)[number];

/** Service types: perizinan (licensing) and non-perizinan. */
export const serviceTypes = ['licensing', 'non-licensing'] as const;
/** Service type. */
export type ServiceType = (typeof serviceTypes)[number];

/** Kinds of application: new, renewal, change of data. */
export const applicationKinds = ['new', 'renewal', 'change'] as const;
/** Kind of application. */
export type ApplicationKind = (typeof applicationKinds)[number];

/** Channels through which a service is delivered. */
export const serviceChannels = [
  'counter',
  'online',
  'drive-thru',
  'mobile-unit',
  'post',
  'oss',
] as const;
/** A delivery channel. */
export type ServiceChannel = (typeof serviceChannels)[number];

/** Units in which a completion time is counted. */
export const slaUnits = ['working', 'calendar'] as const;
/** Working days (hari kerja) or calendar days. */
export type SlaUnit = (typeof slaUnits)[number];

/**
 * How days of each {@link slaUnits | unit} are called, in Indonesian and English.
 *
 * @example
 * ```ts
 * slaUnitLabels.working.id; // 'hari kerja'
 * ```
 */
export const slaUnitLabels = {
  working: { id: 'hari kerja', en: 'working days' },
  calendar: { id: 'hari kalender', en: 'calendar days' },
} as const satisfies Record<SlaUnit, LocaleText>;

/** What happens when a completion time runs out. */
export const expiryConsequences = [
  'none',
  'escalate',
  'deemed-approval',
  'deemed-refusal',
] as const;
/**
 * Consequence at expiry; `deemed-approval` is fiktif positif: generally UU 30/2014 Art. 53 as
 * amended by UU 6/2023, PP 28/2025 for risk-based business licensing; only for a service that bears
 * a decision (see `isDecisionBearing`).
 */
export type ExpiryConsequence = (typeof expiryConsequences)[number];

/** Kinds of complaint channel. */
export const complaintChannelKinds = [
  'sp4n-lapor',
  'counter',
  'phone',
  'email',
  'website',
  'whatsapp',
  'suggestion-box',
  'social-media',
] as const;
/** Kind of complaint channel. */
export type ComplaintChannelKind = (typeof complaintChannelKinds)[number];

/** Kinds of regulation a legal basis can be. */
export const legalBasisKinds = [
  'uu',
  'pp',
  'perpres',
  'permen',
  'perda',
  'perbup',
  'keputusan',
  'skb',
  'other',
] as const;
/** Kind of regulation. */
export type LegalBasisKind = (typeof legalBasisKinds)[number];

/** How sure the data is: carried from the reference data so a regency can see what to confirm. */
export const provenanceStatuses = ['verified', 'partial', 'unverified', 'illustrative'] as const;
/** Provenance status of a value. */
export type ProvenanceStatus = (typeof provenanceStatuses)[number];

/** Kinds of calendar day. `working` turns a weekend day into a working day. */
export const calendarDayKinds = ['holiday', 'collective-leave', 'closure', 'working'] as const;
/** Kind of calendar day. */
export type CalendarDayKind = (typeof calendarDayKinds)[number];

/** Cadences of a coordination forum. */
export const forumCadences = [
  'weekly',
  'monthly',
  'quarterly',
  'semiannual',
  'yearly',
  'ad-hoc',
] as const;
/** Cadence of a forum. */
export type ForumCadence = (typeof forumCadences)[number];

/** Kinds of tenant agreement. */
export const agreementKinds = ['mou', 'pks', 'decree', 'other'] as const;
/** Kind of agreement. */
export type AgreementKind = (typeof agreementKinds)[number];

/**
 * The seven Whole-of-Government indicators, in the order of the framework (Sudrajat; the LAN
 * training module on WoG; Hibatullah, Fitriyah and Marlina's study of MPP Batang): four ways of
 * applying WoG, then three challenges.
 */
export const wogIndicatorIds = [
  'coordination',
  'coordinating-institution',
  'task-force',
  'social-coalition',
  'resource-capacity',
  'values-culture',
  'leadership',
] as const;
/** The id of a Whole-of-Government indicator. */
export type WogIndicatorId = (typeof wogIndicatorIds)[number];

/** Kinds of social-coalition partner. */
export const coalitionKinds = [
  'university',
  'community',
  'ngo',
  'private',
  'media',
  'religious',
  'other',
] as const;
/** Kind of coalition partner. */
export type CoalitionKind = (typeof coalitionKinds)[number];

/** Topics of the nine IKM survey elements (PermenPANRB 14/2017). */
export const surveyTopics = [
  'requirements',
  'procedure',
  'completion-time',
  'cost',
  'product',
  'staff-competence',
  'staff-behaviour',
  'complaint-handling',
  'facilities',
] as const;
/** Topic of an IKM element. */
export type SurveyTopic = (typeof surveyTopics)[number];

/**
 * Types of a fee fact (a variable of a fee formula): `number` (any number in its range), `integer`
 * (a whole number in its range), `boolean` (true or false, read by the formula as 1 or 0) and
 * `choice` (one of the declared options, read by the formula as that option's value).
 *
 * @example
 * ```ts
 * feeFactTypes.includes('choice'); // true
 * ```
 */
export const feeFactTypes = ['number', 'integer', 'boolean', 'choice'] as const;
/** Type of a fee fact; see {@link feeFactTypes}. @example `const type: FeeFactType = 'integer';` */
export type FeeFactType = (typeof feeFactTypes)[number];

/**
 * Units of a fee fact: rupiah, lengths, areas, volumes, masses, counts, durations and percent. A
 * fact without a unit is a plain number (an index or a factor).
 *
 * @example
 * ```ts
 * feeFactUnits.includes('m2'); // true
 * ```
 */
export const feeFactUnits = [
  'IDR',
  'm',
  'km',
  'm2',
  'ha',
  'm3',
  'kg',
  'ton',
  'unit',
  'person',
  'day',
  'month',
  'year',
  'percent',
] as const;
/** Unit of a fee fact; see {@link feeFactUnits}. @example `const unit: FeeFactUnit = 'm2';` */
export type FeeFactUnit = (typeof feeFactUnits)[number];

/**
 * How each {@link feeFactUnits | fee fact unit} is written after a number, in English and
 * Indonesian (`100 m²`, `3 hari`).
 *
 * @example
 * ```ts
 * feeFactUnitSymbols.day.id; // 'hari'
 * ```
 */
export const feeFactUnitSymbols: Readonly<Record<FeeFactUnit, LocaleText>> = {
  IDR: { en: 'rupiah', id: 'rupiah' },
  m: { en: 'm', id: 'm' },
  km: { en: 'km', id: 'km' },
  m2: { en: 'm²', id: 'm²' },
  ha: { en: 'ha', id: 'ha' },
  m3: { en: 'm³', id: 'm³' },
  kg: { en: 'kg', id: 'kg' },
  ton: { en: 'tonnes', id: 'ton' },
  unit: { en: 'units', id: 'unit' },
  person: { en: 'people', id: 'orang' },
  day: { en: 'days', id: 'hari' },
  month: { en: 'months', id: 'bulan' },
  year: { en: 'years', id: 'tahun' },
  percent: { en: '%', id: '%' },
};

/** Units of an output's validity period. */
export const periodUnits = ['days', 'months', 'years'] as const;
/** Unit of a period. */
export type PeriodUnit = (typeof periodUnits)[number];

/**
 * Tiers of complaint handling with their response terms in working days, as the SP4N-LAPOR!
 * guideline sets them (PermenPANRB 62/2018 on the national complaint management system, SP4N):
 * `information` (a request for information, 5), `complaint` (a complaint, 5), `dispute` (a case
 * that needs no field inspection, 14) and `dispute-with-inspection` (a case that needs one, 60).
 *
 * @example
 * ```ts
 * complaintTiers.includes('dispute'); // true
 * ```
 */
export const complaintTiers = [
  'information',
  'complaint',
  'dispute',
  'dispute-with-inspection',
] as const;
/**
 * A complaint tier; see {@link complaintTiers}.
 *
 * @example
 * ```ts
 * const tier: ComplaintTier = 'dispute-with-inspection';
 * ```
 */
export type ComplaintTier = (typeof complaintTiers)[number];

/**
 * The name of each {@link complaintTiers | complaint tier} in Indonesian and English.
 *
 * @example
 * ```ts
 * complaintTierLabels.dispute.id; // 'sengketa tanpa pemeriksaan lapangan'
 * ```
 */
export const complaintTierLabels = {
  information: { id: 'permintaan informasi', en: 'request for information' },
  complaint: { id: 'keluhan', en: 'complaint' },
  dispute: { id: 'sengketa tanpa pemeriksaan lapangan', en: 'dispute without field inspection' },
  'dispute-with-inspection': {
    id: 'sengketa dengan pemeriksaan lapangan',
    en: 'dispute with field inspection',
  },
} as const satisfies Record<ComplaintTier, LocaleText>;

/**
 * The response term of each {@link complaintTiers | complaint tier}, in working days (SP4N-LAPOR!:
 * 5, 5, 14, 60), and the first response every complaint gets within 3 working days.
 *
 * @example
 * ```ts
 * complaintTierDays.dispute; // 14
 * complaintFirstResponseDays; // 3
 * ```
 */
export const complaintTierDays: Readonly<Record<ComplaintTier, number>> = {
  information: 5,
  complaint: 5,
  dispute: 14,
  'dispute-with-inspection': 60,
};

/**
 * Working days within which a complaint gets its first response (verification), per SP4N-LAPOR!.
 *
 * @example
 * ```ts
 * complaintFirstResponseDays; // 3
 * ```
 */
export const complaintFirstResponseDays = 3;

/**
 * The groups a queue calls first (*perlakuan khusus*): older people, people with disabilities,
 * pregnant women and children, as UU 25/2009 Art. 29 and its elucidation name them.
 *
 * @example
 * ```ts
 * queuePriorityGroups.includes('pregnant'); // true
 * ```
 */
export const queuePriorityGroups = ['older-person', 'disability', 'pregnant', 'child'] as const;
/**
 * A priority group; see {@link queuePriorityGroups}.
 *
 * @example
 * ```ts
 * const group: QueuePriorityGroup = 'older-person';
 * ```
 */
export type QueuePriorityGroup = (typeof queuePriorityGroups)[number];

/**
 * The states of a complaint (*status pengaduan*), in lifecycle order: received, verified (the
 * first response), assigned to the receiving agency, answered, closed; `reopened` when the
 * reporter is not satisfied with the answer (it goes back to the agency).
 *
 * @example
 * ```ts
 * complaintStates[0]; // 'received'
 * ```
 */
export const complaintStates = [
  'received',
  'verified',
  'assigned',
  'answered',
  'reopened',
  'closed',
] as const;
/**
 * A complaint state; see {@link complaintStates}.
 *
 * @example
 * ```ts
 * const state: ComplaintState = 'answered';
 * ```
 */
export type ComplaintState = (typeof complaintStates)[number];

/**
 * What a workflow step of each {@link WorkflowStepKind | kind} is called when the workflow gives it
 * no name, in Indonesian and English.
 *
 * @example
 * ```ts
 * workflowStepKindLabels.payment.id; // 'Pembayaran'
 * ```
 */
export const workflowStepKindLabels = {
  intake: { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' },
  review: { id: 'Pemeriksaan/verifikasi', en: 'Review' },
  'technical-review': { id: 'Kajian tim teknis', en: 'Technical review' },
  inspection: { id: 'Peninjauan lapangan', en: 'Field inspection' },
  decision: { id: 'Keputusan', en: 'Decision' },
  'self-declaration': { id: 'Pernyataan mandiri pemohon', en: "Applicant's self-declaration" },
  'levy-assessment': { id: 'Penetapan retribusi', en: 'Levy assessment' },
  payment: { id: 'Pembayaran', en: 'Payment' },
  issuance: { id: 'Penerbitan produk layanan', en: 'Issuance' },
  'hand-over': { id: 'Penyerahan produk layanan', en: 'Hand-over' },
} as const satisfies Record<WorkflowStepKind, LocaleText>;
