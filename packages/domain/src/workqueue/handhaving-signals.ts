// Werkvoorraad signals of handhaving (issue 14): each step's term produces an item. Like every signal
// they follow from the stored state only (ADR 0040): an item is due from the day its term ends.
import { addDays, addWeeks, formatDutchDate } from '../rules/dates.ts';
import { remedyTermEnd, type HandhavingState } from '../handhaving/lifecycle.ts';
import { violationGroundLabel } from '../handhaving/violation.ts';
import type { Signal } from './signals.ts';

export interface HandhavingSnapshot {
  readonly violations: readonly { readonly id: string; readonly state: HandhavingState }[];
  readonly objectionPeriodWeeks: number;
}

/** Weeks the college takes to decide on a bezwaar (art. 7:10 lid 1 Awb: six weeks, twelve with an adviescommissie). */
const BEZWAAR_DECISION_WEEKS = 12;

// art. 22–23 Wet inburgering 2021; art. 4:8, 6:7, 7:10 Algemene wet bestuursrecht — the items each open step's term produces
export function handhavingSignals(snapshot: HandhavingSnapshot): (Signal & { ref: { violationId: string } })[] {
  const out: (Signal & { ref: { violationId: string } })[] = [];
  for (const { id, state } of snapshot.violations) {
    const what = violationGroundLabel[state.ground];
    const add = (s: Omit<Signal, 'section'>) => out.push({ ...s, section: 'handhaving', ref: { violationId: id } });
    switch (state.stage) {
      case 'gewaarschuwd':
        if (state.warning) {
          const due = addDays(state.warning.respondBy, 1);
          add({
            kind: 'handhaving-warning-no-response',
            dueOn: due,
            deadline: null,
            reason: `Waarschuwing (${what}) verstuurd; de reactietermijn liep tot en met ${formatDutchDate(state.warning.respondBy)}. Beoordeel of een voornemen tot boete nodig is.`,
          });
        }
        break;
      case 'voornemen':
        if (state.voornemen) {
          if (state.zienswijze) {
            add({
              kind: 'handhaving-decision-due',
              dueOn: state.zienswijze.on,
              deadline: null,
              reason: `Zienswijze vastgelegd (${what}): de teamleider neemt het besluit.`,
            });
          } else {
            add({
              kind: 'handhaving-zienswijze-ended',
              dueOn: addDays(state.voornemen.zienswijzeBy, 1),
              deadline: null,
              reason: `De termijn voor de zienswijze liep tot en met ${formatDutchDate(state.voornemen.zienswijzeBy)} (${what}). Leg de zienswijze vast of laat de teamleider beslissen.`,
            });
          }
        }
        break;
      case 'beschikking': {
        const pending = state.beroep && !state.beroep.outcome ? null : state.bezwaar && !state.bezwaar.outcome ? state.bezwaar : null;
        if (pending) {
          add({
            kind: 'handhaving-bezwaar',
            dueOn: pending.receivedOn,
            deadline: addWeeks(pending.receivedOn, BEZWAAR_DECISION_WEEKS),
            reason: `Bezwaar tegen de boetebeschikking (${what}) ontvangen op ${formatDutchDate(pending.receivedOn)}: behandelen.`,
          });
          break;
        }
        const end = remedyTermEnd(state, snapshot.objectionPeriodWeeks);
        if (end && !(state.beroep && !state.beroep.outcome)) {
          add({
            kind: 'handhaving-fine-final',
            dueOn: addDays(end, 1),
            deadline: null,
            reason: `De termijn voor bezwaar of beroep liep tot en met ${formatDutchDate(end)}: leg vast dat de boete (${what}) onherroepelijk is.`,
          });
        }
        break;
      }
      case 'geconstateerd':
      case 'geen-boete':
      case 'onherroepelijk':
      case 'vervallen':
        break;
    }
  }
  return out;
}
