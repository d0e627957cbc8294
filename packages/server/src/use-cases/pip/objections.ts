import { and, eq } from 'drizzle-orm';
import { formatDutchDate, isAfter, isBefore } from '@koers/domain';
import { pipObjections, pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { ObjectionInput, ObjectionUpdateInput } from './pip.types.ts';
import { settingsOf } from './pip-support.ts';
import { nextUpdatedAt, recordPipWrite, sameInstant } from './record-pip-write.ts';
import { objectionView, type ObjectionView } from './pip.view.ts';

const objectionFields = (o: typeof pipObjections.$inferSelect) => ({ pipId: o.pipId, receivedOn: o.receivedOn, status: o.status, decidedOn: o.decidedOn, note: o.note });

/** Registers a bezwaar against one vastgesteld version; whether it is on time follows the bezwaartermijn. */
export async function registerObjection(ctx: UseCaseContext, caseId: string, pipId: string, input: ObjectionInput): Promise<ObjectionView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findCase(tx, caseId, { forUpdate: true });
    const [pip] = await tx.select().from(pips).where(and(eq(pips.id, pipId), eq(pips.caseId, caseId)));
    if (!pip) throw new AppError('NOT_FOUND', { message: 'Dit PIP bestaat niet in dit dossier.' });
    if (pip.status === 'concept' || pip.issuedOn === null) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'pipId', message: 'Bezwaar kan alleen tegen een vastgesteld PIP.' });
    }
    if (pip.kind === 'advies') {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'pipId', message: 'Dit PIP is een advies en geen besluit; daartegen staat geen bezwaar open.' });
    }
    const today = todayIn(ctx.now);
    if (isAfter(input.receivedOn, today)) throw new AppError('VALIDATION_FAILED', { field: 'receivedOn', message: 'De datum van ontvangst mag niet in de toekomst liggen.' });
    if (isBefore(input.receivedOn, pip.issuedOn)) throw new AppError('VALIDATION_FAILED', { field: 'receivedOn', message: `De datum van ontvangst ligt vóór de dagtekening van het PIP (${formatDutchDate(pip.issuedOn)}).` });
    const settings = await settingsOf(tx, caseRow.gemeenteId, pip.issuedOn);
    const [row] = await tx
      .insert(pipObjections)
      .values({ gemeenteId: caseRow.gemeenteId, caseId, pipId, receivedOn: input.receivedOn, note: input.note ?? null, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    const view = objectionView(row, pip, settings.objectionPeriodWeeks);
    await recordPipWrite(tx, ctx, caseRow, {
      entityType: 'pip-objection',
      entityId: row.id,
      action: 'create',
      changes: diff(null, objectionFields(row)),
      event: {
        kind: 'pip.bezwaar-ontvangen',
        occurredOn: input.receivedOn,
        summary: `Bezwaar ontvangen tegen PIP versie ${pip.version}. ${view.onTime?.explanation.summary ?? ''}`.trim(),
        data: { objectionId: row.id, pipId, onTime: view.onTime?.value ?? null },
      },
      operationName: 'registerObjection',
    });
    return view;
  });
}

const statusText: Record<string, string> = { ontvangen: 'ontvangen', gegrond: 'gegrond verklaard', ongegrond: 'ongegrond verklaard', ingetrokken: 'ingetrokken' };

export async function updateObjection(ctx: UseCaseContext, caseId: string, objectionId: string, input: ObjectionUpdateInput): Promise<ObjectionView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findCase(tx, caseId, { forUpdate: true });
    const [before] = await tx.select().from(pipObjections).where(and(eq(pipObjections.id, objectionId), eq(pipObjections.caseId, caseId))).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Dit bezwaar bestaat niet in dit dossier.' });
    if (!sameInstant(before.updatedAt, input.updatedAt)) throw new AppError('VERSION_CONFLICT', { field: 'updatedAt', message: 'Het bezwaar is intussen gewijzigd. Laad het opnieuw.' });
    const today = todayIn(ctx.now);
    const decidedOn = input.decidedOn === undefined ? before.decidedOn : input.decidedOn;
    if (decidedOn && isAfter(decidedOn, today)) throw new AppError('VALIDATION_FAILED', { field: 'decidedOn', message: 'De datum van de beslissing mag niet in de toekomst liggen.' });
    if (decidedOn && isBefore(decidedOn, before.receivedOn)) throw new AppError('VALIDATION_FAILED', { field: 'decidedOn', message: 'De beslissing ligt vóór de ontvangst van het bezwaar.' });
    const [after] = await tx
      .update(pipObjections)
      .set({ status: input.status, decidedOn, ...(input.note === undefined ? {} : { note: input.note }), updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(eq(pipObjections.id, objectionId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    const [pip] = await tx.select().from(pips).where(eq(pips.id, after.pipId));
    const settings = await settingsOf(tx, caseRow.gemeenteId, pip?.issuedOn ?? today);
    await recordPipWrite(tx, ctx, caseRow, {
      entityType: 'pip-objection',
      entityId: after.id,
      action: 'update',
      changes: diff(objectionFields(before), objectionFields(after)),
      event: {
        kind: 'pip.bezwaar-bijgewerkt',
        occurredOn: decidedOn ?? today,
        summary: `Bezwaar tegen PIP versie ${pip?.version ?? '?'} ${statusText[after.status] ?? after.status}.`,
        data: { objectionId: after.id, status: after.status },
      },
      operationName: 'updateObjection',
    });
    return objectionView(after, pip, settings.objectionPeriodWeeks);
  });
}
