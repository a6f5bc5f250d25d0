import { textFor, type Locale, type LocalizedText, type MallConfig } from '@mpp-kit/schemas';
import type { MallStore } from '../store/MallStore.js';
import { readMallHistories } from './_operatingData.js';
import { cadenceName, coalitionKindName, wogMessages as M } from './_wogMessages.js';
import { summarizeHandoffs } from './reportDeadlineCompliance.js';

/**
 * The seven Whole-of-Government indicators (Sudrajat; LAN training module on WoG; the framework of
 * Hibatullah, Fitriyah and Marlina's study of MPP Batang): four ways of applying WoG (`approach`)
 * and three challenges (`challenge`), in the paper's order.
 *
 * @example
 * ```ts
 * wogIndicators.map((i) => i.id);
 * // ['coordination', 'coordinating-institution', 'task-force', 'social-coalition',
 * //  'resource-capacity', 'values-culture', 'leadership']
 * wogIndicators[1].name.id; // 'Lembaga koordinasi khusus'
 * ```
 */
export const wogIndicators = [
  {
    id: 'coordination',
    number: 1,
    kind: 'approach',
    name: {
      id: 'Penguatan koordinasi antarlembaga',
      en: 'Stronger coordination between institutions',
    },
  },
  {
    id: 'coordinating-institution',
    number: 2,
    kind: 'approach',
    name: { id: 'Lembaga koordinasi khusus', en: 'Special coordinating institution' },
  },
  {
    id: 'task-force',
    number: 3,
    kind: 'approach',
    name: { id: 'Satuan tugas (task force)', en: 'Task force' },
  },
  {
    id: 'social-coalition',
    number: 4,
    kind: 'approach',
    name: { id: 'Koalisi sosial', en: 'Social coalition' },
  },
  {
    id: 'resource-capacity',
    number: 5,
    kind: 'challenge',
    name: {
      id: 'Kapasitas sumber daya manusia dan kelembagaan',
      en: 'Human and institutional resource capacity',
    },
  },
  {
    id: 'values-culture',
    number: 6,
    kind: 'challenge',
    name: { id: 'Nilai dan budaya organisasi', en: 'Organisational values and culture' },
  },
  {
    id: 'leadership',
    number: 7,
    kind: 'challenge',
    name: { id: 'Kepemimpinan', en: 'Leadership' },
  },
] as const;

/**
 * The id of a Whole-of-Government indicator.
 *
 * @example
 * ```ts
 * const id: WogIndicatorId = 'task-force';
 * ```
 */
export type WogIndicatorId = (typeof wogIndicators)[number]['id'];

/**
 * One indicator's verdict: whether it is met, the evidence it was judged from, and what is missing
 * for it to be met (empty when met).
 *
 * @example
 * ```ts
 * const verdict: WogIndicatorVerdict = {
 *   id: 'task-force',
 *   met: false,
 *   evidence: [],
 *   missing: ['No task force with members from two or more agencies is declared (coordination.taskForces).'],
 * };
 * ```
 */
export interface WogIndicatorVerdict {
  readonly id: WogIndicatorId;
  readonly met: boolean;
  readonly evidence: readonly string[];
  readonly missing: readonly string[];
}

/**
 * The Whole-of-Government assessment: how many of the seven indicators are met, and each verdict
 * in the order of {@link wogIndicators}.
 *
 * @example
 * ```ts
 * const assessment: WogAssessment = await assessWholeOfGovernment(mall);
 * `${assessment.met} of ${assessment.of}`; // '5 of 7' for Batang
 * ```
 */
export interface WogAssessment {
  readonly met: number;
  readonly of: 7;
  readonly indicators: readonly WogIndicatorVerdict[];
}

/**
 * Options of {@link assessWholeOfGovernment}.
 *
 * @example
 * ```ts
 * const options: AssessWholeOfGovernmentOptions = { store: createMemoryStore(), locale: 'id' };
 * ```
 */
export interface AssessWholeOfGovernmentOptions {
  /** Operating data: handoff delays between agencies become evidence of indicator 1. */
  readonly store?: MallStore;
  /** Language of the evidence lines. Default `en`. */
  readonly locale?: Locale;
}

/**
 * Least share of the tenants outside the regency government (provincial, vertical, state- and
 * region-owned, social-security, bank and other agencies) that must have a signed agreement
 * (MoU, PKS, decree) for indicator 1.
 *
 * @example
 * ```ts
 * wogAgreementThreshold; // 0.5
 * ```
 */
export const wogAgreementThreshold = 0.5;

/**
 * Median handoff delay, in working days, above which the assessment adds an attention line to
 * indicator 1's evidence. Evidence only: it never changes a verdict.
 *
 * @example
 * ```ts
 * wogHandoffAttentionWorkingDays; // 2
 * ```
 */
export const wogHandoffAttentionWorkingDays = 2;

type WogMall = Pick<MallConfig, 'mall' | 'agencies' | 'coordination' | 'calendars'>;

/** Configuration text as a clause inside an evidence line: without its closing full stop. */
function clause(text: LocalizedText, locale: Locale): string {
  return textFor(text, locale).replace(/[.\s]+$/, '');
}

function verdict(id: WogIndicatorId, evidence: string[], missing: string[]): WogIndicatorVerdict {
  return { id, met: missing.length === 0, evidence, missing };
}

/** 1. Coordination between institutions: a regular forum, and agreements with external tenants. */
function coordination(mall: WogMall, locale: Locale): { evidence: string[]; missing: string[] } {
  const { forums, agreements } = mall.coordination;
  const evidence: string[] = [];
  const missing: string[] = [];
  const regular = forums.filter((forum) => forum.cadence !== 'ad-hoc');
  for (const forum of forums) {
    evidence.push(
      forum.cadence === 'ad-hoc'
        ? M.adHocForum[locale](clause(forum.name, locale))
        : M.forum[locale](
            clause(forum.name, locale),
            cadenceName(forum.cadence, locale),
            forum.members?.length,
          ),
    );
  }
  if (regular.length === 0) missing.push(M.noRegularForum[locale]());

  const external = mall.agencies.filter(
    (agency) => agency.kind !== 'regional' && agency.id !== mall.mall.coordinator,
  );
  const signed = new Set(agreements.map((agreement) => agreement.agency));
  const covered = external.filter((agency) => signed.has(agency.id));
  const regionalAgreements = [...signed].filter(
    (id) => !external.some((agency) => agency.id === id),
  ).length;
  if (external.length === 0) {
    evidence.push(M.noExternalTenants[locale]());
  } else {
    const share = covered.length / external.length;
    if (share >= wogAgreementThreshold) {
      evidence.push(
        M.agreements[locale](covered.length, external.length, share, wogAgreementThreshold),
      );
    } else {
      const without = external
        .filter((agency) => !signed.has(agency.id))
        .map((agency) => agency.id)
        .join(', ');
      missing.push(
        M.agreementsTooFew[locale](
          covered.length,
          external.length,
          share,
          wogAgreementThreshold,
          without,
        ),
      );
    }
  }
  if (regionalAgreements > 0) evidence.push(M.regionalAgreements[locale](regionalAgreements));
  return { evidence, missing };
}

/** Evidence lines from operating data (handoff delays), for indicator 1. Never changes a verdict. */
async function operatingEvidence(
  mall: WogMall,
  store: MallStore | undefined,
  locale: Locale,
): Promise<string[]> {
  if (store === undefined) return [M.noOperatingData[locale]()];
  const histories = await readMallHistories(store, mall.mall.id);
  const handoffs = summarizeHandoffs(mall, histories);
  if (handoffs.count === 0 || handoffs.medianHours === null)
    return [M.noHandoffs[locale](histories.length)];
  const lines = [
    M.handoffs[locale](
      handoffs.count,
      histories.length,
      handoffs.medianHours,
      handoffs.medianWorkingDays,
    ),
  ];
  const slowest = [...handoffs.pairs].sort(
    (a, b) => (b.medianHours ?? 0) - (a.medianHours ?? 0),
  )[0];
  if (slowest !== undefined && slowest.medianHours !== null && handoffs.pairs.length > 1) {
    lines.push(M.slowestPair[locale](slowest.from, slowest.to, slowest.medianHours, slowest.count));
  }
  if (
    handoffs.medianWorkingDays !== null &&
    handoffs.medianWorkingDays > wogHandoffAttentionWorkingDays
  ) {
    lines.push(M.slowHandoffs[locale](handoffs.medianWorkingDays, wogHandoffAttentionWorkingDays));
  }
  return lines;
}

/**
 * Assesses the seven Whole-of-Government indicators of a mall from the evidence its configuration
 * declares (the `coordination` section) and, when a store is given, from its operating data. Each
 * verdict lists its evidence and what is missing. The rules:
 *
 * 1. **coordination** — met when at least one forum meets on a regular cadence (weekly, monthly,
 *    quarterly, semiannual or yearly; `ad-hoc` does not count) **and** agreements (MoU, PKS,
 *    decree) cover at least {@link wogAgreementThreshold} (50%) of the tenants outside the regency
 *    government — every agency whose `kind` is not `regional`, the coordinator excluded. Regency
 *    agencies (OPD) are under the regional head's command, so their participation rests on
 *    leadership, not on agreements; when every tenant is a regency agency the agreement part is
 *    met by itself.
 * 2. **coordinating-institution** — met iff `coordination.institution` is not `null`.
 * 3. **task-force** — met iff some task force has members from two or more distinct agencies.
 * 4. **social-coalition** — met iff at least one coalition partner is declared.
 * 5. **resource-capacity** — met iff at least one staff training or a staff count is declared.
 * 6. **values-culture** — met iff at least one service value is declared.
 * 7. **leadership** — met iff at least one leadership entry (a decree, an act of the regional
 *    head) is declared.
 *
 * Operating data never changes a verdict: the seven indicators are structural, as in the paper.
 * With a store, indicator 1's evidence gains the handoffs between agencies (a file passing from
 * an officer of one agency to an officer of another, time with the applicant excluded): count,
 * median in hours and in working days on the mall's calendar, the slowest pair, and an attention
 * line when the median exceeds {@link wogHandoffAttentionWorkingDays} working days. Without a
 * store the evidence says "No operating data".
 *
 * On Batang's configuration this gives 5 of 7, with the coordinating institution and the task
 * force missing — the finding of the paper.
 *
 * @throws `StoreError` when a given store cannot be read.
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const wog = await assessWholeOfGovernment(result.mall);
 *   wog.met; // 5
 *   wog.indicators.filter((i) => !i.met).map((i) => i.id); // ['coordinating-institution', 'task-force']
 * }
 * ```
 */
export async function assessWholeOfGovernment(
  mall: WogMall,
  options: AssessWholeOfGovernmentOptions = {},
): Promise<WogAssessment> {
  const locale = options.locale ?? 'en';
  const c = mall.coordination;
  const indicators: WogIndicatorVerdict[] = [];

  // 1. Coordination between institutions.
  const first = coordination(mall, locale);
  const operating = await operatingEvidence(mall, options.store, locale);
  indicators.push(verdict('coordination', [...first.evidence, ...operating], first.missing));

  // 2. Special coordinating institution.
  indicators.push(
    c.institution === null
      ? verdict('coordinating-institution', [], [M.noInstitution[locale]()])
      : verdict(
          'coordinating-institution',
          [
            M.institution[locale](
              clause(c.institution.name, locale),
              c.institution.decree,
              c.institution.members?.length,
            ),
          ],
          [],
        ),
  );

  // 3. Task force with members from two or more agencies.
  const taskEvidence = c.taskForces.map((force) => {
    const members = [...new Set(force.members)];
    return members.length >= 2
      ? M.taskForce[locale](clause(force.name, locale), members.join(', '), members.length)
      : M.singleAgencyTaskForce[locale](clause(force.name, locale));
  });
  const crossAgency = c.taskForces.some((force) => new Set(force.members).size >= 2);
  indicators.push(
    verdict('task-force', taskEvidence, crossAgency ? [] : [M.noTaskForce[locale]()]),
  );

  // 4. Social coalition.
  indicators.push(
    verdict(
      'social-coalition',
      c.coalitions.map((partner) =>
        M.coalition[locale](
          clause(partner.partner, locale),
          coalitionKindName(partner.kind, locale),
        ),
      ),
      c.coalitions.length > 0 ? [] : [M.noCoalition[locale]()],
    ),
  );

  // 5. Human and institutional resource capacity.
  const trainings = c.capacity?.trainings ?? [];
  const staffCount = c.capacity?.staffCount;
  indicators.push(
    verdict(
      'resource-capacity',
      [
        ...trainings.map((training) =>
          M.training[locale](clause(training.name, locale), training.year, training.participants),
        ),
        ...(staffCount === undefined ? [] : [M.staffCount[locale](staffCount)]),
      ],
      trainings.length > 0 || staffCount !== undefined ? [] : [M.noCapacity[locale]()],
    ),
  );

  // 6. Organisational values and culture.
  indicators.push(
    verdict(
      'values-culture',
      c.values.map((value) => M.value[locale](clause(value.name, locale))),
      c.values.length > 0 ? [] : [M.noValues[locale]()],
    ),
  );

  // 7. Leadership.
  indicators.push(
    verdict(
      'leadership',
      c.leadership.map((entry) =>
        M.leadership[locale](clause(entry.description, locale), entry.decree, entry.date),
      ),
      c.leadership.length > 0 ? [] : [M.noLeadership[locale]()],
    ),
  );

  return { met: indicators.filter((indicator) => indicator.met).length, of: 7, indicators };
}
