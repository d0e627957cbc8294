// Werkvoorraad signal after a fine DUO imposed (C6, ADR 0145): the person still has to complete PVT/MAP
// or the leerroute, now in a new termijn; the regisseur talks it through and revises the PIP where
// needed. From stored state only (ADR 0040): the item is due from the day of DUO's beschikking and
// stays until the regisseur records that the traject was reviewed.
import { addWeeks, formatDutchDate, type IsoDate } from '../rules/dates.ts';
import { duoFineKindLabel, duoFineTermEnd, type RecordedDuoFine } from '../handhaving/duo-fine.ts';
import type { Signal } from './signals.ts';

export interface DuoFineSnapshot {
  readonly closed: boolean;
  readonly fines: readonly (RecordedDuoFine & { readonly id: string; readonly reviewedOn: IsoDate | null })[];
}

/** Weeks within which the traject is reviewed after DUO's fine (local practice; the law sets no term). */
export const DUO_FINE_REVIEW_WEEKS = 4;

// art. 15 en 24–25 Wet inburgering 2021 — after a DUO fine the PIP and the traject are reviewed for the new termijn
export function duoFineSignals(snapshot: DuoFineSnapshot): (Signal & { ref: { duoFineId: string } })[] {
  if (snapshot.closed) return [];
  return snapshot.fines
    .filter((f) => f.withdrawnOn === null && f.reviewedOn === null)
    .map((f) => {
      const end = duoFineTermEnd(f);
      return {
        kind: 'duo-fine-review' as const,
        dueOn: f.decisionOn,
        deadline: addWeeks(f.decisionOn, DUO_FINE_REVIEW_WEEKS),
        reason: `DUO legde op ${formatDutchDate(f.decisionOn)} een boete op (${duoFineKindLabel[f.kind]})${end ? `; de nieuwe termijn loopt tot ${formatDutchDate(end)}` : ''}. Bespreek het traject met de inburgeraar en herzie zo nodig het PIP.`,
        section: 'handhaving' as const,
        ref: { duoFineId: f.id },
      };
    });
}
