import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvText, parseCsv } from '../../shared/csv';

describe('parseCsv', () => {
  it('reads quoted fields with separators, quotes and line breaks', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nplain,,end\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'two\nlines'],
        ['plain', '', 'end'],
      ],
      separator: ',',
    });
  });

  it('reads the semicolons of a spreadsheet set to a decimal-comma locale', () => {
    expect(parseCsv('date;minutes\n2026-11-23;2,5')).toEqual({
      rows: [
        ['date', 'minutes'],
        ['2026-11-23', '2,5'],
      ],
      separator: ';',
    });
  });

  it('skips a byte-order mark and reads a last line without a line break', () => {
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      separator: ',',
    });
  });

  it('says where a quoted field is left open', () => {
    expect(parseCsv('a,b\n1,2\n"open,3\n4,5')).toEqual({
      error: 'a quoted field opened on line 3 is never closed',
    });
  });
});

describe('writing cells', () => {
  it('quotes only what needs quoting', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines'])).toBe('plain,"a,b","say ""hi""","two\nlines"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
  });

  it('keeps a would-be formula as text, and reads it back as typed', () => {
    for (const value of ['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)']) {
      const cell = csvCell(value);
      expect(cell.startsWith("'") || cell.startsWith(`"'`)).toBe(true);
      const parsed = parseCsv(cell);
      expect('rows' in parsed && csvText(parsed.rows[0]?.[0] ?? '')).toBe(value);
    }
    expect(csvText("'quoted on purpose")).toBe("'quoted on purpose");
  });
});
