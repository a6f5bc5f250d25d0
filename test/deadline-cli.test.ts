import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const mpp = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'packages/cli/bin/mpp.mjs'), ...args], {
    encoding: 'utf8',
  });

describe('mpp deadline on the Batang calendar', () => {
  it('counts working days across the 2026 Nyepi and Idulfitri break (SKB 1497/2025, 2/2025, 5/2025)', () => {
    // Received Friday 13 March 2026. Day 1 is the first working day after receipt:
    // 16 Mar (1), 17 (2); 18 cuti bersama Nyepi, 19 Nyepi, 20 cuti bersama, 21–22 Idulfitri,
    // 23–24 cuti bersama; 25 (3), 26 (4), 27 (5); 30 (6), 31 (7), 1 Apr (8), 2 Apr (9);
    // 3 Apr Good Friday; 6 Apr (10).
    const run = mpp(
      'deadline',
      join(root, 'examples/batang'),
      '--from',
      '2026-03-13',
      '--days',
      '10',
      '--format',
      'json',
    );
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      due: string;
      skipped: { date: string; reason: string }[];
    };
    expect(out.due).toBe('2026-04-06');
    expect(out.skipped.filter((d) => d.reason === 'collective-leave').map((d) => d.date)).toEqual([
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
    ]);
    expect(out.skipped.find((d) => d.date === '2026-04-03')).toMatchObject({ reason: 'holiday' });
  });

  it('knows the collective leave added by the 2025 amendment (SKB 933/2025, 1/2025, 3/2025)', () => {
    // Received Friday 15 Aug 2025; 16–17 weekend (17 Aug also a holiday), 18 Aug cuti bersama
    // (added by the amendment): day 1 is Tuesday 19 Aug.
    const run = mpp(
      'deadline',
      join(root, 'examples/batang'),
      '--from',
      '2025-08-15',
      '--days',
      '1',
      '--format',
      'json',
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ due: '2025-08-19' });
  });

  it('rolls a calendar-day term that ends on a non-working day forward', () => {
    // 2026-01-02 (Friday) + 14 calendar days = Friday 16 Jan 2026, a holiday (Isra Mikraj) →
    // Saturday, Sunday → Monday 19 Jan.
    const run = mpp(
      'deadline',
      join(root, 'examples/batang'),
      '--from',
      '2026-01-02',
      '--days',
      '14',
      '--calendar-days',
      '--format',
      'json',
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ due: '2026-01-19' });
  });

  it('a term beyond the calendar data is counted on weekends only and says it is provisional', () => {
    // Sun 20 Dec 2026: 21–23 Dec (3), 24 cuti bersama, 25 Christmas, 28–31 Dec (7), then 2027,
    // which no decree covers yet: Fri 1 Jan (8), Mon 4 (9), Tue 5 (10).
    const args = [
      'deadline',
      join(root, 'examples/batang'),
      '--from',
      '2026-12-20',
      '--days',
      '10',
    ];
    const json = mpp(...args, '--format', 'json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      due: '2027-01-05',
      provisional: true,
      uncoveredFrom: '2027-01-01',
    });
    const en = mpp(...args, '--lang', 'en');
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('due 2027-01-05.');
    expect(en.stdout).toContain(
      'This due date is PROVISIONAL: the calendar does not cover days from 2027-01-01 on, so they are counted on weekends only (no holidays). Add 2027 to the calendar when its SKB is signed.',
    );
    const id = mpp(...args, '--lang', 'id');
    expect(id.stdout).toContain(
      'Tenggat ini SEMENTARA: kalender belum mencakup hari mulai 2027-01-01',
    );
    // Inside the calendar: not provisional, and the pretty output says nothing about it.
    const inside = mpp(
      'deadline',
      join(root, 'examples/batang'),
      '--from',
      '2026-03-13',
      '--days',
      '10',
    );
    expect(inside.stdout).not.toContain('PROVISIONAL');
    const insideJson = mpp(
      'deadline',
      join(root, 'examples/batang'),
      '--from',
      '2026-03-13',
      '--days',
      '10',
      '--format',
      'json',
    );
    expect(JSON.parse(insideJson.stdout)).toMatchObject({ provisional: false });
    expect(JSON.parse(insideJson.stdout)).not.toHaveProperty('uncoveredFrom');
  });

  it('a day before the calendar data is a clear error naming that day, in Indonesian when asked', () => {
    const run = mpp(
      'deadline',
      join(root, 'examples/batang'),
      '--from',
      '2024-12-20',
      '--days',
      '10',
      '--lang',
      'id',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Tanggal 2024-12-20 di luar kalender "id-national"');
    expect(run.stderr).toContain('SKB');
    expect(run.stdout).toBe('');
  });

  it('a malformed date or term is a usage error', () => {
    expect(
      mpp('deadline', join(root, 'examples/batang'), '--from', '13-03-2026', '--days', '10').status,
    ).toBe(2);
    expect(
      mpp('deadline', join(root, 'examples/batang'), '--from', '2026-03-13', '--days', 'ten')
        .status,
    ).toBe(2);
  });
});
