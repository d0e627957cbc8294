// Reading a COA/TVS linkage file (CSV, semicolon or comma, UTF-8, header row): columns in
// docs/tvs-import.md. Parsing only: registration happens in the use case (import-tvs.ts).
import { csvRecordsWithLines, type CsvRecord } from './csv-records.ts';
import { isKeyOf } from '../util/guards.ts';

/** Our field for each known column, by normalised header (lower case, no spaces, dashes or dots). */
export const tvsColumns = {
  vnummer: 'vNumber',
  bsn: 'bsn',
  achternaam: 'familyName',
  geslachtsnaam: 'familyName',
  voornamen: 'givenNames',
  voornaam: 'givenNames',
  geboortedatum: 'birthDate',
  nationaliteit: 'nationality',
  verblijfsvergunning: 'permit',
  vergunning: 'permit',
  datumkoppeling: 'linkedOn',
  koppeldatum: 'linkedOn',
  coalocatie: 'coaLocation',
  locatie: 'coaLocation',
  coareferentie: 'coaReference',
  kenmerk: 'coaReference',
  gemeentecode: 'gemeenteCode',
  nareiziger: 'joinsProtectedHolder',
  telefoon: 'phone',
  telefoonnummer: 'phone',
  email: 'email',
  taal: 'preferredLanguage',
  voorkeurstaal: 'preferredLanguage',
  tolk: 'interpreterNeeded',
  datumhuisvesting: 'housedOn',
} as const;
export type TvsField = (typeof tvsColumns)[keyof typeof tvsColumns];

/** Our field for a normalised header, or null for a column Koers does not read. */
function fieldOfHeader(header: string): TvsField | null {
  return isKeyOf(tvsColumns, header) ? tvsColumns[header] : null;
}

/** The file's own name of one of our fields (as the person's spreadsheet calls it), when it has that column. */
export function columnNameOf(file: Pick<TvsFile, 'columnNames'>, field: string): string | undefined {
  const known = Object.entries(file.columnNames).find(([f]) => f === field);
  return known?.[1];
}

export interface TvsRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  values: Partial<Record<TvsField, string>>;
}

export interface TvsFile {
  rows: TvsRow[];
  /** Our field → the column name as written in the file (for rejection reasons). */
  columnNames: Partial<Record<TvsField, string>>;
  unknownColumns: string[];
}

const normalise = (header: string) => header.toLowerCase().replace(/[\s._-]+/g, '').replace(/^\uFEFF/, '');

function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export class TvsFormatError extends Error {}

/** Parses the file; throws TvsFormatError (Dutch message) when it cannot be read at all. */
export function parseTvs(text: string): TvsFile {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') throw new TvsFormatError('Het bestand is leeg.');
  let records: CsvRecord[];
  try {
    records = csvRecordsWithLines(clean, { delimiter: detectDelimiter(clean), relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new TvsFormatError(`Het bestand is geen geldig CSV-bestand: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...body] = records;
  if (!header) throw new TvsFormatError('Het bestand heeft geen kopregel.');
  const fields: (TvsField | null)[] = header.record.map((h) => fieldOfHeader(normalise(h)));
  const columnNames: Partial<Record<TvsField, string>> = {};
  header.record.forEach((h, i) => {
    const f = fields[i];
    if (f && !columnNames[f]) columnNames[f] = h.replace(/^\uFEFF/, '');
  });
  if (!columnNames.familyName || (!columnNames.vNumber && !columnNames.bsn)) {
    throw new TvsFormatError('De kopregel mist verplichte kolommen: achternaam en V-nummer of BSN. Zie de handleiding voor de kolommen.');
  }
  return {
    columnNames,
    unknownColumns: header.record.filter((_, i) => fields[i] === null),
    rows: body.map(({ record, info }) => {
      const values: Partial<Record<TvsField, string>> = {};
      record.forEach((cell, i) => {
        const f = fields[i];
        if (f && cell !== '' && values[f] === undefined) values[f] = cell;
      });
      return { line: info.lines, values };
    }),
  };
}

/** "12-03-1994", "12/03/1994" or "1994-03-12" → "1994-03-12"; anything else unchanged (the schema rejects it). */
export function isoDateFrom(value: string): string {
  const dutch = value.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (dutch) return `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`;
  return value;
}

/** ja/nee, j/n, true/false, 1/0, x → boolean; null when not recognised. */
export function booleanFrom(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['ja', 'j', 'true', '1', 'x', 'yes', 'y'].includes(v)) return true;
  if (['nee', 'n', 'false', '0', 'no', ''].includes(v)) return false;
  return null;
}
