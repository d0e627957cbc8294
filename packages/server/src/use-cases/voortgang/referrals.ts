// Doorverwijzingen from a case to the sociale kaart (R21, ADR 0122): refer, and record the outcome.
import { and, eq } from 'drizzle-orm';
import { referrals, socialeKaartOrganisations } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import type { ReferralInput, ReferralUpdate } from './voortgang.types.ts';
import { referralFields, referralView, type ReferralView } from './voortgang.view.ts';

export async function addReferral(ctx: UseCaseContext, caseId: string, input: ReferralInput): Promise<ReferralView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const [org] = await tx
      .select()
      .from(socialeKaartOrganisations)
      .where(and(eq(socialeKaartOrganisations.id, input.organisationId), eq(socialeKaartOrganisations.gemeenteId, kase.gemeenteId), eq(socialeKaartOrganisations.active, true)));
    if (!org) throw new AppError('VALIDATION_FAILED', { field: 'organisationId', message: 'Organisatie: kies een organisatie van de sociale kaart van deze gemeente.' });
    const [row] = await tx
      .insert(referrals)
      .values({ gemeenteId: kase.gemeenteId, caseId, organisationId: org.id, referredOn: input.referredOn, reason: input.reason, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'referral',
      entityId: row.id,
      action: 'create',
      changes: diff(null, referralFields(row)),
      operationName: 'addReferral',
      event: { kind: 'voortgang.doorverwezen', summary: `Doorverwezen naar ${org.name}.`, occurredOn: row.referredOn, section: 'voortgang', data: { referralId: row.id } },
    });
    return referralView(row, org);
  });
}

export async function updateReferral(ctx: UseCaseContext, caseId: string, referralId: string, input: ReferralUpdate): Promise<ReferralView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const [found] = await tx
      .select({ referral: referrals, name: socialeKaartOrganisations.name, theme: socialeKaartOrganisations.theme })
      .from(referrals)
      .innerJoin(socialeKaartOrganisations, eq(socialeKaartOrganisations.id, referrals.organisationId))
      .where(and(eq(referrals.id, referralId), eq(referrals.caseId, caseId)))
      .for('update', { of: referrals });
    if (!found) throw new AppError('NOT_FOUND', { message: 'Deze doorverwijzing bestaat niet in dit dossier.' });
    const before = found.referral;
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De doorverwijzing is intussen gewijzigd. Laad de voortgang opnieuw.' });
    const [after] = await tx
      .update(referrals)
      .set({ outcome: input.outcome, outcomeNote: input.outcomeNote?.trim() || null, version: before.version + 1, updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(eq(referrals.id, referralId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'referral',
      entityId: after.id,
      action: 'update',
      changes: diff(referralFields(before), referralFields(after)),
      operationName: 'updateReferral',
    });
    return referralView(after, found);
  });
}
