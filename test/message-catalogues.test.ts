// Every message catalogue of schemas, workflows and core says the same thing in both locales: each
// message, rendered with sample parameters, shows the same parameter values in English and in
// Indonesian, leaves nothing unfilled, and is not the English text again.
import { CatalogueSiteError, catalogueSiteErrorCodes, forbiddenReasons } from '@mpp-kit/core';
import { createIssue, type LocalizedMessage } from '@mpp-kit/schemas';
import { invalidEventDetails } from '@mpp-kit/workflows';
import { describe, expect, it } from 'vitest';
import { runtimeMessages } from '../packages/core/src/runtime/_runtimeMessages.js';
import { storeMessages } from '../packages/core/src/store/_storeMessages.js';
import {
  wogBasisMessages,
  wogMessages,
  wogRules,
} from '../packages/core/src/reports/_wogMessages.js';
import { calendarMessages } from '../packages/workflows/src/calendar/_calendarMessages.js';
import { messageProblems, type TextChecks } from './_messageCatalogues.js';

/**
 * The checks of every sample: the parameter values (text markers and numbers no message writes on
 * its own) shown alike, no value missing (nor NaN), a real sentence, a translation rather than the
 * English again.
 */
const checks: TextChecks = {
  values: [/⟨\w+⟩|\b7\d\d\b/g],
  missing: /undefined|\[object Object\]|NaN/,
  minLength: 6,
  distinct: true,
};

type Samples<C> = {
  readonly [K in keyof C]: readonly (C[K] extends LocalizedMessage<infer P> ? P : never)[];
};

/** One row per sample of every message of a catalogue. */
function rows<C extends Readonly<Record<string, LocalizedMessage<never>>>>(
  name: string,
  catalogue: C,
  samples: Samples<C>,
): [string, LocalizedMessage<unknown>, unknown][] {
  return Object.keys(catalogue).flatMap((key) =>
    (samples[key as keyof C] as readonly unknown[]).map(
      (params, i): [string, LocalizedMessage<unknown>, unknown] => [
        `${name}.${key} #${String(i + 1)}`,
        catalogue[key as keyof C] as LocalizedMessage<unknown>,
        params,
      ],
    ),
  );
}

const issue = createIssue({
  code: 'missing_key',
  path: ['facts', '⟨key⟩'],
  params: { key: '⟨key⟩', expected: { en: 'a number', id: 'angka' } },
});
const actor = { role: '⟨role⟩', agency: '⟨agency⟩' };
const allowed = [{ role: '⟨allowedRole⟩', agency: '⟨allowedAgency⟩' }];
const actual = { en: '⟨actual⟩', id: '⟨actual⟩' };
const app = { applicationId: '⟨app⟩', action: '⟨action⟩', state: '⟨state⟩' };

const cases = [
  ...rows('runtime', runtimeMessages, {
    validation: [{ issues: [issue] }, { issues: [issue, issue] }],
    forbidden: forbiddenReasons.map((reason) => ({ ...app, actor, allowed, reason })),
    invalidAction: [
      { ...app, detail: 'wrong_state', expected: ['⟨expected⟩'] },
      { ...app, detail: 'wrong_state', expected: [] },
      ...invalidEventDetails.map((detail) => ({ ...app, detail, expected: [] })),
    ],
    notFound: [{ applicationId: '⟨app⟩' }],
    runtimeOptions: [
      { kind: 'mall_result' },
      { kind: 'mall' },
      { kind: 'options', actual },
      { kind: 'store_missing' },
      { kind: 'store_promise' },
      { kind: 'store_methods', missing: ['⟨method⟩'] },
      { kind: 'not_function', option: 'clock', actual, example: { en: 'e.g.', id: 'mis.' } },
      { kind: 'calendar' },
      { kind: 'clock_value', actual },
    ],
    definitionMismatch: [{ applicationId: '⟨app⟩', detail: '⟨detail⟩' }],
  }),
  ...rows('store', storeMessages, {
    conflict: [
      { applicationId: '⟨app⟩', expectedVersion: 0, actualVersion: 701 },
      { applicationId: '⟨app⟩', expectedVersion: 702, actualVersion: 0 },
      { applicationId: '⟨app⟩', expectedVersion: 703, actualVersion: 704 },
    ],
    io: [{ detail: '⟨detail⟩' }],
    closed: [{ detail: '⟨detail⟩' }],
    invalid_input: [{ detail: '⟨detail⟩' }],
    schema_mismatch: [{ detail: '⟨detail⟩' }],
  }),
  ...rows('calendar', calendarMessages, {
    invalid_calendar: [{ calendarId: '⟨calendar⟩', issues: [issue, issue] }],
    calendar_range: [
      { date: '⟨date⟩', calendarId: '⟨calendar⟩', years: [701, 702], year: 703 },
      { date: '⟨date⟩', calendarId: '⟨calendar⟩', years: [], year: 703 },
    ],
    invalid_date: [{ value: '⟨value⟩', field: '⟨field⟩' }],
    invalid_instant: [{ value: '⟨value⟩' }],
    invalid_term: [
      { value: '⟨value⟩', field: '⟨field⟩' },
      { value: 705, field: 'n' },
    ],
    invalid_unit: [{ value: '⟨value⟩' }],
    invalid_period: [{ from: '⟨from⟩', to: '⟨to⟩' }],
    invalid_time_zone: [{ value: '⟨value⟩', allowed: ['⟨zone⟩'] }],
    invalid_option: [{ value: '⟨value⟩', field: '⟨field⟩', allowed: ['⟨option⟩'] }],
    clock_stopped: [
      { since: '⟨since⟩', remaining: 706, unit: 'working' },
      { since: '⟨since⟩', remaining: 707, unit: 'calendar' },
    ],
  }),
  ...rows('wog', wogMessages, {
    forum: [
      { name: '⟨name⟩', cadence: '⟨cadence⟩', members: 701 },
      { name: '⟨name⟩', cadence: '⟨cadence⟩', members: undefined },
    ],
    adHocForum: [{ name: '⟨name⟩' }],
    noRegularForum: [{}],
    agreements: [{ covered: 701, total: 702, share: 0.5, threshold: 0.75 }],
    agreementsTooFew: [
      { covered: 701, total: 702, share: 0.5, threshold: 0.75, without: '⟨without⟩' },
    ],
    noExternalTenants: [{}],
    regionalAgreements: [{ count: 701 }, { count: 1 }],
    institution: [
      { name: '⟨name⟩', decree: '⟨decree⟩', members: 701 },
      { name: '⟨name⟩', decree: undefined, members: undefined },
    ],
    noInstitution: [{}],
    taskForce: [{ name: '⟨name⟩', members: '⟨members⟩', count: 701 }],
    singleAgencyTaskForce: [{ name: '⟨name⟩' }],
    noTaskForce: [{}],
    coalition: [{ partner: '⟨partner⟩', kind: '⟨kind⟩' }],
    noCoalition: [{}],
    training: [
      { name: '⟨name⟩', year: 701, participants: 702 },
      { name: '⟨name⟩', year: undefined, participants: undefined },
    ],
    staffCount: [{ count: 701 }],
    noCapacity: [{}],
    value: [{ name: '⟨name⟩' }],
    noValues: [{}],
    leadership: [
      { description: '⟨description⟩', decree: '⟨decree⟩', date: '⟨date⟩' },
      { description: '⟨description⟩', decree: undefined, date: undefined },
    ],
    noLeadership: [{}],
    finding: [
      { met: true, note: '⟨note⟩' },
      { met: false, note: undefined },
    ],
    derivedFromAgencies: [{}],
    unverifiedWouldMeet: [{}],
    noOperatingData: [{}],
    noHandoffs: [{ applications: 701 }],
    handoffs: [
      { count: 701, applications: 702, hours: 703, days: 704 },
      { count: 701, applications: 702, hours: 703, days: null },
    ],
    slowestPair: [{ from: '⟨from⟩', to: '⟨to⟩', hours: 701, count: 702 }],
    slowHandoffs: [{ days: 701, limit: 702 }],
  }),
  ...rows('wogRules', wogRules, {
    coordination: [{ threshold: 0.75 }],
    'coordinating-institution': [{}],
    'task-force': [{}],
    'social-coalition': [{}],
    'resource-capacity': [{}],
    'values-culture': [{}],
    leadership: [{}],
  }),
  ...rows('wogBasis', wogBasisMessages, {
    'verified-evidence': [{ met: true, rule: '⟨rule⟩' }],
    finding: [{ met: false, source: '⟨source⟩' }],
    'illustrative-evidence': [{ met: true, rule: '⟨rule⟩' }],
    none: [{ met: false, rule: '⟨rule⟩' }],
  }),
  // An error whose catalogue is private to its module: its two messages, per code.
  ...catalogueSiteErrorCodes.map((code): [string, LocalizedMessage<unknown>, unknown] => {
    const error = new CatalogueSiteError(code, { outDir: '⟨outDir⟩', files: ['⟨file⟩'] });
    return [
      `CatalogueSiteError ${code}`,
      { en: () => error.message, id: () => error.messageId },
      undefined,
    ];
  }),
];

describe('message catalogues of schemas, workflows and core', () => {
  it.each(cases)('%s says the same in English and Indonesian', (name, message, params) => {
    expect(messageProblems(name, message, params, checks)).toEqual([]);
  });
});

describe('the checks of a sample', () => {
  it('find a dropped value, the English again, NaN and a text too short', () => {
    const planted = (en: string, id: string): LocalizedMessage<unknown> => ({
      en: () => en,
      id: () => id,
    });
    expect(
      [
        messageProblems('dropped', planted('Due ⟨date⟩, 701 days', 'Tenggat 701 hari'), {}, checks),
        messageProblems('again', planted('Due ⟨date⟩', 'Due ⟨date⟩'), {}, checks),
        messageProblems('nan', planted('Due in NaN days', 'Tenggat NaN hari'), {}, checks),
        messageProblems('short', planted('Due soon', 'Ya'), {}, checks),
      ].flat(),
    ).toEqual([
      'dropped: id names [701], en [701 ⟨date⟩]',
      'again: en is the id text again: Due ⟨date⟩',
      'nan: id renders a missing value: Tenggat NaN hari',
      'nan: en renders a missing value: Due in NaN days',
      'short: id is shorter than 6: Ya',
    ]);
  });
});
