// The begeleiding signals of one case (R17): open problems the begeleider signalled and the end of
// the begeleiding, from the rows refreshSignals read (signal-inputs.ts).
import { computeBegeleidingSignals, type Signal } from '@koers/domain';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import type { SignalInputs } from './signal-inputs.ts';

export function begeleidingSignalsFor(c: CaseRow, i: Pick<SignalInputs, 'problems' | 'period'>): Signal[] {
  if (isClosedCase(c)) return [];
  const [period] = i.period;
  return computeBegeleidingSignals({
    closed: false,
    problems: i.problems.map((p) => ({ reportedOn: p.reportedOn, status: p.status, reportedByName: p.name ?? 'De begeleider' })),
    period: period ? { startedOn: period.startedOn, expectedEndOn: period.expectedEndOn, endedOn: period.endedOn } : null,
  });
}
