/**
 * CSV as spreadsheets write it (RFC 4180): fields separated by commas (or semicolons, as spreadsheets
 * set to a decimal-comma locale write them), quoted when they hold a separator, a quote or a line break.
 */

export type CsvTable = { rows: string[][]; separator: ',' | ';' };

/** The separator a file uses, judged by its header line. */
function separatorOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/** Rows of fields; an error names the line (1-based) where a quoted field is left open. */
export function parseCsv(input: string): CsvTable | { error: string } {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let quotedFrom = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quotedFrom) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quotedFrom = 0;
      else field += ch;
      if (ch === '\n') line++;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quotedFrom = line;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
    } else field += ch;
    i++;
  }
  if (quotedFrom) return { error: `a quoted field opened on line ${quotedFrom} is never closed` };
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return { rows, separator };
}

// A cell starting with one of these is a formula to a spreadsheet: "=HYPERLINK(...)" in a chore name
// must stay text. A leading apostrophe is how spreadsheets mark a cell as text; import removes it again.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, separator = ','): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A cell as the user meant it: the apostrophe export put before a would-be formula is taken off. */
export function csvText(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvLine(values: readonly string[], separator = ','): string {
  return values.map((v) => csvCell(v, separator)).join(separator);
}
