// The end of the road as the case file shows it (GET /api/cases/:id/einde): DUO's exam results,
// whether the duty is fulfilled (with the explanation), the effective termijn and the extensions.
import { effectiveTermEnd, examPartLabel, examResultLabel, extensionGroundLabel, isExamPart, isExtensionGround, type Explained } from '@koers/domain';
import { z } from 'zod';
import { explanation } from '../../contract/view-fields.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { grantedExtensions, type EindeState } from './einde-support.ts';

export const examResultViewSchema = z.object({
  id: z.string(),
  onderdeel: z.string(),
  onderdeelLabel: z.string(),
  niveau: z.string().nullable(),
  resultaat: z.string(),
  resultaatLabel: z.string(),
  examendatum: z.string(),
  receivedAt: z.string(),
  reviewedAt: z.string().nullable(),
  version: z.number(),
});
export type ExamResultView = z.output<typeof examResultViewSchema>;

export const extensionViewSchema = z.object({
  id: z.string(),
  ground: z.string(),
  groundLabel: z.string(),
  requestedOn: z.string(),
  months: z.number(),
  motivation: z.string().nullable(),
  /** Aanzienlijke inspanningen: what the rules core said about the conditions (art. 4.4 Bi). */
  assessment: z.object({ eligible: z.boolean(), explanation }).nullable(),
  decision: z.enum(['toegekend', 'afgewezen']).nullable(),
  decidedOn: z.string().nullable(),
  decisionMotivation: z.string().nullable(),
  previousEndExclusive: z.string().nullable(),
  newEndExclusive: z.string().nullable(),
  documentId: z.string().nullable(),
  version: z.number(),
});
export type ExtensionView = z.output<typeof extensionViewSchema>;

export const eindeOverviewSchema = z
  .object({
    caseId: z.string(),
    closed: z.boolean(),
    term: z.object({ start: z.string().nullable(), endExclusive: z.string().nullable(), explanation }),
    duty: z.object({ met: z.boolean(), explanation }),
    examResults: z.array(examResultViewSchema),
    extensions: z.array(extensionViewSchema),
  })
  .meta({ id: 'EindeTraject' });
export type EindeOverview = z.output<typeof eindeOverviewSchema>;

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
