/** One field of a CSV row with where it starts (1-based line and column). */
export interface CsvField {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** One non-blank row of a CSV text. */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly CsvField[];
}

/** A CSV text split into rows, or where a quoted field was left open. */
export interface CsvText {
  readonly separator: ',' | ';' | '\t';
  readonly rows: readonly CsvRow[];
  readonly unclosedQuote?: { readonly line: number; readonly column: number };
}

/**
 * The separator of the header line: the most frequent of comma, semicolon (spreadsheets in an
 * Indonesian locale write `;` because the decimal mark is a comma) and tab, outside quotes; comma
 * on a tie.
 */
function detectSeparator(text: string): CsvText['separator'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Reads CSV (RFC 4180: quoted fields, `""` for a quote, line breaks inside quotes; CRLF, LF or CR
 * line ends; a UTF-8 byte-order mark is skipped) and remembers where every field starts. Rows that
 * are empty are left out.
 */
export function readCsvText(input: string): CsvText {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: CsvRow[] = [];
  let fields: CsvField[] = [];
  let field = '';
  let fieldLine = 1;
  let fieldColumn = 1;
  let rowLine = 1;
  let line = 1;
  let column = 1;
  let quoted = false;
  let quoteStart: { line: number; column: number } | undefined;
  let i = 0;

  const endField = () => {
    fields.push({ text: field, line: fieldLine, column: fieldColumn });
    field = '';
  };
  const endRow = () => {
    endField();
    const blank = fields.length === 1 && fields[0]?.text.trim() === '';
    if (!blank) rows.push({ line: rowLine, fields });
    fields = [];
  };

  for (let c = text.charAt(i); i < text.length; c = text.charAt(i)) {
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        column += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        column += 1;
      } else if (c === '\r' || c === '\n') {
        field += '\n';
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line += 1;
        column = 1;
      } else {
        field += c;
        i += 1;
        column += 1;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      quoteStart = { line, column };
      field = '';
      i += 1;
      column += 1;
    } else if (c === separator) {
      endField();
      i += 1;
      column += 1;
      fieldLine = line;
      fieldColumn = column;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      column = 1;
      rowLine = line;
      fieldLine = line;
      fieldColumn = 1;
    } else {
      field += c;
      i += 1;
      column += 1;
    }
  }
  if (quoted && quoteStart !== undefined) return { separator, rows, unclosedQuote: quoteStart };
  if (field !== '' || fields.length > 0) endRow();
  return { separator, rows };
}
