// What the rest of the case adds to one violation's fine: earlier final art. 23 fines (C2), the fines
// already imposed in the termijn, and the cap of that termijn (C3, with a new termijn after a DUO fine: C6).
import { isOnOrAfter, type IsoDate } from '../rules/dates.ts';
import { bi, explained, formatEuro, step, type Explained } from '../rules/explanation.ts';
import { newTermFineCap, TERM_FINE_CAP_CENTS, type NewTermLength } from '../rules/fines.ts';
import { isImposed, type FineContext, type HandhavingState } from './lifecycle.ts';

/** A fine DUO imposed (art. 24–26 W) that started a new termijn. */
export interface DuoFine {
  readonly imposedOn: IsoDate;
  readonly amountCents: number;
  readonly newTermStart: IsoDate;
  readonly newTermMonths: NewTermLength;
}

export interface FineTerm {
  /** Fines imposed from this day count towards the cap; null = the whole (extended) termijn. */
  readonly start: IsoDate | null;
  readonly capCents: number;
}

// art. 7.1 lid 5 Besluit inburgering 2021 — the cap of the termijn in force: € 2.400, or the lower cap of a new termijn after a DUO fine
export function termInForce(duoFines: readonly DuoFine[]): Explained<FineTerm> {
  const latest = [...duoFines].sort((a, b) => (a.newTermStart < b.newTermStart ? 1 : -1))[0];
  if (!latest) {
    return explained(
      { start: null, capCents: TERM_FINE_CAP_CENTS },
      `Maximum ${formatEuro(TERM_FINE_CAP_CENTS)} aan boetes in de inburgeringstermijn.`,
      [
        step(
          `Alle boetes op grond van art. 22 en 23 samen ten hoogste ${formatEuro(TERM_FINE_CAP_CENTS)} in de termijn, inclusief verlenging.`,
          bi('7.1', 5),
        ),
      ],
    );
  }
  const cap = newTermFineCap(latest.newTermMonths);
  return explained({ start: latest.newTermStart, capCents: cap.value }, cap.explanation.summary, [
    step(
      `DUO legde een boete op en stelde een nieuwe termijn van ${latest.newTermMonths} maanden vanaf ${latest.newTermStart}; alleen boetes vanaf die dag tellen mee.`,
      bi('7.1', 5),
    ),
    ...cap.explanation.steps,
  ]);
}

export interface StoredViolation {
  readonly id: string;
  readonly state: HandhavingState;
}

// art. 7.1 lid 3 en 5 Besluit inburgering 2021 — the context of one violation's fine from the other stored violations
export function fineContextFor(violationId: string | null, all: readonly StoredViolation[], term: FineTerm): FineContext {
  const others = all.filter((v) => v.id !== violationId);
  const finedInTermSoFar = others
    .filter(
      (v) => isImposed(v.state) && v.state.beschikking && (term.start === null || isOnOrAfter(v.state.beschikking.notifiedOn, term.start)),
    )
    .reduce((sum, v) => sum + (v.state.beschikking?.amountCents ?? 0), 0);
  const earlierViolations = others
    .filter((v) => v.state.article === 23 && v.state.stage === 'onherroepelijk')
    .map((v) => ({ establishedOn: v.state.establishedOn, final: true }));
  return { earlierViolations, finedInTermSoFar, termCapCents: term.capCents };
}

/** Outstanding and imposed totals for the case header. */
export function imposedInTerm(all: readonly StoredViolation[], term: FineTerm): number {
  return fineContextFor(null, all, term).finedInTermSoFar;
}
