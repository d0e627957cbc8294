// The werkvoorraad item after a fine DUO imposed (ADR 0145): the pure rule of @koers/domain over the stored DUO fines
// (read by refreshSignals, signal-inputs.ts, in the order loadDuoFines reads them).
import { duoFineSignals, type Signal } from '@koers/domain';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { recordedOf } from '../use-cases/handhaving/duo-fine-support.ts';
import type { SignalInputs } from './signal-inputs.ts';

export function duoFineSignalsFor(kase: CaseRow, i: Pick<SignalInputs, 'duoFines'>): (Signal & { ref?: object })[] {
  const rows = i.duoFines;
  if (rows.length === 0) return [];
  return duoFineSignals({ closed: isClosedCase(kase), fines: rows.map((r) => ({ ...recordedOf(r), id: r.id, reviewedOn: r.reviewedOn })) });
}
