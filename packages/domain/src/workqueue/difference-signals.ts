// Werkvoorraad items from the reconciliation with DUO after an import (docs/adr/0078): every open
// difference between what Koers has and what DUO says is one item, in the DUO section, due from the
// day it was found, until the case manager resolves it or a later reconciliation no longer finds it.
import type { IsoDate } from '../rules/dates.ts';
import type { Signal } from './signals.ts';

export interface DuoDifferenceSnapshot {
  readonly id: string;
  readonly foundOn: IsoDate;
  /** The Dutch reason, naming both values. */
  readonly reason: string;
}

export type DifferenceSignal = Signal & { readonly ref: { readonly differenceId: string } };

// art. 33a Wet inburgering 2021 (DUO verstrekt de gegevens); DUO M2M-koppelvlak, raadplegen
export function computeDifferenceSignals(differences: readonly DuoDifferenceSnapshot[]): DifferenceSignal[] {
  return differences.map((d) => ({
    kind: 'duo-difference',
    dueOn: d.foundOn,
    deadline: null,
    reason: `${d.reason} Zoek uit wat juist is en pas Koers aan of neem contact op met DUO; markeer het verschil daarna als afgehandeld.`,
    section: 'duo',
    ref: { differenceId: d.id },
  }));
}
