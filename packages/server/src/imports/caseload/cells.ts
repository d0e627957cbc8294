// Turning cells into values, with a Dutch reason naming the column when that fails.
import { booleanFrom, isoDateFrom } from '../tvs.ts';
import type { ImportRejection } from '../job-store.ts';

/** Collects the refusals of one unit (a person with their PIP and placement rows). */
export class Refusals {
  readonly list: ImportRejection[] = [];
  add(sheet: string, row: number, field: string, reason: string): void {
    this.list.push({ sheet, row, field, reason });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}

export interface CellReader {
  /** The text, or undefined when empty. */
  text(key: string): string | undefined;
  /** A date JJJJ-MM-DD between 1900 and 2100, or undefined (empty, or refused). */
  date(key: string): string | undefined;
  bool(key: string): boolean | undefined;
  int(key: string, min: number, max: number): number | undefined;
  refuse(key: string, reason: string): void;
  header(key: string): string;
}

const validDate = (iso: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

export function cellReader(values: Readonly<Record<string, string>>, header: (key: string) => string, refuse: (field: string, reason: string) => void): CellReader {
  const r: CellReader = {
    text: (key) => {
      const v = values[key];
      if (v === undefined) return undefined;
      // No NUL bytes or lone surrogates in stored text.
      if (/\0/.test(v) || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v)) {
        refuse(header(key), 'Deze cel bevat ongeldige tekens.');
        return undefined;
      }
      return v;
    },
    date: (key) => {
      const v = r.text(key);
      if (v === undefined) return undefined;
      const iso = isoDateFrom(v);
      if (!validDate(iso)) {
        refuse(header(key), `Vul een datum in als DD-MM-JJJJ (niet "${v.slice(0, 40)}").`);
        return undefined;
      }
      if (iso < '1900-01-01' || iso > '2100-12-31') {
        refuse(header(key), 'Vul een datum tussen 1900 en 2100 in.');
        return undefined;
      }
      return iso;
    },
    bool: (key) => {
      const v = r.text(key);
      if (v === undefined) return undefined;
      const b = booleanFrom(v);
      if (b === null) {
        refuse(header(key), `Vul ja of nee in (niet "${v.slice(0, 40)}").`);
        return undefined;
      }
      return b;
    },
    int: (key, min, max) => {
      const v = r.text(key);
      if (v === undefined) return undefined;
      const n = Number(v.replace(',', '.'));
      if (!Number.isInteger(n) || n < min || n > max) {
        refuse(header(key), `Vul een heel getal van ${min} tot en met ${max} in (niet "${v.slice(0, 40)}").`);
        return undefined;
      }
      return n;
    },
    refuse: (key, reason) => refuse(header(key), reason),
    header,
  };
  return r;
}
