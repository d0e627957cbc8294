// The one way a list leaves Koers as a file (ADR 0142): the rows a list use case read, column
// definitions with Dutch headers, and the format. CSV for Dutch Excel (semicolons, UTF-8 with BOM,
// CRLF; privacy/csv.ts) or XLSX (exceljs). Text cells that a spreadsheet would read as a formula are
// neutralised in both formats, so a file saved on from Excel stays harmless too.
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../util/on-first-use.ts';
import { neutraliseFormula } from '../privacy/csv.ts';

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** How a value is written: text as is, a date (ISO yyyy-mm-dd), a whole number, or cents as euros. */
export type ColumnKind = 'text' | 'date' | 'number' | 'cents';

export interface ExportColumn<T> {
  header: string;
  kind?: ColumnKind;
  value: (row: T) => string | number | null | undefined;
  /** Width in characters in XLSX (default from the header). */
  width?: number;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** The most rows one export writes; a larger list must be narrowed with filters first. */
export const MAX_EXPORT_ROWS = 10_000;

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Cents as a Dutch decimal ("1.250,50" without thousands: "1250,50"); integer arithmetic only. */
export function centsText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const quoted = (cell: string): string => (/[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A number Koers wrote (a count, cents) may start with "-"; text from people never reaches Excel as a formula. */
function csvValue(kind: ColumnKind, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'cents':
      return typeof value === 'number' ? centsText(value) : quoted(neutraliseFormula(value));
    case 'number':
      return typeof value === 'number' ? String(value) : quoted(neutraliseFormula(value));
    case 'date':
    case 'text':
      return quoted(neutraliseFormula(String(value)));
    default:
      return kind satisfies never;
  }
}

function xlsxValue(kind: ColumnKind, value: string | number | null | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'cents':
      return typeof value === 'number' ? value / 100 : neutraliseFormula(value);
    case 'number':
      return typeof value === 'number' ? value : neutraliseFormula(value);
    case 'date': {
      const text = String(value);
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : neutraliseFormula(text);
    }
    case 'text':
      return neutraliseFormula(String(value));
    default:
      return kind satisfies never;
  }
}

const numberFormats: Record<ColumnKind, string | undefined> = { text: undefined, number: '0', cents: '€ #,##0.00', date: 'dd-mm-yyyy' };

export function tableCsv<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): Buffer {
  const lines = [columns.map((c) => quoted(neutraliseFormula(c.header))).join(';'), ...rows.map((row) => columns.map((c) => csvValue(c.kind ?? 'text', c.value(row))).join(';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function tableXlsx<T>(sheetName: string, columns: readonly ExportColumn<T>[], rows: readonly T[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Koers';
  // Excel refuses sheet names over 31 characters or with []:*?/\
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Export');
  sheet.columns = columns.map((c) => {
    const format = numberFormats[c.kind ?? 'text'];
    return { header: c.header, width: c.width ?? Math.min(Math.max(c.header.length + 2, 12), 50), ...(format ? { style: { numFmt: format } } : {}) };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(columns.map((c) => xlsxValue(c.kind ?? 'text', c.value(row))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The file for a download: `<name>-<today>.<format>`. */
export async function exportTable<T>(input: { name: string; sheetName: string; today: string; format: ExportFormat; columns: readonly ExportColumn<T>[]; rows: readonly T[] }): Promise<ExportFile> {
  const body = input.format === 'csv' ? tableCsv(input.columns, input.rows) : await tableXlsx(input.sheetName, input.columns, input.rows);
  return { fileName: `${input.name}-${input.today}.${input.format}`, contentType: contentTypes[input.format], body };
}
