// The overdrachtsdossier: the old gemeente downloads it as it is now (JSON), and the new gemeente
// asks for the stored one (art. 35 lid 4 Wet inburgering 2021 "op verzoek"): koers_copy_handover
// copies the old gemeente's latest PDF and export into the new case, only through a move link both
// sides agree on (migration 0023, ADR 0103).
import { and, desc, eq, sql } from 'drizzle-orm';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { caseLinks, gemeentenInScope } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { buildHandoverExport, type HandoverExport } from './handover-export.ts';
import { rawRows } from '../../db/raw-rows.ts';

export async function exportHandover(ctx: UseCaseContext, caseId: string): Promise<HandoverExport> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const [own] = await tx.select({ code: gemeentenInScope.code, name: gemeentenInScope.name }).from(gemeentenInScope).where(eq(gemeentenInScope.id, kase.gemeenteId));
    if (!own) throw new AppError('NOT_FOUND');
    const [move] = await tx.select().from(caseLinks).where(and(eq(caseLinks.caseId, caseId), eq(caseLinks.kind, 'verhuisd-naar'))).orderBy(desc(caseLinks.createdAt)).limit(1);
    const to = move?.otherGemeenteCode && move.otherGemeenteName ? { code: move.otherGemeenteCode, name: move.otherGemeenteName } : null;
    const exported = await buildHandoverExport(tx, kase, { from: own, to, movedOn: move?.movedOn ?? null }, ctx.now);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'exportHandover', [{ resourceType: 'case', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId }]);
    return exported;
  });
}

/** The new gemeente asks for the handover; returns how many documents were received. */
export async function requestHandover(ctx: UseCaseContext, caseId: string): Promise<{ received: number }> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const [copied] = await rawRows<{ n: number }>(tx, sql`SELECT koers_copy_handover(${caseId}::uuid, ${ctx.now.toISOString()}::timestamptz) AS n`);
    const received = Number(copied?.n ?? 0);
    if (received === 0) {
      throw new AppError('STEP_NOT_ALLOWED', { message: 'Er is (nog) geen overdrachtsdossier van de vorige gemeente in Koers. Vraag het bij die gemeente op.' });
    }
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'case',
      entityId: kase.id,
      action: 'update',
      changes: { overdrachtsdossier: { from: null, to: `${received} document(en) ontvangen` } },
      event: { kind: 'case.handover-received', summary: 'Overdrachtsdossier van de vorige gemeente ontvangen (zie documenten).', section: 'documenten', data: { received } },
      operationName: 'requestHandover',
      logAction: 'create',
    });
    return { received };
  });
}
