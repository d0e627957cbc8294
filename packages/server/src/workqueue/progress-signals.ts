// The voortgangsgesprekken's werkvoorraad item (R19, R20): the stored state the pure rule
// `computeProgressSignals` (@koers/domain) reads, from the rows refreshSignals read (signal-inputs.ts).
import { computeProgressSignals, type Signal } from '@koers/domain';
import type { CaseRow } from '../case-file/find-case.ts';
import { currentVastgesteld, type SignalInputs } from './signal-inputs.ts';

export function progressSignalsFor(kase: Pick<CaseRow, 'status' | 'closedOn'>, i: Pick<SignalInputs, 'meetings' | 'pips'>): Signal[] {
  const { meetings } = i;
  if (meetings.length === 0) return [];
  const pip = currentVastgesteld(i.pips);
  return computeProgressSignals({ closed: kase.status === 'gesloten' || kase.closedOn !== null, pipVersion: pip?.version ?? null, meetings });
}
