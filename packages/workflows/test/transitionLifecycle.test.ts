import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createActor, initialTransition, transition } from 'xstate';
import {
  compileWorkflow,
  sampleEvents,
  transitionLifecycle,
  type EventActor,
  type WorkflowEvent,
  type WorkflowMachine,
  type WorkflowService,
} from '../src/lifecycle/index.js';
import { at, calendar, compilePbg, pbg, people } from './_lifecycleFixtures.js';

// transitionLifecycle takes most steps of a compiled lifecycle without XState's machinery: over
// random event sequences (allowed actions, anyone's actions, ticks, recounts, snapshots restored
// from their persisted form), every step must give what XState's own `transition` gives — the
// same object when the event is not taken, otherwise the same fields in the same order, the same
// state nodes, value and tags, and the same context key for key.

type Snapshot = ReturnType<WorkflowMachine['resolveState']>;

const sipBidan: WorkflowService = {
  id: 'sip-bidan',
  owner: 'dpmptsp',
  sla: { days: 7, unit: 'working', onExpiry: 'deemed-approval', legalBasis: ['pp-28-2025'] },
};
const lingkungan: WorkflowService = {
  id: 'izin-lingkungan',
  owner: 'dlh',
  participants: ['dpupr', 'dinkes', 'dishub'],
  sla: { days: 14, unit: 'calendar', onExpiry: 'deemed-refusal' },
};

const machines: readonly { readonly name: string; readonly machine: WorkflowMachine }[] = [
  {
    name: 'permit-with-levy (team, rounds, waiting, legal maximum)',
    machine: compilePbg(
      { ...pbg, sla: { ...pbg.sla, legalMax: 30, onExpiry: 'deemed-approval' } },
      {
        template: 'permit-with-levy',
        technicalTeam: { agencies: ['dpupr', 'dlh'] },
        returns: { maxRounds: 2, maxWaitDays: 10 },
      },
    ),
  },
  { name: 'permit-with-levy (escalation)', machine: compilePbg() },
  {
    name: 'permit',
    machine: compileWorkflow('permit', { service: sipBidan, coordinator: 'dpmptsp', calendar }),
  },
  {
    name: 'multi-agency-permit (calendar days, quorum)',
    machine: compileWorkflow(
      { template: 'multi-agency-permit', technicalTeam: { policy: { quorum: 2 } } },
      { service: lingkungan, coordinator: 'dpmptsp', calendar },
    ),
  },
];

const actors: EventActor[] = [
  ...Object.values(people),
  { id: 'rv-4', role: 'reviewer', agency: 'dinkes' },
  { id: 'rv-5', role: 'reviewer', agency: 'dishub' },
];
const types = ['ACCEPT', 'REJECT', 'APPROVE', 'RETURN', 'RESUBMIT', 'WITHDRAW', 'EXTEND', 'TICK'];
const DAY = 24 * 60 * 60 * 1000;

const step = fc.record({
  type: fc.constantFrom(...types, 'RECOUNT'),
  actor: fc.constantFrom(...actors),
  reason: fc.option(fc.constantFrom('Alasan', ' '), { nil: undefined }),
  days: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  advance: fc.integer({ min: -DAY, max: 20 * DAY }),
  follow: fc.integer({ min: 0, max: 3 }),
  pick: fc.nat(),
  restore: fc.integer({ min: 0, max: 5 }),
  fromXState: fc.boolean(),
});

/** Fails unless `mine` is XState's `theirs`, field for field. */
function expectSameStep(before: Snapshot, mine: Snapshot, theirs: Snapshot): void {
  if (theirs === before) {
    expect(mine).toBe(before);
    return;
  }
  expect(mine).not.toBe(before);
  const a = mine as unknown as Record<string, unknown>;
  const b = theirs as unknown as Record<string, unknown>;
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const key of Object.keys(b)) {
    if (key === 'context' || key === 'value' || key === 'tags' || key === '_nodes') continue;
    expect(a[key], key).toBe(b[key]);
  }
  expect(mine._nodes.length).toBe(theirs._nodes.length);
  mine._nodes.forEach((node, index) => expect(node).toBe(theirs._nodes[index]));
  expect(mine.value).toEqual(theirs.value);
  if (typeof theirs.value === 'object') expect(mine.value).not.toBe(theirs.value);
  expect([...mine.tags]).toEqual([...theirs.tags]);
  expect(Object.keys(mine.context)).toEqual(Object.keys(theirs.context));
  expect(JSON.stringify(mine.context)).toBe(JSON.stringify(theirs.context));
}

describe.each(machines)('transitionLifecycle: $name', ({ machine }) => {
  it("gives XState's own transition on every step", () => {
    const xstateSteps = vi.spyOn(machine, 'transition');
    let fast = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let [snapshot] = initialTransition(machine, {
          submittedAt: at('2025-11-03'),
          applicant: { id: people.applicant.id },
        });
        let time = Date.parse(snapshot.context.submittedAt);
        for (const s of steps) {
          if (snapshot.status !== 'active') break;
          time += s.advance;
          const instant = new Date(time).toISOString();
          const sampled = sampleEvents(snapshot, { advanceMs: Math.max(s.advance, 60_000) });
          const event: WorkflowEvent =
            s.follow > 0 && sampled.length > 0
              ? (sampled[s.pick % sampled.length] as WorkflowEvent)
              : s.type === 'TICK' || s.type === 'RECOUNT'
                ? ({ type: s.type, at: instant } as WorkflowEvent)
                : {
                    type: s.type,
                    actor: s.actor,
                    at: instant,
                    ...(s.reason === undefined ? {} : { reason: s.reason }),
                    ...(s.days === undefined ? {} : { days: s.days }),
                  };
          if (s.restore === 0) {
            // A snapshot read back from its stored form: new state-node arrays.
            const stored = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot)));
            snapshot = createActor(machine, { snapshot: stored }).getSnapshot();
          }
          const calls = xstateSteps.mock.calls.length;
          const mine = transitionLifecycle(machine, snapshot, event);
          const tookItself = xstateSteps.mock.calls.length === calls;
          const [theirs] = transition(machine, snapshot, event);
          expectSameStep(snapshot, mine, theirs);
          if (mine !== snapshot && mine.status === 'active') {
            accepted += 1;
            if (tookItself) fast += 1;
          }
          snapshot = s.fromXState ? theirs : mine;
        }
      }),
      { numRuns: 150 },
    );
    // Steps that stay active are a few structures repeated: XState is asked the first time only.
    expect(accepted).toBeGreaterThan(50);
    expect(fast).toBeGreaterThan(accepted * 0.7);
    xstateSteps.mockRestore();
  });
});
