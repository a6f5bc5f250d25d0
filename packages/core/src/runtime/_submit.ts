/**
 * `submit()`: a new application — the request checked and priced, the lifecycle started, the
 * record and its first event (holding the lifecycle definition it runs under) created in the
 * store with their notifications.
 */
import { createIssue } from '@mpp-kit/schemas';
import { CalendarRangeError, type WorkflowInput } from '@mpp-kit/workflows';
import { planNotifications } from '../notifications/planNotifications.js';
import type { ApplicationRecord, NewEvent } from '../store/MallStore.js';
import { applicationOf, stateOf, summaryOf, type SubmitPayload } from './_applicationViews.js';
import type { RuntimeContext } from './_context.js';
import { dueInstant, nextDueAt } from './_deadlines.js';
import { inboxFields } from './_inboxFields.js';
import { persistedSnapshot, startSnapshot, type LifecycleSnapshot } from './_machineRunner.js';
import { eventProvisional, uncoveredFromOf } from './_provisionalDeadlines.js';
import { checkSubmit } from './_submitRequest.js';
import { ValidationError } from './errors.js';
import type { Application, SubmitInput, SubmitTrusted } from './MallRuntime.js';

/** The runtime's `submit`, over its context. */
export function createSubmit(
  context: RuntimeContext,
): (input: SubmitInput, trusted?: SubmitTrusted) => Promise<Application> {
  const { mall, store, registry, calendar, timeZone } = context;
  return async (input, trusted) => {
    const checked = checkSubmit(mall, input, trusted, {
      now: context.now,
      needsRiskLevel: (serviceId) => registry.current(serviceId).usesRiskLevel,
    });
    if (!checked.ok) throw new ValidationError(checked.issues);
    const request = checked.value;
    const lifecycle = registry.current(request.service.id);
    const machineInput: WorkflowInput = {
      submittedAt: request.at,
      applicant: { id: request.applicant.id },
      applicationKind: request.applicationKind,
      ...(request.riskLevel === undefined ? {} : { riskLevel: request.riskLevel }),
    };
    let snapshot: LifecycleSnapshot;
    try {
      snapshot = startSnapshot(lifecycle.machine, machineInput);
    } catch (error) {
      if (!(error instanceof CalendarRangeError)) throw error;
      throw new ValidationError([
        createIssue({
          code: 'calendar_date_outside_years',
          path: ['at'],
          params: { date: error.date, years: calendar.years.map(String) },
        }),
      ]);
    }
    const id = request.id ?? context.createId();
    const definition = lifecycle.definition;
    const machineContext = snapshot.context;
    const payload: SubmitPayload = {
      serviceDueAt: dueInstant(machineContext.serviceDue, timeZone),
      ...eventProvisional(null, machineContext),
      applicationKind: request.applicationKind,
      ...(request.riskLevel === undefined ? {} : { riskLevel: request.riskLevel }),
      applicant: request.applicant,
      submittedBy: request.submittedBy,
      documents: request.documents,
      facts: request.facts,
      checklist: request.checklist,
      fee: request.fee,
      input: machineInput,
      definition,
    };
    const record: ApplicationRecord = {
      id,
      mallId: mall.mall.id,
      serviceId: definition.serviceId,
      serviceVersion: definition.serviceVersion,
      workflowId: definition.workflowId,
      workflowVersion: definition.workflowVersion,
      applicantId: request.applicant.id,
      agencies: lifecycle.agencies,
      state: stateOf(snapshot),
      snapshot: persistedSnapshot(snapshot),
      version: 1,
      dueAt: nextDueAt(snapshot, timeZone),
      createdAt: request.at,
      updatedAt: request.at,
      ...inboxFields(snapshot, lifecycle, timeZone),
      ...uncoveredFromOf(snapshot),
    };
    const submitEvent: NewEvent = {
      type: 'SUBMIT',
      actor: request.submittedBy,
      at: request.at,
      payload,
    };
    const first = await store.create(
      record,
      submitEvent,
      planNotifications(mall, { record, event: submitEvent, seq: 1 }),
    );
    context.remember(record, lifecycle, snapshot);
    context.log({
      level: 'info',
      kind: 'submitted',
      applicationId: id,
      action: 'SUBMIT',
      actor: {
        role: request.submittedBy.role,
        ...(request.submittedBy.agency === undefined ? {} : { agency: request.submittedBy.agency }),
      },
      message: `${request.service.id} application ${id} submitted (${record.state})`,
    });
    return applicationOf(summaryOf(record, snapshot, lifecycle), first, false);
  };
}
