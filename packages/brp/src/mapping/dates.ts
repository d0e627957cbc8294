/**
 * BRP dates. The BRP keeps dates with unknown parts ("00-00-1994" in the registry itself); the API
 * delivers them as `JaarMaandDatum`, `JaarDatum` or `DatumOnbekend`. Koers keeps complete dates
 * only, so an incomplete date is never silently completed: it is shown as it is, and a Koers date
 * that falls within it counts as agreeing.
 */
import { formatDutchDate, isIsoDate, type IsoDate } from '@koers/domain';
import type { AbstractDatum } from '../types.ts';

export type BrpDatumWaarde =
  | { readonly precision: 'dag'; readonly date: IsoDate }
  | { readonly precision: 'maand'; readonly year: number; readonly month: number }
  | { readonly precision: 'jaar'; readonly year: number }
  | { readonly precision: 'onbekend' };

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The date of the BRP as Koers reads it; undefined when the BRP gave none. */
export function readBrpDatum(d: AbstractDatum | undefined): BrpDatumWaarde | undefined {
  if (d === undefined) return undefined;
  switch (d.type) {
    case 'Datum':
      return isIsoDate(d.datum) ? { precision: 'dag', date: d.datum } : { precision: 'onbekend' };
    case 'JaarMaandDatum':
      return { precision: 'maand', year: d.jaar, month: d.maand };
    case 'JaarDatum':
      return { precision: 'jaar', year: d.jaar };
    case 'DatumOnbekend':
      return { precision: 'onbekend' };
  }
}

/** Dutch text: `12 maart 1994`, `maart 1994 (dag onbekend)`, `1994 (dag en maand onbekend)`, `onbekend`. */
export function brpDatumText(v: BrpDatumWaarde): string {
  switch (v.precision) {
    case 'dag':
      return formatDutchDate(v.date);
    case 'maand':
      return `${months[v.month - 1] ?? '?'} ${v.year} (dag onbekend)`;
    case 'jaar':
      return `${v.year} (dag en maand onbekend)`;
    case 'onbekend':
      return 'onbekend';
  }
}

/** The complete date, or null when a part is unknown. */
export function completeDate(v: BrpDatumWaarde | undefined): IsoDate | null {
  return v?.precision === 'dag' ? v.date : null;
}

/** A Koers date agrees with the BRP date when it lies within what the BRP knows. */
export function agreesWith(v: BrpDatumWaarde, date: IsoDate): boolean {
  const [year, month] = date.split('-').map(Number);
  switch (v.precision) {
    case 'dag':
      return v.date === date;
    case 'maand':
      return v.year === year && v.month === month;
    case 'jaar':
      return v.year === year;
    case 'onbekend':
      return true;
  }
}
