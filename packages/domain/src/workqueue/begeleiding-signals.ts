// Werkvoorraad items of the maatschappelijke begeleiding (R17): a problem the begeleider signalled,
// and the end of the begeleiding. Stored state only (ADR 0040): the end is due on its date. The
// begeleider's own words never go in the reason (the werkvoorraad is read by more roles); the case
// file shows them to those who may see them.
import { formatDutchDate, type IsoDate } from '../rules/dates.ts';
import type { Signal } from './signals.ts';

export interface BegeleidingProblemSnapshot {
  readonly reportedOn: IsoDate;
  /** 'open' | 'afgehandeld' */
  readonly status: string;
  readonly reportedByName: string;
}

export interface BegeleidingSnapshot {
  readonly closed: boolean;
  readonly problems: readonly BegeleidingProblemSnapshot[];
  /** null: no begeleiding recorded. */
  readonly period: { readonly startedOn: IsoDate; readonly expectedEndOn: IsoDate; readonly endedOn: IsoDate | null } | null;
}

// art. 13 lid 1 Wet inburgering 2021 — the college provides the begeleiding and acts on what the begeleider signals
export function computeBegeleidingSignals(snapshot: BegeleidingSnapshot): Signal[] {
  if (snapshot.closed) return [];
  const signals: Signal[] = [];
  const open = snapshot.problems.filter((p) => p.status === 'open').sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
  const first = open[0];
  if (first) {
    const more = open.length > 1 ? ` (${open.length} open meldingen)` : '';
    signals.push({
      kind: 'begeleiding-problem',
      dueOn: first.reportedOn,
      deadline: null,
      reason: `${first.reportedByName} (maatschappelijke begeleiding) meldde op ${formatDutchDate(first.reportedOn)} een probleem${more}. Lees de melding in het dossier en handel haar af.`,
      section: 'begeleiding',
    });
  }
  const period = snapshot.period;
  if (period && period.endedOn === null) {
    signals.push({
      kind: 'begeleiding-ending',
      dueOn: period.expectedEndOn,
      deadline: null,
      reason: `De maatschappelijke begeleiding (gestart ${formatDutchDate(period.startedOn)}) loopt tot ${formatDutchDate(period.expectedEndOn)}. Beëindig haar of spreek een nieuwe einddatum af.`,
      section: 'begeleiding',
    });
  }
  return signals;
}
