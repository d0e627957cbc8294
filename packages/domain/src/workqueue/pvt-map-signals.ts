// Werkvoorraad items for PVT and MAP (R20): not done with one year of the termijn left. DUO fines
// a PVT or MAP not completed within the termijn (art. 24 lid 1 Wet inburgering 2021), so
// the case manager hears of it a year ahead. Like every signal, it depends on stored state only
// (ADR 0040): dueOn = the day a year before the end of the termijn.
import { addMonths, addDays, formatDutchDate, type IsoDate } from '../rules/dates.ts';
import type { Signal } from './signals.ts';

/** Months before the end of the termijn from which an unfinished PVT or MAP is work. */
export const PVT_MAP_LEAD_MONTHS = 12;

export interface PvtMapSnapshot {
  /** Closed cases, cases without a duty or without a known termijn have no PVT/MAP items. */
  readonly closed: boolean;
  readonly obliged: boolean | null;
  /** Start-inclusive, end-exclusive termijn (null until the PIP is vastgesteld). */
  readonly termEndExclusive: IsoDate | null;
  readonly pvtDone: boolean;
  /** false when the route has no MAP (onderwijsroute; art. 8 lid 3 Wi 2021). */
  readonly mapRequired: boolean;
  readonly mapDone: boolean;
}

// art. 6 lid 1 onderdelen a en b en art. 24 lid 1 Wet inburgering 2021 — PVT and MAP within the termijn
export function computePvtMapSignals(c: PvtMapSnapshot): Signal[] {
  if (c.closed || c.obliged !== true || c.termEndExclusive === null) return [];
  const lastDay = addDays(c.termEndExclusive, -1);
  const dueOn = addMonths(c.termEndExclusive, -PVT_MAP_LEAD_MONTHS);
  const signals: Signal[] = [];
  if (!c.pvtDone) {
    signals.push({
      kind: 'pvt-not-done',
      dueOn,
      deadline: lastDay,
      reason: `Het participatieverklaringstraject is nog niet afgerond en de inburgeringstermijn eindigt op ${formatDutchDate(lastDay)}. Plan een PVT-groep en de ondertekening (art. 6 lid 1 onderdeel a Wi 2021; DUO beboet een PVT dat niet binnen de termijn is afgerond, art. 24 lid 1 Wi 2021).`,
      section: 'pvt-map',
    });
  }
  if (c.mapRequired && !c.mapDone) {
    signals.push({
      kind: 'map-not-done',
      dueOn,
      deadline: lastDay,
      reason: `De module Arbeidsmarkt en Participatie is nog niet afgerond en de inburgeringstermijn eindigt op ${formatDutchDate(lastDay)}. Plan de resterende activiteiten en het eindgesprek (art. 6 lid 1 onderdeel b Wi 2021; DUO beboet een MAP die niet binnen de termijn is afgerond, art. 24 lid 1 Wi 2021).`,
      section: 'pvt-map',
    });
  }
  return signals;
}
