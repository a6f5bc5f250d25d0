// The compiled `permit` lifecycle against the same machine written by hand in XState, with the
// same bookkeeping (issue 15 item 4). Same work on both sides:
//
// - the same states (intake and review returnable, with `active` / `returned` substates; decision;
//   issuance; the four finals) and the same path: ACCEPT, RECOMMEND, APPROVE, ISSUE;
// - the same checks on every event: the actor's role @ agency, and an instant that is valid in the
//   mall's time zone and not before the last accepted event;
// - the same context, field for field: the step entered and when, the step's and the service's due
//   dates on the working-day calendar (with their provisional marks), the outputs of issuance and
//   the result record. `check` compares the two final contexts, so neither side can skip work;
// - driven the way the runtime drives a machine (`_machineRunner.ts` in @mpp-kit/core): no actor;
//   every event restores the stored (persisted) snapshot, takes one pure `transition`, and
//   persists the next snapshot for the store.
//
// Target: ≤ 1.3× the hand-written machine's time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assign, initialTransition, setup, transition } from 'xstate';
import { compileWorkflow, createWorkingDayCalendar } from '@mpp-kit/workflows';
import { parse } from 'yaml';
import { defineBenchmark } from './defineBenchmark.mjs';
import { repoRoot } from './mallText.mjs';

const applications = 400;
const agency = 'dpmptsp';
const path = [
  ['ACCEPT', 'front-office'],
  ['RECOMMEND', 'reviewer'],
  ['APPROVE', 'head'],
  ['ISSUE', 'back-office'],
];
const events = path.map(([type, role], i) => ({
  type,
  actor: { id: `officer-${role}`, role, agency },
  at: `2025-03-0${4 + i}T03:00:00Z`,
}));
const input = { submittedAt: '2025-03-03T02:00:00Z' };
const service = { id: 'sip-bidan', owner: agency, sla: { days: 7, unit: 'working' }, output: {} };

/** The permit written by hand: one guard and one assign per transition. */
function handWritten(calendar) {
  const localDate = (at) => {
    try {
      return calendar.toLocalDate(at);
    } catch {
      return undefined;
    }
  };
  /** The provisional marks after counting the due dates in `counted` (others keep theirs). */
  const provisional = (marks, counted) => {
    const next = {};
    for (const name in marks) if (!(name in counted)) next[name] = marks[name];
    for (const name in counted) {
      const due = counted[name];
      if (due !== null && calendar.isProvisional(due)) next[name] = calendar.uncoveredFrom;
    }
    return next;
  };
  /** role @ agency and an instant in order: what every compiled transition checks. */
  const allowed = (context, event, role) =>
    event.actor?.role === role &&
    event.actor.agency === agency &&
    typeof event.at === 'string' &&
    localDate(event.at) !== undefined &&
    Date.parse(event.at) >= Date.parse(context.updatedAt);
  const enter = (step, produces) =>
    assign(({ context, event }) => {
      const stepDue = null; // the permit's steps have no share of their own
      return {
        updatedAt: event.at,
        step,
        stepEnteredAt: event.at,
        stepDue,
        provisional: provisional(context.provisional, { stepDue }),
        votes: {},
        ...(produces ? { outputs: ['service-output'] } : {}),
      };
    });
  const finish = assign(({ context, event }) => ({
    updatedAt: event.at,
    step: null,
    stepDue: null,
    provisional: provisional(context.provisional, { stepDue: null }),
    outputs: context.outputs.length === 0 ? ['service-output'] : context.outputs,
    result: { final: 'issued', at: event.at, cause: 'outcome', event: event.type, by: event.actor },
  }));
  const step = (type, role, target, action) => ({
    [type]: {
      target,
      guard: ({ context, event }) => allowed(context, event, role),
      actions: action,
    },
  });
  const returnable = (on) => ({
    initial: 'active',
    states: { active: { on }, returned: {} },
  });
  return setup({}).createMachine({
    id: 'permit',
    initial: 'intake',
    context: ({ input: start }) => {
      const received = calendar.toLocalDate(start.submittedAt);
      const deadline = { received, days: service.sla.days, unit: 'working', suspensions: [] };
      const serviceDue = calendar.dueDate(deadline);
      return {
        workflow: 'permit',
        service: service.id,
        submittedAt: start.submittedAt,
        applicantId: null,
        riskLevel: null,
        applicationKind: null,
        updatedAt: start.submittedAt,
        step: 'intake',
        stepEnteredAt: start.submittedAt,
        stepDue: null,
        deadline,
        serviceDue,
        remainingDays: null,
        provisional: provisional({}, { serviceDue, stepDue: null }),
        rounds: 0,
        returned: null,
        votes: {},
        extensions: [],
        expiry: null,
        outputs: [],
        result: null,
      };
    },
    states: {
      intake: returnable(step('ACCEPT', 'front-office', '#permit.review', enter('review'))),
      review: returnable(step('RECOMMEND', 'reviewer', '#permit.decision', enter('decision'))),
      decision: { on: step('APPROVE', 'head', '#permit.issuance', enter('issuance', true)) },
      issuance: { on: step('ISSUE', 'back-office', '#permit.issued', finish) },
      issued: { type: 'final' },
      rejected: { type: 'final' },
      withdrawn: { type: 'final' },
      expired: { type: 'final' },
    },
  });
}

/** What `restoreSnapshot` needs of an actor scope when the snapshot has no children: nothing. */
const restoreScope = {};

/**
 * Every application from intake to issued, as the runtime runs them: each event restores the
 * stored snapshot, takes one pure transition and stores the persisted result.
 */
function runAll(machine) {
  let last;
  for (let i = 0; i < applications; i++) {
    let stored = machine.getPersistedSnapshot(initialTransition(machine, input)[0]);
    for (const event of events) {
      const [next] = transition(machine, machine.restoreSnapshot(stored, restoreScope), event);
      stored = machine.getPersistedSnapshot(next);
    }
    if (stored.value !== 'issued') throw new Error(`application ${i} ended in ${stored.value}`);
    last = stored;
  }
  return last;
}

function loadCalendar() {
  const file = parse(
    readFileSync(join(repoRoot, 'examples', 'batang', 'calendars', 'id-national.yaml'), 'utf8'),
    { version: '1.2', schema: 'core' },
  );
  return createWorkingDayCalendar(file.calendars[0], { timeZone: 'Asia/Jakarta' });
}

export default [
  defineBenchmark({
    name: 'compiled permit lifecycle vs the same machine written by hand in XState (restore, transition, persist; time)',
    unit: 'ms',
    setup: () => {
      const calendar = loadCalendar();
      const compiled = compileWorkflow('permit', { service, coordinator: agency, calendar });
      const hand = handWritten(calendar);
      // Same work: both machines end with the same stored snapshot, field for field.
      const ends = [runAll(compiled), runAll(hand)].map((end) => JSON.stringify(end));
      if (ends[0] !== ends[1]) {
        throw new Error(`the two machines stored different snapshots:\n${ends.join('\n')}`);
      }
      return { compiled, hand };
    },
    subject: ({ compiled }) => runAll(compiled),
    baseline: ({ hand }) => runAll(hand),
    target: 1.3,
    // Bounded work: 15 rounds whatever the load (a sample is 400 applications, tens of ms).
    rounds: 15,
    minRounds: 15,
  }),
];
