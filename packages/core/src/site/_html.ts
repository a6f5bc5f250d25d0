/**
 * HTML building blocks of the catalogue site. Every piece of configuration text goes through
 * {@link escapeHtml}; markup is only ever built from literals in this folder.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** Markup that is already safe: produced by {@link markup} or {@link raw}. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | false | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === false || part === null || part === undefined) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part));
}

/**
 * Tagged template: literal parts are markup, interpolated values are escaped unless they are
 * {@link SafeHtml}; arrays are joined; `false`, `null` and `undefined` render nothing.
 */
export function markup(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks trusted markup (built in this folder) as safe. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins parts with a separator (itself markup). */
export function joinHtml(parts: readonly Part[], separator: string): SafeHtml {
  return new SafeHtml(
    parts
      .map(render)
      .filter((part) => part !== '')
      .join(separator),
  );
}

/** `url` when it is an http(s) address, else `undefined` (never a `javascript:` or other link). */
export function httpHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
