import { MppError } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import { CalendarRangeError, createWorkingDayCalendar } from '../src/calendar/index.js';
import { compileWorkflow, WorkflowCompileError } from '../src/index.js';
import { calendar, national, pbg } from './_lifecycleFixtures.js';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('the errors of workflows extend MppError', () => {
  it('a CalendarRangeError thrown by a strict calendar, with both languages', () => {
    const strict = createWorkingDayCalendar(national, {
      timeZone: 'Asia/Jakarta',
      beyondCoverage: 'error',
    });
    const error = thrownBy(() => strict.isWorkingDay('2027-01-04'));
    expect(error).toBeInstanceOf(CalendarRangeError);
    expect(error).toBeInstanceOf(MppError);
    const range = error as CalendarRangeError;
    expect([range.name, range.code]).toEqual(['CalendarRangeError', 'calendar_range']);
    expect(range.localizedMessage('en')).toBe(range.message);
    expect(range.localizedMessage('id')).toBe(range.messageId);
    expect(range.messageId).toContain('2027');
    expect(range.messageId).not.toBe(range.message);
  });

  it('a WorkflowCompileError for an unknown template, now with an Indonesian message', () => {
    const error = thrownBy(() =>
      compileWorkflow({ template: 'permitt' }, { service: pbg, coordinator: 'dpmptsp', calendar }),
    );
    expect(error).toBeInstanceOf(WorkflowCompileError);
    expect(error).toBeInstanceOf(MppError);
    const compile = error as WorkflowCompileError;
    expect([compile.name, compile.code]).toEqual(['WorkflowCompileError', 'workflow_invalid']);
    expect(compile.message).toMatch(/^Workflow "[^"]+" cannot be compiled: /);
    expect(compile.localizedMessage('id')).toMatch(/^Alur kerja "[^"]+" tidak dapat dikompilasi: /);
  });
});
