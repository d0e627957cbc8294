// The links of a case: its household (partners and family members in the same gemeente, with their
// status, PIP and next appointment so intakes and PIPs can be planned together) and its moves
// (where the person went, or where they came from). The other side of a move is shown by gemeente
// only; its case id only when the user may open it (ADR 0103).
import { and, asc, desc, eq, gte, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { caseLinks, caseMeetings, cases, pips } from '../../db/schema.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { householdRelations } from './case-closing.types.ts';

export const householdMemberViewSchema = z.object({
  caseId: z.string(),
  name: z.string(),
  relation: z.enum(householdRelations),
  status: z.string(),
  closedOn: z.string().nullable(),
  pip: z.object({ status: z.string(), issuedOn: z.string().nullable(), route: z.string().nullable() }).nullable(),
  nextMeeting: z.object({ kind: z.string(), plannedAt: z.string() }).nullable(),
});
export type HouseholdMemberView = z.output<typeof householdMemberViewSchema>;

export const moveViewSchema = z.object({
  direction: z.enum(['naar', 'uit']),
  gemeenteCode: z.string().nullable(),
  gemeenteName: z.string().nullable(),
  movedOn: z.string().nullable(),
  /** The case on the other side when it is in this installation (null: not linked yet or outside it). */
  linked: z.boolean(),
  /** Only when the user may open that case (same scope). */
  otherCaseId: z.string().nullable(),
});
export type MoveView = z.output<typeof moveViewSchema>;

export const caseLinksViewSchema = z
  .object({ household: z.array(householdMemberViewSchema), moves: z.array(moveViewSchema) })
  .meta({ id: 'DossierKoppelingen' });
export type CaseLinksView = z.output<typeof caseLinksViewSchema>;

export async function getCaseLinks(ctx: UseCaseContext, caseId: string): Promise<CaseLinksView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const links = await tx.select().from(caseLinks).where(eq(caseLinks.caseId, caseId)).orderBy(asc(caseLinks.createdAt));
    const otherIds = links.flatMap((l) => (l.otherCaseId ? [l.otherCaseId] : []));
    // Row-level security returns only the other cases this user may see.
    const visible = otherIds.length ? await tx.select().from(cases).where(inArray(cases.id, otherIds)) : [];
    const byId = new Map(visible.map((c) => [c.id, c]));
    const householdIds = links.flatMap((l) => (l.kind === 'huishouden' && l.otherCaseId && byId.has(l.otherCaseId) ? [l.otherCaseId] : []));
    const pipRows = householdIds.length ? await tx.select().from(pips).where(and(inArray(pips.caseId, householdIds), ne(pips.status, 'concept'))).orderBy(desc(pips.version)) : [];
    const meetings = householdIds.length
      ? await tx
          .select({ caseId: caseMeetings.caseId, kind: caseMeetings.kind, plannedAt: caseMeetings.plannedAt })
          .from(caseMeetings)
          .where(and(inArray(caseMeetings.caseId, householdIds), eq(caseMeetings.status, 'gepland'), gte(caseMeetings.plannedAt, ctx.now)))
          .orderBy(asc(caseMeetings.plannedAt))
      : [];
    const household: HouseholdMemberView[] = [];
    for (const l of links) {
      const other = l.kind === 'huishouden' && l.otherCaseId ? byId.get(l.otherCaseId) : undefined;
      if (!other) continue;
      const pip = pipRows.find((p) => p.caseId === other.id);
      const meeting = meetings.find((m) => m.caseId === other.id && m.plannedAt !== null);
      household.push({
        caseId: other.id,
        name: `${other.givenNames} ${other.familyName}`,
        relation: householdRelations.find((r) => r === l.relation) ?? 'gezinslid',
        status: other.status,
        closedOn: other.closedOn,
        pip: pip ? { status: pip.status, issuedOn: pip.issuedOn, route: pip.route } : null,
        nextMeeting: meeting?.plannedAt ? { kind: meeting.kind, plannedAt: meeting.plannedAt.toISOString() } : null,
      });
    }
    const moves: MoveView[] = links
      .filter((l) => l.kind === 'verhuisd-naar' || l.kind === 'verhuisd-uit')
      .map((l) => ({
        direction: l.kind === 'verhuisd-naar' ? 'naar' : 'uit',
        gemeenteCode: l.otherGemeenteCode,
        gemeenteName: l.otherGemeenteName,
        movedOn: l.movedOn,
        linked: l.otherCaseId !== null,
        otherCaseId: l.otherCaseId && byId.has(l.otherCaseId) ? l.otherCaseId : null,
      }));
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCaseLinks', [
      { resourceType: 'case', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
      ...household.map((h) => ({ resourceType: 'case', resourceId: h.caseId, subject: { type: 'case' as const, id: h.caseId }, gemeenteId: kase.gemeenteId })),
    ]);
    return { household, moves };
  });
}
