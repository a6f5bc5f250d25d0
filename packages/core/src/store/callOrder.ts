import type { QueueTicket } from './FloorStore.js';

/**
 * The order "call next" takes waiting tickets in: the protected groups of UU 25/2009 Art. 29
 * first, then by when the ticket could be called, then by number. The memory store sorts with it;
 * the SQLite and PostgreSQL stores order their queries the same way; the queue desk counts a
 * ticket's place with it.
 *
 * @example
 * ```ts
 * waiting.sort(callOrder)[0]; // the ticket "call next" gives
 * ```
 */
export function callOrder(a: QueueTicket, b: QueueTicket): number {
  const rank = (t: QueueTicket) => (t.priority === null ? 1 : 0);
  return (
    rank(a) - rank(b) ||
    Date.parse(a.callableFrom) - Date.parse(b.callableFrom) ||
    (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)
  );
}
