/** Records and events for the store tests. */
import type { ActorRef, ApplicationRecord, NewEvent } from '../../src/store/index.js';

/** The tests' epoch: 1 July 2025, 08:00 WIB. */
export const T0 = Date.parse('2025-07-01T01:00:00.000Z');

/** The instant `minutes` after {@link T0}, in `toISOString()` form. */
export function at(minutes: number): string {
  return new Date(T0 + minutes * 60_000).toISOString();
}

export const officer: ActorRef = {
  id: 'nip-198703122010011002',
  role: 'verifier',
  agency: 'dpmptsp',
};
export const applicant: ActorRef = { id: 'nik-3325014101900001', role: 'applicant' };

/** A valid version-1 record. */
export function makeRecord(
  id: string,
  overrides: Partial<ApplicationRecord> = {},
): ApplicationRecord {
  return {
    id,
    mallId: 'mpp-batang',
    serviceId: 'pbg',
    serviceVersion: '2025.1',
    workflowId: 'permit-with-levy',
    workflowVersion: '1',
    applicantId: 'nik-3325014101900001',
    agencies: ['dpmptsp', 'dpupr'],
    state: 'intake',
    snapshot: { status: 'active', value: 'intake', context: { round: 0 } },
    version: 1,
    dueAt: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

/** The record after one more event. */
export function nextRecord(
  record: ApplicationRecord,
  overrides: Partial<ApplicationRecord> = {},
): ApplicationRecord {
  return { ...record, version: record.version + 1, updatedAt: at(record.version), ...overrides };
}

/** A valid event. */
export function makeEvent(type: string, overrides: Partial<NewEvent> = {}): NewEvent {
  return { type, actor: officer, at: at(1), payload: { note: type.toLowerCase() }, ...overrides };
}
