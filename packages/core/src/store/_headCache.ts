/**
 * The heads a store last read or wrote, by application id: what lets an append skip reading the
 * row first. Only a hint — the append's write checks the head against the stored row and the store
 * reads the row when it does not match. Shared by the SQLite and PostgreSQL stores.
 */
import { checkFixedFields, type FIXED_FIELDS, type RecordRow } from './_storeInput.js';

/** How many applications' heads a store keeps, to append without reading the row first. */
export const HEAD_CACHE_SIZE = 10_000;

/** What every cached head holds: the version it is at and the fields fixed at creation. */
export type FixedHead = { readonly version: number } & {
  readonly [K in (typeof FIXED_FIELDS)[number]]: string;
};

/** A bounded map of heads by application id; the oldest entry goes first. */
export interface HeadCache<Head> {
  readonly get: (id: string) => Head | undefined;
  readonly set: (id: string, head: Head) => void;
  readonly delete: (id: string) => void;
}

/** A {@link HeadCache} of at most `limit` applications. */
export function createHeadCache<Head>(limit: number): HeadCache<Head> {
  const heads = new Map<string, Head>();
  return {
    get: (id) => heads.get(id),
    set: (id, head) => {
      heads.delete(id);
      heads.set(id, head);
      if (heads.size > limit) {
        const oldest = heads.keys().next();
        if (oldest.done !== true) heads.delete(oldest.value);
      }
    },
    delete: (id) => heads.delete(id),
  };
}

/**
 * Whether an append of `row` at `version` may go ahead on a cached head without reading the row
 * first: the head is at that version and the fixed fields agree. When they do not, the store
 * reads the row and checks in the usual order (a conflict before a field).
 */
export function usableHead<Head extends FixedHead>(
  head: Head | undefined,
  version: number,
  row: RecordRow,
): head is Head {
  if (head === undefined || head.version !== version) return false;
  try {
    checkFixedFields(head, row);
    return true;
  } catch {
    return false;
  }
}
