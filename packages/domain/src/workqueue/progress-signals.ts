// Werkvoorraad items of the voortgangsgesprekken (R19, R20): the next planned gesprek is due some
// days before its date and overdue after it. Only the next one, so the werkvoorraad stays readable.
import { addDays, compareDates, formatDutchDate, type IsoDate } from '../rules/dates.ts';
import type { Signal } from './signals.ts';

export interface ProgressMeetingSnapshot {
  readonly plannedOn: IsoDate;
  /** 'gepland' | 'gehouden' | 'vervallen' */
  readonly status: string;
}

export interface ProgressSnapshot {
  readonly closed: boolean;
  /** The version of the vastgesteld PIP the gesprekken were planned from. */
  readonly pipVersion: number | null;
  readonly meetings: readonly ProgressMeetingSnapshot[];
}

/** Days before the planned date from which a voortgangsgesprek shows as due (time to invite, book a tolk). */
export const PROGRESS_MEETING_LEAD_DAYS = 14;

// art. 5.3 lid 4 Besluit inburgering 2021 (voortgangsgesprekken zoals vastgelegd in het PIP)
export function computeProgressSignals(snapshot: ProgressSnapshot): Signal[] {
  if (snapshot.closed) return [];
  const planned = snapshot.meetings.filter((m) => m.status === 'gepland').sort((a, b) => compareDates(a.plannedOn, b.plannedOn));
  const next = planned[0];
  if (!next) return [];
  const pip = snapshot.pipVersion === null ? 'het PIP' : `PIP versie ${snapshot.pipVersion}`;
  return [
    {
      kind: 'progress-meeting-due',
      dueOn: addDays(next.plannedOn, -PROGRESS_MEETING_LEAD_DAYS),
      deadline: next.plannedOn,
      reason: `Voortgangsgesprek gepland op ${formatDutchDate(next.plannedOn)} volgens ${pip} (art. 5.3 lid 4 Besluit inburgering 2021). Nodig de inburgeraar uit, boek zo nodig een tolk en leg het verslag vast.`,
      section: 'voortgang',
    },
  ];
}
