import { and, asc, eq, inArray } from 'drizzle-orm';
import { caseAssignments, cases, userGemeenten, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { findCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { AssignmentInput, CaseManagerInput } from '../cases/case-input.types.ts';
import { caseView, historyFields, type CaseView } from '../cases/case.view.ts';
import { assertCaseManager } from '../registration/register-newcomer.ts';
import { ensureDuoContact } from '../duo/contactpersoon.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import type { AssignableUsers, AssignmentView } from './case-file.view.ts';

/** Assigns (or clears) the case manager; the case's signals follow to the new werkvoorraad. */
export async function assignCaseManager(ctx: UseCaseContext, caseId: string, input: CaseManagerInput): Promise<CaseView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const before = await findCase(tx, caseId, { forUpdate: true });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    if (input.caseManagerId) await assertCaseManager(tx, input.caseManagerId, before.gemeenteId);
    if (before.caseManagerId === input.caseManagerId) return caseView(before, ctx.principal);
    const [after] = await tx
      .update(cases)
      .set({ caseManagerId: input.caseManagerId, version: before.version + 1, updatedAt: ctx.now })
      .where(eq(cases.id, caseId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    const [manager] = input.caseManagerId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, input.caseManagerId)) : [];
    // DUO's contactpersoon of the person follows the case manager (Contactpersoon API).
    await ensureDuoContact(tx, { caseRow: after, caseManagerId: input.caseManagerId, actor: ctx.principal, now: ctx.now });
    // The signals follow to the new werkvoorraad, and 'no trajectregisseur' comes or goes.
    await refreshSignals(tx, caseId, todayIn(ctx.now));
    await recordChange(
      tx,
      ctx.principal,
      {
        organisationId: ctx.principal.organisation.id,
        gemeenteId: after.gemeenteId,
        entityType: 'case',
        entityId: after.id,
        action: 'update',
        changes: diff(historyFields(before), historyFields(after)),
      },
      ctx.now,
    );
    await addCaseEvent(
      tx,
      ctx.principal,
      {
        caseId,
        gemeenteId: after.gemeenteId,
        kind: 'case.case-manager',
        summary: manager ? `Trajectregisseur: ${manager.name}.` : 'Geen trajectregisseur meer toegewezen.',
        occurredOn: todayIn(ctx.now),
        section: 'overzicht',
      },
      ctx.now,
    );
    await logProcessed(tx, ctx, 'dossierInburgering', 'update', 'assignCaseManager', [
      { resourceType: 'case', resourceId: after.id, subject: { type: 'case', id: after.id }, gemeenteId: after.gemeenteId },
    ]);
    return caseView(after, ctx.principal);
  });
}

const partnerRoles: Record<AssignmentInput['kind'], string> = { begeleiding: 'partner-begeleiding', taalaanbieder: 'partner-aanbieder', budgetbeheer: 'partner-budgetbeheer' };

/** Gives a partner (begeleiding, taalaanbieder) access to what concerns them in this case. */
export async function addAssignment(ctx: UseCaseContext, caseId: string, input: AssignmentInput): Promise<AssignmentView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await findCase(tx, caseId, { forUpdate: true });
    const [partner] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .innerJoin(userGemeenten, and(eq(userGemeenten.userId, users.id), eq(userGemeenten.gemeenteId, row.gemeenteId)))
      .where(and(eq(users.id, input.userId), eq(users.active, true), eq(users.role, partnerRoles[input.kind])));
    if (!partner) throw new AppError('VALIDATION_FAILED', { field: 'userId', message: 'Kies een partner van deze soort die voor deze gemeente werkt.' });
    const inserted = await tx
      .insert(caseAssignments)
      .values({ caseId, gemeenteId: row.gemeenteId, userId: input.userId, kind: input.kind, createdAt: ctx.now })
      .onConflictDoNothing()
      .returning({ userId: caseAssignments.userId });
    if (inserted.length > 0) {
      await recordChange(
        tx,
        ctx.principal,
        {
          organisationId: ctx.principal.organisation.id,
          gemeenteId: row.gemeenteId,
          entityType: 'case',
          entityId: row.id,
          action: 'update',
          changes: { [`partner:${input.kind}`]: { from: null, to: partner.name } },
          reason: 'Partner toegewezen',
        },
        ctx.now,
      );
      await addCaseEvent(
        tx,
        ctx.principal,
        { caseId, gemeenteId: row.gemeenteId, kind: 'case.partner-assigned', summary: `${partner.name} toegewezen (${input.kind}).`, occurredOn: todayIn(ctx.now), section: 'overzicht' },
        ctx.now,
      );
      await logProcessed(tx, ctx, 'dossierInburgering', 'update', 'addAssignment', [
        { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
      ]);
    }
    return listAssignmentsIn(tx, caseId);
  });
}

export async function removeAssignment(ctx: UseCaseContext, caseId: string, userId: string): Promise<AssignmentView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await findCase(tx, caseId, { forUpdate: true });
    const removed = await tx
      .delete(caseAssignments)
      .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.userId, userId)))
      .returning({ kind: caseAssignments.kind });
    const first = removed[0];
    if (!first) throw new AppError('NOT_FOUND', { message: 'Deze partner is niet aan dit dossier toegewezen.' });
    const [partner] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
    await recordChange(
      tx,
      ctx.principal,
      {
        organisationId: ctx.principal.organisation.id,
        gemeenteId: row.gemeenteId,
        entityType: 'case',
        entityId: row.id,
        action: 'update',
        changes: { [`partner:${first.kind}`]: { from: partner?.name ?? userId, to: null } },
        reason: 'Partner niet meer toegewezen',
      },
      ctx.now,
    );
    await addCaseEvent(
      tx,
      ctx.principal,
      { caseId, gemeenteId: row.gemeenteId, kind: 'case.partner-removed', summary: `${partner?.name ?? 'Partner'} niet meer toegewezen.`, occurredOn: todayIn(ctx.now), section: 'overzicht' },
      ctx.now,
    );
    await logProcessed(tx, ctx, 'dossierInburgering', 'update', 'removeAssignment', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return listAssignmentsIn(tx, caseId);
  });
}

async function listAssignmentsIn(tx: Parameters<Parameters<typeof inScope>[2]>[0], caseId: string) {
  return tx
    .select({ userId: caseAssignments.userId, name: users.name, kind: caseAssignments.kind })
    .from(caseAssignments)
    .innerJoin(users, eq(users.id, caseAssignments.userId))
    .where(eq(caseAssignments.caseId, caseId));
}

/** Who can be case manager of, or partner on, this case: active users granted its gemeente. */
export async function assignableUsers(ctx: UseCaseContext, caseId: string): Promise<AssignableUsers> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await findCase(tx, caseId);
    const candidates = await tx
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .innerJoin(userGemeenten, and(eq(userGemeenten.userId, users.id), eq(userGemeenten.gemeenteId, row.gemeenteId)))
      .where(and(eq(users.active, true), inArray(users.role, ['trajectregisseur', 'teamleider', 'partner-begeleiding', 'partner-aanbieder', 'partner-budgetbeheer'])))
      .orderBy(asc(users.name));
    // Reading the case to find its gemeente is processing of the person's data too.
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'assignableUsers', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return {
      caseManagers: candidates.filter((u) => u.role === 'trajectregisseur' || u.role === 'teamleider'),
      partners: candidates.flatMap((u): AssignableUsers['partners'] =>
        u.role === 'partner-begeleiding'
          ? [{ id: u.id, name: u.name, kind: 'begeleiding' }]
          : u.role === 'partner-aanbieder'
            ? [{ id: u.id, name: u.name, kind: 'taalaanbieder' }]
            : u.role === 'partner-budgetbeheer'
              ? [{ id: u.id, name: u.name, kind: 'budgetbeheer' }]
              : [],
      ),
    };
  });
}
