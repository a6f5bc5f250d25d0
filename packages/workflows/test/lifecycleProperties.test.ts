import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor, type Snapshot } from 'xstate';
import {
  actorMatches,
  allowedActions,
  checkEvent,
  type EventActor,
  type WorkflowEvent,
} from '../src/lifecycle/index.js';
import { compilePbg, pbg, people, start } from './_lifecycleFixtures.js';

// Invariants over random event sequences on the PBG lifecycle (any actor, any event type, with or
// without a reason, sometimes out of order): a refused event changes nothing, checkEvent agrees
// with the machine, no unauthorized action is ever accepted, and a persisted snapshot restores.

const machine = compilePbg(
  { ...pbg, sla: { ...pbg.sla, legalMax: 30, onExpiry: 'deemed-approval' } },
  {
    template: 'permit-with-levy',
    technicalTeam: { agencies: ['dpupr', 'dlh'] },
    returns: { maxRounds: 2, maxWaitDays: 10 },
  },
);
const actors: EventActor[] = Object.values(people);
const types = [
  'ACCEPT',
  'REJECT',
  'APPROVE',
  'RETURN',
  'RESUBMIT',
  'WITHDRAW',
  'EXTEND',
  'ASSESS',
  'PAID',
  'ISSUE',
  'TICK',
  'NOPE',
];
const DAY = 24 * 60 * 60 * 1000;

const step = fc.record({
  type: fc.constantFrom(...types),
  actor: fc.constantFrom(...actors),
  reason: fc.option(fc.constantFrom('Alasan', ' ', ''), { nil: undefined }),
  days: fc.option(fc.integer({ min: -1, max: 4 }), { nil: undefined }),
  advance: fc.integer({ min: -1 * DAY, max: 12 * DAY }),
  /** Half of the time, act as someone allowed would (to get deep into the lifecycle). */
  follow: fc.boolean(),
  pick: fc.nat(),
});

describe('lifecycle properties', () => {
  it('never accepts a refused or unauthorized event, and never changes state on one', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const actor = start(machine);
        let time = Date.parse(actor.getSnapshot().context.submittedAt);
        for (const s of steps) {
          if (actor.getSnapshot().status !== 'active') break;
          time += s.advance;
          const at = new Date(time).toISOString();
          const options = allowedActions(actor).flatMap((action) =>
            action.allowed.map((allowed) => ({
              type: action.type,
              actor:
                allowed.agency === 'applicant'
                  ? people.applicant
                  : { id: 'x', role: allowed.role, agency: allowed.agency },
            })),
          );
          const chosen =
            s.follow && options.length > 0 ? options[s.pick % options.length] : undefined;
          const type = chosen?.type ?? s.type;
          const who = chosen?.actor ?? s.actor;
          const event: WorkflowEvent =
            type === 'TICK'
              ? { type: 'TICK', at }
              : {
                  type,
                  actor: who,
                  at,
                  ...(s.reason === undefined ? {} : { reason: s.reason }),
                  ...(s.days === undefined ? {} : { days: s.days }),
                };
          const before = actor.getSnapshot();
          const allowed = allowedActions(before);
          const check = checkEvent(before, event);
          actor.send(event);
          const after = actor.getSnapshot();
          if (event.type === 'TICK') {
            expect(check.ok || before.status !== 'active').toBe(true);
            continue;
          }
          const changed = after !== before;
          expect(changed).toBe(check.ok);
          if (changed) {
            const permitted = allowed.find((action) => action.type === event.type)?.allowed ?? [];
            expect(
              permitted.some((candidate) =>
                actorMatches(who, candidate, before.context.applicantId),
              ),
            ).toBe(true);
          } else {
            expect(after.value).toEqual(before.value);
            expect(after.context).toEqual(before.context);
          }
          for (const agency of Object.keys(after.context.votes))
            expect(['dpupr', 'dlh']).toContain(agency);
          expect(after.context.rounds).toBeLessThanOrEqual(2);
          expect(after.context.deadline.days).toBeLessThanOrEqual(30);
        }
        const stored = JSON.parse(
          JSON.stringify(actor.getPersistedSnapshot()),
        ) as Snapshot<unknown>;
        const restored = createActor(machine, { snapshot: stored }).start();
        expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
        expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
      }),
      { numRuns: 200 },
    );
  });
});
