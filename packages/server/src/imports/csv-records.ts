// csv-parse with `info: true` returns `{ record, info }` per line, but its types say string[][]:
// the records are checked here instead of cast, so the imports read a typed line number.
import { parse, type Options } from 'csv-parse/sync';

export interface CsvRecord {
  record: string[];
  info: { lines: number };
}

const isCsvRecord = (x: unknown): x is CsvRecord =>
  typeof x === 'object' &&
  x !== null &&
  'record' in x &&
  Array.isArray(x.record) &&
  x.record.every((cell) => typeof cell === 'string') &&
  'info' in x &&
  typeof x.info === 'object' &&
  x.info !== null &&
  'lines' in x.info &&
  typeof x.info.lines === 'number';

/** The records of a CSV text, each with the line it ends on (for messages naming the line). */
export function csvRecordsWithLines(text: string, options: Omit<Options, 'info'>): CsvRecord[] {
  const records: unknown[] = parse(text, { ...options, info: true });
  return records.filter(isCsvRecord);
}
