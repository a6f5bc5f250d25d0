/**
 * The queue and complaint desks on Batang, on the memory store, SQLite and PostgreSQL: tickets in
 * opening hours, protected groups first, appointments from their slot, capacities, recall, serve,
 * no-show, transfer, statistics; complaints with due dates that match hand counts on the national
 * calendar, their lifecycle, who may act, what an agency sees, and compliance per agency.
 */
import type { MallConfig } from '@mpp-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  complaintCompliance,
  createComplaintDesk,
  createQueueDesk,
  FloorError,
  queueStatistics,
} from '../src/floor/index.js';
import { batang } from './runtime/runtimeFixtures.js';
import { threeStores } from './store/threeStores.js';

const { kinds, cleanup } = threeStores('floor-desk');
let mall: MallConfig;

beforeAll(async () => {
  mall = await batang();
});
afterAll(cleanup);

/** A settable clock. */
function clockAt(start: string) {
  let now = new Date(start);
  const clock = () => now;
  clock.set = (instant: string) => {
    now = new Date(instant);
  };
  return clock;
}

async function floorError(promise: Promise<unknown>): Promise<FloorError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FloorError) return error;
    throw error;
  }
  throw new Error('expected a FloorError');
}

describe.each(kinds)('queue desk on $name', ({ open }) => {
  it('numbers per counter and day, calls protected groups first, records times', async () => {
    const store = await open();
    // Monday 7 December 2026, 08:30 WIB.
    const clock = clockAt('2026-12-07T01:30:00Z');
    const desk = createQueueDesk(mall, store, { clock });
    const a1 = await desk.take({ counterId: 'gerai-dpmptsp' });
    const b1 = await desk.take({ counterId: 'gerai-disdukcapil' });
    const a2 = await desk.take({ counterId: 'gerai-dpmptsp', priority: 'pregnant' });
    expect([a1.number, b1.number, a2.number]).toEqual(['A-001', 'B-001', 'A-002']);
    expect(a1.day).toBe('2026-12-07');

    clock.set('2026-12-07T01:40:00Z');
    const first = await desk.callNext('gerai-dpmptsp', 'nip-1');
    expect(first?.number).toBe('A-002'); // the pregnant holder before the earlier walk-in
    const recalled = await desk.recall(a2.id, 'nip-1');
    expect(recalled.recalls).toBe(1);
    clock.set('2026-12-07T01:52:00Z');
    expect((await desk.serve(a2.id)).status).toBe('served');
    const second = await desk.callNext('gerai-dpmptsp', 'nip-1');
    expect(second?.number).toBe('A-001');
    expect((await desk.noShow(a1.id)).status).toBe('no-show');
    expect(await desk.callNext('gerai-dpmptsp', 'nip-1')).toBeUndefined();

    const again = await floorError(desk.serve(a1.id));
    expect(again.code).toBe('invalid_action');
    expect(again.message).toContain('A-001 is no-show');
    expect(again.messageId).toContain('berstatus no-show');

    // Transfer: B-001 goes to the DPUPR counter with its number.
    const moved = await desk.transfer(b1.id, 'gerai-dpupr');
    expect(moved).toMatchObject({ counterId: 'gerai-dpupr', number: 'B-001', status: 'waiting' });
    expect((await desk.callNext('gerai-dpupr', 'nip-2'))?.number).toBe('B-001');
    expect(await desk.callNext('gerai-disdukcapil', 'nip-3')).toBeUndefined();

    const rows = queueStatistics(await desk.board(), mall.mall.timeZone);
    expect(rows).toContainEqual({
      counterId: 'gerai-dpmptsp',
      hour: 8,
      called: 2,
      meanWait: 16, // A-002 waited 10 minutes, A-001 22
      p90Wait: 22,
      meanService: 12,
    });
    await store.close();
  });

  it('refuses walk-ins out of hours, serves appointments from their slot, keeps capacities', async () => {
    const store = await open();
    // Friday 4 December 2026, 11:30 WIB: the mall closes at 11:00 on Fridays.
    const clock = clockAt('2026-12-04T04:30:00Z');
    const desk = createQueueDesk(mall, store, { clock });
    const closed = await floorError(desk.take({ counterId: 'gerai-dpmptsp' }));
    expect(closed.code).toBe('closed');
    expect(closed.message).toContain('2026-12-04 11:30');

    // DPUPR: Tuesday and Thursday slots 09:00–11:00 for 8 each.
    const taken = [];
    for (let i = 0; i < 8; i++)
      taken.push(
        await desk.take({
          counterId: 'gerai-dpupr',
          appointment: { date: '2026-12-08', from: '09:00' },
        }),
      );
    expect(taken.map((t) => t.number)).toEqual(
      Array.from({ length: 8 }, (_, i) => `C-00${String(i + 1)}`),
    );
    expect(taken[0]).toMatchObject({ kind: 'appointment', slot: '09:00-11:00', day: '2026-12-08' });
    const full = await floorError(
      desk.take({ counterId: 'gerai-dpupr', appointment: { date: '2026-12-08', from: '09:00' } }),
    );
    expect(full.code).toBe('full');
    const noSlot = await floorError(
      desk.take({ counterId: 'gerai-dpupr', appointment: { date: '2026-12-07', from: '09:00' } }),
    );
    expect(noSlot.code).toBe('validation');

    // Tuesday 8 December, 08:30: the appointments wait for 09:00; a walk-in is called first.
    clock.set('2026-12-08T01:30:00Z');
    const walkIn = await desk.take({ counterId: 'gerai-dpupr' });
    expect(walkIn.number).toBe('C-009'); // the day's numbers go on after the appointments'
    expect((await desk.callNext('gerai-dpupr', 'nip-1'))?.id).toBe(walkIn.id);
    expect(await desk.callNext('gerai-dpupr', 'nip-1')).toBeUndefined();
    clock.set('2026-12-08T02:00:00Z');
    expect((await desk.callNext('gerai-dpupr', 'nip-1'))?.number).toBe('C-001');

    const unknown = await floorError(desk.take({ counterId: 'gerai-bri' }));
    expect(unknown.code).toBe('not_found');
    const wrongService = await floorError(
      desk.take({ counterId: 'gerai-disdukcapil', serviceId: 'pbg' }),
    );
    expect(wrongService.code).toBe('validation');
    await store.close();
  });
});

describe.each(kinds)('complaint desk on $name', ({ open }) => {
  const officer = { id: 'nip-adu', role: 'complaint-officer', agency: 'dpmptsp' };
  const dpupr = { id: 'nip-pupr', role: 'complaint-handler', agency: 'dpupr' };
  const reporter = { id: 'akun-siti', role: 'reporter' };

  it('counts due dates on the national calendar as by hand', async () => {
    const store = await open();
    // Friday 13 March 2026, 09:00 WIB; 18–24 March are Nyepi, Idulfitri and their collective leave.
    const desk = createComplaintDesk(mall, store, { clock: clockAt('2026-03-13T02:00:00Z') });
    const file = (categoryId: string) =>
      desk.submit({
        categoryId,
        title: 'Judul',
        content: 'Isi',
        anonymous: true,
        confidential: false,
      });
    const perizinan = await file('perizinan');
    // First response, 3 working days: 16, 17, 25 March.
    expect(perizinan.firstResponseDue).toBe('2026-03-25');
    // Complaint tier, 5: 16, 17, 25, 26, 27 March.
    expect(perizinan.answerDue).toBe('2026-03-27');
    // Dispute, 14: 16, 17, 25, 26, 27, 30, 31 March, 1, 2, 6 (3 April is Good Friday), 7, 8, 9, 10 April.
    expect((await file('bangunan-gedung')).answerDue).toBe('2026-04-10');
    // With inspection, 60: 7 in March, 21 in April (not the 3rd), 16 in May (not 1, 14, 15, 27, 28),
    // 2–5, 8–12, 15, 17–19 (16 June is a holiday), 22, 23, 24 June.
    expect((await file('lingkungan')).answerDue).toBe('2026-06-24');
    const numbers = (await desk.list({ kind: 'officer' })).map((c) => c.number).sort();
    expect(numbers).toEqual(['ADU-2026-000001', 'ADU-2026-000002', 'ADU-2026-000003']);
    await store.close();
  });

  it("numbers complaints in the mall's local year, not UTC's", async () => {
    const store = await open();
    // 31 December 2026, 23:30 WIB = 16:30 UTC; then 1 January 2027, 00:30 WIB = 17:30 UTC on 31 December.
    const clock = clockAt('2026-12-31T16:30:00Z');
    const desk = createComplaintDesk(mall, store, { clock });
    const input = {
      categoryId: 'perizinan',
      title: 'T',
      content: 'C',
      anonymous: true,
      confidential: false,
    };
    const lastOfYear = await desk.submit(input);
    clock.set('2026-12-31T17:30:00Z');
    const firstOfYear = await desk.submit(input);
    const second = await desk.submit(input);
    expect([lastOfYear.number, firstOfYear.number, second.number]).toEqual([
      'ADU-2026-000001',
      'ADU-2027-000001',
      'ADU-2027-000002',
    ]);
    await store.close();
  });

  it('runs the lifecycle with the right people and hides confidential reporters from the agency', async () => {
    const store = await open();
    const clock = clockAt('2026-12-07T02:00:00Z');
    const desk = createComplaintDesk(mall, store, { clock });
    const filed = await desk.submit({
      categoryId: 'bangunan-gedung',
      title: 'PBG belum terbit',
      content: 'Sudah lewat jangka waktu layanan.',
      eventDate: '2026-11-30',
      eventPlace: 'MPP Batang',
      anonymous: false,
      confidential: true,
      reporter: { id: 'akun-siti', name: 'Siti', contact: '0812' },
    });
    expect(filed).toMatchObject({ state: 'received', agency: 'dpupr', reporterName: 'Siti' });

    const wrong = await floorError(desk.act(filed.id, 1, 'verify', dpupr));
    expect(wrong.code).toBe('forbidden');
    const verified = await desk.act(filed.id, 1, 'verify', officer);
    const stale = await floorError(desk.act(filed.id, 1, 'assign', officer));
    expect(stale.code).toBe('conflict');
    const assigned = await desk.act(filed.id, verified.version, 'assign', officer);
    const early = await floorError(desk.act(filed.id, assigned.version, 'close', reporter));
    expect(early.code).toBe('invalid_action');

    const seen = await desk.get(filed.id, { kind: 'agency', agency: 'dpupr' });
    expect(seen.reporterName).toBeNull();
    expect(seen.reporterId).toBeNull();
    expect((await desk.get(filed.id, { kind: 'officer' })).reporterName).toBe('Siti');
    expect(await desk.list({ kind: 'agency', agency: 'dlh' })).toEqual([]);
    const notTheirs = await floorError(desk.get(filed.id, { kind: 'agency', agency: 'dlh' }));
    expect(notTheirs.code).toBe('not_found');

    clock.set('2026-12-09T03:00:00Z');
    const answered = await desk.act(filed.id, assigned.version, 'answer', dpupr, {
      answer: 'PBG terbit hari ini.',
    });
    const reopened = await desk.act(filed.id, answered.version, 'reopen', reporter, {
      note: 'Belum saya terima.',
    });
    const again = await desk.act(filed.id, reopened.version, 'answer', dpupr, {
      answer: 'Dikirim ke alamat pemohon.',
    });
    const closed = await desk.act(filed.id, again.version, 'close', reporter);
    expect(closed.state).toBe('closed');
    expect(closed.history.map((h) => h.action)).toEqual([
      'submit',
      'verify',
      'assign',
      'answer',
      'reopen',
      'answer',
      'close',
    ]);

    const late = await desk.submit({
      categoryId: 'adminduk',
      title: 'KTP',
      content: 'Belum jadi.',
      anonymous: true,
      confidential: false,
      reporter: { id: 'akun-x' },
    });
    expect(late.reporterId).toBeNull();
    const rows = complaintCompliance(
      await desk.list({ kind: 'officer' }),
      '2026-12-31',
      mall.mall.timeZone,
    );
    expect(rows).toEqual([
      {
        agency: 'disdukcapil',
        total: 1,
        open: 1,
        answeredOnTime: 0,
        answeredLate: 0,
        overdue: 1,
        firstResponseOnTime: 0,
      },
      {
        agency: 'dpupr',
        total: 1,
        open: 0,
        answeredOnTime: 1,
        answeredLate: 0,
        overdue: 0,
        firstResponseOnTime: 1,
      },
    ]);
    await store.close();
  });
});
