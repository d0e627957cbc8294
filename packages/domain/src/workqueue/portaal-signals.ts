// Werkvoorraad items from the inburgeraar portal (issue 17): a message the person sent, a request
// to move an appointment, a document they supplied. Stored state only (ADR 0040): each is due on
// the day it arrived and stays until the regisseur handles it. The person's own words never go in
// the reason (the werkvoorraad is read by more roles); the case file shows them.
import { formatDutchDate, type IsoDate } from '../rules/dates.ts';
import type { Signal } from './signals.ts';

export interface PortaalSnapshot {
  readonly closed: boolean;
  /** Days the unhandled messages arrived. */
  readonly openMessages: readonly IsoDate[];
  /** Days the unhandled requests to move an appointment arrived. */
  readonly openMoveRequests: readonly IsoDate[];
  /** Days the unhandled documents were supplied. */
  readonly openDocuments: readonly IsoDate[];
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

// art. 13 lid 1 Wet inburgering 2021 — the college guides the person and answers what they ask in the portal
export function computePortaalSignals(snapshot: PortaalSnapshot): Signal[] {
  if (snapshot.closed) return [];
  const signals: Signal[] = [];
  const first = (days: readonly IsoDate[]) => [...days].sort()[0];
  const message = first(snapshot.openMessages);
  if (message) {
    signals.push({
      kind: 'portaal-bericht',
      dueOn: message,
      deadline: null,
      reason: `De inburgeraar stuurde via het portaal ${count(snapshot.openMessages.length, 'bericht', 'berichten')} (het eerste op ${formatDutchDate(message)}). Lees en beantwoord ze.`,
      section: 'portaal',
    });
  }
  const move = first(snapshot.openMoveRequests);
  if (move) {
    signals.push({
      kind: 'portaal-afspraak-verzetten',
      dueOn: move,
      deadline: null,
      reason: `De inburgeraar vroeg op ${formatDutchDate(move)} via het portaal een afspraak te verzetten. Plan een nieuwe afspraak en handel het verzoek af.`,
      section: 'portaal',
    });
  }
  const doc = first(snapshot.openDocuments);
  if (doc) {
    signals.push({
      kind: 'portaal-document',
      dueOn: doc,
      deadline: null,
      reason: `De inburgeraar leverde op ${formatDutchDate(doc)} via het portaal ${count(snapshot.openDocuments.length, 'document', 'documenten')} aan. Bekijk en beoordeel ze.`,
      section: 'portaal',
    });
  }
  return signals;
}
