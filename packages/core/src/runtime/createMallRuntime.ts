import type { MallConfig } from '@mpp-kit/schemas';
import { createAct } from './_act.js';
import { createRuntimeContext } from './_context.js';
import { createQueries } from './_queries.js';
import { checkRuntimeArguments } from './_runtimeOptions.js';
import { createScheduler } from './_scheduler.js';
import { createSubmit } from './_submit.js';
import type { MallRuntime, MallRuntimeOptions, WithdrawInput } from './MallRuntime.js';

/**
 * Creates the runtime of a loaded mall on a store: see {@link MallRuntime}.
 *
 * Decisions worth knowing:
 * - **Time.** Every action happens at `clock()`; the runtime never reads the system clock itself.
 * - **Deadlines as instants.** A due date D (a local date in the mall's time zone) has passed at
 *   the start of D + 1, local time; that instant is what the record's `dueAt`, the events'
 *   `dueAt`/`serviceDueAt` and the overdue filter use. `dueAt` is the earliest instant at which a
 *   `TICK` changes the application (read from the `TICK` transitions its state declares), so the
 *   scheduler never wakes an application for nothing; it is `null` in a final state and while
 *   nothing can happen by time alone.
 * - **Versions.** The first event of each application holds the lifecycle definition it runs
 *   under ({@link ServiceDefinition}); the record holds its service version and workflow version
 *   (a hash of that definition). Applications whose version the current configuration no longer
 *   gives run on the machine compiled from their stored definition. The calendar is not part of
 *   a definition: every application follows the mall's current calendar (a new collective-leave
 *   decree applies to running applications too), and a replay counts with it.
 * - **Provisional deadlines.** A term that reaches past the calendar's last covered year is
 *   counted on its weekly pattern and accepted; the summary's `provisional`, the events'
 *   `provisional` and the record's `uncoveredFrom` say which due dates rest on days no decree
 *   covers yet. When the year is added to the configuration, `recountProvisionalDeadlines()` (run
 *   by the first `runDueDeadlines()` of a runtime) counts them again, each as a `RECOUNT` event.
 * - **Authorization before the machine.** An applicant acts only on their own application; an
 *   officer must act for an agency taking part in it; the role @ agency must be one the
 *   lifecycle names for the event in the current state. The machine's own guards check again.
 * - **Personal data.** NIKs are validated with `parseNik`, stored as given in the first event,
 *   and masked (`3325********0001`) in everything the runtime returns, logs or throws unless a read
 *   asks for `{ reveal: true }`.
 *
 * @param mall - a loaded mall (`loadMall(...)`'s `mall`).
 * @param options - the store, the clock, and optional id maker, logger and calendar.
 * @returns the runtime.
 * @throws {@link RuntimeOptionsError} when the arguments are not a loaded mall and its options (the
 * result of `loadMall()` instead of its `mall`, no store, an un-awaited `createPostgresStore()`, a
 * store without the {@link MallStore} methods, a clock, id maker or logger that is not a function).
 * @throws `CalendarDefinitionError` when the mall's calendars are inconsistent (not for a loaded
 * mall).
 * @example
 * ```ts
 * import { createMallRuntime, loadMall } from '@mpp-kit/core';
 * import { createSqliteStore } from '@mpp-kit/core/store/sqlite';
 *
 * const loaded = await loadMall('examples/batang');
 * if (!loaded.ok) throw new Error('invalid mall');
 * const runtime = createMallRuntime(loaded.mall, { store: createSqliteStore({ file: 'mpp.sqlite' }), clock: () => new Date() });
 * const app = await runtime.submit({
 *   serviceId: 'skck',
 *   applicant: { id: 'akun-7781', nik: '3325010101900001', name: 'Siti Aminah' },
 *   documents: [{ requirementId: 'ktp' }],
 *   facts: { feeRow: 'wni' },
 * });
 * app.checklist.missing; // the required documents not handed in
 * await runtime.act(app.id, {
 *   type: 'ACCEPT',
 *   actor: { id: 'nip-1', role: 'front-office', agency: 'polres-batang' },
 *   expectedVersion: app.version,
 * });
 * ```
 */
export function createMallRuntime(mall: MallConfig, options: MallRuntimeOptions): MallRuntime {
  checkRuntimeArguments(mall, options);
  const context = createRuntimeContext(mall, options);
  const act = createAct(context);
  return {
    submit: createSubmit(context),
    act,
    withdraw: (id: string, input: WithdrawInput) => act(id, { ...input, type: 'WITHDRAW' }),
    ...createQueries(context),
    ...createScheduler(context),
  };
}
