// The caseload import's rows grouped per person: their Personen row with their PIP and Plaatsingen
// rows (by BSN or V-nummer), and the rows that belong to nobody.
import type { ImportRejection } from '../job-store.ts';
import { headerOf, sheetNames } from './columns.ts';
import type { Sheet, SheetRow } from './parse.ts';

export interface Line {
  sheet: Sheet;
  row: SheetRow;
}

/** A person (their Personen row) with their PIP and Plaatsingen rows; or PIP/Plaatsingen rows without a person. */
export interface CaseloadUnit {
  person: Line | null;
  pips: Line[];
  placements: Line[];
  /** Refused before any batch (a duplicate person, rows without a person). */
  early: ImportRejection[];
}

const identityOf = (values: Readonly<Record<string, string>>): { bsn: string | null; v: string | null } => ({
  bsn: values.bsn ? values.bsn.replace(/\D/g, '').padStart(9, '0') : null,
  v: values.vNumber ? values.vNumber.replace(/\D/g, '') : null,
});

/** Groups the sheets' rows per person (by BSN or V-nummer). */
export function unitsOf(sheets: readonly Sheet[]): CaseloadUnit[] {
  const units: CaseloadUnit[] = [];
  const byKey = new Map<string, CaseloadUnit>();
  for (const sheet of sheets.filter((s) => s.kind === 'personen')) {
    for (const row of sheet.rows) {
      const id = identityOf(row.values);
      const keys = [id.bsn ? `b${id.bsn}` : null, id.v ? `v${id.v}` : null].filter((k): k is string => k !== null);
      const earlier = keys.map((k) => byKey.get(k)).find(Boolean);
      const unit: CaseloadUnit = { person: { sheet, row }, pips: [], placements: [], early: [] };
      if (earlier?.person) {
        unit.early.push({ sheet: sheet.name, row: row.line, field: headerOf('personen', id.bsn ? 'bsn' : 'vNumber', sheet.columnNames), reason: `Deze persoon staat ook in regel ${earlier.person.row.line}; alleen die regel is verwerkt.` });
      } else for (const k of keys) byKey.set(k, unit);
      units.push(unit);
    }
  }
  const orphans = new Map<string, CaseloadUnit>();
  for (const sheet of sheets.filter((s) => s.kind !== 'personen')) {
    for (const row of sheet.rows) {
      const id = identityOf(row.values);
      const key = id.bsn ? `b${id.bsn}` : id.v ? `v${id.v}` : `?${sheet.name}${row.line}`;
      let unit = byKey.get(`b${id.bsn}`) ?? byKey.get(`v${id.v}`);
      if (!unit) {
        unit = orphans.get(key);
        if (!unit) {
          unit = { person: null, pips: [], placements: [], early: [] };
          orphans.set(key, unit);
          units.push(unit);
        }
        unit.early.push({
          sheet: sheet.name,
          row: row.line,
          field: headerOf(sheet.kind, id.bsn || !id.v ? 'bsn' : 'vNumber', sheet.columnNames),
          reason: id.bsn || id.v ? `Op het blad ${sheetNames.personen} staat niemand met dit ${id.bsn ? 'BSN' : 'V-nummer'}; voeg de persoon daar toe.` : 'Vul het BSN of V-nummer in.',
        });
      }
      (sheet.kind === 'pip' ? unit.pips : unit.placements).push({ sheet, row });
    }
  }
  return units;
}

/** The identity of a Personen row as registration input. */
export const idInput = (values: Readonly<Record<string, string>>): { bsn?: string; vNumber?: string } => {
  const id = identityOf(values);
  return { ...(id.bsn ? { bsn: id.bsn } : {}), ...(id.v ? { vNumber: id.v } : {}) };
};
