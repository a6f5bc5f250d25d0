import { MppError } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import {
  ApiProblem,
  checkRoles,
  createAuthenticator,
  createMemoryServerState,
  ServeError,
} from '../src/index.js';
import { loadBatang } from './_fixtures.js';

describe('the errors of the server extend MppError, unchanged', () => {
  it('an ApiProblem from the authenticator and a ServeError from checkRoles', async () => {
    const mall = await loadBatang();
    const authenticate = createAuthenticator(mall, createMemoryServerState());
    const problem: unknown = await authenticate('Bearer not-a-token').catch((e: unknown) => e);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toBeInstanceOf(MppError);
    expect(problem).toMatchObject({
      name: 'ApiProblem',
      code: 'invalid_token',
      status: 401,
      message: 'invalid_token',
      params: { reason: 'malformed' },
    });

    let serve: unknown;
    try {
      checkRoles(mall, ['no-such-role@dpmptsp']);
    } catch (error) {
      serve = error;
    }
    expect(serve).toBeInstanceOf(ServeError);
    expect(serve).toBeInstanceOf(MppError);
    const error = serve as ServeError;
    expect(error.name).toBe('ServeError');
    expect(error.localizedMessage('id')).toBe(error.messageId);
    expect(error.messageId).toContain('tidak ada peran "no-such-role"');
  });
});
