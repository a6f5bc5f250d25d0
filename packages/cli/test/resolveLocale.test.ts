import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../src/index.js';

describe('resolveLocale', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'id_ID.UTF-8' }, 'id'],
    [{ LANG: 'id' }, 'id'],
    [{ LANG: 'ID_ID' }, 'id'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LC_ALL: 'C', LANG: 'id_ID.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'id_ID.UTF-8' }, 'id'],
    [{ LC_MESSAGES: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' }, 'id'],
    [{ LC_ALL: 'id_ID.UTF-8', LC_MESSAGES: 'en_US' }, 'id'],
  ])('%j → %s', (env, locale) => {
    expect(resolveLocale(env)).toBe(locale);
  });
});
