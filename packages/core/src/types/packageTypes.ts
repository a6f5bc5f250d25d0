// Types of @mpp-kit/schemas and @mpp-kit/workflows that core's functions take and return, named
// here too so that an application depending on @mpp-kit/core alone can write them. Each is the
// other package's type itself (an alias), documented there.
import type * as schemas from '@mpp-kit/schemas';
import type * as workflows from '@mpp-kit/workflows';

/**
 * A whole mall, as `loadMall()` gives it: `MallConfig` of `@mpp-kit/schemas`.
 *
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) { const mall: MallConfig = result.mall; }
 * ```
 */
export type MallConfig = schemas.MallConfig;

/**
 * A problem found in a configuration or a request: `Issue` of `@mpp-kit/schemas` (code,
 * severity, path, message, hint, file, line, column).
 *
 * @example
 * ```ts
 * const issues: Issue[] = checkMall(mall);
 * ```
 */
export type Issue = schemas.Issue;

/**
 * Something that can be done on an application now, and who may do it, as
 * `runtime.allowedActions(id)` lists it: `AllowedAction` of `@mpp-kit/workflows`.
 *
 * @example
 * ```ts
 * const actions: AllowedAction[] = await runtime.allowedActions(id);
 * actions.map((action) => action.type); // ['APPROVE', 'REJECT', 'RETURN', 'WITHDRAW']
 * ```
 */
export type AllowedAction = workflows.AllowedAction;

/**
 * A role at an agency named for an action (`{ role: 'front-office', agency: 'dpmptsp' }`):
 * `AllowedActor` of `@mpp-kit/workflows`.
 *
 * @example
 * ```ts
 * const who: AllowedActor[] = (await runtime.allowedActions(id))[0]?.allowed ?? [];
 * ```
 */
export type AllowedActor = workflows.AllowedActor;

/**
 * A service's lifecycle compiled to an XState machine, as `compileServiceLifecycle` gives it:
 * `WorkflowMachine` of `@mpp-kit/workflows`.
 *
 * @example
 * ```ts
 * const machine: WorkflowMachine = compileServiceLifecycle(mall, 'pbg');
 * ```
 */
export type WorkflowMachine = workflows.WorkflowMachine;

/**
 * The mall's working-day calendar, as `createMallCalendar` gives it: `WorkingDayCalendar` of
 * `@mpp-kit/workflows`.
 *
 * @example
 * ```ts
 * const calendar: WorkingDayCalendar = createMallCalendar(mall);
 * calendar.addWorkingDays('2025-03-28', 5); // '2025-04-14'
 * ```
 */
export type WorkingDayCalendar = workflows.WorkingDayCalendar;
