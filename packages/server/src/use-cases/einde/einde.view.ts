// The end of the road as the case file shows it (GET /api/cases/:id/einde): DUO's exam results,
// whether the duty is fulfilled (with the explanation), the effective termijn and the extensions.
import { effectiveTermEnd, examPartLabel, examResultLabel, extensionGroundLabel, isExamPart, isExtensionGround, type Explained, type Explanation, type IsoDate } from '@koers/domain';
import type { CaseRow } from '../../case-file/find-case.ts';
import { grantedExtensions, type EindeState } from './einde-support.ts';

export interface ExamResultView {
  id: string;
  onderdeel: string;
  onderdeelLabel: string;
  niveau: string | null;
  resultaat: string;
  resultaatLabel: string;
  examendatum: IsoDate;
  receivedAt: string;
  reviewedAt: string | null;
  version: number;
}

export interface ExtensionView {
  id: string;
  ground: string;
  groundLabel: string;
  requestedOn: IsoDate;
  months: number;
  motivation: string | null;
  /** Aanzienlijke inspanningen: what the rules core said about the conditions (art. 4.4 Bi). */
  assessment: { eligible: boolean; explanation: Explanation } | null;
  decision: 'toegekend' | 'afgewezen' | null;
  decidedOn: IsoDate | null;
  decisionMotivation: string | null;
  previousEndExclusive: IsoDate | null;
  newEndExclusive: IsoDate | null;
  documentId: string | null;
  version: number;
}

export interface EindeOverview {
  caseId: string;
  closed: boolean;
  term: { start: IsoDate | null; endExclusive: IsoDate | null; explanation: Explanation };
  duty: { met: boolean; explanation: Explanation };
  examResults: ExamResultView[];
  extensions: ExtensionView[];
}

const decisionOf = (d: string | null): ExtensionView['decision'] => (d === 'toegekend' || d === 'afgewezen' ? d : null);

function assessmentOf(stored: Explained<{ eligible: boolean }> | null): ExtensionView['assessment'] {
  return stored ? { eligible: stored.value.eligible, explanation: stored.explanation } : null;
}

export function eindeOverview(caseRow: CaseRow, state: EindeState): EindeOverview {
  const term = effectiveTermEnd(caseRow.termEndExclusive, grantedExtensions(state.extensions));
  return {
    caseId: caseRow.id,
    closed: caseRow.status === 'gesloten',
    term: { start: caseRow.termStart, endExclusive: term.value, explanation: term.explanation },
    duty: { met: state.duty.value, explanation: state.duty.explanation },
    examResults: state.examResults.map((r) => ({
      id: r.id,
      onderdeel: r.onderdeel,
      onderdeelLabel: isExamPart(r.onderdeel) ? examPartLabel[r.onderdeel] : r.onderdeel,
      niveau: r.niveau,
      resultaat: r.resultaat,
      resultaatLabel: examResultLabel(r.resultaat),
      examendatum: r.examendatum,
      receivedAt: r.createdAt.toISOString(),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      version: r.version,
    })),
    extensions: state.extensions.map((e) => ({
      id: e.id,
      ground: e.ground,
      groundLabel: isExtensionGround(e.ground) ? extensionGroundLabel[e.ground] : e.ground,
      requestedOn: e.requestedOn,
      months: e.months,
      motivation: e.motivation,
      assessment: assessmentOf(e.assessment),
      decision: decisionOf(e.decision),
      decidedOn: e.decidedOn,
      decisionMotivation: e.decisionMotivation,
      previousEndExclusive: e.previousEndExclusive,
      newEndExclusive: e.newEndExclusive,
      documentId: e.documentId,
      version: e.version,
    })),
  };
}
