// CSV for spreadsheet programs used in Dutch offices: semicolon-separated, UTF-8 with a byte order
// mark (so Excel reads the accents), CRLF line ends.

/**
 * A cell that a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage
 * return that some programs strip first) gets a leading apostrophe: CSV formula injection (OWASP).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: header row and rows, each cell guarded and quoted where needed. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(cell).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
