// The stored row of a case's dashboard facts (case_sturing, ADR 0140), from the pure rule in @koers/domain.
import { sturingFacts, type SturingInput, type SturingPipVersion } from '@koers/domain';
import type { caseSturing } from '../db/schema.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { todayIn } from '../case-file/today.ts';
import { isClosedCase } from '../case-file/find-case.ts';

export interface CaseDependents {
  pips: readonly SturingPipVersion[];
  pvtDoneOn: string | null;
  mapDoneOn: string | null;
  relief: SturingInput['relief'];
}

export const noDependents: CaseDependents = { pips: [], pvtDoneOn: null, mapDoneOn: null, relief: null };

export function sturingRow(c: CaseRow, d: CaseDependents): typeof caseSturing.$inferInsert {
  const f = sturingFacts({
    obliged: c.obliged,
    regime: c.regime,
    targetGroup: c.targetGroup,
    createdOn: todayIn(c.createdAt),
    linkedOn: c.linkedOn,
    housedOn: c.housedOn,
    dutyStartOn: c.dutyStartOn,
    duoNoticeOn: c.duoNoticeOn,
    registeredOn: c.registeredOn,
    movedInOn: c.movedInOn,
    thirdPartyInfoReceivedOn: c.thirdPartyInfoReceivedOn,
    // A case closed without a date (by DUO or an import) counts as closed from its last change.
    closedOn: isClosedCase(c) ? (c.closedOn ?? todayIn(c.updatedAt)) : null,
    ...d,
  });
  return { caseId: c.id, gemeenteId: c.gemeenteId, caseManagerId: c.caseManagerId, ...f };
}
