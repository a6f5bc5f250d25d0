import { renderEveryLocale } from '@mpp-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem, toProblem } from '../src/index.js';
import { forbiddenAudiences, forbiddenSubjects } from '../src/http/ApiProblem.js';
import { call, loadBatang, serveInProcess } from './_fixtures.js';

describe('a forbidden_route problem names what is guarded and who may pass in the caller’s language', () => {
  const problem = new ApiProblem(403, 'forbidden_route', {
    what: renderEveryLocale(forbiddenSubjects.applicationsOf, { agency: 'dlh' }),
    who: renderEveryLocale(forbiddenAudiences.officersOfAndCoordinators, { agency: 'dlh' }),
  });

  it('in Indonesian: the detail and the body’s what and who, with no English beside them', () => {
    const { status, body } = toProblem(problem, 'id');
    expect(status).toBe(403);
    expect(body.title).toBe('Tidak diizinkan');
    expect(body.detail).toBe('Permohonan dlh hanya terbuka bagi petugas dlh dan koordinator.');
    expect(body['what']).toBe('Permohonan dlh');
    expect(body['who']).toBe('petugas dlh dan koordinator');
    expect(body).not.toHaveProperty('whoId');
  });

  it('in English', () => {
    const { body } = toProblem(problem, 'en');
    expect(body.title).toBe('Forbidden');
    expect(body.detail).toBe(
      'The applications of dlh is open to officers of dlh and the coordinators only.',
    );
    expect(body['what']).toBe('The applications of dlh');
    expect(body['who']).toBe('officers of dlh and the coordinators');
  });

  it('a problem without parameters takes none, and its body adds none', () => {
    const { body } = toProblem(new ApiProblem(428, 'precondition_required'), 'en');
    expect(Object.keys(body).sort()).toEqual(['code', 'detail', 'status', 'title', 'type']);
  });
});

describe('the inbox route refuses an applicant in the caller’s language', () => {
  let server: Awaited<ReturnType<typeof serveInProcess>>;
  let siti = '';
  const inbox = '/api/v1/malls/mpp-batang/inbox';

  beforeAll(async () => {
    const mall = await loadBatang();
    server = await serveInProcess('sqlite', [mall]);
    siti = await server.token(mall, 'akun-siti');
  });
  afterAll(async () => {
    await server.close();
  });

  it.each([
    [
      'in Indonesian: what and who both Indonesian',
      'id',
      {
        code: 'forbidden_route',
        title: 'Tidak diizinkan',
        detail: 'Kotak masuk hanya terbuka bagi petugas.',
        what: 'Kotak masuk',
        who: 'petugas',
      },
    ],
    [
      'in English',
      'en',
      { detail: 'The inbox is open to officers only.', what: 'The inbox', who: 'officers' },
    ],
  ])('%s', async (_case, language, expected) => {
    const response = await call(server.app, 'GET', inbox, {
      token: siti,
      headers: { 'accept-language': language },
    });
    expect(response.status).toBe(403);
    expect(response.json).toMatchObject(expected);
  });
});
