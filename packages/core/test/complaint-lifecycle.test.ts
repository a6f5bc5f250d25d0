/**
 * The complaint lifecycle as configuration: the default table compiled into an XState machine
 * that refuses what the table refuses, a mall's `complaints.lifecycle` applied at runtime, and
 * a bad override located in its file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { complaintStates, localizeIssue, type MallConfig } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  complaintActions,
  complaintActionsFor,
  complaintLifecycleOf,
  createComplaintDesk,
  type ComplaintAction,
} from '../src/floor/index.js';
import { validateMallSources } from '../src/load/validateMallSources.js';
import { createMemoryStore } from '../src/store/index.js';
import { batang } from './runtime/runtimeFixtures.js';

const officer = { id: 'nip-adu', role: 'complaint-officer', agency: 'dpmptsp' };
const dpupr = { id: 'nip-pupr', role: 'complaint-handler', agency: 'dpupr' };
const reporter = { id: 'akun-siti', role: 'reporter' };
const actions = Object.keys(complaintActions) as ComplaintAction[];

describe('the compiled complaint lifecycle', () => {
  it('allows exactly what the table allows, in every state', () => {
    const { machine } = complaintLifecycleOf({});
    expect(machine.machine.id).toBe('complaint');
    for (const state of complaintStates)
      for (const action of actions) {
        const rule = complaintActions[action];
        const expected = (rule.from as readonly string[]).includes(state) ? rule.to : undefined;
        expect([state, action, machine.next(state, action)]).toEqual([state, action, expected]);
      }
    expect(machine.allowed('answered')).toEqual(['reopen', 'close']);
    expect(machine.allowed('closed')).toEqual([]);
    expect(machine.toMermaid()).toContain('answered --> reopened: reopen');
  });

  it('drops reopening and changes actors when the mall says so', () => {
    const { machine, rules } = complaintLifecycleOf({
      lifecycle: { reopening: false, actors: { close: 'officer' } },
    });
    expect(machine.next('answered', 'reopen')).toBeUndefined();
    expect(machine.next('answered', 'close')).toBe('closed');
    expect(rules.reopen).toBeUndefined();
    expect(rules.close?.by).toBe('officer');
    expect(rules.verify?.by).toBe('officer');
  });

  it('offers each kind of viewer the actions it takes in a state', () => {
    const standard = complaintLifecycleOf({});
    const officer = { kind: 'officer' } as const;
    const agency = { kind: 'agency', agency: 'dpupr' } as const;
    const reporter = { kind: 'reporter', id: 'nik-1' } as const;
    expect(complaintActionsFor(standard, officer, 'received')).toEqual(['verify']);
    expect(complaintActionsFor(standard, agency, 'received')).toEqual([]);
    expect(complaintActionsFor(standard, agency, 'assigned')).toEqual(['answer']);
    expect(complaintActionsFor(standard, officer, 'answered')).toEqual(['close']);
    expect(complaintActionsFor(standard, reporter, 'answered')).toEqual(['reopen', 'close']);
    const strict = complaintLifecycleOf({
      lifecycle: { reopening: false, actors: { close: 'officer' } },
    });
    expect(complaintActionsFor(strict, reporter, 'answered')).toEqual([]);
    expect(complaintActionsFor(strict, officer, 'answered')).toEqual(['close']);
  });
});

describe('a mall that overrides the complaint lifecycle', () => {
  let mall: MallConfig;
  beforeAll(async () => {
    const base = await batang();
    const complaints = base.complaints;
    if (complaints === undefined) throw new Error('Batang declares complaints');
    mall = {
      ...base,
      complaints: { ...complaints, lifecycle: { reopening: false, actors: { close: 'officer' } } },
    };
  });

  it('gets the override at runtime', async () => {
    const desk = createComplaintDesk(mall, createMemoryStore(), {
      clock: () => new Date('2026-12-07T02:00:00Z'),
    });
    const filed = await desk.submit({
      categoryId: 'bangunan-gedung',
      title: 'PBG belum terbit',
      content: 'Sudah lewat jangka waktu layanan.',
      anonymous: false,
      confidential: false,
      reporter: { id: reporter.id, name: 'Siti' },
    });
    const verified = await desk.act(filed.id, filed.version, 'verify', officer);
    const assigned = await desk.act(filed.id, verified.version, 'assign', officer);
    const answered = await desk.act(filed.id, assigned.version, 'answer', dpupr, { answer: 'Ya.' });

    const reopen = desk.act(filed.id, answered.version, 'reopen', reporter);
    await expect(reopen).rejects.toMatchObject({
      code: 'invalid_action',
      message: expect.stringContaining('does not reopen') as unknown,
      messageId: expect.stringContaining('tidak membuka kembali') as unknown,
    });
    const byReporter = desk.act(filed.id, answered.version, 'close', reporter);
    await expect(byReporter).rejects.toMatchObject({ code: 'forbidden' });
    const closed = await desk.act(filed.id, answered.version, 'close', officer);
    expect(closed.state).toBe('closed');
  });

  it('keeps the default for a mall that says nothing', async () => {
    const desk = createComplaintDesk(await batang(), createMemoryStore(), {
      clock: () => new Date('2026-12-07T02:00:00Z'),
    });
    const filed = await desk.submit({
      categoryId: 'bangunan-gedung',
      title: 'T',
      content: 'C',
      anonymous: false,
      confidential: false,
      reporter: { id: reporter.id },
    });
    await expect(desk.act(filed.id, filed.version, 'assign', officer)).rejects.toMatchObject({
      code: 'invalid_action',
      message: expect.stringContaining('needs it verified') as unknown,
    });
  });
});

describe('complaints.lifecycle in configuration', () => {
  const fixture = (path: string) =>
    readFileSync(fileURLToPath(new URL(`./fixtures/malls/small/${path}`, import.meta.url)), 'utf8');
  const validate = (text: string) =>
    validateMallSources(
      [
        { file: 'mall.yaml', text: fixture('mall.yaml') },
        { file: 'services/sip.yaml', text: fixture('services/sip.yaml') },
        { file: 'complaints.yaml', text },
      ],
      { asOf: new Date('2026-06-01T00:00:00Z') },
    );
  const head = [
    'apiVersion: mpp-kit/v1',
    'roles:',
    '  - { id: complaint-officer, name: Pengelola pengaduan }',
    '  - { id: complaint-handler, name: Petugas tindak lanjut pengaduan }',
    'complaints:',
    '  categories: [{ id: perizinan, name: Perizinan, agency: dpmptsp }]',
  ];

  it('accepts an override and keeps it in the loaded mall', () => {
    const result = validate([...head, '  lifecycle:', '    reopening: false'].join('\n'));
    expect(result.issues).toEqual([]);
    expect(result.ok && result.mall.complaints?.lifecycle).toEqual({ reopening: false });
  });

  it('locates a bad actor, an unknown key and a contradiction, in English and Indonesian', () => {
    const bad = validate(
      [...head, '  lifecycle:', '    reopen: false', '    actors:', '      verify: mayor'].join(
        '\n',
      ),
    );
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => `${i.file} ${i.path.join('.')} ${String(i.line)}`)).toEqual([
      'complaints.yaml complaints.lifecycle.reopen 8',
      'complaints.yaml complaints.lifecycle.actors.verify 10',
    ]);
    expect(bad.issues.find((i) => i.path.at(-1) === 'verify')?.message).toContain('mayor');
    for (const i of bad.issues) expect(localizeIssue(i, 'id').message).not.toBe(i.message);

    const contradiction = validate(
      [...head, '  lifecycle:', '    reopening: false', '    actors: { reopen: reporter }'].join(
        '\n',
      ),
    );
    const issue = contradiction.issues.find(
      (i) => i.code === 'complaint_reopen_actor_without_reopening',
    );
    expect(issue).toMatchObject({
      file: 'complaints.yaml',
      path: ['complaints', 'lifecycle', 'actors', 'reopen'],
      line: 9,
      severity: 'error',
    });
    expect(issue?.message).toContain('`reopening: false` disallows reopening');
    expect(issue && localizeIssue(issue, 'id').message).toContain('melarangnya');
  });
});
