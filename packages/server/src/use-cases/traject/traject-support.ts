// Shared by the traject use cases: the current PIP, the traces every write leaves (history,
// timeline, processing log, signals) and the melding for DUO or, without a BSN, a timeline note.
import { and, desc, eq } from 'drizzle-orm';
import type { DuoCheck, IsoDate, LearningRoute, TargetGroup } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { pips } from '../../db/schema.ts';
import type { FieldChanges } from '../../audit/history.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import { isLearningRoute, isTargetGroup } from '../pip/pip-support.ts';
import type { UseCaseContext } from '../context.ts';

export interface CurrentPip {
  id: string;
  route: LearningRoute | null;
  issuedOn: IsoDate | null;
}

/** The vastgesteld (current) PIP of the case, if any. */
export async function currentPip(tx: Tx, caseId: string): Promise<CurrentPip | null> {
  const [row] = await tx
    .select({ id: pips.id, route: pips.route, issuedOn: pips.issuedOn })
    .from(pips)
    .where(and(eq(pips.caseId, caseId), eq(pips.status, 'vastgesteld')))
    .orderBy(desc(pips.version))
    .limit(1);
  if (!row) return null;
  return { id: row.id, route: isLearningRoute(row.route) ? row.route : null, issuedOn: row.issuedOn };
}

export function targetGroupOf(caseRow: CaseRow): TargetGroup | null {
  return isTargetGroup(caseRow.targetGroup) ? caseRow.targetGroup : null;
}

/** DUO would refuse: the same error queueDuoMessage gives, for a check run without queueing. */
export function assertDuoAccepts(check: DuoCheck<string>): void {
  if (check.accepted) return;
  throw new AppError('DUO_PREVALIDATION_FAILED', {
    message: check.explanation.summary,
    details: check.findings.map((f) => ({ field: f.error, message: f.text })),
    extra: { duoErrors: check.errors },
  });
}

export interface TrajectWrite {
  entityType: 'case-placement' | 'case-hours';
  entityId: string;
  action: 'create' | 'update';
  changes: FieldChanges;
  reason?: string | null;
  event: { kind: string; summary: string; occurredOn: IsoDate; data: Record<string, unknown> };
  operationName: string;
}

export function recordTrajectWrite(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, write: TrajectWrite): Promise<void> {
  return recordCaseWriteTraces(tx, ctx, caseRow, { ...write, event: { ...write.event, section: 'traject' } });
}

/** Without a BSN DUO cannot be told: the record is kept and the timeline says so. */
export async function noteNoBsn(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, what: string, data: Record<string, unknown>): Promise<void> {
  await addCaseEvent(
    tx,
    ctx.principal,
    {
      caseId: caseRow.id,
      gemeenteId: caseRow.gemeenteId,
      kind: 'duo.bericht.geen-bsn',
      summary: `${what} is niet aan DUO gemeld: het BSN is nog niet bekend. Meld het zodra het BSN bekend is.`,
      occurredOn: todayIn(ctx.now),
      section: 'traject',
      data,
    },
    ctx.now,
  );
}
