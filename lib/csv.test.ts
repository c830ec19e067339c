import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csvCell (RFC 4180)', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('office.update')).toBe('office.update');
    expect(csvCell('مكتب مونتيفيديو')).toBe('مكتب مونتيفيديو');
  });

  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('Montevideo, Uruguay')).toBe('"Montevideo, Uruguay"');
    expect(csvCell('the "Summit"')).toBe('"the ""Summit"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes empty values as empty fields, dates in ISO 8601 and objects as JSON', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(new Date('2006-11-03T10:00:00Z'))).toBe('2006-11-03T10:00:00.000Z');
    expect(csvCell({ phones: ['+598'] })).toBe('"{""phones"":[""+598""]}"');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvCell('+598 2916 8043')).toBe("'+598 2916 8043");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    // Only the start matters.
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('builds a row with CRLF, and the row reads back field by field', () => {
    const row = csvRow(['1', 'Ada, Admin', 'say "hi"', '', '=1+1']);
    expect(row).toBe('1,"Ada, Admin","say ""hi""",,\'=1+1\r\n');
    expect(parse(row)).toEqual([['1', 'Ada, Admin', 'say "hi"', '', "'=1+1"]]);
  });

  it('with semicolons, for a spreadsheet in French or Spanish: a field holding one is quoted, a comma is not', () => {
    const row = csvRow(['1', 'Ada, Admin', 'a; b', '{"x":1}'], ';');
    expect(row).toBe('1;Ada, Admin;"a; b";"{""x"":1}"\r\n');
    expect(parse(row, ';')).toEqual([['1', 'Ada, Admin', 'a; b', '{"x":1}']]);
  });
});

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parse(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  return rows;
}
