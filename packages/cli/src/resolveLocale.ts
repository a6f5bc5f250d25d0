import type { Locale } from '@mpp-kit/schemas';

/**
 * Picks the message locale from the environment the way POSIX tools do: the first non-empty of
 * `LC_ALL`, `LC_MESSAGES` and `LANG`; a value starting with `id` (`id_ID.UTF-8`) gives Indonesian,
 * anything else English.
 *
 * @example
 * ```ts
 * resolveLocale({ LANG: 'id_ID.UTF-8' }); // 'id'
 * resolveLocale({ LC_ALL: 'C', LANG: 'id_ID.UTF-8' }); // 'en'
 * resolveLocale({}); // 'en'
 * ```
 */
export function resolveLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find(
    (v) => v !== undefined && v !== '',
  );
  return value?.toLowerCase().startsWith('id') === true ? 'id' : 'en';
}
