// The compiled lifecycle against a hand-written XState machine of the same shape: a `permit`
// application from intake to issued (ACCEPT, RECOMMEND, APPROVE, ISSUE), each event guarded by
// role @ agency. The compiled machine also keeps its deadline bookkeeping (due dates on the
// working-day calendar), which is the point of the comparison. Target (issue 3): transitions per
// second ≥ 0.8× the hand-written machine, i.e. time ratio ≤ 1.25×.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assign, createActor, setup } from 'xstate';
import { compileWorkflow, createWorkingDayCalendar } from '@mpp-kit/workflows';
import { parse } from 'yaml';
import { defineBenchmark } from './defineBenchmark.mjs';
import { repoRoot } from './mallText.mjs';

const applications = 400;
const path = [
  ['ACCEPT', 'front-office'],
  ['RECOMMEND', 'reviewer'],
  ['APPROVE', 'head'],
  ['ISSUE', 'back-office'],
];
const events = path.map(([type, role], i) => ({
  type,
  actor: { id: `officer-${role}`, role, agency: 'dpmptsp' },
  at: `2025-03-0${4 + i}T03:00:00Z`,
}));

/** The same four steps written by hand: a guard on role @ agency, a counter in context. */
function handWritten() {
  const step = (type, role, target) => ({
    [type]: {
      target,
      guard: { type: 'actorIs', params: { role, agency: 'dpmptsp' } },
      actions: 'count',
    },
  });
  return setup({
    guards: {
      actorIs: ({ event }, params) =>
        event.actor.role === params.role && event.actor.agency === params.agency,
    },
    actions: { count: assign({ transitions: ({ context }) => context.transitions + 1 }) },
  }).createMachine({
    id: 'hand-written-permit',
    context: { transitions: 0 },
    initial: 'intake',
    states: {
      intake: { on: step('ACCEPT', 'front-office', 'review') },
      review: { on: step('RECOMMEND', 'reviewer', 'decision') },
      decision: { on: step('APPROVE', 'head', 'issuance') },
      issuance: { on: step('ISSUE', 'back-office', 'issued') },
      issued: { type: 'final' },
    },
  });
}

function runAll(machine, input) {
  let finished = 0;
  for (let i = 0; i < applications; i++) {
    const actor = createActor(machine, input === undefined ? {} : { input }).start();
    for (const event of events) actor.send(event);
    if (actor.getSnapshot().value === 'issued') finished++;
    actor.stop();
  }
  if (finished !== applications)
    throw new Error(`only ${finished} of ${applications} reached issued`);
  return finished;
}

export default [
  defineBenchmark({
    name: 'compiled permit lifecycle vs a hand-written XState machine of the same shape (time)',
    unit: 'ms',
    setup: () => {
      const file = parse(
        readFileSync(join(repoRoot, 'examples', 'batang', 'calendars', 'id-national.yaml'), 'utf8'),
        { version: '1.2', schema: 'core' },
      );
      const calendar = createWorkingDayCalendar(file.calendars[0], { timeZone: 'Asia/Jakarta' });
      const compiled = compileWorkflow('permit', {
        service: {
          id: 'sip-bidan',
          owner: 'dpmptsp',
          sla: { days: 7, unit: 'working' },
          output: {},
        },
        coordinator: 'dpmptsp',
        calendar,
      });
      return { compiled, hand: handWritten() };
    },
    subject: ({ compiled }) => runAll(compiled, { submittedAt: '2025-03-03T02:00:00Z' }),
    baseline: ({ hand }) => runAll(hand),
    target: 1.25,
    maxSeconds: 10,
  }),
];
