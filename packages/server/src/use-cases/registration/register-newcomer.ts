import { and, eq, inArray, or } from 'drizzle-orm';
import { formatDutchDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { cases, userGemeenten, users } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import type { UseCaseContext } from '../context.ts';
import type { CaseSource, RegistrationInput } from '../case-input.types.ts';
import { historyFields } from '../case.view.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { dutyColumns } from './duty.ts';

export type RegistrationOutcome = 'created' | 'reopened' | 'updated' | 'unchanged';

export interface RegisterOptions {
  /** What to do when the person already has a case in this gemeente: refuse (hand entry) or bring it up to date (COA import, DUO). */
  onExisting: 'reject' | 'update';
}

const sourceLabel: Record<CaseSource, string> = {
  handmatig: 'met de hand',
  coa: 'uit de COA-koppeling (TVS)',
  duo: 'na een melding van DUO',
  verhuizing: 'na verhuizing uit een andere gemeente',
};

/** The roles that can be case manager of a case. */
const caseManagerRoles = ['trajectregisseur', 'teamleider'];

/** Checks that a user may be case manager in this gemeente (same organisation, granted, active). */
export async function assertCaseManager(tx: Tx, userId: string, gemeenteId: string, field = 'caseManagerId'): Promise<void> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userGemeenten, and(eq(userGemeenten.userId, users.id), eq(userGemeenten.gemeenteId, gemeenteId)))
    .where(and(eq(users.id, userId), eq(users.active, true), inArray(users.role, caseManagerRoles)));
  if (!row) throw new AppError('VALIDATION_FAILED', { field, message: 'Kies een trajectregisseur of teamleider die voor deze gemeente werkt.' });
}

function registrationValues(input: RegistrationInput) {
  const text = (v: string | null | undefined) => (v === undefined ? undefined : v === '' ? null : v);
  return {
    bsn: input.bsn ?? null,
    vNumber: input.vNumber ?? null,
    givenNames: input.givenNames,
    familyName: input.familyName,
    birthDate: input.birthDate,
    nationality: input.nationality,
    permit: input.permit,
    permitPurpose: input.permitPurpose ?? null,
    joinsProtectedHolder: input.joinsProtectedHolder ?? false,
    euFamilyMember: input.euFamilyMember ?? false,
    linkedOn: input.linkedOn ?? null,
    dutyStartOn: input.dutyStartOn ?? null,
    duoNoticeOn: input.duoNoticeOn ?? null,
    registeredOn: input.registeredOn ?? null,
    movedInOn: input.movedInOn ?? null,
    housedOn: input.housedOn ?? null,
    thirdPartyInfoReceivedOn: input.thirdPartyInfoReceivedOn ?? null,
    coaReference: text(input.coaReference) ?? null,
    coaLocation: text(input.coaLocation) ?? null,
    phone: text(input.phone) ?? null,
    email: text(input.email) ?? null,
    address: text(input.address) ?? null,
    preferredLanguage: text(input.preferredLanguage) ?? null,
    interpreterNeeded: input.interpreterNeeded ?? false,
  };
}

/**
 * Registers a newcomer in a gemeente (R1, R2): the one code path behind hand entry, the COA/TVS
 * import and DUO notifications. One case per person per gemeente; duty, target group and regime
 * come from the rules core and are stored with their explanation. Runs in the caller's transaction
 * (the caller opened it with `inScope`, so row-level security applies).
 */
export async function registerNewcomer(
  tx: Tx,
  ctx: UseCaseContext,
  input: RegistrationInput,
  options: RegisterOptions = { onExisting: 'reject' },
): Promise<{ row: CaseRow; outcome: RegistrationOutcome }> {
  const { principal } = ctx;
  const today = todayIn(ctx.now);
  if (!principal.gemeenten.some((g) => g.id === input.gemeenteId)) {
    throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'U werkt niet voor deze gemeente.' });
  }
  const identity = [...(input.bsn ? [eq(cases.bsn, input.bsn)] : []), ...(input.vNumber ? [eq(cases.vNumber, input.vNumber)] : [])];
  if (identity.length === 0) throw new AppError('VALIDATION_FAILED', { field: 'bsn', message: 'Vul een BSN of V-nummer in' });
  const [existing] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.gemeenteId, input.gemeenteId), or(...identity)))
    .for('update');

  const values = registrationValues(input);
  if (existing) {
    const reopen = input.source === 'duo' && existing.status === 'gesloten';
    if (!reopen && options.onExisting === 'reject') {
      throw new AppError('DUPLICATE_CASE', {
        field: input.bsn && existing.bsn === input.bsn ? 'bsn' : 'vNumber',
        message: 'Er bestaat al een dossier voor deze persoon in deze gemeente.',
        extra: { existingCaseId: existing.id },
      });
    }
    // Bring the case up to date: given values win, absent ones keep what the case had.
    const merged = { ...existing };
    for (const [key, value] of Object.entries(values) as [keyof typeof values, unknown][]) {
      const given = key in input && (input as Record<string, unknown>)[key] !== undefined;
      if (given && value !== null) (merged as Record<string, unknown>)[key] = value;
    }
    const duty = dutyColumns(merged, today);
    const next = {
      ...Object.fromEntries(Object.keys(values).map((k) => [k, (merged as Record<string, unknown>)[k]])),
      ...duty,
      ...(reopen ? { status: 'aangemeld', closedOn: null, closedReason: null } : {}),
    } as Partial<CaseRow>;
    const changes = diff(historyFields(existing), historyFields({ ...existing, ...next }));
    if (!reopen && Object.keys(changes).length === 0) return { row: existing, outcome: 'unchanged' };
    const [after] = await tx
      .update(cases)
      .set({ ...next, version: existing.version + 1, updatedAt: ctx.now })
      .where(eq(cases.id, existing.id))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordChange(
      tx,
      principal,
      {
        organisationId: principal.organisation.id,
        gemeenteId: after.gemeenteId,
        entityType: 'case',
        entityId: after.id,
        action: 'update',
        changes,
        reason: reopen ? 'Heropend na een melding van DUO' : `Bijgewerkt ${sourceLabel[input.source]}`,
      },
      ctx.now,
    );
    await addCaseEvent(
      tx,
      principal,
      {
        caseId: after.id,
        gemeenteId: after.gemeenteId,
        kind: reopen ? 'case.reopened' : 'case.updated',
        summary: reopen ? 'Dossier heropend na een melding van DUO.' : `Gegevens bijgewerkt ${sourceLabel[input.source]}.`,
        occurredOn: today,
        section: 'overzicht',
        source: input.source === 'duo' ? 'duo' : input.source === 'coa' ? 'coa' : 'koers',
        data: { fields: Object.keys(changes) },
      },
      ctx.now,
    );
    await logProcessed(tx, ctx, 'dossierInburgering', 'update', 'registerNewcomer', [
      { resourceType: 'case', resourceId: after.id, subject: { type: 'case', id: after.id }, gemeenteId: after.gemeenteId },
    ]);
    await refreshSignals(tx, after.id, today);
    return { row: after, outcome: reopen ? 'reopened' : 'updated' };
  }

  let caseManagerId: string | null = null;
  if (input.caseManagerId) {
    await assertCaseManager(tx, input.caseManagerId, input.gemeenteId);
    caseManagerId = input.caseManagerId;
  } else if (principal.role === 'trajectregisseur') {
    caseManagerId = principal.userId;
  }
  const [row] = await tx
    .insert(cases)
    .values({
      ...values,
      ...dutyColumns(values, today),
      gemeenteId: input.gemeenteId,
      status: 'aangemeld',
      source: input.source,
      caseManagerId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await recordChange(
    tx,
    principal,
    {
      organisationId: principal.organisation.id,
      gemeenteId: row.gemeenteId,
      entityType: 'case',
      entityId: row.id,
      action: 'create',
      changes: diff(null, historyFields(row)),
    },
    ctx.now,
  );
  const summary = (row.dutyExplanation as { duty?: { summary?: string } } | null)?.duty?.summary ?? '';
  await addCaseEvent(
    tx,
    principal,
    {
      caseId: row.id,
      gemeenteId: row.gemeenteId,
      kind: 'case.registered',
      summary: `Aangemeld ${sourceLabel[input.source]}${row.linkedOn ? ` (gekoppeld op ${formatDutchDate(row.linkedOn)})` : ''}. ${summary}`.trim(),
      occurredOn: today,
      section: 'overzicht',
      source: input.source === 'duo' ? 'duo' : input.source === 'coa' ? 'coa' : 'koers',
      data: { source: input.source, obliged: row.obliged, targetGroup: row.targetGroup, regime: row.regime },
    },
    ctx.now,
  );
  await logProcessed(tx, ctx, 'dossierInburgering', 'create', 'registerNewcomer', [
    { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
  ]);
  await refreshSignals(tx, row.id, today);
  return { row, outcome: 'created' };
}
