// The one export helper (ADR 0142): CSV for Dutch Excel with every awkward cell quoted and every
// formula neutralised, and XLSX that reads back with the same values.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { centsText, exportTable, tableCsv, tableXlsx, type ExportColumn } from '../../src/exports/table-export.ts';

interface Row {
  name: string;
  on: string | null;
  count: number;
  cents: number;
}
const columns: ExportColumn<Row>[] = [
  { header: 'Naam', value: (r) => r.name },
  { header: 'Datum', kind: 'date', value: (r) => r.on },
  { header: 'Aantal', kind: 'number', value: (r) => r.count },
  { header: 'Bedrag', kind: 'cents', value: (r) => r.cents },
];
const rows: Row[] = [
  { name: 'Jansen; de "Oude"', on: '2026-03-01', count: 3, cents: 123456 },
  { name: 'Regel\nnieuw', on: null, count: 0, cents: -5 },
  { name: '=HYPERLINK("http://x")', on: '2026-03-02', count: 1, cents: 0 },
  { name: '+31 6', on: '2026-03-03', count: 1, cents: 1 },
  { name: '-2+3', on: '2026-03-04', count: 1, cents: 100 },
  { name: '@SUM(A1)', on: '2026-03-05', count: 1, cents: 100 },
  { name: 'Émile Çelik', on: '2026-03-06', count: 2, cents: 250 },
];

describe('CSV', () => {
  const text = tableCsv(columns, rows).toString('utf8');
  const lines = text.split('\r\n');

  it('starts with a UTF-8 byte order mark and a semicolon header, CRLF line ends', () => {
    expect(text.startsWith('\uFEFFNaam;Datum;Aantal;Bedrag\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes cells with a semicolon, a quote or a newline, doubling quotes', () => {
    expect(lines[1]).toBe('"Jansen; de ""Oude""";2026-03-01;3;1234,56');
    expect(text).toContain('"Regel\nnieuw";;0;-0,05\r\n');
  });

  it('neutralises cells starting with = + - @ with a leading apostrophe', () => {
    expect(text).toContain(`"'=HYPERLINK(""http://x"")";2026-03-02`);
    expect(text).toContain("'+31 6;2026-03-03");
    expect(text).toContain("'-2+3;2026-03-04");
    expect(text).toContain("'@SUM(A1);2026-03-05");
  });

  it('keeps accents (UTF-8) and writes cents as a Dutch decimal', () => {
    expect(text).toContain('Émile Çelik;2026-03-06;2;2,50');
    expect([0, 5, 100, 123456, -250].map(centsText)).toEqual(['0,00', '0,05', '1,00', '1234,56', '-2,50']);
  });
});

describe('XLSX', () => {
  it('reads back with exceljs: bold header, typed numbers, dates, euros, neutralised formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableXlsx('Lijst: [test]', columns, rows)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Lijst   test ');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Naam', 'Datum', 'Aantal', 'Bedrag']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('Jansen; de "Oude"');
    expect(first.getCell(2).value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(first.getCell(2).numFmt).toBe('dd-mm-yyyy');
    expect(first.getCell(3).value).toBe(3);
    expect(first.getCell(4).value).toBe(1234.56);
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(4).getCell(1).value).toBe(`'=HYPERLINK("http://x")`);
    expect(sheet.getRow(4).getCell(1).formula).toBeUndefined();
    expect(sheet.getRow(7).getCell(1).value).toBe("'@SUM(A1)");
  });

  it('an export file is named after the list and the day, with the right type', async () => {
    const csv = await exportTable({ name: 'dossiers', sheetName: 'Dossiers', today: '2026-12-06', format: 'csv', columns, rows: [] });
    expect(csv).toMatchObject({ fileName: 'dossiers-2026-12-06.csv', contentType: 'text/csv; charset=utf-8' });
    expect(csv.body.toString('utf8')).toBe('\uFEFFNaam;Datum;Aantal;Bedrag\r\n');
    const xlsx = await exportTable({ name: 'dossiers', sheetName: 'Dossiers', today: '2026-12-06', format: 'xlsx', columns, rows: [] });
    expect(xlsx.fileName).toBe('dossiers-2026-12-06.xlsx');
    expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
