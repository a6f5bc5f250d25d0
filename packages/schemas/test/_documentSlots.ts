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
