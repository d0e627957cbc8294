import { asc, eq } from 'drizzle-orm';
import { caseMeetings } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { canReadSensitive } from './case-write.ts';
import { checklistOf } from './checklist.ts';
import { scenarioForCase, scenarioOfGemeente } from './intake-scenario.ts';
import type { VoorbereidingView } from './voorbereiding.view.ts';
import { meetingView } from './meeting.view.ts';

/** Schakel 2 of a case: meetings (all kinds), the regeldag checklist and the gemeente's intake scenario. */
export function getVoorbereiding(ctx: UseCaseContext, caseId: string): Promise<VoorbereidingView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const meetings = await tx.select().from(caseMeetings).where(eq(caseMeetings.caseId, kase.id)).orderBy(asc(caseMeetings.plannedAt), asc(caseMeetings.createdAt));
    const checklist = await checklistOf(tx, kase.id);
    const scenario = scenarioForCase(await scenarioOfGemeente(tx, kase.gemeenteId), kase, todayIn(ctx.now));
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getVoorbereiding', [
      { resourceType: 'case', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
    ]);
    const sensitive = canReadSensitive(ctx);
    return {
      caseId: kase.id,
      housedOn: kase.housedOn,
      linkedOn: kase.linkedOn,
      coaLocation: kase.coaLocation,
      meetings: meetings.map((m) => meetingView(m, sensitive)),
      checklist,
      scenario,
    };
  });
}
