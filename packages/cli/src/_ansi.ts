/** A text style: identity when colour is off. */
export type Style = (text: string) => string;

/** The styles the pretty formatter uses. */
export interface Palette {
  readonly bold: Style;
  readonly dim: Style;
  readonly red: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly green: Style;
}

const sgr =
  (open: number, close: number): Style =>
  (text) =>
    text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`;

const plain: Style = (text) => text;

/** ANSI styles when `color` is true, identity functions otherwise. */
export function createPalette(color: boolean): Palette {
  if (!color)
    return { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain, green: plain };
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    green: sgr(32, 39),
  };
}

/**
 * Makes control characters (ESC, CR, NUL ...) in text from a configuration file visible, so a
 * file cannot move the cursor or recolour the terminal. Tabs are kept; line breaks (`\n`) too when
 * `keepLineBreaks` is set, for a whole document such as `mpp standard`'s Markdown.
 */
export function escapeControl(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\n' && options.keepLineBreaks === true) return c;
    const hex = c.charCodeAt(0).toString(16).padStart(2, '0');
    return `\\x${hex}`;
  });
}
