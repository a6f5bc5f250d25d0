import {
  workflowStepKindLabels,
  type LocalizedText,
  type StepSla,
  type WorkflowActor,
  type WorkflowDefinition,
  type WorkflowStep,
} from '@mpp-kit/schemas';

const owner = (role: string) => ({ role, agency: 'owner' });
const frontOffice = owner('front-office');
const applicant = { role: 'applicant', agency: 'applicant' };
const refuse = { to: 'rejected', reason: 'required' } as const;

/** The completeness check a template starts with (at the owner's counter unless `actor` says). */
const intake = (
  next: string,
  more: { readonly actor?: WorkflowActor; readonly sla?: StepSla } = {},
): WorkflowStep => ({
  id: 'intake',
  kind: 'intake',
  name: workflowStepKindLabels.intake,
  actor: more.actor ?? frontOffice,
  ...(more.sla === undefined ? {} : { sla: more.sla }),
  returnable: true,
  outcomes: { ACCEPT: next, REJECT: refuse },
});

/** The owner's head decides: approve to `next`, or refuse. */
const decision = (next: string): WorkflowStep => ({
  id: 'decision',
  kind: 'decision',
  name: workflowStepKindLabels.decision,
  actor: owner('head'),
  outcomes: { APPROVE: next, REJECT: refuse },
});

/** The product is issued by `actor`, then goes to `next`. */
const issuance = (actor: WorkflowActor, next: string, sla?: StepSla): WorkflowStep => ({
  id: 'issuance',
  kind: 'issuance',
  name: { id: 'Penerbitan', en: 'Issuance' },
  actor,
  ...(sla === undefined ? {} : { sla }),
  outcomes: { ISSUE: next },
});

/** An issuance step of the OSS template: the back office issues `produces`, and it is done. */
const ossIssuance = (id: string, name: LocalizedText, produces: string[]): WorkflowStep => ({
  id,
  kind: 'issuance',
  name,
  actor: owner('back-office'),
  produces,
  outcomes: { ISSUE: 'issued' },
});

/**
 * Simple registration (non-licensing, e.g. civil registration or a utility connection): intake at
 * the counter, processing by the back office, hand-over.
 */
const simpleRegistration: WorkflowDefinition = {
  id: 'simple-registration',
  name: { id: 'Pendaftaran sederhana (non-perizinan)', en: 'Simple registration (non-licensing)' },
  steps: [
    intake('processing'),
    {
      id: 'processing',
      kind: 'review',
      name: { id: 'Pemrosesan', en: 'Processing' },
      actor: owner('back-office'),
      outcomes: { COMPLETE: 'hand-over', REJECT: refuse },
    },
    {
      id: 'hand-over',
      kind: 'hand-over',
      name: { id: 'Penyerahan produk', en: 'Hand-over' },
      actor: frontOffice,
      outcomes: { HAND_OVER: 'issued' },
    },
  ],
};

/** A permit decided by the owner agency: intake, review, decision, issuance. */
const permit: WorkflowDefinition = {
  id: 'permit',
  name: { id: 'Perizinan', en: 'Permit' },
  steps: [
    intake('review'),
    {
      id: 'review',
      kind: 'review',
      name: { id: 'Verifikasi teknis', en: 'Review' },
      actor: owner('reviewer'),
      returnable: true,
      outcomes: { RECOMMEND: 'decision', REJECT: refuse },
    },
    decision('issuance'),
    issuance(owner('back-office'), 'issued'),
  ],
};

/**
 * A permit with a technical team and a regional levy, in the shape of PBG (PP 16/2021):
 * completeness check → technical review by TPA/TPT (all agencies approve; at most 5 returns) →
 * levy assessment → payment (clock stopped: "excluding payment time") → issuance by the owner.
 * Step shares follow a published PBG SOP (1 + 24 + 1 + 2 = 28 working days). The 14-day payment
 * window before the file expires is an illustrative default: set the regency's own with
 * `overrides: { payment: { sla: { days: … } } }`.
 */
const permitWithLevy: WorkflowDefinition = {
  id: 'permit-with-levy',
  name: { id: 'Perizinan dengan retribusi (seperti PBG)', en: 'Permit with levy (like PBG)' },
  returns: { maxRounds: 5 },
  expiry: { deemedApproval: 'levy-assessment' },
  steps: [
    intake('technical-review', { sla: { days: 1 } }),
    {
      id: 'technical-review',
      kind: 'technical-review',
      name: { id: 'Pemeriksaan tim teknis (TPA/TPT)', en: 'Technical review (TPA/TPT)' },
      team: { policy: 'all', role: 'reviewer' },
      sla: { days: 24 },
      returnable: true,
      outcomes: { APPROVE: 'levy-assessment', REJECT: refuse },
    },
    {
      id: 'levy-assessment',
      kind: 'levy-assessment',
      name: { id: 'Penetapan retribusi', en: 'Levy assessment' },
      actor: owner('back-office'),
      sla: { days: 1 },
      outcomes: { ASSESS: 'payment' },
    },
    {
      id: 'payment',
      kind: 'payment',
      name: { id: 'Pembayaran retribusi', en: 'Levy payment' },
      actor: owner('treasurer'),
      clock: 'stops',
      sla: { days: 14 },
      onTimeout: 'expired',
      outcomes: { PAID: 'issuance' },
    },
    issuance(owner('head'), 'issued', { days: 2 }),
  ],
};

/**
 * A permit that needs several agencies: intake at the coordinator's counter, a parallel technical
 * team, a joint field inspection, the owner's decision, issuance, hand-over at the coordinator.
 */
const multiAgencyPermit: WorkflowDefinition = {
  id: 'multi-agency-permit',
  name: { id: 'Perizinan lintas instansi', en: 'Multi-agency permit' },
  steps: [
    intake('technical-review', { actor: { role: 'front-office', agency: 'coordinator' } }),
    {
      id: 'technical-review',
      kind: 'technical-review',
      name: { id: 'Kajian tim teknis', en: 'Technical review' },
      team: { policy: 'all', role: 'reviewer' },
      returnable: true,
      outcomes: { APPROVE: 'inspection', REJECT: refuse },
    },
    {
      id: 'inspection',
      kind: 'inspection',
      name: { id: 'Peninjauan lapangan', en: 'Field inspection' },
      actor: { role: 'inspector', agency: 'team' },
      outcomes: { REPORT: 'decision' },
    },
    decision('issuance'),
    issuance(owner('back-office'), 'hand-over'),
    {
      id: 'hand-over',
      kind: 'hand-over',
      name: { id: 'Penyerahan di gerai', en: 'Hand-over at the counter' },
      actor: { role: 'front-office', agency: 'coordinator' },
      outcomes: { HAND_OVER: 'issued' },
    },
  ],
};

const byRisk = (low: string, mediumLow: string, mediumHigh: string, high: string) => [
  { when: { riskLevel: ['low' as const] }, to: low },
  { when: { riskLevel: ['medium-low' as const] }, to: mediumLow },
  { when: { riskLevel: ['medium-high' as const] }, to: mediumHigh },
  { when: { riskLevel: ['high' as const] }, to: high },
];

/**
 * Risk-based business licensing through OSS (PP 5/2021, replaced by PP 28/2025): registration,
 * then by the application's risk level: low → NIB; medium-low → the applicant's self-declaration,
 * NIB + standard certificate (self-declared); medium-high → verification, NIB + verified standard
 * certificate; high → review and decision, NIB + permit. Start the machine with
 * `input.riskLevel`; a deemed approval (PP 28/2025 for business licensing) leads to the issuance
 * step of that level.
 */
const riskBasedOss: WorkflowDefinition = {
  id: 'risk-based-oss',
  name: {
    id: 'Perizinan berusaha berbasis risiko (OSS)',
    en: 'Risk-based business licensing (OSS)',
  },
  expiry: {
    deemedApproval: byRisk('issue-nib', 'issue-self-declared', 'issue-verified', 'issue-permit'),
  },
  steps: [
    {
      id: 'registration',
      kind: 'intake',
      name: { id: 'Pendaftaran dan pemeriksaan data', en: 'Registration and data check' },
      actor: frontOffice,
      returnable: true,
      outcomes: {
        ACCEPT: byRisk('issue-nib', 'self-declaration', 'verification', 'permit-review'),
        REJECT: refuse,
      },
    },
    ossIssuance('issue-nib', { id: 'Penerbitan NIB', en: 'NIB issuance' }, ['nib']),
    {
      id: 'self-declaration',
      kind: 'self-declaration',
      name: { id: 'Pernyataan mandiri pemenuhan standar', en: 'Self-declaration of conformity' },
      actor: applicant,
      outcomes: { DECLARE: 'issue-self-declared' },
    },
    ossIssuance(
      'issue-self-declared',
      { id: 'Penerbitan NIB dan sertifikat standar', en: 'NIB and standard certificate' },
      ['nib', 'standard-certificate-self-declared'],
    ),
    {
      id: 'verification',
      kind: 'review',
      name: { id: 'Verifikasi pemenuhan standar', en: 'Verification of conformity' },
      actor: owner('reviewer'),
      returnable: true,
      outcomes: { VERIFY: 'issue-verified', REJECT: refuse },
    },
    ossIssuance(
      'issue-verified',
      {
        id: 'Penerbitan NIB dan sertifikat standar terverifikasi',
        en: 'NIB and verified standard certificate',
      },
      ['nib', 'standard-certificate-verified'],
    ),
    {
      id: 'permit-review',
      kind: 'review',
      name: { id: 'Kajian izin', en: 'Permit review' },
      actor: owner('reviewer'),
      returnable: true,
      outcomes: { RECOMMEND: 'permit-decision', REJECT: refuse },
    },
    {
      id: 'permit-decision',
      kind: 'decision',
      name: { id: 'Keputusan izin', en: 'Permit decision' },
      actor: owner('head'),
      outcomes: { APPROVE: 'issue-permit', REJECT: refuse },
    },
    ossIssuance('issue-permit', { id: 'Penerbitan NIB dan izin', en: 'NIB and permit' }, [
      'nib',
      'permit',
    ]),
  ],
};

/**
 * The built-in workflow templates, by id. A service names one (`workflow: permit`) or configures
 * one (`workflow: { template: permit-with-levy, technicalTeam: … }`); a mall workflow may
 * `extends` one.
 *
 * @example
 * ```ts
 * workflowTemplates['permit-with-levy'].steps?.map((step) => step.id);
 * // ['intake', 'technical-review', 'levy-assessment', 'payment', 'issuance']
 * ```
 */
export const workflowTemplates = {
  'simple-registration': simpleRegistration,
  permit,
  'permit-with-levy': permitWithLevy,
  'multi-agency-permit': multiAgencyPermit,
  'risk-based-oss': riskBasedOss,
} as const satisfies Readonly<Record<string, WorkflowDefinition>>;

/**
 * Ids of the built-in templates.
 *
 * @example
 * ```ts
 * workflowTemplateIds; // ['simple-registration', 'permit', 'permit-with-levy', 'multi-agency-permit', 'risk-based-oss']
 * ```
 */
export const workflowTemplateIds = Object.keys(workflowTemplates) as WorkflowTemplateId[];

/**
 * The id of a built-in template.
 *
 * @example
 * ```ts
 * const id: WorkflowTemplateId = 'permit-with-levy';
 * ```
 */
export type WorkflowTemplateId = keyof typeof workflowTemplates;

/**
 * `true` when `id` names a built-in template.
 *
 * @example
 * ```ts
 * isWorkflowTemplateId('permit'); // true
 * isWorkflowTemplateId('pbg-batang'); // false
 * ```
 */
export function isWorkflowTemplateId(id: string): id is WorkflowTemplateId {
  return Object.prototype.hasOwnProperty.call(workflowTemplates, id);
}

/**
 * The roles the built-in templates act through (besides the built-in `applicant`), with names a
 * mall can copy into its `roles:` section.
 *
 * @example
 * ```ts
 * templateRoles.map((role) => role.id);
 * // ['front-office', 'back-office', 'reviewer', 'inspector', 'head', 'treasurer']
 * ```
 */
export const templateRoles: readonly { readonly id: string; readonly name: LocalizedText }[] = [
  { id: 'front-office', name: { id: 'Petugas front office', en: 'Front-office officer' } },
  { id: 'back-office', name: { id: 'Petugas back office', en: 'Back-office officer' } },
  { id: 'reviewer', name: { id: 'Pemeriksa/tim teknis', en: 'Technical reviewer' } },
  { id: 'inspector', name: { id: 'Petugas peninjau lapangan', en: 'Field inspector' } },
  { id: 'head', name: { id: 'Kepala instansi/penandatangan', en: 'Head of agency (signatory)' } },
  { id: 'treasurer', name: { id: 'Bendahara penerimaan', en: 'Revenue treasurer' } },
];
