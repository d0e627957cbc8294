// The downloadable template of the caseload import: Dutch headers and an example row, as XLSX (all
// sheets, plus an explanation sheet) or as CSV (one sheet per file).
import { newWorkbook } from '../../util/on-first-use.ts';
import { columnsOf, sheetNames, type SheetKind } from './columns.ts';

const csvCell = (v: string): string => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function caseloadTemplateCsv(kind: SheetKind): Promise<Buffer> {
  const cols = columnsOf[kind];
  const lines = [cols.map((c) => csvCell(c.header)).join(';'), cols.map((c) => csvCell(c.example)).join(';')];
  return Promise.resolve(Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'));
}

export async function caseloadTemplateXlsx(): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Koers';
  for (const kind of ['personen', 'pip', 'plaatsingen'] as const) {
    const ws = workbook.addWorksheet(sheetNames[kind]);
    const cols = columnsOf[kind];
    ws.addRow(cols.map((c) => c.header));
    ws.addRow(cols.map((c) => c.example));
    ws.getRow(1).font = { bold: true };
    cols.forEach((c, i) => {
      ws.getColumn(i + 1).width = Math.max(12, c.header.length + 2);
      // Keep identifiers and dates as text so Excel does not drop leading zeros or reformat them.
      ws.getColumn(i + 1).numFmt = '@';
    });
  }
  const help = workbook.addWorksheet('Toelichting');
  help.addRow(['Blad', 'Kolom', 'Verplicht', 'Toelichting']);
  help.getRow(1).font = { bold: true };
  for (const kind of ['personen', 'pip', 'plaatsingen'] as const) {
    for (const c of columnsOf[kind]) help.addRow([sheetNames[kind], c.header, c.required ? 'ja' : '', c.description]);
  }
  help.getColumn(2).width = 32;
  help.getColumn(4).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
