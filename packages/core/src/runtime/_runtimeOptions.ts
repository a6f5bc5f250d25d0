import type { LocaleText } from '@mpp-kit/schemas';
import { RuntimeOptionsError } from './errors.js';

/** The store methods the runtime calls. */
const storeMethods = ['create', 'append', 'get', 'events', 'query', 'inbox', 'claimDue'] as const;

/** How a wrong value reads in a message, in both languages: `a Date`, `a Promise`, `string "x"` … */
export function describeValue(value: unknown): LocaleText {
  const both = (en: string, id: string) => ({ en, id });
  if (value === undefined) return both('undefined', 'undefined');
  if (value === null) return both('null', 'null');
  if (Array.isArray(value)) return both('an array', 'larik');
  if (value instanceof Date) return both('a Date', 'Date');
  if (typeof value === 'object') {
    return typeof (value as { then?: unknown }).then === 'function'
      ? both('a Promise', 'Promise')
      : both('an object', 'objek');
  }
  let literal = '';
  if (typeof value === 'string') literal = ` ${JSON.stringify(value)}`;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    literal = ` ${value.toString()}`;
  return both(`${typeof value}${literal}`, `${typeof value}${literal}`);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const examples = {
  clock: {
    en: 'The clock is called for the time of every action: () => new Date(), or () => "2025-05-05T02:00:00Z" in a test.',
    id: 'Jam dipanggil untuk waktu setiap tindakan: () => new Date(), atau () => "2025-05-05T02:00:00Z" dalam pengujian.',
  },
  createId: {
    en: 'It makes the id of a new application: () => crypto.randomUUID(), for example, or leave it out.',
    id: 'Fungsi ini membuat id permohonan baru: misalnya () => crypto.randomUUID(), atau hapus opsinya.',
  },
  logger: {
    en: 'It receives one entry per action: (entry) => console.log(entry.message), for example, or leave it out.',
    id: 'Fungsi ini menerima satu catatan per tindakan: misalnya (entry) => console.log(entry.message), atau hapus opsinya.',
  },
} as const;

/**
 * Checks what `createMallRuntime` was given, so that a mistake fails at start-up with a message
 * saying how to fix the call, not later inside a request ("store.create is not a function").
 * Plain JavaScript callers get no type checking: every check is on the runtime values.
 */
export function checkRuntimeArguments(mall: unknown, options: unknown): void {
  if (!isObject(mall) || !isObject(mall['mall']) || !Array.isArray(mall['services'])) {
    const loadResult = isObject(mall) && typeof mall['ok'] === 'boolean' && 'issues' in mall;
    throw new RuntimeOptionsError('mall', { kind: loadResult ? 'mall_result' : 'mall' });
  }
  if (!isObject(options)) {
    throw new RuntimeOptionsError('options', { kind: 'options', actual: describeValue(options) });
  }
  const store = options['store'];
  if (store === undefined || store === null)
    throw new RuntimeOptionsError('store', { kind: 'store_missing' });
  if (typeof (store as { then?: unknown }).then === 'function')
    throw new RuntimeOptionsError('store', { kind: 'store_promise' });
  const missing = storeMethods.filter(
    (method) => typeof (store as Record<string, unknown>)[method] !== 'function',
  );
  if (missing.length > 0)
    throw new RuntimeOptionsError('store', { kind: 'store_methods', missing });
  for (const option of ['clock', 'createId', 'logger'] as const) {
    const value = options[option];
    if (value !== undefined && typeof value !== 'function') {
      throw new RuntimeOptionsError(option, {
        kind: 'not_function',
        option,
        actual: describeValue(value),
        example: examples[option],
      });
    }
  }
  const calendar = options['calendar'];
  if (
    calendar !== undefined &&
    (!isObject(calendar) ||
      typeof calendar['timeZone'] !== 'string' ||
      typeof calendar['addWorkingDays'] !== 'function')
  ) {
    throw new RuntimeOptionsError('calendar', { kind: 'calendar' });
  }
}
