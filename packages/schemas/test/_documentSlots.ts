import fc from 'fast-check';

/** Where a mutation test can change a document: every value, as its parent and key. */
export interface Slot {
  readonly parent: Record<string | number, unknown>;
  readonly key: string | number;
}

/** Every value of a document (mapping values and list items, all the way down), in document order. */
export function slotsOf(doc: unknown): Slot[] {
  const slots: Slot[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const parent = node as Record<string | number, unknown>;
      slots.push({ parent, key: Array.isArray(node) ? Number(key) : key });
      walk(parent[key]);
    }
  };
  walk(doc);
  return slots;
}

/** Puts `value` in the slot; `undefined` removes the key, or the list item. */
export function replaceAt(slot: Slot, value: unknown): void {
  if (value === undefined) {
    if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
    else Reflect.deleteProperty(slot.parent, slot.key);
  } else slot.parent[slot.key] = value;
}

/**
 * Values a mutation puts in a slot: nothing (the key removed), null, small integers, ids, dates
 * (one that does not exist), vocabulary words, a time, booleans, an empty list and mapping.
 */
export const plainReplacement = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -3, max: 40 }),
  fc.constantFrom(
    '',
    'x',
    'dpmptsp',
    'Dinas_X',
    '2025-02-30',
    '2026-01-01',
    'regional',
    'free',
    '07:30',
  ),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
