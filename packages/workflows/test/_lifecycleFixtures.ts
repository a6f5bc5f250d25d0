import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createActor } from 'xstate';
import type { Calendar } from '@mpp-kit/schemas';
import { createWorkingDayCalendar } from '../src/calendar/index.js';
import {
  compileWorkflow,
  type EventActor,
  type WorkflowInput,
  type WorkflowMachine,
  type WorkflowService,
} from '../src/lifecycle/index.js';
import type { ServiceWorkflow, WorkflowDefinition } from '@mpp-kit/schemas';

// The Indonesian national calendar of the Batang example (SKB 2025 and its amendment, SKB 2026).
const examplePath = fileURLToPath(
  new URL('../../../examples/batang/calendars/id-national.yaml', import.meta.url),
);
const document = parse(readFileSync(examplePath, 'utf8'), { schema: 'core' }) as {
  calendars: Calendar[];
};
export const national = document.calendars[0] as Calendar;
export const calendar = createWorkingDayCalendar(national, { timeZone: 'Asia/Jakarta' });

/** PBG at Batang: owner DPMPTSP, technical team DPUPR + DLH, 28 working days (PP 16/2021). */
export const pbg = {
  id: 'pbg',
  owner: 'dpmptsp',
  participants: ['dpupr', 'dlh'],
  sla: {
    days: 28,
    unit: 'working',
    legalMax: 28,
    onExpiry: 'escalate',
    legalBasis: ['pp-16-2021'],
  },
  output: { product: 'Dokumen PBG' },
} as const satisfies WorkflowService;

export const pbgWorkflow: ServiceWorkflow = {
  template: 'permit-with-levy',
  technicalTeam: { agencies: ['dpupr', 'dlh'], policy: 'all' },
};

/** Officers and the applicant used across the lifecycle tests. */
export const people = {
  frontOffice: { id: 'fo-1', role: 'front-office', agency: 'dpmptsp' },
  backOffice: { id: 'bo-1', role: 'back-office', agency: 'dpmptsp' },
  head: { id: 'head-1', role: 'head', agency: 'dpmptsp' },
  treasurer: { id: 'tr-1', role: 'treasurer', agency: 'dpmptsp' },
  dpupr: { id: 'rv-1', role: 'reviewer', agency: 'dpupr' },
  dlh: { id: 'rv-2', role: 'reviewer', agency: 'dlh' },
  bpn: { id: 'rv-3', role: 'reviewer', agency: 'bpn' },
  applicant: { id: 'nik-3325010101800001', role: 'applicant' },
  stranger: { id: 'nik-3325010101800002', role: 'applicant' },
} as const satisfies Record<string, EventActor>;

export function compilePbg(
  service: WorkflowService = pbg,
  workflow: ServiceWorkflow | WorkflowDefinition = pbgWorkflow,
): WorkflowMachine {
  return compileWorkflow(workflow, { service, coordinator: 'dpmptsp', calendar });
}

/** WIB office hours on a local date: `at('2025-05-05')` is 09:00 WIB. */
export function at(date: string, time = '09:00'): string {
  return `${date}T${time}:00+07:00`;
}

export function start(machine: WorkflowMachine, input: Partial<WorkflowInput> = {}) {
  return createActor(machine, {
    input: { submittedAt: at('2025-05-05'), applicant: { id: people.applicant.id }, ...input },
  }).start();
}
