import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateMallSources } from '../src/load/validateMallSources.js';

const mallYaml = readFileSync(
  fileURLToPath(new URL('./fixtures/malls/small/mall.yaml', import.meta.url)),
  'utf8',
);
const sipYaml = readFileSync(
  fileURLToPath(new URL('./fixtures/malls/small/services/sip.yaml', import.meta.url)),
  'utf8',
);

/** The small mall with more files. */
function validate(...extra: { file: string; text: string }[]) {
  return validateMallSources(
    [{ file: 'mall.yaml', text: mallYaml }, { file: 'services/sip.yaml', text: sipYaml }, ...extra],
    { asOf: new Date('2026-06-01T00:00:00Z') },
  );
}

/** `code path line` of every issue but the given ones' neighbours. */
function located(result: ReturnType<typeof validate>) {
  return result.issues.map(
    (issue) => `${issue.code} ${issue.path.join('.')} ${String(issue.line)}`,
  );
}

const countersHead = ['apiVersion: mpp-kit/v1', 'counters:'];

describe('counters[].queue', () => {
  it('accepts a queue with weekly and dated slots inside the hours', () => {
    const text = [
      ...countersHead,
      '  - id: gerai-1',
      '    agencies: [dpmptsp]',
      '    queue:',
      '      prefix: A',
      '      services: [sip-bidan]',
      '      dailyCapacity: 100',
      '      appointments:',
      '        - { days: [mon, tue], from: "08:00", to: "10:00", capacity: 20 }',
      '        - { days: [mon, tue], from: "10:00", to: "12:00", capacity: 20 }',
      '        - { date: 2026-12-09, from: "13:00", to: "14:00", capacity: 5 }',
    ].join('\n');
    const result = validate({ file: 'counters.yaml', text });
    expect(located(result)).toEqual([]);
    expect(result.ok && result.mall.counters[0]?.queue?.appointments).toHaveLength(3);
  });

  it('locates every mistake of a queue, in its file', () => {
    const text = [
      ...countersHead,
      '  - id: gerai-1',
      '    agencies: [dpmptsp]',
      '    queue:',
      '      prefix: A',
      '      services: [sip-bidam]',
      '      dailyCapacity: 10',
      '      appointments:',
      '        - { days: [mon], from: "08:00", to: "10:00", capacity: 8 }',
      '        - { days: [mon, wed], from: "09:30", to: "11:00", capacity: 5 }',
      '        - { date: 2026-12-12, from: "09:00", to: "10:00", capacity: 1 }',
      '        - { date: 2026-12-09, days: [fri], from: "09:00", to: "10:00", capacity: 1 }',
      '        - { date: 2026-12-10, from: "11:00", to: "10:00", capacity: 1 }',
      '  - id: gerai-2',
      '    agencies: [dinkes]',
      '    queue: { prefix: A }',
    ].join('\n');
    const result = validate({ file: 'counters.yaml', text });
    expect(located(result)).toEqual([
      'unknown_reference counters.0.queue.services.0 7',
      'queue_capacity_exceeded counters.0.queue.dailyCapacity 8',
      'queue_slot_overlap counters.0.queue.appointments.1 11',
      // 2026-12-12 is a Saturday: the mall is closed.
      'queue_slot_outside_hours counters.0.queue.appointments.2 12',
      'queue_slot_day counters.0.queue.appointments.3 13',
      'queue_slot_window counters.0.queue.appointments.4.to 14',
      'duplicate_queue_prefix counters.1.queue.prefix 17',
    ]);
    const overlap = result.issues.find((issue) => issue.code === 'queue_slot_overlap');
    expect(overlap?.message).toBe(
      'This slot (mon, wed, 09:30–11:00) overlaps the slot at counters.yaml:10:11.',
    );
    const hint = result.issues.find((issue) => issue.code === 'unknown_reference')?.hint;
    expect(hint).toContain('sip-bidan');
  });

  it.each([
    ['capacity: 0', 'appointments.0.capacity'],
    ['capacity: -3', 'appointments.0.capacity'],
  ])('refuses a slot with %s, located', (capacity, path) => {
    const text = [
      ...countersHead,
      '  - id: gerai-1',
      '    agencies: [dpmptsp]',
      '    queue:',
      '      prefix: A',
      `      appointments: [{ days: [mon], from: "08:00", to: "09:00", ${capacity} }]`,
    ].join('\n');
    const result = validate({ file: 'counters.yaml', text });
    expect(located(result)).toEqual([`too_small counters.0.queue.${path} 7`]);
  });

  it('refuses a lower-case or too long prefix and a daily capacity of 0', () => {
    const text = [
      ...countersHead,
      '  - { id: gerai-1, agencies: [dpmptsp], queue: { prefix: a } }',
      '  - { id: gerai-2, agencies: [dpmptsp], queue: { prefix: ABCD } }',
      '  - { id: gerai-3, agencies: [dpmptsp], queue: { prefix: C, dailyCapacity: 0 } }',
    ].join('\n');
    const result = validate({ file: 'counters.yaml', text });
    expect(located(result)).toEqual([
      'invalid_format counters.0.queue.prefix 3',
      'invalid_format counters.1.queue.prefix 4',
      'too_small counters.2.queue.dailyCapacity 5',
    ]);
  });
});

describe('complaints', () => {
  const roles = [
    'roles:',
    '  - { id: complaint-officer, name: Pengelola pengaduan }',
    '  - { id: complaint-handler, name: Petugas tindak lanjut pengaduan }',
  ];

  it('accepts categories on the SP4N-LAPOR! tiers and applies the defaults', () => {
    const text = [
      'apiVersion: mpp-kit/v1',
      ...roles,
      'complaints:',
      '  legalBasis: [uu-25-2009]',
      '  categories:',
      '    - { id: perizinan, name: Perizinan, agency: dpmptsp }',
      '    - { id: kesehatan, name: Kesehatan, tier: dispute-with-inspection, agency: dinkes }',
    ].join('\n');
    const result = validate({ file: 'complaints.yaml', text });
    expect(located(result)).toEqual([]);
    expect(result.ok && result.mall.complaints).toMatchObject({
      firstResponseDays: 3,
      closeAfterDays: 10,
      officerRole: 'complaint-officer',
      handlerRole: 'complaint-handler',
      categories: [{ tier: 'complaint' }, { tier: 'dispute-with-inspection' }],
    });
  });

  it('locates unknown agencies and roles, duplicate categories and terms over their tier', () => {
    const text = [
      'apiVersion: mpp-kit/v1',
      'complaints:',
      '  officerRole: pengelola',
      '  categories:',
      '    - { id: perizinan, name: Perizinan, agency: dpmptps }',
      '    - { id: perizinan, name: Lagi, tier: dispute, days: 20 }',
    ].join('\n');
    const result = validate({ file: 'complaints.yaml', text });
    expect(located(result)).toEqual([
      // handlerRole is left at its default, which this mall does not declare.
      'unknown_reference complaints.handlerRole 2',
      'unknown_reference complaints.officerRole 3',
      'unknown_reference complaints.categories.0.agency 5',
      'duplicate_id complaints.categories.1.id 6',
      'complaint_term_over_tier complaints.categories.1.days 6',
    ]);
    const over = result.issues.find((issue) => issue.code === 'complaint_term_over_tier');
    expect(over?.message).toBe(
      'The term of 20 working days is longer than the 14 working days of the dispute tier (SP4N-LAPOR!).',
    );
    expect(over?.severity).toBe('warning');
  });

  it('refuses a second complaints section in another file', () => {
    const text = ['apiVersion: mpp-kit/v1', 'complaints:', '  categories: [{ id: a, name: A }]'];
    const result = validate(
      { file: 'a.yaml', text: text.join('\n') },
      { file: 'b.yaml', text: text.join('\n') },
    );
    const duplicate = result.issues.find((issue) => issue.code === 'duplicate_key');
    expect([duplicate?.file, duplicate?.line]).toEqual(['b.yaml', 2]);
  });
});
