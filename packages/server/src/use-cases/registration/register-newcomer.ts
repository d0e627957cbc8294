import { and, eq, inArray, or } from 'drizzle-orm';
import { formatDutchDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { cases, userGemeenten, users } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { todayIn } from '../../case-file/today.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import type { CaseSource, RegistrationInput } from '../cases/case-input.types.ts';
import { historyFields } from '../cases/case.view.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { dutyColumns, duoDutyColumns, type DuoDuty } from './duty.ts';
import { eventBy, isSystem, logBy, organisationOf, recordBy, type RegistrationContext } from './actor.ts';
import { PLACEHOLDER_BIRTH_DATE, PLACEHOLDER_FAMILY_NAME, PLACEHOLDER_GIVEN_NAMES, UNKNOWN_NATIONALITY } from './personal-data.ts';
import { duoContactAfterBsnChange, ensureDuoContact } from '../duo/contactpersoon.ts';
import { linkUnmatchedDuoNotifications } from './link-duo-notifications.ts';
import { linkMoves } from '../case-closing/link-moves.ts';
import { propertyOf } from '../../util/guards.ts';
import { copyKey, keysOf, pickKeys } from '../../util/records.ts';

export type RegistrationOutcome = 'created' | 'reopened' | 'updated' | 'unchanged';

/**
 * A registration caused by a DUO notification (SS101, SS128, SS139, SS129 new duty; SS120, SS121
 * moved in). DUO decides the duty and the target group; DUO sends no name, birth date or
 * nationality, so a new case gets the marked placeholders of `personal-data.ts` and a werkvoorraad
 * signal to complete them from the BRP.
 */
export interface DuoRegistrationInput {
  source: 'duo' | 'verhuizing';
  gemeenteId: string;
  bsn?: string;
  vNumber?: string;
  duty: DuoDuty;
  dutyStartOn: string | null;
  duoNoticeOn: string | null;
}

export type NewcomerInput = RegistrationInput | DuoRegistrationInput;

const fromDuo = (input: NewcomerInput): input is DuoRegistrationInput => 'duty' in input;

export interface RegisterOptions {
  /** What to do when the person already has a case in this gemeente: refuse (hand entry) or bring it up to date (COA import, DUO). */
  onExisting: 'reject' | 'update';
  /**
   * 'caller': the caller changes the case further in the same transaction and refreshes the
   * werkvoorraad signals itself before it commits (the DUO processor); the default refreshes here.
   */
  signals?: 'refresh' | 'caller';
}

export const sourceLabel: Record<CaseSource, string> = {
  handmatig: 'met de hand',
  coa: 'uit de COA-koppeling (TVS)',
  duo: 'na een melding van DUO',
  verhuizing: 'na verhuizing uit een andere gemeente',
  import: 'uit het vorige systeem (import lopende dossiers)',
};

/** Timeline source of a registration. */
export const eventSourceOf = (source: CaseSource): 'duo' | 'coa' | 'koers' => (source === 'duo' ? 'duo' : source === 'coa' ? 'coa' : 'koers');

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

export function registrationValues(input: RegistrationInput) {
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
  ctx: RegistrationContext,
  input: NewcomerInput,
  options: RegisterOptions = { onExisting: 'reject' },
): Promise<{ row: CaseRow; outcome: RegistrationOutcome }> {
  const today = todayIn(ctx.now);
  const duo = fromDuo(input);
  if (isSystem(ctx)) {
    // The DUO koppeling only registers what DUO notified, for the one gemeente its transaction is scoped to.
    if (!duo || ctx.system.gemeenteId !== input.gemeenteId) throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'Een systeemregistratie hoort bij een DUO-melding voor deze gemeente.' });
  } else if (!ctx.principal.gemeenten.some((g) => g.id === input.gemeenteId)) {
    throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'U werkt niet voor deze gemeente.' });
  }
  const identity = [...(input.bsn ? [eq(cases.bsn, input.bsn)] : []), ...(input.vNumber ? [eq(cases.vNumber, input.vNumber)] : [])];
  if (identity.length === 0) throw new AppError('VALIDATION_FAILED', { field: 'bsn', message: 'Vul een BSN of V-nummer in' });
  // The one duplicate check for every path: one case per person per gemeente.
  const [existing] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.gemeenteId, input.gemeenteId), or(...identity)))
    .for('update');

  if (duo) {
    const refresh = options.signals !== 'caller';
    if (!existing) return createCase(tx, ctx, input, duoValues(input), duoDutyColumns(input.duty, input.dutyStartOn, today), today, refresh);
    // DUO about a known person: a closed or suspended case is reopened; the DUO data itself is applied by the notification processor.
    if (existing.status === 'gesloten' || existing.status === 'opgeschort') return reopen(tx, ctx, existing, `DUO ${input.duty.eventCode}`, today, refresh);
    if (options.onExisting === 'reject') throw duplicate(input, existing);
    return { row: existing, outcome: 'unchanged' };
  }

  const values = registrationValues(input);
  if (existing) {
    if (options.onExisting === 'reject') throw duplicate(input, existing);
    const { next, changes } = planUpdate(existing, input, today);
    if (Object.keys(changes).length === 0) return { row: existing, outcome: 'unchanged' };
    const [after] = await tx
      .update(cases)
      .set({ ...next, version: existing.version + 1, updatedAt: ctx.now })
      .where(eq(cases.id, existing.id))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordBy(tx, ctx, {
      organisationId: organisationOf(ctx),
      gemeenteId: after.gemeenteId,
      entityType: 'case',
      entityId: after.id,
      action: 'update',
      changes,
      reason: `Bijgewerkt ${sourceLabel[input.source]}`,
    });
    await eventBy(tx, ctx, {
        caseId: after.id,
        gemeenteId: after.gemeenteId,
        kind: 'case.updated',
        summary: `Gegevens bijgewerkt ${sourceLabel[input.source]}.`,
        occurredOn: today,
        section: 'overzicht',
        source: eventSourceOf(input.source),
        data: { fields: Object.keys(changes) },
    });
    await logBy(tx, ctx, 'update', 'registerNewcomer', after.id, after.gemeenteId);
    if ('bsn' in changes) await duoContactAfterBsnChange(tx, { before: existing, after, actor: isSystem(ctx) ? null : ctx.principal, now: ctx.now });
    // An import may give a known person their BSN or V-nummer: DUO notifications about them are linked now (ADR 0051).
    if ('bsn' in changes || 'vNumber' in changes) await linkUnmatchedDuoNotifications(tx, ctx, after);
    await refreshSignals(tx, after.id, today);
    return { row: after, outcome: 'updated' };
  }

  return createCase(tx, ctx, input, values, dutyColumns(values, today), today);
}

/**
 * Bringing a known person's case up to date (COA import, caseload import): given values win, absent
 * ones keep what the case had; duty, target group and regime are assessed again. No changes: `{}`.
 */
export function planUpdate(existing: CaseRow, input: RegistrationInput, today: string): { next: Partial<CaseRow>; changes: ReturnType<typeof diff> } {
  const values = registrationValues(input);
  const keys = keysOf(values);
  const merged: CaseRow = { ...existing };
  for (const key of keys) {
    const given = propertyOf(input, key) !== undefined;
    if (given && values[key] !== null) copyKey<CaseRow, keyof typeof values>(merged, values, key);
  }
  const duty = dutyColumns(merged, today);
  const next: Partial<CaseRow> = { ...pickKeys(merged, keys), ...duty };
  return { next, changes: diff(historyFields(existing), historyFields({ ...existing, ...next })) };
}

function duplicate(input: NewcomerInput, existing: CaseRow): AppError {
  return new AppError('DUPLICATE_CASE', {
    field: input.bsn && existing.bsn === input.bsn ? 'bsn' : 'vNumber',
    message: 'Er bestaat al een dossier voor deze persoon in deze gemeente.',
    extra: { existingCaseId: existing.id },
  });
}

/** A new DUO case: identity from DUO, marked placeholders for what only the BRP knows. */
function duoValues(input: DuoRegistrationInput): ReturnType<typeof registrationValues> {
  return {
    ...registrationValues({
      gemeenteId: input.gemeenteId,
      source: input.source,
      givenNames: PLACEHOLDER_GIVEN_NAMES,
      familyName: PLACEHOLDER_FAMILY_NAME,
      birthDate: PLACEHOLDER_BIRTH_DATE,
      nationality: UNKNOWN_NATIONALITY,
      permit: input.duty.targetGroup === 'asiel' ? 'asiel' : 'regulier',
      ...(input.bsn ? { bsn: input.bsn } : {}),
      ...(input.vNumber ? { vNumber: input.vNumber } : {}),
    }),
    dutyStartOn: input.dutyStartOn,
    duoNoticeOn: input.duoNoticeOn,
  };
}

async function createCase(
  tx: Tx,
  ctx: RegistrationContext,
  input: NewcomerInput,
  values: ReturnType<typeof registrationValues>,
  duty: ReturnType<typeof dutyColumns> | ReturnType<typeof duoDutyColumns>,
  today: string,
  refresh = true,
): Promise<{ row: CaseRow; outcome: RegistrationOutcome }> {
  let caseManagerId: string | null = null;
  if (!isSystem(ctx)) {
    if (!fromDuo(input) && input.caseManagerId) {
      await assertCaseManager(tx, input.caseManagerId, input.gemeenteId);
      caseManagerId = input.caseManagerId;
    } else if (ctx.principal.role === 'trajectregisseur') {
      caseManagerId = ctx.principal.userId;
    }
  }
  const eventCode = fromDuo(input) ? input.duty.eventCode : null;
  const [row] = await tx
    .insert(cases)
    .values({
      ...values,
      ...duty,
      gemeenteId: input.gemeenteId,
      status: 'aangemeld',
      source: input.source,
      caseManagerId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await recordBy(tx, ctx, {
    organisationId: organisationOf(ctx),
    gemeenteId: row.gemeenteId,
    entityType: 'case',
    entityId: row.id,
    action: 'create',
    changes: diff(null, historyFields(row)),
    ...(eventCode ? { reason: `DUO ${eventCode}` } : {}),
  });
  const summary = row.dutyExplanation?.duty.summary ?? '';
  const how = eventCode ? `${sourceLabel[input.source]} (${eventCode})` : sourceLabel[input.source];
  const complete = eventCode ? ' Naam, geboortedatum en nationaliteit zijn nog onbekend: vul ze aan uit de BRP.' : '';
  await eventBy(tx, ctx, {
    caseId: row.id,
    gemeenteId: row.gemeenteId,
    kind: 'case.registered',
    summary: `Aangemeld ${how}${row.linkedOn ? ` (gekoppeld op ${formatDutchDate(row.linkedOn)})` : ''}. ${summary}${complete}`.trim(),
    occurredOn: today,
    section: 'overzicht',
    source: eventSourceOf(input.source),
    data: { source: input.source, obliged: row.obliged, targetGroup: row.targetGroup, regime: row.regime, ...(eventCode ? { eventCode } : {}) },
  });
  await logBy(tx, ctx, 'create', 'registerNewcomer', row.id, row.gemeenteId);
  // The case manager becomes the person's contactpersoon at DUO (Contactpersoon API).
  if (caseManagerId !== null) await ensureDuoContact(tx, { caseRow: row, caseManagerId, actor: isSystem(ctx) ? null : ctx.principal, now: ctx.now });
  // DUO notifications that arrived before the case existed are handed back to the inbox (ADR 0051).
  await linkUnmatchedDuoNotifications(tx, ctx, row);
  // The person moved here from a gemeente in this installation: both cases are linked (ADR 0103).
  if (row.bsn !== null) await linkMoves(tx, row.id, ctx.now);
  if (refresh) await refreshSignals(tx, row.id, today);
  return { row, outcome: 'created' };
}

/** Reopens a closed or suspended case because DUO notified a (new) duty (SS101, SS128, SS139, SS129, SS120, SS121). */
async function reopen(tx: Tx, ctx: RegistrationContext, existing: CaseRow, reason: string, today: string, refresh: boolean): Promise<{ row: CaseRow; outcome: RegistrationOutcome }> {
  const next = { status: 'aangemeld', closedOn: null, closedReason: null, closedReasonCode: null, statusBeforeClose: null };
  const changes = diff(historyFields(existing), historyFields({ ...existing, ...next }));
  const [after] = await tx
    .update(cases)
    .set({ ...next, version: existing.version + 1, updatedAt: ctx.now })
    .where(eq(cases.id, existing.id))
    .returning();
  if (!after) throw new AppError('INTERNAL');
  await recordBy(tx, ctx, { organisationId: organisationOf(ctx), gemeenteId: after.gemeenteId, entityType: 'case', entityId: after.id, action: 'update', changes, reason });
  await eventBy(tx, ctx, {
    caseId: after.id,
    gemeenteId: after.gemeenteId,
    kind: 'case.reopened',
    summary: `Dossier heropend na een melding van DUO (${reason.replace(/^DUO /, '')}); het was ${existing.status === 'opgeschort' ? 'opgeschort' : 'gesloten'}.`,
    occurredOn: today,
    section: 'overzicht',
    source: 'duo',
    data: { fields: Object.keys(changes), previousStatus: existing.status },
  });
  await logBy(tx, ctx, 'update', 'registerNewcomer', after.id, after.gemeenteId);
  if (refresh) await refreshSignals(tx, after.id, today);
  return { row: after, outcome: 'reopened' };
}
