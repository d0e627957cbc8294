// Voortgangsgesprekken (R19), interpreter bookings and the sociale kaart (R21): the planning rule
// and the code lists. Codes only; the screens carry the Dutch labels.
import { addDays, daysBetween, isBefore, maxDate, type IsoDate } from '../rules/dates.ts';

/** The themes a voortgangsgesprek reports on (seed 002, "Monitoren van de voortgang"). */
export const progressThemes = ['taal', 'participatie', 'map', 'pvt', 'ontzorgen', 'gezondheid', 'gezin'] as const;
export type ProgressTheme = (typeof progressThemes)[number];
/** Special categories (art. 9 AVG): only for users with case:read-sensitive, like the intake's sensitiveNotes. */
export const sensitiveProgressThemes: readonly ProgressTheme[] = ['gezondheid', 'gezin'];
export const isSensitiveProgressTheme = (theme: ProgressTheme): boolean => sensitiveProgressThemes.includes(theme);

/** How a gesprek ends (domain/process.md, "Voortgangsgesprekken"). */
export const progressOutcomes = ['doorgaan', 'pip-wijzigen', 'extra-ondersteuning', 'doorverwijzing', 'handhaving-starten'] as const;
export type ProgressOutcome = (typeof progressOutcomes)[number];
/** Outcomes that need a written reason (a PIP change or handhaving must be motivated, art. 3:46 Awb). */
export const outcomeNeedsReason = (outcome: ProgressOutcome): boolean => outcome === 'pip-wijzigen' || outcome === 'handhaving-starten' || outcome === 'extra-ondersteuning';

export const progressMeetingStatuses = ['gepland', 'gehouden', 'vervallen'] as const;
export type ProgressMeetingStatus = (typeof progressMeetingStatuses)[number];

export const interpreterKinds = ['ter-plaatse', 'telefonisch', 'video'] as const;
export type InterpreterKind = (typeof interpreterKinds)[number];
export const interpreterStatuses = ['aangevraagd', 'bevestigd', 'geleverd', 'geannuleerd'] as const;
export type InterpreterStatus = (typeof interpreterStatuses)[number];
/** A cancelled booking costs nothing in the sums. */
export const interpreterCostCounts = (status: InterpreterStatus): boolean => status !== 'geannuleerd';

export const socialeKaartThemes = ['gezondheid', 'schulden', 'onderwijs', 'werk', 'sport', 'kinderen', 'overig'] as const;
export type SocialeKaartTheme = (typeof socialeKaartThemes)[number];
export const referralOutcomes = ['lopend', 'opgevolgd', 'niet-opgevolgd'] as const;
export type ReferralOutcome = (typeof referralOutcomes)[number];

export interface ProgressPlanInput {
  /** The number of voortgangsgesprekken per year the PIP states. */
  readonly perYear: number;
  readonly termStart: IsoDate;
  readonly termEndExclusive: IsoDate;
  /** Plan from this day on (the dagtekening of the (changed) PIP); earlier days are not planned. */
  readonly from: IsoDate;
}

// A year counts as 366 days, so a termijn of three calendar years (1,096 days with a leap day) is three years.
const DAYS_PER_YEAR = 366;

/**
 * The planned dates of the voortgangsgesprekken: the PIP's number per year over the rest of the
 * termijn, evenly spread, never fewer than the number the PIP states (when any day is left).
 */
// art. 5.3 lid 4 Besluit inburgering 2021 (het aantal voortgangsgesprekken ligt vast in het PIP)
export function planProgressMeetings(input: ProgressPlanInput): IsoDate[] {
  const start = maxDate(input.termStart, input.from);
  if (input.perYear <= 0 || !isBefore(start, input.termEndExclusive)) return [];
  const days = daysBetween(start, input.termEndExclusive);
  const count = Math.max(input.perYear, Math.ceil((input.perYear * days) / DAYS_PER_YEAR));
  // Each gesprek at the end of its equal share of the window: the first one after some progress.
  return Array.from({ length: count }, (_, i) => addDays(start, Math.min(days - 1, Math.floor(((i + 1) * days) / (count + 1)))));
}

/**
 * The voortgangsgesprekken for the months a granted extension adds (from the old end to the new
 * one): the PIP's number per year, pro rata, at least one, evenly spread. The PIP's minimum was
 * already met over the original termijn, so an extension is not given a full year's number.
 */
// art. 5.3 lid 4 Besluit inburgering 2021 (het aantal voortgangsgesprekken ligt vast in het PIP), art. 12 Wet inburgering 2021 (verlenging)
export function planExtensionMeetings(input: { readonly perYear: number; readonly from: IsoDate; readonly until: IsoDate }): IsoDate[] {
  if (input.perYear <= 0 || !isBefore(input.from, input.until)) return [];
  const days = daysBetween(input.from, input.until);
  const count = Math.max(1, Math.ceil((input.perYear * days) / DAYS_PER_YEAR));
  return Array.from({ length: count }, (_, i) => addDays(input.from, Math.min(days - 1, Math.floor(((i + 1) * days) / (count + 1)))));
}
