/**
 * Registering many newcomers at once (the imports, ADR 0076): the same registration as
 * `registerNewcomer` — the same values, duty assessment, history, timeline entry, processing log,
 * DUO contactpersoon, late DUO links and werkvoorraad signals — but gathered per table and written
 * with one statement per table. `test/imports/bulk-equivalence.test.ts` proves a bulk-registered
 * case leaves exactly the rows the one-by-one path leaves.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { computeDuoSignals, computeSignals, defaultSettings, formatDutchDate, readGemeenteSettings, settingsForGemeente, type CaseSnapshot, type GemeenteSettings } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { duoInbox, gemeentenInScope, userGemeenten, users } from '../../db/schema.ts';
import { diff } from '../../audit/history.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { historyFields } from '../cases/case.view.ts';
import type { RegistrationInput } from '../cases/case-input.types.ts';
import type { UseCaseContext } from '../context.ts';
import { caseFacts, DEFAULT_INTAKE_SCENARIO } from '../../workqueue/snapshot.ts';
import { signalRows } from '../../workqueue/refresh-signals.ts';
import type { BatchWriter } from '../../imports/batch-writer.ts';
import { noDependents, sturingRow } from '../../sturing/facts-row.ts';
import { checkDuoMessage, waitingSummary } from '../duo/queue-duo-message.ts';
import { gegevensFor, lockedContactpersoon, registerContactpersoon, type ContactpersoonRow, type Contactpersoongegevens } from '../duo/contactpersoon.ts';
import { dutyColumns } from './duty.ts';
import { eventSourceOf, registrationValues, sourceLabel } from './register-newcomer.ts';
import { linkUnmatchedDuoNotifications } from './link-duo-notifications.ts';
import { isUnknownArray } from '../../util/guards.ts';

/** A new case row exactly as the database returns it after the insert (defaults included). */
export function newCaseRow(input: RegistrationInput, caseManagerId: string | null, now: Date, today: string, extra: Partial<CaseRow> = {}): CaseRow {
  const values = registrationValues(input);
  return {
    id: randomUUID(),
    gemeenteId: input.gemeenteId,
    // The database gives the number on insert (trigger koers_assign_case_number, ADR 0106).
    caseNumber: null,
    ...values,
    ...dutyColumns(values, today),
    status: 'aangemeld',
    source: input.source,
    caseManagerId,
    version: 1,
    elip: false,
    termStart: null,
    termEndExclusive: null,
    closedOn: null,
    closedReason: null,
    closedReasonCode: null,
    statusBeforeClose: null,
    retentionStage: null,
    createdAt: now,
    updatedAt: now,
    ...extra,
  };
}

/** The roles that can be case manager of a case (as `assertCaseManager`). */
const caseManagerRoles = ['trajectregisseur', 'teamleider'];

/** Active trajectregisseurs and teamleiders granted the gemeente, by lower-case e-mail address. */
export async function caseManagersByEmail(tx: Tx, gemeenteId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(userGemeenten, and(eq(userGemeenten.userId, users.id), eq(userGemeenten.gemeenteId, gemeenteId)))
    .where(and(eq(users.active, true), inArray(users.role, caseManagerRoles)));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

/**
 * The case manager of a new case, as `registerNewcomer` decides it: the one given (checked by the
 * caller), else the importing trajectregisseur, else none.
 */
export function defaultCaseManager(ctx: UseCaseContext, given: string | null | undefined): string | null {
  if (given) return given;
  return ctx.principal.role === 'trajectregisseur' ? ctx.principal.userId : null;
}

/**
 * Gathers the registration of new cases in `writer`: the case rows, their history and timeline
 * entries and processing log. `rows` come from `newCaseRow`. Call `completeRegistrations` after the
 * writer has been flushed (the DUO contactpersoon and late links refer to the stored cases).
 */
export function gatherRegistrations(ctx: UseCaseContext, writer: BatchWriter, rows: readonly { row: CaseRow; source: RegistrationInput['source']; reason?: string }[], today: string): void {
  for (const { row, source, reason } of rows) {
    writer.cases.push(row);
    writer.addHistory({ gemeenteId: row.gemeenteId, entityType: 'case', entityId: row.id, action: 'create', changes: diff(null, historyFields(row)), reason: reason ?? null });
    const summary = row.dutyExplanation?.duty.summary ?? '';
    writer.addEvent({
      caseId: row.id,
      gemeenteId: row.gemeenteId,
      kind: 'case.registered',
      summary: `Aangemeld ${sourceLabel[source]}${row.linkedOn ? ` (gekoppeld op ${formatDutchDate(row.linkedOn)})` : ''}. ${summary}`.trim(),
      occurredOn: today,
      section: 'overzicht',
      source: eventSourceOf(source),
      data: { source, obliged: row.obliged, targetGroup: row.targetGroup, regime: row.regime },
    });
    writer.addLog('create', 'registerNewcomer', 'case', row.id, row.id, row.gemeenteId);
  }
}

/**
 * What an import reads once and keeps between its batches (ADR 0077 addendum of 2026-12-07): the
 * gemeenten's settings and the case managers' contact details, as they were when it first needed
 * them. Forgotten when a batch fails, so the retry reads them again.
 */
export class ImportMemo {
  readonly settings = new Map<string, BatchGemeente>();
  readonly gegevens = new Map<string, { name: string; gegevens: Contactpersoongegevens | null }>();

  forget(): void {
    this.settings.clear();
    this.gegevens.clear();
  }
}

/** The case manager's DUO contact details (`gegevensFor`), once per import with a memo. */
async function gegevensOnce(tx: Tx, userId: string, gemeenteId: string, memo: ImportMemo | undefined): Promise<{ name: string; gegevens: Contactpersoongegevens | null }> {
  const key = `${gemeenteId}|${userId}`;
  const known = memo?.gegevens.get(key);
  if (known) return known;
  const resolved = await gegevensFor(tx, userId, gemeenteId);
  if (!resolved) throw new Error('case manager not found');
  memo?.gegevens.set(key, resolved);
  return resolved;
}

/**
 * Registers the cases gathered in `writer` (`gatherRegistrations`) and writes the writer: also what
 * `registerNewcomer` does after the insert — the DUO contactpersoon of the case manager
 * (`ensureDuoContact`) and the DUO notifications that waited for the case
 * (`linkUnmatchedDuoNotifications`). Everything is written with one flush, unless a contactpersoon
 * must be registered first (once per case manager and gemeente: its DUO message refers to a stored case).
 */
export async function completeRegistrations(tx: Tx, ctx: UseCaseContext, writer: BatchWriter, rows: readonly CaseRow[], memo?: ImportMemo): Promise<void> {
  const today = writer.today;
  const groups = new Map<string, CaseRow[]>();
  for (const row of rows) {
    if (row.caseManagerId === null) continue;
    const key = `${row.gemeenteId}|${row.caseManagerId}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const waiting = await waitingNotifications(tx, rows);
  for (const group of groups.values()) {
    const first = group[0]!;
    const userId = first.caseManagerId!;
    const resolved = await gegevensOnce(tx, userId, first.gemeenteId, memo);
    if (resolved.gegevens === null) {
      for (const row of group) {
        writer.addEvent({
          caseId: row.id,
          gemeenteId: row.gemeenteId,
          kind: 'duo.contactpersoon.geen-telefoon',
          summary: `DUO-contactpersoon kan niet worden gemeld: geen telefoonnummer. Vul het werktelefoonnummer van ${resolved.name} in, of het telefoonnummer van het team voor DUO bij de gemeente.`,
          occurredOn: today,
          section: 'duo',
          data: { userId },
        });
      }
      continue;
    }
    let cp = await lockedContactpersoon(tx, first.gemeenteId, userId);
    if (!cp || cp.status === 'verwijderd') {
      // Registering the contactpersoon queues a DUO message that refers to a stored case.
      await writer.flush(tx);
      cp = await registerContactpersoon(tx, cp, { gemeenteId: first.gemeenteId, userId, gegevens: resolved.gegevens, carrierCaseId: first.id, actor: ctx.principal, now: ctx.now });
    }
    await gatherContacts(ctx, writer, group, cp, userId);
  }
  await writer.flush(tx);
  for (const row of rows) if ((row.bsn && waiting.has(row.bsn)) || (row.vNumber && waiting.has(row.vNumber))) await linkUnmatchedDuoNotifications(tx, ctx, row);
}

/** The DUO contactpersoon rows of new cases: the link (or why not yet), its timeline entries and DUO message. */
async function gatherContacts(ctx: UseCaseContext, writer: BatchWriter, group: readonly CaseRow[], cp: ContactpersoonRow, userId: string): Promise<void> {
  const today = writer.today;
  for (const row of group) {
    const link = row.bsn !== null && cp.duoId !== null;
    writer.duoContacts.push({ caseId: row.id, gemeenteId: row.gemeenteId, contactpersoonId: cp.id, status: link ? 'aangeboden' : 'te-koppelen', createdAt: ctx.now, updatedAt: ctx.now });
    writer.addEvent({
      caseId: row.id,
      gemeenteId: row.gemeenteId,
      kind: 'duo.contactpersoon',
      summary: `DUO-contactpersoon wordt ${cp.naam} (${cp.email}, ${cp.telefoonnummer}).`,
      occurredOn: today,
      section: 'duo',
      data: { contactpersoonId: cp.id, userId },
    });
    if (row.bsn === null) {
      writer.addEvent({
        caseId: row.id,
        gemeenteId: row.gemeenteId,
        kind: 'duo.bericht.geen-bsn',
        summary: `De contactpersoon ${cp.naam} is nog niet aan DUO gekoppeld: het BSN is nog niet bekend. Koers koppelt zodra het BSN is ingevuld.`,
        occurredOn: today,
        section: 'duo',
        data: { operation: 'contactpersoon.link', contactpersoonId: cp.id },
      });
    } else if (link && cp.duoId !== null) {
      const payload = await checkDuoMessage({ operation: 'contactpersoon.link', payload: { bsn: row.bsn, id: cp.duoId }, precheck: { rule: 'none' } });
      const id = randomUUID();
      const berichtId = randomUUID();
      writer.outbox.push({ id, berichtId, gemeenteId: row.gemeenteId, caseId: row.id, operation: 'contactpersoon.link', payload, status: 'wachtend', nextAttemptAt: ctx.now, createdAt: ctx.now, createdBy: ctx.principal.userId });
      writer.addEvent({ caseId: row.id, gemeenteId: row.gemeenteId, kind: 'duo.bericht.wachtend', summary: waitingSummary('contactpersoon.link'), occurredOn: today, section: 'duo', data: { messageId: id, berichtId, operation: 'contactpersoon.link' } });
    }
  }
}

/** The BSNs and V-nummers of `rows` that DUO notifications without a case wait for: one query for the whole batch. */
async function waitingNotifications(tx: Tx, rows: readonly CaseRow[]): Promise<Set<string>> {
  const bsns = rows.flatMap((r) => (r.bsn ? [r.bsn] : []));
  const vNumbers = rows.flatMap((r) => (r.vNumber ? [r.vNumber] : []));
  const gemeenteIds = [...new Set(rows.map((r) => r.gemeenteId))];
  if (rows.length === 0 || (bsns.length === 0 && vNumbers.length === 0)) return new Set();
  const waiting = await tx
    .select({ bsn: duoInbox.bsn, vNumber: sql<string | null>`${duoInbox.payload} -> 'notificatie' ->> 'vNummer'` })
    .from(duoInbox)
    .where(
      and(
        inArray(duoInbox.gemeenteId, gemeenteIds),
        eq(duoInbox.status, 'geen-dossier'),
        or(bsns.length ? inArray(duoInbox.bsn, bsns) : undefined, vNumbers.length ? inArray(sql`${duoInbox.payload} -> 'notificatie' ->> 'vNummer'`, vNumbers) : undefined),
      ),
    );
  return new Set(waiting.flatMap((w) => [w.bsn, w.vNumber].filter((x): x is string => x !== null)));
}

/** A gemeente's code and parsed settings, as the signal rules need them. */
export interface BatchGemeente {
  code: string;
  settings: GemeenteSettings;
}

/** The settings of the gemeenten concerned, read once per batch (parsed by the one domain schema). */
export async function gemeenteSettings(tx: Tx, ids: readonly string[], memo?: ImportMemo): Promise<Map<string, BatchGemeente>> {
  const missing = ids.filter((id) => !memo?.settings.has(id));
  const rows = missing.length === 0 ? [] : await tx.select({ id: gemeentenInScope.id, code: gemeentenInScope.code, settings: gemeentenInScope.settings }).from(gemeentenInScope).where(inArray(gemeentenInScope.id, missing));
  const read = new Map(rows.map((r): [string, BatchGemeente] => [r.id, { code: r.code, settings: readGemeenteSettings(r.settings) }]));
  for (const [id, g] of read) memo?.settings.set(id, g);
  return new Map(ids.flatMap((id): [string, BatchGemeente][] => {
    const g = read.get(id) ?? memo?.settings.get(id);
    return g ? [[id, g]] : [];
  }));
}

/**
 * The werkvoorraad signals of a new case, computed by the same rules as `refreshSignals` from a
 * snapshot built in memory: a new case has no intake, invitations, toetsen or DUO messages yet;
 * its PIPs are the ones the import brings.
 */
export function newCaseSignals(writer: BatchWriter, row: CaseRow, gemeente: BatchGemeente | undefined, pips: CaseSnapshot['pips'] = []): void {
  const year = Number(writer.today.slice(0, 4));
  const settings = settingsForGemeente(defaultSettings, year, gemeente?.code ?? '', gemeente?.settings ?? readGemeenteSettings(undefined));
  const snapshot: CaseSnapshot = {
    ...caseFacts(row),
    intakeScenario: settings.intakeScenario ?? DEFAULT_INTAKE_SCENARIO,
    intake: null,
    invitations: [],
    toetsen: [],
    pips,
  };
  writer.signals.push(...signalRows(row, computeSignals(snapshot), computeDuoSignals({ events: [], messages: [], personalDataMissing: null })));
  const doneOn = (kind: string) => writer.results.find((r) => r.caseId === row.id && r.kind === kind)?.completedOn ?? null;
  writer.sturing.push(sturingRow(row, { ...noDependents, pvtDoneOn: doneOn('pvt'), mapDoneOn: doneOn('map'), pips: writer.pips.filter((p) => p.caseId === row.id).map((p) => ({ version: p.version, status: p.status ?? 'concept', issuedOn: p.issuedOn ?? null, route: p.route ?? null, level: p.level ?? null, a2Skills: isUnknownArray(p.a2Skills) ? p.a2Skills : [] })) }));
}
