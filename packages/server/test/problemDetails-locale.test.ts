import { renderEveryLocale } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import { ApiProblem, toProblem } from '../src/index.js';
import { forbiddenAudiences } from '../src/http/ApiProblem.js';

describe('a forbidden_route problem names who may pass in the caller’s language', () => {
  const problem = new ApiProblem(403, 'forbidden_route', {
    what: 'The applications of dlh',
    who: renderEveryLocale(forbiddenAudiences.officersOfAndCoordinators, { agency: 'dlh' }),
  });

  it('in Indonesian: the detail and the body’s who, with no English beside them', () => {
    const { status, body } = toProblem(problem, 'id');
    expect(status).toBe(403);
    expect(body.title).toBe('Tidak diizinkan');
    expect(body.detail).toBe(
      'The applications of dlh hanya terbuka bagi petugas dlh dan koordinator.',
    );
    expect(body['who']).toBe('petugas dlh dan koordinator');
    expect(body).not.toHaveProperty('whoId');
  });

  it('in English', () => {
    const { body } = toProblem(problem, 'en');
    expect(body.title).toBe('Forbidden');
    expect(body.detail).toBe(
      'The applications of dlh is open to officers of dlh and the coordinators only.',
    );
    expect(body['who']).toBe('officers of dlh and the coordinators');
  });

  it('a problem without parameters takes none, and its body adds none', () => {
    const { body } = toProblem(new ApiProblem(428, 'precondition_required'), 'en');
    expect(Object.keys(body).sort()).toEqual(['code', 'detail', 'status', 'title', 'type']);
  });
});
