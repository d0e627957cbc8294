// The CSV format of the provider reports (docs/aanbieder-rapportages-csv.md): one report per row,
// ';' or ',' separated, a header row with these columns (order free, unknown columns ignored).
import { parse } from 'csv-parse/sync';
import { lessonCategories } from '@koers/domain';
import { reportInput, type ReportInput } from './reports.types.ts';
import { isOneOf, isUnknownArray } from '../../util/guards.ts';

export const csvColumns = ['gemeentecode', 'dossiernummer', 'soort', 'datum', 'aanwezig', 'reden_afwezig', 'uren_nederlands', 'uren_alfabetisering', 'uren_knm', 'vaardigheid', 'niveau', 'tekst', 'advies', 'onderdeel'] as const;
type Column = (typeof csvColumns)[number];
const required: readonly Column[] = ['gemeentecode', 'dossiernummer', 'soort', 'datum'];

export class ReportsCsvFormatError extends Error {}

export interface CsvRow {
  line: number;
  gemeentecode: string;
  dossiernummer: string;
  report: ReportInput;
}
export interface CsvRowError {
  line: number;
  field: string;
  message: string;
}

function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const intOrUndefined = (v: string | undefined): number | undefined | string => (v === undefined || v === '' ? undefined : /^-?\d+$/.test(v) ? Number(v) : v);

/** The report a row describes, in the API's input shape (validated by the same schema). */
function rowToInput(v: Partial<Record<Column, string>>): unknown {
  const soort = v.soort ?? '';
  switch (soort) {
    case 'week':
      return {
        kind: 'week',
        week: v.datum,
        present: v.aanwezig === 'ja' ? true : v.aanwezig === 'nee' ? false : v.aanwezig,
        absenceReason: v.reden_afwezig || null,
        hours: Object.fromEntries(lessonCategories.flatMap((c) => {
          const h = intOrUndefined(v[`uren_${c}`]);
          return h === undefined ? [] : [[c, h]];
        })),
      };
    case 'voortgang':
      return { kind: 'voortgang', skill: v.vaardigheid, level: v.niveau, assessedOn: v.datum };
    case 'tussenrapportage':
      return { kind: 'tussenrapportage', reportedOn: v.datum, text: v.tekst, recommendation: v.advies };
    case 'examen':
      return { kind: 'examen', onderdeel: v.onderdeel, examOn: v.datum };
    default:
      return { kind: soort };
  }
}

const fieldToColumn: Record<string, Column> = {
  kind: 'soort', week: 'datum', assessedOn: 'datum', reportedOn: 'datum', examOn: 'datum', present: 'aanwezig', absenceReason: 'reden_afwezig',
  skill: 'vaardigheid', level: 'niveau', text: 'tekst', recommendation: 'advies', onderdeel: 'onderdeel',
};
const columnOf = (path: readonly PropertyKey[]): string => {
  const [first, second] = path.map(String);
  if (first === 'hours') return second ? `uren_${second}` : 'uren_nederlands';
  return fieldToColumn[first ?? ''] ?? first ?? 'soort';
};

const isTextRow = (row: unknown): row is string[] => isUnknownArray(row) && row.every((cell) => typeof cell === 'string');

export function parseReportsCsv(content: string): { rows: CsvRow[]; errors: CsvRowError[] } {
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ReportsCsvFormatError('Het bestand is leeg.');
  let records: string[][];
  try {
    // csv-parse types the rows as any[]: each is checked to be a row of text instead.
    const parsed: unknown[] = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, trim: true });
    records = parsed.filter(isTextRow);
  } catch {
    throw new ReportsCsvFormatError('Het bestand is geen geldig CSV-bestand (controleer aanhalingstekens en scheidingstekens).');
  }
  const [header, ...body] = records;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length > 0) throw new ReportsCsvFormatError(`De kopregel mist verplichte kolommen: ${missing.join(', ')}. Zie het beschreven formaat.`);
  const rows: CsvRow[] = [];
  const errors: CsvRowError[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    const v: Partial<Record<Column, string>> = {};
    names.forEach((n, j) => {
      if (isOneOf(csvColumns, n)) v[n] = (cells[j] ?? '').trim();
    });
    for (const c of required) if (!v[c]) errors.push({ line, field: c, message: `${c}: vul deze kolom in` });
    if (required.some((c) => !v[c])) return;
    const parsed = reportInput.safeParse(rowToInput(v));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ line, field: columnOf(issue.path), message: issue.message });
      return;
    }
    rows.push({ line, gemeentecode: v.gemeentecode ?? '', dossiernummer: v.dossiernummer ?? '', report: parsed.data });
  });
  return { rows, errors };
}
