// Reading the caseload files: one XLSX workbook with the sheets Personen, PIP and Plaatsingen, or a
// CSV file per sheet (recognised by its columns). Parsing only; the rules come in import-caseload.ts.
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../util/on-first-use.ts';
import { csvRecordsWithLines, type CsvRecord } from '../csv-records.ts';
import { columnsOf, keyOf, normaliseHeader, sheetNames, type SheetKind } from './columns.ts';

export interface SheetRow {
  /** Line in the file or sheet (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface Sheet {
  kind: SheetKind;
  /** The sheet or file name, as the report names it. */
  name: string;
  /** Our key → the header as written in the file. */
  columnNames: Record<string, string>;
  rows: SheetRow[];
}

export class CaseloadFormatError extends Error {}

export interface UploadedFile {
  name: string;
  content: Buffer;
}

const isZip = (b: Buffer): boolean => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export function fileKindOf(files: readonly UploadedFile[]): 'csv' | 'xlsx' {
  return files.some((f) => isZip(f.content)) ? 'xlsx' : 'csv';
}

/** The sheet kind from a sheet name, else from its headers. */
function kindOf(name: string, headers: readonly string[]): SheetKind | undefined {
  const n = normaliseHeader(name.replace(/\.(csv|txt)$/i, ''));
  if (n.startsWith('person')) return 'personen';
  if (n === 'pip' || n === 'pips' || n.startsWith('pipversie')) return 'pip';
  if (n.startsWith('plaatsing') || n.startsWith('inburgeringsaanbod') || n.startsWith('aanbod')) return 'plaatsingen';
  const keys = (kind: SheetKind) => new Set(headers.map((h) => keyOf(kind, h)).filter(Boolean));
  if (keys('pip').has('issuedOn')) return 'pip';
  if (keys('plaatsingen').has('instellingsnummer')) return 'plaatsingen';
  if (keys('personen').has('familyName')) return 'personen';
  return undefined;
}

function toSheet(kind: SheetKind, name: string, header: readonly string[], body: readonly { line: number; cells: readonly string[] }[]): Sheet {
  const keys = header.map((h) => keyOf(kind, h));
  const columnNames: Record<string, string> = {};
  header.forEach((h, i) => {
    const k = keys[i];
    if (k && !columnNames[k]) columnNames[k] = h.trim();
  });
  const missing = columnsOf[kind].filter((c) => c.required && !columnNames[c.key]).map((c) => c.header);
  if (!columnNames.bsn && !columnNames.vNumber) missing.unshift('BSN of V-nummer');
  if (missing.length > 0) throw new CaseloadFormatError(`Het blad ${name} mist verplichte kolommen: ${missing.join(', ')}. Gebruik het sjabloon.`);
  const rows: SheetRow[] = [];
  for (const { line, cells } of body) {
    const values: Record<string, string> = {};
    cells.forEach((cell, i) => {
      const k = keys[i];
      const v = cell.trim();
      if (k && v !== '' && values[k] === undefined) values[k] = v;
    });
    if (Object.keys(values).length > 0) rows.push({ line, values });
  }
  return { kind, name, columnNames, rows };
}

function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function csvSheet(file: UploadedFile): Sheet {
  const text = file.content.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CaseloadFormatError(`Het bestand ${file.name} is leeg.`);
  let records: CsvRecord[];
  try {
    records = csvRecordsWithLines(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    throw new CaseloadFormatError(`${file.name} is geen geldig CSV-bestand: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...body] = records;
  if (!header) throw new CaseloadFormatError(`${file.name} heeft geen kopregel.`);
  const kind = kindOf(file.name, header.record);
  if (!kind) throw new CaseloadFormatError(`Van ${file.name} is niet te zien welk blad het is (Personen, PIP of Plaatsingen): noem het bestand zo of gebruik de kolommen van het sjabloon.`);
  return toSheet(kind, file.name, header.record, body.map((r) => ({ line: r.info.lines, cells: r.record })));
}

/** A cell as text: dates as JJJJ-MM-DD, booleans as ja/nee, hyperlinks and rich text as their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result);
  if ('error' in value) return '';
  return '';
}

async function xlsxSheets(file: UploadedFile): Promise<Sheet[]> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(new Uint8Array(file.content).buffer);
  } catch {
    throw new CaseloadFormatError(`${file.name} is geen leesbaar Excel-bestand (XLSX).`);
  }
  const sheets: Sheet[] = [];
  for (const ws of workbook.worksheets) {
    const header: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      header[col - 1] = cellText(cell.value).trim();
    });
    const kind = kindOf(ws.name, header);
    if (!kind) continue; // e.g. a sheet with explanations
    const body: { line: number; cells: string[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const cells: string[] = [];
      for (let c = 1; c <= header.length; c++) cells.push(cellText(row.getCell(c).value));
      body.push({ line, cells });
    });
    sheets.push(toSheet(kind, ws.name, header, body));
  }
  return sheets;
}

/** Reads all files; throws CaseloadFormatError (Dutch) when one cannot be read or Personen is missing. */
export async function parseCaseloadFiles(files: readonly UploadedFile[]): Promise<Sheet[]> {
  if (files.length === 0) throw new CaseloadFormatError('Kies een bestand.');
  const sheets: Sheet[] = [];
  for (const file of files) {
    if (isZip(file.content)) sheets.push(...(await xlsxSheets(file)));
    else sheets.push(csvSheet(file));
  }
  for (const kind of ['personen', 'pip', 'plaatsingen'] as const) {
    if (sheets.filter((s) => s.kind === kind).length > 1) throw new CaseloadFormatError(`Er is meer dan één blad ${sheetNames[kind]}; lever elk blad één keer aan.`);
  }
  if (!sheets.some((s) => s.kind === 'personen')) throw new CaseloadFormatError('Het blad Personen ontbreekt (een werkblad of CSV-bestand met de kolommen van het sjabloon).');
  return sheets;
}
