import {
  textFor,
  type Locale,
  type LocalizedText,
  type MallConfig,
  type Provenance,
  type ProvenanceStatus,
  type WogIndicatorId,
} from '@mpp-kit/schemas';
import type { MallStore } from '../store/MallStore.js';
import { readMallHistories } from './_operatingData.js';
import {
  cadenceName,
  coalitionKindName,
  wogBasisMessages,
  wogMessages as M,
  wogRules,
} from './_wogMessages.js';
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
] as const satisfies readonly {
  readonly id: WogIndicatorId;
  readonly number: number;
  readonly kind: 'approach' | 'challenge';
  readonly name: { readonly id: string; readonly en: string };
}[];

export type { WogIndicatorId } from '@mpp-kit/schemas';

/**
 * One piece of evidence for an indicator, with where it comes from: an entry of the `coordination`
 * section (`declared`, with the entry's provenance status and sources), a published finding
 * (`finding`, verified by its source), or the store's operating data (`operating-data`, which
 * never decides a verdict).
 *
 * @example
 * ```ts
 * const evidence: WogEvidence = {
 *   text: 'Published finding: not met.',
 *   kind: 'finding',
 *   status: 'verified',
 *   sources: ['Hibatullah, Fitriyah, Marlina (JPGS, Universitas Diponegoro)'],
 * };
 * ```
 */
export interface WogEvidence {
  readonly text: string;
  readonly kind: 'declared' | 'finding' | 'operating-data';
  /** `unverified` when an entry declares no provenance. */
  readonly status: ProvenanceStatus;
  readonly sources: readonly string[];
}

/**
 * What decided a verdict: verified declared evidence meeting the indicator's rule; else a
 * published finding; else, when the caller opts in, evidence that is not verified; else nothing.
 *
 * @example
 * ```ts
 * const basis: WogVerdictBasis = 'finding';
 * ```
 */
export type WogVerdictBasis = 'verified-evidence' | 'finding' | 'illustrative-evidence' | 'none';

/**
 * One indicator's verdict: whether it is met, what decided it (`basis`) and the rule in words,
 * the evidence with its status and sources, and what is missing for it to be met (empty when met).
 *
 * @example
 * ```ts
 * const verdict: WogIndicatorVerdict = {
 *   id: 'task-force',
 *   met: false,
 *   basis: 'finding',
 *   rule: 'Not met by the published finding of Hibatullah, Fitriyah, Marlina (…).',
 *   evidence: [],
 *   missing: ['No task force with members from two or more agencies is declared (coordination.taskForces).'],
 * };
 * ```
 */
export interface WogIndicatorVerdict {
  readonly id: WogIndicatorId;
  readonly met: boolean;
  readonly basis: WogVerdictBasis;
  readonly rule: string;
  readonly evidence: readonly WogEvidence[];
  readonly missing: readonly string[];
}

/**
 * The Whole-of-Government assessment: how many of the seven indicators are met, whether evidence
 * that is not verified was allowed to count (`countsIllustrative`, the caller's choice) and whether
 * some verdict rests on it (`includesIllustrative`), and each verdict in the order of
 * {@link wogIndicators}.
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
  readonly countsIllustrative: boolean;
  readonly includesIllustrative: boolean;
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
  /**
   * Count evidence that is not verified (illustrative, partial, unverified or without provenance)
   * when neither verified evidence nor a finding decides an indicator. Default `false`; the
   * assessment then says `includesIllustrative: true` and each such verdict has that basis.
   */
  readonly includeIllustrative?: boolean;
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
type Coordination = MallConfig['coordination'];

/** Configuration text as a clause inside an evidence line: without its closing full stop. */
function clause(text: LocalizedText, locale: Locale): string {
  return textFor(text, locale).replace(/[.\s]+$/, '');
}

/** An entry counts as verified evidence only when it says so and names a source. */
function isVerified(provenance: Provenance | undefined): boolean {
  return provenance?.status === 'verified' && (provenance.sources?.length ?? 0) > 0;
}

/**
 * One indicator's rule over the declared entries of type `T`: the evidence lines a set of
 * entries gives, and what is missing for that set to meet the rule (empty: met).
 */
interface IndicatorRule<T> {
  readonly entries: readonly { readonly value: T; readonly provenance?: Provenance | undefined }[];
  readonly describe: (values: readonly T[]) => string[];
  readonly missing: (values: readonly T[]) => string[];
  /** Evidence that does not depend on any entry (e.g. "every tenant is a regency agency"). */
  readonly context?: readonly WogEvidence[];
}

const statusOrder: readonly ProvenanceStatus[] = [
  'verified',
  'partial',
  'unverified',
  'illustrative',
];

/** The declared evidence of a rule, one group of lines per provenance status. */
function declaredEvidence<T>(rule: IndicatorRule<T>): WogEvidence[] {
  const evidence: WogEvidence[] = [...(rule.context ?? [])];
  for (const status of statusOrder) {
    const group = rule.entries.filter(
      (entry) =>
        (isVerified(entry.provenance) ? 'verified' : statusOf(entry.provenance)) === status,
    );
    if (group.length === 0) continue;
    const sources = [...new Set(group.flatMap((entry) => entry.provenance?.sources ?? []))];
    for (const text of rule.describe(group.map((entry) => entry.value)))
      evidence.push({ text, kind: 'declared', status, sources });
  }
  return evidence;
}

/** A declared status short of verified-with-a-source: `verified` without a source is unverified. */
function statusOf(provenance: Provenance | undefined): ProvenanceStatus {
  if (provenance === undefined || provenance.status === 'verified') return 'unverified';
  return provenance.status;
}

/** Decides one indicator from its rule, its findings and the caller's choice on illustrative evidence. */
function decide<T>(
  id: WogIndicatorId,
  rule: IndicatorRule<T>,
  ruleText: string,
  findings: Coordination['findings'],
  options: { readonly locale: Locale; readonly includeIllustrative: boolean },
  operating: readonly WogEvidence[] = [],
): WogIndicatorVerdict {
  const { locale } = options;
  const own = findings.filter((finding) => finding.indicator === id);
  const findingEvidence: WogEvidence[] = own.map((finding) => ({
    text: M.finding[locale]({
      met: finding.met,
      note: finding.note === undefined ? undefined : clause(finding.note, locale),
    }),
    kind: 'finding',
    status: 'verified',
    sources: [finding.year === undefined ? finding.source : `${finding.source}, ${finding.year}`],
  }));
  const evidence = [...declaredEvidence(rule), ...findingEvidence, ...operating];
  const verified = rule.entries
    .filter((entry) => isVerified(entry.provenance))
    .map((entry) => entry.value);
  const verifiedMissing = rule.missing(verified);
  const basisText = (basis: WogVerdictBasis, met: boolean, source = '') =>
    basis === 'finding'
      ? wogBasisMessages.finding[locale]({ met, source })
      : wogBasisMessages[basis][locale]({ met, rule: ruleText });
  if (verifiedMissing.length === 0) {
    return {
      id,
      met: true,
      basis: 'verified-evidence',
      rule: basisText('verified-evidence', true),
      evidence,
      missing: [],
    };
  }
  // The last finding declared for the indicator decides.
  const finding = own.at(-1);
  if (finding !== undefined) {
    const source = findingEvidence.at(-1)?.sources[0] ?? finding.source;
    return {
      id,
      met: finding.met,
      basis: 'finding',
      rule: basisText('finding', finding.met, source),
      evidence,
      missing: finding.met ? [] : verifiedMissing,
    };
  }
  const allMissing = rule.missing(rule.entries.map((entry) => entry.value));
  if (options.includeIllustrative && allMissing.length === 0) {
    return {
      id,
      met: true,
      basis: 'illustrative-evidence',
      rule: basisText('illustrative-evidence', true),
      evidence,
      missing: [],
    };
  }
  return {
    id,
    met: false,
    basis: 'none',
    rule: basisText('none', false),
    evidence,
    missing:
      allMissing.length === 0
        ? [...verifiedMissing, M.unverifiedWouldMeet[locale]({})]
        : verifiedMissing,
  };
}

type CoordinationEntry =
  | { readonly forum: Coordination['forums'][number] }
  | { readonly agreement: Coordination['agreements'][number] };

/** 1. Coordination between institutions: a regular forum, and agreements with external tenants. */
function coordinationRule(mall: WogMall, locale: Locale): IndicatorRule<CoordinationEntry> {
  const { forums, agreements } = mall.coordination;
  const external = mall.agencies.filter(
    (agency) => agency.kind !== 'regional' && agency.id !== mall.mall.coordinator,
  );
  const split = (values: readonly CoordinationEntry[]) => ({
    forums: values.flatMap((value) => ('forum' in value ? [value.forum] : [])),
    agreements: values.flatMap((value) => ('agreement' in value ? [value.agreement] : [])),
  });
  const share = (signed: ReadonlySet<string>) => {
    const covered = external.filter((agency) => signed.has(agency.id));
    return { covered, ratio: external.length === 0 ? 1 : covered.length / external.length };
  };
  return {
    entries: [
      ...forums.map((forum) => ({ value: { forum }, provenance: forum.provenance })),
      ...agreements.map((agreement) => ({
        value: { agreement },
        provenance: agreement.provenance,
      })),
    ],
    context:
      external.length === 0
        ? [
            {
              text: M.noExternalTenants[locale]({}),
              kind: 'declared',
              status: 'verified',
              sources: [M.derivedFromAgencies[locale]({})],
            },
          ]
        : [],
    describe(values) {
      const parts = split(values);
      const lines = parts.forums.map((forum) =>
        forum.cadence === 'ad-hoc'
          ? M.adHocForum[locale]({ name: clause(forum.name, locale) })
          : M.forum[locale]({
              name: clause(forum.name, locale),
              cadence: cadenceName(forum.cadence, locale),
              members: forum.members?.length,
            }),
      );
      const signed = new Set(parts.agreements.map((agreement) => agreement.agency));
      const { covered, ratio } = share(signed);
      if (external.length > 0 && covered.length > 0)
        lines.push(
          M.agreements[locale]({
            covered: covered.length,
            total: external.length,
            share: ratio,
            threshold: wogAgreementThreshold,
          }),
        );
      const regional = [...signed].filter((id) => !external.some((agency) => agency.id === id));
      if (regional.length > 0) lines.push(M.regionalAgreements[locale]({ count: regional.length }));
      return lines;
    },
    missing(values) {
      const parts = split(values);
      const missing: string[] = [];
      if (!parts.forums.some((forum) => forum.cadence !== 'ad-hoc'))
        missing.push(M.noRegularForum[locale]({}));
      const signed = new Set(parts.agreements.map((agreement) => agreement.agency));
      const { covered, ratio } = share(signed);
      if (external.length > 0 && ratio < wogAgreementThreshold) {
        const without = external
          .filter((agency) => !signed.has(agency.id))
          .map((agency) => agency.id)
          .join(', ');
        missing.push(
          M.agreementsTooFew[locale]({
            covered: covered.length,
            total: external.length,
            share: ratio,
            threshold: wogAgreementThreshold,
            without,
          }),
        );
      }
      return missing;
    },
  };
}

/** Evidence lines from operating data (handoff delays), for indicator 1. Never changes a verdict. */
async function operatingEvidence(
  mall: WogMall,
  store: MallStore | undefined,
  locale: Locale,
): Promise<WogEvidence[]> {
  const lines = await operatingLines(mall, store, locale);
  const sources = store === undefined ? [] : ['store'];
  return lines.map((text) => ({ text, kind: 'operating-data', status: 'verified', sources }));
}

async function operatingLines(
  mall: WogMall,
  store: MallStore | undefined,
  locale: Locale,
): Promise<string[]> {
  if (store === undefined) return [M.noOperatingData[locale]({})];
  const histories = await readMallHistories(store, mall.mall.id);
  const handoffs = summarizeHandoffs(mall, histories);
  if (handoffs.count === 0 || handoffs.medianHours === null)
    return [M.noHandoffs[locale]({ applications: histories.length })];
  const lines = [
    M.handoffs[locale]({
      count: handoffs.count,
      applications: histories.length,
      hours: handoffs.medianHours,
      days: handoffs.medianWorkingDays,
    }),
  ];
  const slowest = [...handoffs.pairs].sort(
    (a, b) => (b.medianHours ?? 0) - (a.medianHours ?? 0),
  )[0];
  if (slowest !== undefined && slowest.medianHours !== null && handoffs.pairs.length > 1) {
    lines.push(
      M.slowestPair[locale]({
        from: slowest.from,
        to: slowest.to,
        hours: slowest.medianHours,
        count: slowest.count,
      }),
    );
  }
  if (
    handoffs.medianWorkingDays !== null &&
    handoffs.medianWorkingDays > wogHandoffAttentionWorkingDays
  ) {
    lines.push(
      M.slowHandoffs[locale]({
        days: handoffs.medianWorkingDays,
        limit: wogHandoffAttentionWorkingDays,
      }),
    );
  }
  return lines;
}

/** The rule of an indicator whose entries meet it as soon as one of them exists. */
function anyEntry<T>(
  entries: IndicatorRule<T>['entries'],
  line: (value: T) => string,
  none: string,
): IndicatorRule<T> {
  return {
    entries,
    describe: (values) => values.map(line),
    missing: (values) => (values.length > 0 ? [] : [none]),
  };
}

/**
 * Assesses the seven Whole-of-Government indicators of a mall from the evidence its configuration
 * declares (the `coordination` section) and, when a store is given, from its operating data.
 *
 * Evidence has a status: an entry's `provenance` (`verified` with at least one source counts as
 * verified; `partial`, `unverified`, `illustrative`, or no provenance, does not), and a published
 * finding (`coordination.findings`, which always cites its source) is verified. Each indicator is
 * decided, in this order, by:
 * 1. **verified evidence** — the indicator's rule holds over the verified entries alone;
 * 2. **a finding** — the last published finding declared for the indicator, met or not;
 * 3. **evidence that is not verified** — only when `options.includeIllustrative` is set; the
 *    assessment then says so (`includesIllustrative`) and the verdict's basis is
 *    `illustrative-evidence`;
 * 4. otherwise the indicator is not met, and `missing` says what to add (and, when unverified
 *    entries would meet the rule, that they need a source).
 *
 * The rules over the entries:
 * 1. **coordination** — a forum meets on a regular cadence (weekly, monthly, quarterly, semiannual
 *    or yearly; `ad-hoc` does not count) **and** agreements (MoU, PKS, decree) cover at least
 *    {@link wogAgreementThreshold} (50%) of the tenants outside the regency government — every
 *    agency whose `kind` is not `regional`, the coordinator excluded. Regency agencies (OPD) are
 *    under the regional head's command, so their participation rests on leadership, not on
 *    agreements; when every tenant is a regency agency the agreement part holds by itself.
 * 2. **coordinating-institution** — `coordination.institution` is not `null`.
 * 3. **task-force** — some task force has members from two or more distinct agencies.
 * 4. **social-coalition** — at least one coalition partner is declared.
 * 5. **resource-capacity** — at least one staff training or a staff count is declared.
 * 6. **values-culture** — at least one service value is declared.
 * 7. **leadership** — at least one leadership entry (a decree, an act of the regional head).
 *
 * Each verdict carries `rule`, the sentence that says what decided it. Operating data never
 * changes a verdict: with a store, indicator 1's evidence gains the handoffs between agencies
 * (count, median in hours and in working days on the mall's calendar, the slowest pair, and an
 * attention line when the median exceeds {@link wogHandoffAttentionWorkingDays} working days).
 *
 * On Batang's configuration this gives 5 of 7, with the coordinating institution and the task
 * force missing — each verdict decided by the seed paper's finding (Hibatullah, Fitriyah and
 * Marlina), since Batang's declared entries are illustrative.
 *
 * @throws `StoreError` when a given store cannot be read.
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const wog = await assessWholeOfGovernment(result.mall);
 *   wog.met; // 5
 *   wog.indicators.filter((i) => !i.met).map((i) => i.id); // ['coordinating-institution', 'task-force']
 *   wog.indicators[1]?.basis; // 'finding'
 * }
 * ```
 */
export async function assessWholeOfGovernment(
  mall: WogMall,
  options: AssessWholeOfGovernmentOptions = {},
): Promise<WogAssessment> {
  const locale = options.locale ?? 'en';
  const includeIllustrative = options.includeIllustrative ?? false;
  const c = mall.coordination;
  const findings = c.findings;
  const how = { locale, includeIllustrative };
  const rules = wogRules;

  const institution = c.institution;
  const trainings = c.capacity?.trainings ?? [];
  const staffCount = c.capacity?.staffCount;
  type Capacity =
    { readonly training: (typeof trainings)[number] } | { readonly staffCount: number };

  const indicators: WogIndicatorVerdict[] = [
    decide(
      'coordination',
      coordinationRule(mall, locale),
      rules.coordination[locale]({ threshold: wogAgreementThreshold }),
      findings,
      how,
      await operatingEvidence(mall, options.store, locale),
    ),
    decide(
      'coordinating-institution',
      anyEntry(
        institution === null ? [] : [{ value: institution, provenance: institution.provenance }],
        (value) =>
          M.institution[locale]({
            name: clause(value.name, locale),
            decree: value.decree,
            members: value.members?.length,
          }),
        M.noInstitution[locale]({}),
      ),
      rules['coordinating-institution'][locale]({}),
      findings,
      how,
    ),
    decide(
      'task-force',
      {
        entries: c.taskForces.map((force) => ({ value: force, provenance: force.provenance })),
        describe: (values) =>
          values.map((force) => {
            const members = [...new Set(force.members)];
            return members.length >= 2
              ? M.taskForce[locale]({
                  name: clause(force.name, locale),
                  members: members.join(', '),
                  count: members.length,
                })
              : M.singleAgencyTaskForce[locale]({ name: clause(force.name, locale) });
          }),
        missing: (values) =>
          values.some((force) => new Set(force.members).size >= 2)
            ? []
            : [M.noTaskForce[locale]({})],
      },
      rules['task-force'][locale]({}),
      findings,
      how,
    ),
    decide(
      'social-coalition',
      anyEntry(
        c.coalitions.map((partner) => ({ value: partner, provenance: partner.provenance })),
        (partner) =>
          M.coalition[locale]({
            partner: clause(partner.partner, locale),
            kind: coalitionKindName(partner.kind, locale),
          }),
        M.noCoalition[locale]({}),
      ),
      rules['social-coalition'][locale]({}),
      findings,
      how,
    ),
    decide<Capacity>(
      'resource-capacity',
      anyEntry<Capacity>(
        [
          ...trainings.map((training) => ({
            value: { training },
            provenance: c.capacity?.provenance,
          })),
          ...(staffCount === undefined
            ? []
            : [{ value: { staffCount }, provenance: c.capacity?.provenance }]),
        ],
        (value) =>
          'training' in value
            ? M.training[locale]({
                name: clause(value.training.name, locale),
                year: value.training.year,
                participants: value.training.participants,
              })
            : M.staffCount[locale]({ count: value.staffCount }),
        M.noCapacity[locale]({}),
      ),
      rules['resource-capacity'][locale]({}),
      findings,
      how,
    ),
    decide(
      'values-culture',
      anyEntry(
        c.values.map((value) => ({ value, provenance: value.provenance })),
        (value) => M.value[locale]({ name: clause(value.name, locale) }),
        M.noValues[locale]({}),
      ),
      rules['values-culture'][locale]({}),
      findings,
      how,
    ),
    decide(
      'leadership',
      anyEntry(
        c.leadership.map((entry) => ({ value: entry, provenance: entry.provenance })),
        (entry) =>
          M.leadership[locale]({
            description: clause(entry.description, locale),
            decree: entry.decree,
            date: entry.date,
          }),
        M.noLeadership[locale]({}),
      ),
      rules.leadership[locale]({}),
      findings,
      how,
    ),
  ];
  return {
    met: indicators.filter((indicator) => indicator.met).length,
    of: 7,
    countsIllustrative: includeIllustrative,
    includesIllustrative: indicators.some(
      (indicator) => indicator.basis === 'illustrative-evidence',
    ),
    indicators,
  };
}
