/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, a quote or a line break quoted,
 * quotes doubled), made safe to open in a spreadsheet: a cell that starts like a formula
 * (=, +, -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP recommends, so
 * "=HYPERLINK(…)" typed into a name or an e-mail field is shown as text, never run.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The field separator: the comma of RFC 4180, or the semicolon that spreadsheets set for a
 * language writing decimals with a comma (French, Spanish…) expect: given commas, they put each
 * whole line in the first column.
 */
export type CsvSeparator = ',' | ';';

export function csvCell(value: unknown, separator: CsvSeparator = ','): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly unknown[], separator: CsvSeparator = ','): string {
  return `${values.map((v) => csvCell(v, separator)).join(separator)}\r\n`;
}

/** Byte order mark: spreadsheet programs then read the file as UTF-8 (Arabic names, accents). */
export const CSV_BOM = '\uFEFF';
