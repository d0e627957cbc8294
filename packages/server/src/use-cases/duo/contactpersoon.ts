/**
 * DUO's contactpersoon of an inburgeraar (Contactpersoon API): the case's trajectregisseur. DUO
 * knows a contactpersoon per gemeente by an integer id it assigns on createContactpersoon, and links
 * it to a person by BSN. So this is a two-step flow:
 *
 *   case manager set  → duo_contactpersonen (gemeente, user) found or created; if new:
 *                       'contactpersoon.register' queued (status 'aan-te-melden')
 *                     → case_duo_contacts for the case: 'te-koppelen'; when DUO's id is known and
 *                       the case has a BSN: 'contactpersoon.link' queued now ('aangeboden')
 *   register confirmed→ the worker stores DUO's id ('aangemeld') and queues the pending links
 *                       (src/duo/contactpersoon-followup.ts)
 *   link confirmed    → 'gekoppeld'
 *
 * Another case manager: the old contactpersoon is unlinked ('contactpersoon.unlink') and the new
 * one linked. A changed name, e-mail or telefoonnummer of an 'aangemeld' contactpersoon:
 * 'contactpersoon.change'. A contactpersoon nobody uses any more — its user was blocked or lost the
 * gemeente, and no case links it — is removed at DUO ('contactpersoon.delete', status 'verwijderd');
 * a new case for that user later registers it again. DUO needs a telefoonnummer: the user's work
 * phone, else the gemeente's team number (gemeenten.settings.duoContactTelefoon); with neither
 * nothing is sent and the case file says so. Everything runs in the caller's transaction.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { duoTelefoonnummerSchema, readGemeenteSettings } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseDuoContacts, cases, duoContactpersonen, duoOutbox, gemeentenInScope, userGemeenten, users } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import { queueDuoMessage } from './queue-duo-message.ts';
import type { DuoContactState, DuoContactView } from './duo.view.ts';

export interface Contactpersoongegevens {
  naam: string;
  email: string;
  telefoonnummer: string;
}

export type ContactpersoonRow = typeof duoContactpersonen.$inferSelect;
type CaseContactRow = typeof caseDuoContacts.$inferSelect;

/** The gemeente's team number for DUO, or null when not set (or not valid). */
export function readDuoContactTelefoon(settings: unknown): string | null {
  return readGemeenteSettings(settings).duoContactTelefoon ?? null;
}

const validPhone = (phone: string | null): string | null => {
  if (phone === null) return null;
  const parsed = duoTelefoonnummerSchema.safeParse(phone);
  return parsed.success ? parsed.data : null;
};

/** What DUO gets for this user in this gemeente; null when there is no telefoonnummer. */
export async function gegevensFor(tx: Tx, userId: string, gemeenteId: string): Promise<{ name: string; gegevens: Contactpersoongegevens | null } | null> {
  const [user] = await tx.select({ name: users.name, email: users.email, phone: users.phone }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [gemeente] = await tx.select({ settings: gemeentenInScope.settings }).from(gemeentenInScope).where(eq(gemeentenInScope.id, gemeenteId));
  const telefoonnummer = validPhone(user.phone) ?? readDuoContactTelefoon(gemeente?.settings);
  // DUO: naam at most 100 characters, e-mail 4–241.
  return { name: user.name, gegevens: telefoonnummer === null ? null : { naam: user.name.slice(0, 100), email: user.email, telefoonnummer } };
}

const sameGegevens = (row: Pick<ContactpersoonRow, 'naam' | 'email' | 'telefoonnummer'>, g: Contactpersoongegevens): boolean =>
  row.naam === g.naam && row.email === g.email && row.telefoonnummer === g.telefoonnummer;

export const storedGegevens = (row: Pick<ContactpersoonRow, 'naam' | 'email' | 'telefoonnummer'>): Contactpersoongegevens => ({ naam: row.naam, email: row.email, telefoonnummer: row.telefoonnummer });

async function currentContact(tx: Tx, caseId: string): Promise<{ link: CaseContactRow; cp: ContactpersoonRow } | undefined> {
  const [row] = await tx
    .select({ link: caseDuoContacts, cp: duoContactpersonen })
    .from(caseDuoContacts)
    .innerJoin(duoContactpersonen, eq(duoContactpersonen.id, caseDuoContacts.contactpersoonId))
    .where(eq(caseDuoContacts.caseId, caseId));
  return row;
}

interface Step {
  caseRow: Pick<CaseRow, 'id' | 'gemeenteId' | 'bsn'>;
  actor: Principal | null;
  now: Date;
}


/** Queue the link when DUO's id and the BSN are known; otherwise leave it 'te-koppelen'. */
async function linkIfPossible(tx: Tx, step: Step, cp: ContactpersoonRow): Promise<void> {
  const { caseRow, actor, now } = step;
  if (caseRow.bsn === null) {
    await addCaseEvent(
      tx,
      actor,
      {
        caseId: caseRow.id,
        gemeenteId: caseRow.gemeenteId,
        kind: 'duo.bericht.geen-bsn',
        summary: `De contactpersoon ${cp.naam} is nog niet aan DUO gekoppeld: het BSN is nog niet bekend. Koers koppelt zodra het BSN is ingevuld.`,
        occurredOn: todayIn(now),
        section: 'duo',
        data: { operation: 'contactpersoon.link', contactpersoonId: cp.id },
      },
      now,
    );
    return;
  }
  if (cp.duoId === null) return; // the follow-up of 'contactpersoon.register' links it
  const link = await queueDuoMessage(tx, { gemeenteId: caseRow.gemeenteId, caseId: caseRow.id, operation: 'contactpersoon.link', payload: { bsn: caseRow.bsn, id: cp.duoId }, precheck: { rule: 'none' }, actor, now });
  // The link's own outbox row confirms it (ADR 0057).
  await tx.update(caseDuoContacts).set({ status: 'aangeboden', linkMessageId: link.id, updatedAt: now }).where(eq(caseDuoContacts.caseId, caseRow.id));
}

/**
 * Unlink what DUO has (or is about to get) for this case and forget the case's contactpersoon.
 * Queued before the link that follows it: the outbox sends a case's meldingen in the order they
 * were made (ADR 0052), and DUO refuses to unlink a BSN that is by then linked to someone else.
 */
async function dropContact(tx: Tx, step: Step, current: { link: CaseContactRow; cp: ContactpersoonRow }, bsn: string | null): Promise<void> {
  if (current.link.status !== 'te-koppelen' && bsn !== null && current.cp.duoId !== null) {
    await queueDuoMessage(tx, { gemeenteId: step.caseRow.gemeenteId, caseId: step.caseRow.id, operation: 'contactpersoon.unlink', payload: { bsn, id: current.cp.duoId }, precheck: { rule: 'none' }, actor: step.actor, now: step.now });
  }
  await tx.delete(caseDuoContacts).where(eq(caseDuoContacts.caseId, step.caseRow.id));
  await retireIfUnused(tx, current.cp, step.caseRow.id, step.actor, step.now);
}

/** The case that was last linked to this contactpersoon at DUO (it carries the removal in its DUO section). */
async function lastLinkedCase(tx: Tx, cp: ContactpersoonRow): Promise<string | null> {
  const [row] = await tx
    .select({ caseId: duoOutbox.caseId })
    .from(duoOutbox)
    .where(and(eq(duoOutbox.gemeenteId, cp.gemeenteId), eq(duoOutbox.operation, 'contactpersoon.link'), sql`(${duoOutbox.payload}->>'id')::int = ${cp.duoId}`))
    .orderBy(desc(duoOutbox.createdAt))
    .limit(1);
  return row?.caseId ?? null;
}

/**
 * Removes the contactpersoon at DUO when nobody uses it any more: its user is blocked or no longer
 * works for the gemeente, and no case links it. Only once DUO knows it ('aangemeld'); one still
 * being registered is checked again by the register's follow-up.
 */
export async function retireIfUnused(tx: Tx, cp: ContactpersoonRow, carrierCaseId: string | null, actor: Principal | null, now: Date): Promise<void> {
  if (cp.status !== 'aangemeld' || cp.duoId === null) return;
  const [user] = await tx.select({ active: users.active }).from(users).where(eq(users.id, cp.userId));
  const [grant] = await tx
    .select({ userId: userGemeenten.userId })
    .from(userGemeenten)
    .where(and(eq(userGemeenten.userId, cp.userId), eq(userGemeenten.gemeenteId, cp.gemeenteId)));
  if (user?.active && grant) return;
  const [linked] = await tx.select({ caseId: caseDuoContacts.caseId }).from(caseDuoContacts).where(eq(caseDuoContacts.contactpersoonId, cp.id)).limit(1);
  if (linked) return;
  const caseId = carrierCaseId ?? (await lastLinkedCase(tx, cp));
  await queueDuoMessage(tx, { gemeenteId: cp.gemeenteId, caseId, operation: 'contactpersoon.delete', payload: { id: cp.duoId }, precheck: { rule: 'none' }, actor, now });
  await tx.update(duoContactpersonen).set({ status: 'verwijderd', updatedAt: now }).where(eq(duoContactpersonen.id, cp.id));
}

/** A user was blocked or lost gemeenten: their contactpersonen that no case links any more are removed at DUO. */
export async function retireDuoContactpersonen(tx: Tx, userId: string, actor: Principal | null, now: Date): Promise<void> {
  const rows = await tx.select().from(duoContactpersonen).where(eq(duoContactpersonen.userId, userId)).orderBy(asc(duoContactpersonen.createdAt)).for('update');
  for (const cp of rows) await retireIfUnused(tx, cp, null, actor, now);
}

export interface EnsureDuoContactInput {
  caseRow: Pick<CaseRow, 'id' | 'gemeenteId' | 'bsn'>;
  /** The case's (new) case manager; null: none any more. */
  caseManagerId: string | null;
  actor: Principal | null;
  now: Date;
}

/** Makes DUO's contactpersoon of the case follow its case manager (call whenever cases.case_manager_id is set). */
export async function ensureDuoContact(tx: Tx, input: EnsureDuoContactInput): Promise<void> {
  const { caseRow, caseManagerId, actor, now } = input;
  const step: Step = { caseRow, actor, now };
  const current = await currentContact(tx, caseRow.id);
  if (caseManagerId === null) {
    if (current) await dropContact(tx, step, current, caseRow.bsn);
    return;
  }
  if (current && current.cp.userId === caseManagerId) {
    if (current.link.status === 'te-koppelen') await linkIfPossible(tx, step, current.cp);
    return;
  }
  const resolved = await gegevensFor(tx, caseManagerId, caseRow.gemeenteId);
  if (!resolved) throw new AppError('INTERNAL');
  if (current) await dropContact(tx, step, current, caseRow.bsn);
  const event = (kind: string, summary: string, data: Record<string, unknown>) =>
    addCaseEvent(tx, actor, { caseId: caseRow.id, gemeenteId: caseRow.gemeenteId, kind, summary, occurredOn: todayIn(now), section: 'duo', data }, now);
  if (resolved.gegevens === null) {
    await event('duo.contactpersoon.geen-telefoon', `DUO-contactpersoon kan niet worden gemeld: geen telefoonnummer. Vul het werktelefoonnummer van ${resolved.name} in, of het telefoonnummer van het team voor DUO bij de gemeente.`, { userId: caseManagerId });
    return;
  }
  const cp = await findOrRegisterContactpersoon(tx, { gemeenteId: caseRow.gemeenteId, userId: caseManagerId, gegevens: resolved.gegevens, carrierCaseId: caseRow.id, actor, now });
  await tx.insert(caseDuoContacts).values({ caseId: caseRow.id, gemeenteId: caseRow.gemeenteId, contactpersoonId: cp.id, status: 'te-koppelen', createdAt: now, updatedAt: now });
  await event('duo.contactpersoon', `DUO-contactpersoon wordt ${cp.naam} (${cp.email}, ${cp.telefoonnummer}).`, { contactpersoonId: cp.id, userId: caseManagerId });
  await linkIfPossible(tx, step, cp);
}

type RegistrationInput = { gemeenteId: string; userId: string; gegevens: Contactpersoongegevens; carrierCaseId: string; actor: Principal | null; now: Date };

/**
 * The gemeente's contactpersoon for this user: found, or created and registered at DUO
 * ('contactpersoon.register', carried by `carrierCaseId`). A removed one is registered anew.
 */
export async function findOrRegisterContactpersoon(tx: Tx, input: RegistrationInput): Promise<ContactpersoonRow> {
  const cp = await lockedContactpersoon(tx, input.gemeenteId, input.userId);
  return cp && cp.status !== 'verwijderd' ? cp : registerContactpersoon(tx, cp, input);
}

/** The gemeente's contactpersoon for this user as stored (removed ones too), locked for the transaction. */
export async function lockedContactpersoon(tx: Tx, gemeenteId: string, userId: string): Promise<ContactpersoonRow | undefined> {
  const [cp] = await tx
    .select()
    .from(duoContactpersonen)
    .where(and(eq(duoContactpersonen.gemeenteId, gemeenteId), eq(duoContactpersonen.userId, userId)))
    .for('update');
  return cp;
}

/** Creates the contactpersoon, or renews a removed one (`existing`), and queues its registration at DUO. */
export async function registerContactpersoon(tx: Tx, existing: ContactpersoonRow | undefined, input: RegistrationInput): Promise<ContactpersoonRow> {
  const { gemeenteId, userId, gegevens, actor, now } = input;
  // New, or removed at DUO earlier (the user left and came back): DUO gives a new id.
  const [cp] = existing
    ? await tx.update(duoContactpersonen).set({ ...gegevens, duoId: null, status: 'aan-te-melden', updatedAt: now }).where(eq(duoContactpersonen.id, existing.id)).returning()
    : await tx
        .insert(duoContactpersonen)
        .values({ gemeenteId, userId, ...gegevens, status: 'aan-te-melden', createdAt: now, updatedAt: now })
        .returning();
  if (!cp) throw new AppError('INTERNAL');
  await queueDuoMessage(tx, { gemeenteId, caseId: input.carrierCaseId, operation: 'contactpersoon.register', payload: { contactpersoonId: cp.id, gegevens: { ...gegevens } }, precheck: { rule: 'none' }, actor, now });
  return cp;
}

/** The BSN of a case was filled in or corrected: link (again) under the new BSN. */
export async function duoContactAfterBsnChange(tx: Tx, input: { before: Pick<CaseRow, 'bsn'>; after: Pick<CaseRow, 'id' | 'gemeenteId' | 'bsn'>; actor: Principal | null; now: Date }): Promise<void> {
  if (input.before.bsn === input.after.bsn) return;
  const current = await currentContact(tx, input.after.id);
  if (!current) return;
  const step: Step = { caseRow: input.after, actor: input.actor, now: input.now };
  if (current.link.status !== 'te-koppelen') {
    if (input.before.bsn !== null && current.cp.duoId !== null) {
      await queueDuoMessage(tx, { gemeenteId: input.after.gemeenteId, caseId: input.after.id, operation: 'contactpersoon.unlink', payload: { bsn: input.before.bsn, id: current.cp.duoId }, precheck: { rule: 'none' }, actor: input.actor, now: input.now });
    }
    await tx.update(caseDuoContacts).set({ status: 'te-koppelen', linkMessageId: null, updatedAt: input.now }).where(eq(caseDuoContacts.caseId, input.after.id));
  }
  await linkIfPossible(tx, step, current.cp);
}

/** The case that carries a per-person melding in its DUO section: the most recently linked one. */
async function carrierCase(tx: Tx, contactpersoonId: string): Promise<string | null> {
  const [row] = await tx.select({ caseId: caseDuoContacts.caseId }).from(caseDuoContacts).where(eq(caseDuoContacts.contactpersoonId, contactpersoonId)).orderBy(desc(caseDuoContacts.updatedAt)).limit(1);
  return row?.caseId ?? null;
}

/**
 * A user's name or phone, or a gemeente's team number, changed: every contactpersoon concerned
 * gets its new gegevens ('contactpersoon.change' when DUO already has it), and open cases of
 * theirs that could not be reported for lack of a telefoonnummer are reported now.
 */
export async function syncDuoContactpersonen(tx: Tx, filter: { userId: string } | { gemeenteId: string }, actor: Principal | null, now: Date): Promise<void> {
  const rows = await tx
    .select()
    .from(duoContactpersonen)
    .where('userId' in filter ? eq(duoContactpersonen.userId, filter.userId) : eq(duoContactpersonen.gemeenteId, filter.gemeenteId))
    .orderBy(asc(duoContactpersonen.createdAt))
    .for('update');
  for (const cp of rows) {
    const resolved = await gegevensFor(tx, cp.userId, cp.gemeenteId);
    if (!resolved?.gegevens || sameGegevens(cp, resolved.gegevens)) continue;
    await tx.update(duoContactpersonen).set({ ...resolved.gegevens, updatedAt: now }).where(eq(duoContactpersonen.id, cp.id));
    // Not yet 'aangemeld': the follow-up of the register sends the new gegevens once DUO's id is known.
    if (cp.status === 'aangemeld' && cp.duoId !== null) {
      await queueDuoMessage(tx, { gemeenteId: cp.gemeenteId, caseId: await carrierCase(tx, cp.id), operation: 'contactpersoon.change', payload: { id: cp.duoId, gegevens: { ...resolved.gegevens } }, precheck: { rule: 'none' }, actor, now });
    }
  }
  // Catch up: open cases with a case manager but no DUO contactpersoon yet.
  const pending = await tx
    .select({ id: cases.id, gemeenteId: cases.gemeenteId, bsn: cases.bsn, caseManagerId: cases.caseManagerId })
    .from(cases)
    .leftJoin(caseDuoContacts, eq(caseDuoContacts.caseId, cases.id))
    .where(and(isNull(caseDuoContacts.caseId), isNull(cases.closedOn), 'userId' in filter ? eq(cases.caseManagerId, filter.userId) : eq(cases.gemeenteId, filter.gemeenteId)))
    .orderBy(asc(cases.createdAt));
  const reportable = new Map<string, boolean>();
  for (const c of pending) {
    if (c.caseManagerId === null) continue;
    const key = `${c.caseManagerId}|${c.gemeenteId}`;
    if (!reportable.has(key)) reportable.set(key, (await gegevensFor(tx, c.caseManagerId, c.gemeenteId))?.gegevens != null);
    if (reportable.get(key)) await ensureDuoContact(tx, { caseRow: c, caseManagerId: c.caseManagerId, actor, now });
  }
}

/** The case's DUO contactpersoon for the case file. */
export async function duoContactOfCase(tx: Tx, caseRow: Pick<CaseRow, 'id' | 'gemeenteId' | 'bsn' | 'caseManagerId'>): Promise<DuoContactView> {
  const current = await currentContact(tx, caseRow.id);
  const bsnMissing = caseRow.bsn === null;
  if (current) {
    const state: DuoContactState = current.cp.status === 'aan-te-melden' ? 'aan-te-melden' : current.link.status === 'gekoppeld' ? 'gekoppeld' : current.link.status === 'aangeboden' ? 'aangeboden' : 'te-koppelen';
    return { state, ...storedGegevens(current.cp), duoId: current.cp.duoId, bsnMissing };
  }
  const empty = { naam: null, email: null, telefoonnummer: null, duoId: null, bsnMissing };
  if (caseRow.caseManagerId === null) return { state: 'geen-regisseur', ...empty };
  const resolved = await gegevensFor(tx, caseRow.caseManagerId, caseRow.gemeenteId);
  if (!resolved?.gegevens) return { state: 'geen-telefoon', ...empty, naam: resolved?.name ?? null };
  return { state: 'niet-gemeld', ...resolved.gegevens, duoId: null, bsnMissing };
}

/** The cases of a contactpersoon that wait for DUO's id and have a BSN. */
export async function pendingLinks(tx: Tx, contactpersoonId: string): Promise<Array<{ id: string; gemeenteId: string; bsn: string | null }>> {
  return tx
    .select({ id: cases.id, gemeenteId: cases.gemeenteId, bsn: cases.bsn })
    .from(caseDuoContacts)
    .innerJoin(cases, eq(cases.id, caseDuoContacts.caseId))
    .where(and(eq(caseDuoContacts.contactpersoonId, contactpersoonId), inArray(caseDuoContacts.status, ['te-koppelen'])))
    .orderBy(asc(caseDuoContacts.createdAt));
}

export { linkIfPossible as queueDuoLinkIfPossible };
