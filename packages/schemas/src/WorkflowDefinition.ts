import { z } from 'zod';
import { doc, idOf, idPattern } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { applicationKinds } from './vocabularies.js';

/**
 * Kinds of workflow step (langkah alur kerja).
 *
 * - `intake`: completeness check at the counter (pemeriksaan kelengkapan berkas).
 * - `review`: substantive review by one agency (verifikasi).
 * - `technical-review`: a parallel technical team across agencies (tim teknis, e.g. TPA/TPT for PBG).
 * - `inspection`: field inspection (peninjauan lapangan).
 * - `decision`: approve or refuse (keputusan).
 * - `self-declaration`: the applicant declares conformity (pernyataan mandiri, risk-based OSS).
 * - `levy-assessment`: the levy is calculated and set (penetapan retribusi).
 * - `payment`: the applicant pays (pembayaran).
 * - `issuance`: the output is signed and issued (penerbitan).
 * - `hand-over`: the output is handed to the applicant (penyerahan).
 *
 * @example
 * ```ts
 * workflowStepKinds.includes('technical-review'); // true
 * ```
 */
export const workflowStepKinds = [
  'intake',
  'review',
  'technical-review',
  'inspection',
  'decision',
  'self-declaration',
  'levy-assessment',
  'payment',
  'issuance',
  'hand-over',
] as const;
/**
 * A kind of workflow step; see {@link workflowStepKinds}.
 *
 * @example
 * ```ts
 * const kind: WorkflowStepKind = 'decision';
 * ```
 */
export type WorkflowStepKind = (typeof workflowStepKinds)[number];

/**
 * Final states every workflow has without declaring them: `issued` (terbit), `rejected` (ditolak),
 * `withdrawn` (dicabut/ditarik), `expired` (kedaluwarsa).
 *
 * @example
 * ```ts
 * workflowFinals.includes('issued'); // true
 * ```
 */
export const workflowFinals = ['issued', 'rejected', 'withdrawn', 'expired'] as const;
/**
 * A final state; see {@link workflowFinals}.
 *
 * @example
 * ```ts
 * const final: WorkflowFinal = 'rejected';
 * ```
 */
export type WorkflowFinal = (typeof workflowFinals)[number];

/**
 * Keywords an actor's `agency` may use instead of an agency id: the service `owner`, the mall
 * `coordinator`, the `applicant` (pemohon), or any agency of the technical `team`.
 *
 * @example
 * ```ts
 * actorAgencyKeywords.includes('coordinator'); // true
 * ```
 */
export const actorAgencyKeywords = ['owner', 'coordinator', 'applicant', 'team'] as const;
/**
 * An agency keyword; see {@link actorAgencyKeywords}.
 *
 * @example
 * ```ts
 * const keyword: ActorAgencyKeyword = 'owner';
 * ```
 */
export type ActorAgencyKeyword = (typeof actorAgencyKeywords)[number];

/**
 * Business risk levels of risk-based licensing (PP 5/2021, PP 28/2025): low → NIB; medium-low →
 * NIB + self-declared standard certificate; medium-high → NIB + verified standard certificate;
 * high → NIB + permit.
 *
 * @example
 * ```ts
 * riskLevels.indexOf('high'); // 3
 * ```
 */
export const riskLevels = ['low', 'medium-low', 'medium-high', 'high'] as const;
/**
 * A risk level; see {@link riskLevels}.
 *
 * @example
 * ```ts
 * const level: RiskLevel = 'medium-high';
 * ```
 */
export type RiskLevel = (typeof riskLevels)[number];

/**
 * Event types with a built-in meaning, which a step outcome may not use as its name:
 * `TICK` (the scheduler's time signal), `RETURN` (file returned to the applicant, clock stops),
 * `RESUBMIT` (the applicant resubmits, clock resumes), `WITHDRAW` (the applicant withdraws) and
 * `EXTEND` (an extension with a reason).
 *
 * @example
 * ```ts
 * reservedWorkflowEvents.includes('TICK'); // true
 * ```
 */
export const reservedWorkflowEvents = ['TICK', 'RETURN', 'RESUBMIT', 'WITHDRAW', 'EXTEND'] as const;
/**
 * A reserved event type; see {@link reservedWorkflowEvents}.
 *
 * @example
 * ```ts
 * const type: ReservedWorkflowEvent = 'RESUBMIT';
 * ```
 */
export type ReservedWorkflowEvent = (typeof reservedWorkflowEvents)[number];

/**
 * Whether an outcome needs a written reason: `required` or `optional`. Outcomes leading to
 * `rejected` always need one (UU 25/2009: a refusal states its reason).
 *
 * @example
 * ```ts
 * reasonRules.includes('required'); // true
 * ```
 */
export const reasonRules = ['required', 'optional'] as const;
/**
 * A reason rule; see {@link reasonRules}.
 *
 * @example
 * ```ts
 * const rule: ReasonRule = 'optional';
 * ```
 */
export type ReasonRule = (typeof reasonRules)[number];

/**
 * What a step does to the service clock: `runs` (counts towards the completion time) or `stops`
 * (waiting for the applicant, for example for payment: "excluding payment time").
 *
 * @example
 * ```ts
 * stepClocks.includes('stops'); // true
 * ```
 */
export const stepClocks = ['runs', 'stops'] as const;
/**
 * A step clock rule; see {@link stepClocks}.
 *
 * @example
 * ```ts
 * const clock: StepClock = 'runs';
 * ```
 */
export type StepClock = (typeof stepClocks)[number];

/**
 * What happens when a returned file waits longer than `returns.maxWaitDays`: `withdraw` (the
 * application counts as withdrawn).
 *
 * @example
 * ```ts
 * waitExceededActions[0]; // 'withdraw'
 * ```
 */
export const waitExceededActions = ['withdraw'] as const;
/**
 * A wait-exceeded action; see {@link waitExceededActions}.
 *
 * @example
 * ```ts
 * const action: WaitExceededAction = 'withdraw';
 * ```
 */
export type WaitExceededAction = (typeof waitExceededActions)[number];

const reservedAlternation = reservedWorkflowEvents.join('|');
/**
 * An outcome (event) name: UPPER_SNAKE_CASE, not one of {@link reservedWorkflowEvents}.
 *
 * @example
 * ```ts
 * outcomeNamePattern.test('ACCEPT'); // true
 * outcomeNamePattern.test('TICK'); // false
 * ```
 */
export const outcomeNamePattern = new RegExp(`^(?!(?:${reservedAlternation})$)[A-Z][A-Z0-9_]*$`);

const outcomeName = doc(
  z.string().regex(outcomeNamePattern),
  'Nama hasil/peristiwa, HURUF_BESAR (misalnya ACCEPT, APPROVE). TICK, RETURN, RESUBMIT, WITHDRAW, EXTEND sudah dipakai sistem.',
  'Outcome (event) name in UPPER_SNAKE_CASE (for example ACCEPT, APPROVE). TICK, RETURN, RESUBMIT, WITHDRAW and EXTEND are reserved.',
);

const stepRef = (id: string, en: string) => doc(z.string().regex(idPattern), id, en);

const target = stepRef(
  'Tujuan: id langkah, atau status akhir issued (terbit), rejected (ditolak), withdrawn (dicabut), expired (kedaluwarsa).',
  'Target: a step id, or a final: issued, rejected, withdrawn, expired.',
);

/**
 * Who may act: a role at an agency. `agency` is an agency id or a keyword: `owner` (the service
 * owner, the default), `coordinator` (the mall coordinator), `applicant`, or `team` (any agency of
 * the technical team).
 *
 * @example
 * ```yaml
 * actor: { role: front-office, agency: owner }
 * ```
 */
export const workflowActor = z.strictObject({
  role: idOf(
    'Id peran yang boleh bertindak (lihat `roles`; "applicant" dan "system" sudah tersedia).',
    'Role allowed to act (see `roles`; "applicant" and "system" are built in).',
  ),
  agency: doc(
    z.union([z.enum(actorAgencyKeywords), z.string().regex(idPattern)]).optional(),
    'Instansi: owner (pemilik layanan, bawaan), coordinator (koordinator mal), applicant (pemohon), team (anggota tim teknis), atau id instansi.',
    'Agency: owner (the service owner, default), coordinator (the mall coordinator), applicant, team (any technical-team agency), or an agency id.',
  ),
});
/**
 * Who may act, as written; see {@link workflowActor}.
 *
 * @example
 * ```ts
 * const actor: WorkflowActor = { role: 'head', agency: 'coordinator' };
 * ```
 */
export type WorkflowActor = z.infer<typeof workflowActor>;

const actors = doc(
  z.union([workflowActor, z.array(workflowActor).min(1)]),
  'Siapa yang boleh bertindak: satu { role, agency } atau daftar.',
  'Who may act: one { role, agency } or a list.',
);

/**
 * A condition on the application, used to branch outcomes (risk level from the KBLI, kind of
 * application).
 *
 * @example
 * ```yaml
 * when: { riskLevel: [medium-high, high] }
 * ```
 */
export const outcomeCondition = z.strictObject({
  riskLevel: doc(
    z.array(z.enum(riskLevels)).min(1).optional(),
    'Hanya untuk tingkat risiko ini: low, medium-low, medium-high, high.',
    'Only for these risk levels: low, medium-low, medium-high, high.',
  ),
  applicationKind: doc(
    z.array(z.enum(applicationKinds)).min(1).optional(),
    'Hanya untuk jenis permohonan ini: new, renewal, change.',
    'Only for these application kinds: new, renewal, change.',
  ),
});
/**
 * A condition on the application; see {@link outcomeCondition}.
 *
 * @example
 * ```ts
 * const when: OutcomeCondition = { riskLevel: ['low'] };
 * ```
 */
export type OutcomeCondition = z.infer<typeof outcomeCondition>;

/**
 * One rule of an outcome: where it leads, who else may send it, whether it needs a reason, and
 * (in a list) the condition under which it applies.
 *
 * @example
 * ```yaml
 * REJECT: { to: rejected, reason: required }
 * ```
 */
export const outcomeRule = z.strictObject({
  to: target,
  actor: doc(
    actors.optional(),
    'Pelaku tambahan yang juga boleh mengirim hasil ini (selain pelaku langkah).',
    'Extra actor who may also send this outcome (besides the step actor).',
  ),
  reason: doc(
    z.enum(reasonRules).optional(),
    'Alasan tertulis: required (wajib) atau optional. Hasil menuju rejected selalu wajib beralasan.',
    'Written reason: required or optional. Outcomes leading to rejected always require one.',
  ),
  when: doc(
    outcomeCondition.optional(),
    'Syarat cabang (dalam daftar aturan, aturan pertama yang cocok dipakai).',
    'Branch condition (in a list of rules, the first rule that matches applies).',
  ),
  description: doc(localizedText.optional(), 'Penjelasan hasil.', 'What the outcome means.'),
});
/**
 * One outcome rule; see {@link outcomeRule}.
 *
 * @example
 * ```ts
 * const rule: OutcomeRule = { to: 'rejected', reason: 'required' };
 * ```
 */
export type OutcomeRule = z.infer<typeof outcomeRule>;

/**
 * An outcome of a step: a target, one rule, or a list of rules tried in order (a list branches on
 * `when`; a last rule without `when` is the otherwise).
 *
 * @example
 * ```yaml
 * outcomes:
 *   ACCEPT: review
 *   REJECT: { to: rejected, reason: required }
 *   ROUTE:
 *     - { when: { riskLevel: [low] }, to: issue-nib }
 *     - { to: verification }
 * ```
 */
export const workflowOutcome = doc(
  z.union([target, outcomeRule, z.array(outcomeRule).min(1)]),
  'Hasil: tujuan (id langkah/status akhir), satu aturan { to, actor, reason, when }, atau daftar aturan bercabang.',
  'Outcome: a target (step id or final), one rule { to, actor, reason, when }, or a list of branching rules.',
);
/**
 * An outcome; see {@link workflowOutcome}.
 *
 * @example
 * ```ts
 * const outcome: WorkflowOutcome = 'technical-review';
 * ```
 */
export type WorkflowOutcome = z.infer<typeof workflowOutcome>;

const outcomes = doc(
  z.record(outcomeName, workflowOutcome),
  'Hasil langkah: NAMA_HASIL → tujuan.',
  'Outcomes of the step: OUTCOME_NAME → target.',
);

/**
 * A step's share of the service completion time, in the service's unit (working or calendar days).
 *
 * @example
 * ```yaml
 * sla: { days: 1 }
 * ```
 */
export const stepSla = z.strictObject({
  days: doc(
    z.number().int().min(0),
    'Jatah waktu langkah ini dalam hari (satuan mengikuti SLA layanan).',
    "This step's share of the completion time, in days (the service SLA's unit).",
  ),
});
/**
 * A step's share of the completion time; see {@link stepSla}.
 *
 * @example
 * ```ts
 * const share: StepSla = { days: 3 };
 * ```
 */
export type StepSla = z.infer<typeof stepSla>;

/**
 * How a technical team decides: `all` (every agency approves) or `{ quorum: n }` (n approvals).
 *
 * @example
 * ```yaml
 * policy: { quorum: 2 }
 * ```
 */
export const teamPolicy = doc(
  z.union([
    z.literal('all'),
    z.strictObject({
      quorum: doc(
        z.number().int().min(1),
        'Jumlah persetujuan yang dibutuhkan.',
        'Approvals needed.',
      ),
    }),
  ]),
  'Cara tim memutuskan: all (semua instansi setuju) atau { quorum: n } (n persetujuan).',
  'How the team decides: all (every agency approves) or { quorum: n } (n approvals).',
);
/**
 * A team policy; see {@link teamPolicy}.
 *
 * @example
 * ```ts
 * const policy: TeamPolicy = { quorum: 2 };
 * ```
 */
export type TeamPolicy = z.infer<typeof teamPolicy>;

/**
 * A technical team (tim teknis): reviewers from several agencies deciding in parallel. Without
 * `agencies`, the service's `participants` form the team.
 *
 * @example
 * ```yaml
 * technicalTeam: { agencies: [dpupr, dlh], policy: all }
 * ```
 */
export const technicalTeam = z.strictObject({
  agencies: doc(
    z.array(z.string().regex(idPattern)).min(1).optional(),
    'Instansi anggota tim; bila kosong, instansi `participants` layanan.',
    "Member agencies; when absent, the service's `participants`.",
  ),
  policy: doc(
    teamPolicy.optional(),
    'Cara tim memutuskan (bawaan: all).',
    'How the team decides (default: all).',
  ),
  role: idOf(
    'Peran petugas tim yang boleh memberi putusan (bawaan: reviewer).',
    'Role of the team officers who may vote (default: reviewer).',
  ).optional(),
});
/**
 * A technical team; see {@link technicalTeam}.
 *
 * @example
 * ```ts
 * const team: TechnicalTeam = { agencies: ['dpupr', 'dlh'], policy: 'all' };
 * ```
 */
export type TechnicalTeam = z.infer<typeof technicalTeam>;

const common = {
  id: idOf('Id langkah, unik dalam alur kerja.', 'Step id, unique within the workflow.'),
  name: doc(localizedText.optional(), 'Nama langkah.', 'Step name.'),
  description: doc(localizedText.optional(), 'Uraian langkah.', 'What the step does.'),
  sla: doc(stepSla.optional(), 'Jatah waktu langkah.', "The step's share of the completion time."),
  returnable: doc(
    z.boolean().optional(),
    'Berkas boleh dikembalikan ke pemohon dari langkah ini (RETURN, jam berhenti; RESUBMIT melanjutkan).',
    'The file may be returned to the applicant from this step (RETURN stops the clock; RESUBMIT resumes it).',
  ),
  clock: doc(
    z.enum(stepClocks).optional(),
    'Jam layanan pada langkah ini: runs (berjalan, bawaan) atau stops (berhenti, misalnya menunggu pembayaran).',
    'The service clock in this step: runs (default) or stops (for example while waiting for payment).',
  ),
  onTimeout: doc(
    target.optional(),
    'Tujuan bila jatah waktu langkah habis (misalnya expired bila retribusi tidak dibayar).',
    "Target when the step's own time runs out (for example expired when the levy is not paid).",
  ),
};

const plainKinds = workflowStepKinds.filter(
  (kind): kind is Exclude<WorkflowStepKind, 'technical-review' | 'issuance'> =>
    kind !== 'technical-review' && kind !== 'issuance',
) as [
  Exclude<WorkflowStepKind, 'technical-review' | 'issuance'>,
  ...Exclude<WorkflowStepKind, 'technical-review' | 'issuance'>[],
];

const produces = doc(
  z.array(z.string().regex(idPattern)).min(1).optional(),
  'Produk yang diterbitkan (misalnya nib, permit); bawaan: service-output (produk layanan).',
  'Products issued (for example nib, permit); default: service-output (the service output).',
);

/**
 * One step of a workflow: its kind, who acts, its share of the completion time and its outcomes.
 * A `technical-review` step has a `team` instead of an `actor` and the outcomes `APPROVE` (when
 * the team policy is met) and optionally `REJECT`; an `issuance` step may say what it `produces`.
 *
 * @example
 * ```yaml
 * - id: intake
 *   kind: intake
 *   actor: { role: front-office, agency: owner }
 *   sla: { days: 1 }
 *   returnable: true
 *   outcomes:
 *     ACCEPT: technical-review
 *     REJECT: { to: rejected, reason: required }
 * ```
 */
export const workflowStep = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: doc(
      z.enum(plainKinds),
      'Jenis langkah: intake, review, technical-review, inspection, decision, self-declaration, levy-assessment, payment, issuance, hand-over.',
      'Step kind: intake, review, technical-review, inspection, decision, self-declaration, levy-assessment, payment, issuance, hand-over.',
    ),
    actor: doc(actors, 'Siapa yang bertindak pada langkah ini.', 'Who acts in this step.'),
    outcomes,
  }),
  z.strictObject({
    ...common,
    kind: doc(z.literal('issuance'), 'Penerbitan produk layanan.', 'Issuance of the output.'),
    actor: doc(actors, 'Siapa yang menerbitkan.', 'Who issues.'),
    produces,
    outcomes,
  }),
  z.strictObject({
    ...common,
    kind: doc(
      z.literal('technical-review'),
      'Kajian tim teknis lintas instansi (paralel).',
      'Parallel review by a team of agencies.',
    ),
    team: doc(
      technicalTeam.optional(),
      'Tim teknis; bawaan: `technicalTeam` alur kerja/layanan, atau `participants` layanan.',
      "The team; default: the workflow's or service's `technicalTeam`, else the service's `participants`.",
    ),
    outcomes: doc(
      z.strictObject({
        APPROVE: doc(
          workflowOutcome,
          'Tujuan bila kebijakan tim terpenuhi.',
          'Target once the team policy is met.',
        ),
        REJECT: doc(
          workflowOutcome.optional(),
          'Tujuan bila tim menolak (all: satu penolakan; quorum: kuorum tak mungkin tercapai).',
          'Target when the team refuses (all: one refusal; quorum: the quorum can no longer be met).',
        ),
      }),
      'Hasil tim teknis: APPROVE dan (opsional) REJECT.',
      'Outcomes of the team: APPROVE and (optionally) REJECT.',
    ),
  }),
]);
/**
 * One workflow step; see {@link workflowStep}.
 *
 * @example
 * ```ts
 * const step: WorkflowStep = {
 *   id: 'decision',
 *   kind: 'decision',
 *   actor: { role: 'head', agency: 'owner' },
 *   outcomes: { APPROVE: 'issuance', REJECT: 'rejected' },
 * };
 * ```
 */
export type WorkflowStep = z.infer<typeof workflowStep>;

/**
 * Changes to one step of a template or base workflow, keyed by step id in `overrides`. Fields
 * replace the base's; `outcomes` merge by name (`null` removes an outcome); `team` merges.
 *
 * @example
 * ```yaml
 * overrides:
 *   intake: { sla: { days: 2 } }
 *   technical-review: { outcomes: { REJECT: null } }
 * ```
 */
export const stepOverride = z.strictObject({
  name: common.name,
  description: common.description,
  sla: common.sla,
  returnable: common.returnable,
  clock: common.clock,
  onTimeout: common.onTimeout,
  actor: doc(actors.optional(), 'Siapa yang bertindak (mengganti).', 'Who acts (replaces).'),
  team: doc(technicalTeam.optional(), 'Tim teknis (digabung).', 'Technical team (merged).'),
  produces,
  outcomes: doc(
    z.record(outcomeName, workflowOutcome.nullable()).optional(),
    'Hasil yang diganti/ditambah; null menghapus hasil.',
    'Outcomes replaced or added; null removes one.',
  ),
});
/**
 * Changes to one step; see {@link stepOverride}.
 *
 * @example
 * ```ts
 * const patch: StepOverride = { sla: { days: 2 } };
 * ```
 */
export type StepOverride = z.infer<typeof stepOverride>;

const overrides = doc(
  z.record(z.string().regex(idPattern), stepOverride),
  'Perubahan langkah templat/alur dasar, per id langkah.',
  'Changes to steps of the template or base workflow, by step id.',
);

/**
 * Limits on returning a file to the applicant: at most `maxRounds` returns; a returned file
 * waiting more than `maxWaitDays` (in the service's unit) is withdrawn.
 *
 * @example
 * ```yaml
 * returns: { maxRounds: 5, maxWaitDays: 30, onWaitExceeded: withdraw }
 * ```
 */
export const returnsPolicy = z.strictObject({
  maxRounds: doc(
    z.number().int().min(1).optional(),
    'Berapa kali berkas paling banyak dikembalikan ke pemohon.',
    'How many times at most the file may be returned to the applicant.',
  ),
  maxWaitDays: doc(
    z.number().int().min(1).optional(),
    'Batas hari menunggu perbaikan dari pemohon (satuan SLA layanan).',
    "How many days the applicant has to correct and resubmit (the service SLA's unit).",
  ),
  onWaitExceeded: doc(
    z.enum(waitExceededActions).optional(),
    'Bila batas menunggu terlampaui: withdraw (permohonan dianggap dicabut, bawaan).',
    'When the wait limit passes: withdraw (the application counts as withdrawn; default).',
  ),
});
/**
 * Return limits; see {@link returnsPolicy}.
 *
 * @example
 * ```ts
 * const returns: ReturnsPolicy = { maxRounds: 5 };
 * ```
 */
export type ReturnsPolicy = z.infer<typeof returnsPolicy>;

const branchTarget = doc(
  z.union([target, z.array(outcomeRule).min(1)]),
  'Tujuan, atau daftar aturan bercabang { when, to }.',
  'A target, or a list of branching rules { when, to }.',
);

/**
 * Where the service's expiry consequence leads: `deemedApproval` (fiktif positif: UU 30/2014
 * Art. 53 as amended by UU 6/2023, PP 28/2025 for risk-based business licensing; default the first
 * `issuance` step, else `issued`), `deemedRefusal` (default `rejected`), and who
 * may also act once a file is escalated (`escalateTo`, default the head of the coordinator).
 *
 * @example
 * ```yaml
 * expiry: { deemedApproval: levy-assessment, escalateTo: { role: head, agency: coordinator } }
 * ```
 */
export const expiryPolicy = z.strictObject({
  deemedApproval: doc(
    branchTarget.optional(),
    'Tujuan bila dianggap disetujui (fiktif positif).',
    'Target of a deemed approval.',
  ),
  deemedRefusal: doc(
    branchTarget.optional(),
    'Tujuan bila dianggap ditolak.',
    'Target of a deemed refusal.',
  ),
  escalateTo: doc(
    actors.optional(),
    'Pelaku yang juga boleh bertindak setelah eskalasi (bawaan: head @ coordinator).',
    'Who may also act after escalation (default: head @ coordinator).',
  ),
});
/**
 * Expiry routing; see {@link expiryPolicy}.
 *
 * @example
 * ```ts
 * const expiry: ExpiryPolicy = { deemedApproval: 'issuance' };
 * ```
 */
export type ExpiryPolicy = z.infer<typeof expiryPolicy>;

const policies = {
  technicalTeam: doc(
    technicalTeam.optional(),
    'Tim teknis untuk setiap langkah technical-review.',
    'The technical team of every technical-review step.',
  ),
  returns: doc(
    returnsPolicy.optional(),
    'Batas pengembalian berkas.',
    'Limits on returning the file.',
  ),
  expiry: doc(
    expiryPolicy.optional(),
    'Akibat habisnya waktu: tujuan dan eskalasi.',
    'Expiry: targets and escalation.',
  ),
  withdrawal: doc(
    z.boolean().optional(),
    'Pemohon boleh mencabut permohonan sebelum selesai (WITHDRAW, bawaan true).',
    'The applicant may withdraw before a final (WITHDRAW, default true).',
  ),
  extension: doc(
    z
      .strictObject({
        actor: doc(
          actors.optional(),
          'Siapa yang boleh memperpanjang (bawaan: pelaku langkah).',
          'Who may extend (default: the step actor).',
        ),
      })
      .optional(),
    'Perpanjangan waktu (EXTEND) dengan alasan, dalam batas maksimum hukum layanan.',
    "Extensions (EXTEND) with a reason, within the service's legal maximum.",
  ),
};

/**
 * A workflow declared in the `workflows` section: its own steps, or `extends` a built-in template
 * (simple-registration, permit, permit-with-levy, multi-agency-permit, risk-based-oss) or another
 * workflow, with `overrides` per step and extra `steps`.
 *
 * @example
 * ```yaml
 * workflows:
 *   - id: pbg-batang
 *     extends: permit-with-levy
 *     technicalTeam: { agencies: [dpupr, dlh], policy: all }
 *     returns: { maxRounds: 5, maxWaitDays: 30 }
 *     overrides:
 *       intake: { sla: { days: 2 } }
 * ```
 */
export const workflowDefinition = z.strictObject({
  id: idOf(
    'Id alur kerja, unik; tidak boleh sama dengan id templat bawaan.',
    'Workflow id, unique; not a built-in template id.',
  ),
  name: doc(localizedText.optional(), 'Nama alur kerja.', 'Workflow name.'),
  description: doc(localizedText.optional(), 'Uraian alur kerja.', 'What the workflow is for.'),
  extends: stepRef(
    'Templat bawaan (simple-registration, permit, permit-with-levy, multi-agency-permit, risk-based-oss) atau alur kerja lain yang diperluas.',
    'Built-in template (simple-registration, permit, permit-with-levy, multi-agency-permit, risk-based-oss) or another workflow this one extends.',
  ).optional(),
  start: stepRef(
    'Langkah pertama (bawaan: langkah pertama dalam daftar).',
    'First step (default: the first listed step).',
  ).optional(),
  steps: doc(
    z.array(workflowStep).optional(),
    'Langkah-langkah. Dengan `extends`: langkah baru, atau pengganti utuh langkah dengan id sama.',
    'The steps. With `extends`: new steps, or whole replacements of steps with the same id.',
  ),
  overrides: doc(
    overrides.optional(),
    'Perubahan per langkah (dengan `extends`).',
    'Per-step changes (with `extends`).',
  ),
  ...policies,
});
/**
 * A workflow declared in the `workflows` section; see {@link workflowDefinition}.
 *
 * @example
 * ```ts
 * const flow: WorkflowDefinition = { id: 'pbg-batang', extends: 'permit-with-levy' };
 * ```
 */
export type WorkflowDefinition = z.infer<typeof workflowDefinition>;

/**
 * How a service names its lifecycle: a workflow or template id, or `{ template, ... }` with the
 * technical team, return limits, expiry routing and per-step overrides for this service.
 *
 * @example
 * ```yaml
 * workflow: permit
 * # or
 * workflow:
 *   template: permit-with-levy
 *   technicalTeam: { agencies: [dpupr, dlh], policy: all }
 *   returns: { maxRounds: 5 }
 *   overrides: { technical-review: { sla: { days: 24 } } }
 * ```
 */
export const serviceWorkflow = doc(
  z.union([
    stepRef(
      'Id alur kerja (`workflows`) atau templat bawaan: simple-registration, permit, permit-with-levy, multi-agency-permit, risk-based-oss.',
      'Workflow id (`workflows`) or built-in template: simple-registration, permit, permit-with-levy, multi-agency-permit, risk-based-oss.',
    ),
    z.strictObject({
      template: stepRef(
        'Templat bawaan atau id alur kerja yang dipakai sebagai dasar.',
        'Built-in template or workflow id used as the base.',
      ),
      overrides: doc(
        overrides.optional(),
        'Perubahan per langkah untuk layanan ini.',
        'Per-step changes for this service.',
      ),
      ...policies,
    }),
  ]),
  'Alur kerja layanan: id alur kerja/templat, atau { template, technicalTeam, returns, expiry, overrides }.',
  'The service lifecycle: a workflow/template id, or { template, technicalTeam, returns, expiry, overrides }.',
);
/**
 * How a service names its lifecycle; see {@link serviceWorkflow}.
 *
 * @example
 * ```ts
 * const ref: ServiceWorkflow = { template: 'permit-with-levy', technicalTeam: { agencies: ['dpupr', 'dlh'], policy: 'all' } };
 * ```
 */
export type ServiceWorkflow = z.infer<typeof serviceWorkflow>;
