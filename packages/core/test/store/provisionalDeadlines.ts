/**
 * The runtime on a real store when the calendar runs out: a submission whose term reaches a year
 * no decree covers is accepted with provisional due dates, and recounted (once, as an event) when
 * the year is added. Run by each `store-*.test.ts`.
 */
import type { MallConfig } from '@mpp-kit/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { createMallRuntime } from '../../src/runtime/index.js';
import type { MallStore } from '../../src/store/index.js';
import {
  batang,
  batangNik,
  createTestClock,
  officer,
  pbgDocuments,
  pbgFacts,
} from '../runtime/runtimeFixtures.js';

/**
 * ILLUSTRATIVE, for these tests only: no 2027 decree (SKB) was known when they were written. New
 * Year's Day is certain; the second date only stands in for a holiday of early January.
 */
export const illustrative2027 = [
  { date: '2027-01-01', kind: 'holiday', name: 'Tahun Baru 2027 Masehi (ilustrasi)' },
  { date: '2027-01-05', kind: 'holiday', name: 'Hari libur ilustrasi (bukan data SKB)' },
] as const;

/** Batang's mall with 2027 added to its national calendar (illustrative days, see above). */
export function withIllustrative2027(mall: MallConfig): MallConfig {
  return {
    ...mall,
    calendars: mall.calendars.map((calendar) =>
      calendar.id === 'id-national'
        ? {
            ...calendar,
            years: [...calendar.years, 2027],
            days: [...calendar.days, ...illustrative2027],
          }
        : calendar,
    ),
  };
}

/** Opens an empty store for one test. */
export type ProvisionalStoreFactory = () => Promise<{
  readonly store: MallStore;
  readonly dispose?: () => Promise<void>;
}>;

/**
 * Defines the provisional-deadline tests of the runtime on a store.
 *
 * @example
 * ```ts
 * describeProvisionalDeadlines('memory', async () => ({ store: createMemoryStore() }));
 * ```
 */
export function describeProvisionalDeadlines(name: string, factory: ProvisionalStoreFactory): void {
  describe(`${name} store: provisional deadlines past the end of the calendar`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    it('accepts a term reaching 2027 as provisional; a 2027 calendar recounts it as one event, once', async () => {
      const opened = await factory();
      cleanups.push(async () => {
        await opened.store.close();
        await opened.dispose?.();
      });
      const { store } = opened;
      const mall = await batang();
      // Sunday 20 December 2026, 09:00 WIB.
      const clock = createTestClock('2026-12-20T02:00:00Z');
      const runtime = createMallRuntime(mall, { store, clock });
      const app = await runtime.submit({
        serviceId: 'pbg',
        applicant: { id: 'akun-1', nik: batangNik(1) },
        documents: pbgDocuments,
        facts: pbgFacts,
      });
      // 28 working days: 21–23 and 28–31 Dec (24 Dec cuti bersama, 25 Dec Christmas), then 2027
      // on weekdays only: 1, 4–8, 11–15, 18–22, 25–29 Jan.
      expect(app).toMatchObject({
        serviceDue: '2027-01-29',
        stepDue: '2026-12-21',
        provisional: { uncoveredFrom: '2027-01-01', dueDates: ['serviceDue'] },
      });
      expect((await store.get(app.id))?.uncoveredFrom).toBe('2027-01-01');
      const [submitted] = await runtime.timeline(app.id);
      expect(submitted).toMatchObject({
        type: 'SUBMIT',
        serviceDueAt: '2027-01-29T17:00:00.000Z',
        provisional: { uncoveredFrom: '2027-01-01', dueDates: ['serviceDue'] },
      });

      // The same calendar again: nothing to recount.
      expect(await runtime.recountProvisionalDeadlines()).toMatchObject({
        uncoveredFrom: '2027-01-01',
        checked: 0,
        recounted: 0,
      });

      // The 2027 decree is added to the configuration; a runtime starts on it.
      clock.set('2026-12-21T01:00:00Z');
      const updated = createMallRuntime(withIllustrative2027(mall), { store, clock });
      expect(await updated.recountProvisionalDeadlines()).toEqual({
        uncoveredFrom: '2028-01-01',
        checked: 1,
        recounted: 1,
        conflicts: 0,
        failed: [],
      });
      // 1 and 5 January are holidays now: 21–23, 28–31 Dec, 4, 6–8, 11–15, 18–22, 25–29 Jan, 1–2 Feb.
      const recounted = await updated.get(app.id);
      expect(recounted).toMatchObject({ serviceDue: '2027-02-02', provisional: null, version: 2 });
      expect((await store.get(app.id))?.uncoveredFrom).toBeNull();
      const timeline = await updated.timeline(app.id);
      expect(timeline).toHaveLength(2);
      expect(timeline[1]).toMatchObject({
        type: 'RECOUNT',
        at: '2026-12-21T01:00:00.000Z',
        actor: { id: 'calendar', role: 'system' },
        serviceDueAt: '2027-02-02T17:00:00.000Z',
        payload: {
          uncoveredFrom: '2028-01-01',
          before: { serviceDue: '2027-01-29', stepDue: '2026-12-21', waitDue: null },
          after: { serviceDue: '2027-02-02', stepDue: '2026-12-21', waitDue: null },
        },
      });
      expect(timeline[1]).not.toHaveProperty('provisional');
      expect(await updated.verify(app.id)).toEqual({ ok: true });
      expect(await updated.replay(app.id)).toMatchObject({ matches: true });

      // Idempotent: a second recount, and the scheduler's first run, change nothing.
      expect(await updated.recountProvisionalDeadlines()).toMatchObject({
        checked: 0,
        recounted: 0,
      });
      expect(await updated.runDueDeadlines()).toMatchObject({ recounted: 0 });
      expect(await updated.timeline(app.id)).toHaveLength(2);

      // The application goes on under the recounted term.
      const accepted = await updated.act(app.id, {
        type: 'ACCEPT',
        actor: officer('front-office', 'dpmptsp'),
        expectedVersion: 2,
      });
      expect(accepted).toMatchObject({ serviceDue: '2027-02-02', provisional: null });
    });
  });
}
