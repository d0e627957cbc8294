// "Mijn cliënten": the cases assigned to the begeleider (R17), with only what the list needs.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { caseAssignments, cases, begeleidingContacts, begeleidingPeriods, begeleidingProblems, gemeentenInScope } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { notRemovedByRetention } from '../../case-file/find-case.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import type { UseCaseContext } from '../context.ts';
import type { ClientListItem } from './begeleiding.view.ts';

export async function listClients(ctx: UseCaseContext): Promise<ClientListItem[]> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const rows = await tx
        .select({
          id: cases.id,
          gemeenteId: cases.gemeenteId,
          caseNumber: cases.caseNumber,
          givenNames: cases.givenNames,
          familyName: cases.familyName,
          preferredLanguage: cases.preferredLanguage,
          gemeente: gemeentenInScope.name,
        })
        .from(caseAssignments)
        .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
        .innerJoin(gemeentenInScope, eq(gemeentenInScope.id, cases.gemeenteId))
        .where(and(eq(caseAssignments.userId, ctx.principal.userId), eq(caseAssignments.kind, 'begeleiding'), notRemovedByRetention))
        .orderBy(asc(cases.familyName), asc(cases.givenNames));
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) return [];
      const last = await tx
        .select({ caseId: begeleidingContacts.caseId, on: sql<string>`max(${begeleidingContacts.contactOn})::text` })
        .from(begeleidingContacts)
        .where(inArray(begeleidingContacts.caseId, ids))
        .groupBy(begeleidingContacts.caseId);
      const open = await tx
        .select({ caseId: begeleidingProblems.caseId, n: sql<number>`count(*)::int` })
        .from(begeleidingProblems)
        .where(and(inArray(begeleidingProblems.caseId, ids), eq(begeleidingProblems.status, 'open')))
        .groupBy(begeleidingProblems.caseId);
      const periods = await tx.select().from(begeleidingPeriods).where(inArray(begeleidingPeriods.caseId, ids));
      await logProcessed(
        tx,
        ctx,
        'maatschappelijkeBegeleiding',
        'read',
        'listClients',
        rows.map((r) => ({ resourceType: 'case', resourceId: r.id, subject: { type: 'case' as const, id: r.id }, gemeenteId: r.gemeenteId })),
      );
      return rows.map((r) => {
        const period = periods.find((p) => p.caseId === r.id);
        return {
          id: r.id,
          caseNumber: caseNumberOf(r),
          name: `${r.givenNames} ${r.familyName}`,
          gemeente: r.gemeente,
          preferredLanguage: r.preferredLanguage,
          lastContactOn: last.find((l) => l.caseId === r.id)?.on ?? null,
          openProblems: open.find((o) => o.caseId === r.id)?.n ?? 0,
          expectedEndOn: period?.expectedEndOn ?? null,
          endedOn: period?.endedOn ?? null,
        };
      });
    },
    { readOnly: true },
  );
}
