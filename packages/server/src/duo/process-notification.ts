/**
 * Processing one stored DUO notification: fetch what the event points to (raadpleging, outside
 * any transaction), then in one transaction per gemeente store what DUO said (`case_duo_data`),
 * update the case (history for every field, a timeline entry naming the SS code, processing log,
 * werkvoorraad signals) and mark the inbox row. The mapping of every event is in
 * docs/duo-mapping.md ("Hoe de server het gebruikt").
 */
import { and, eq, or, type SQL } from 'drizzle-orm';
import {
  DuoRejectedError,
  doelgroepToTargetGroup,
  eventInfo,
  executeFetch,
  planFetches,
  type DuoEventInfo,
  type FetchBodies,
  type FetchOperationId,
  type Inburgeringsplicht,
  type Notificatie,
} from '@koers/duo';
import { duoEventOutcome, formatDutchDate, newDutyEffects, type DuoCasePatch, type DuoDutyFacts } from '@koers/domain';
import type { Db, Tx } from '../db/database.ts';
import { caseDuoData, cases, duoInbox } from '../db/schema.ts';
import { diff, recordChange, type FieldChanges } from '../audit/history.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import type { DuoClients } from './runtime.ts';
import { linkMoves } from '../use-cases/case-closing/link-moves.ts';
import { registerNewcomer } from '../use-cases/registration/register-newcomer.ts';
import { newTraceContext } from '../privacy/processing-log.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import { inGemeente, loadGemeente, logDuoProcessing, type GemeenteRef } from './system.ts';
import { DuoProcessingError } from './failure-reason.ts';
import { storeExamResults } from './exam-results.ts';
import { effectiveEndFor } from '../use-cases/einde/einde-support.ts';
import { recordLearnability } from './learnability-from-duo.ts';
import { inTurn, type Turn } from './turns.ts';

export type InboxRow = typeof duoInbox.$inferSelect;

export type InboxStatus = 'ontvangen' | 'verwerkt' | 'actie-nodig' | 'geen-dossier' | 'fout' | 'afgehandeld';

export interface ProcessDeps {
  db: Db;
  clients: DuoClients;
  secret: string;
  now: () => Date;
  /** On PGlite: each transaction waits for its turn, in a gap between requests (ADR 0059 addendum). */
  turn?: Turn;
}

/** What was fetched per operation; null = DUO knows nothing (404) or refused (403, see notes). */
type Fetched = { [O in FetchOperationId]?: FetchBodies[O] | null };

const resourceNames: Record<FetchOperationId, string> = {
  getInburgeringsplichtByBsn: 'inburgeringsplicht',
  getDoelgroepByBsn: 'doelgroep',
  getExamennummerByBsn: 'leerbaarheidstoets-examennummer',
  getLbtResultatenByBsn: 'leerbaarheidstoets-resultaten',
  getInburgeringstermijnByBsn: 'inburgeringstermijn',
  getVrijstellingenByBsn: 'vrijstellingen',
  getOntheffingenByBsn: 'ontheffingen',
  getPipByBsn: 'pip',
  getExamenresultatenByBsn: 'examenresultaten',
};

/** Whether an event may register the person (and so re-queue earlier notifications about them, ADR 0051). */
export function mayRegister(eventCode: string): boolean {
  const event = eventInfo(eventCode);
  return event !== undefined && newDutyEffects.has(event.effect);
}

export function notificatieOf(row: InboxRow): Notificatie {
  // receive.ts stores only a notification that passed DUO's spec; the jsonb column is not typed (yet).
  return (row.payload as { notificatie: Notificatie }).notificatie;
}

export async function findCaseFor(tx: Tx, gemeenteId: string, n: Pick<Notificatie, 'bsn' | 'vNummer'>, lock: boolean): Promise<CaseRow | undefined> {
  const identity: SQL[] = [];
  if (n.bsn !== undefined) identity.push(eq(cases.bsn, n.bsn));
  if (n.vNummer !== undefined) identity.push(eq(cases.vNumber, String(n.vNummer)));
  if (identity.length === 0) return undefined;
  const query = tx
    .select()
    .from(cases)
    .where(and(eq(cases.gemeenteId, gemeenteId), or(...identity)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

async function markInbox(tx: Tx, row: InboxRow, status: InboxStatus, at: Date, fields: { caseId?: string | null; lastError?: string | null } = {}): Promise<void> {
  await tx
    .update(duoInbox)
    .set({ status, processedAt: at, attempts: row.attempts + 1, lastError: fields.lastError ?? null, leaseToken: null, ...(fields.caseId !== undefined ? { caseId: fields.caseId } : {}) })
    .where(eq(duoInbox.id, row.id));
}

/** What became of a row; 'overgenomen': another process claimed it meanwhile (its lease ran out), nothing written. */
export type ProcessOutcome = InboxStatus | 'overgenomen';

/**
 * Process one claimed inbox row. Throws on a failure (DUO unreachable while fetching, an answer
 * outside DUO's spec, a database error): the caller records it and tries again later (or stops the
 * API, ADR 0055); nothing of the row's effect is written then.
 */
export async function processInboxRow(deps: ProcessDeps, row: InboxRow, known?: GemeenteRef): Promise<ProcessOutcome> {
  const at = deps.now();
  const gemeente = known ?? (await loadGemeente(deps.db, row.gemeenteId));
  if (!gemeente) throw new DuoProcessingError('de gemeente van de notificatie bestaat niet meer');
  const n = notificatieOf(row);
  const event = eventInfo(n.gebeurtenisId);

  const newDuty = event !== undefined && newDutyEffects.has(event.effect);
  // A new duty is fetched and applied anyway; for any other event, first: is there a case at all?
  const existing = newDuty ? undefined : await inTurn(deps, () => inGemeente(deps.db, gemeente, (tx) => findCaseFor(tx, gemeente.id, n, false)));
  if (!existing && !newDuty) {
    // Not lost: stored, marked, and listed for the case manager (GET /api/duo/notificaties).
    return inTurn(deps, () =>
      inGemeente(deps.db, gemeente, async (tx) => {
        if (!(await stillHeld(tx, row))) return 'overgenomen';
        await markInbox(tx, row, 'geen-dossier', at, { lastError: event ? 'Geen dossier voor deze persoon in Koers' : `Onbekende gebeurtenis ${n.gebeurtenisId} en geen dossier` });
        return 'geen-dossier';
      }),
    );
  }

  // Raadpleging: what the event points to. Done before the transaction (network), all or nothing.
  const fetched: Fetched = {};
  /** What was fetched per resource name (`case_duo_data.resource`), in the order of the plan. */
  const resources = new Map<string, unknown>();
  const notes: string[] = [];
  const plan = planFetches(n);
  if (plan.note) notes.push(plan.note);
  if (plan.fetches.length > 0) {
    if (!gemeente.oin) throw new DuoProcessingError(`gemeente ${gemeente.name} heeft geen OIN ingesteld`);
    const client = deps.clients.forGemeente(gemeente.oin);
    for (const step of plan.fetches) {
      try {
        const body = (await executeFetch(client, step)).body;
        // The client validated the body against DUO's spec for this operation; executeFetch returns it untyped.
        (fetched as Record<FetchOperationId, unknown>)[step.operation] = body;
        if (body !== null && body !== undefined) resources.set(resourceNames[step.operation], body);
      } catch (err) {
        if (err instanceof DuoRejectedError) {
          fetched[step.operation] = null;
          if (!err.notFound) notes.push(`${resourceNames[step.operation]}: DUO weigerde (${err.status}) ${err.fouten.join(' ')}`.trim());
          continue;
        }
        throw err;
      }
    }
  }

  return inTurn(deps, () =>
    inGemeente(deps.db, gemeente, async (tx) => {
      if (!(await stillHeld(tx, row))) return 'overgenomen';
      const c = await findCaseFor(tx, gemeente.id, n, true);
      if (!event) {
        if (!c) throw new DuoProcessingError('het dossier is tijdens de verwerking verdwenen');
        await addCaseEvent(tx, null, { caseId: c.id, gemeenteId: c.gemeenteId, kind: `duo.${n.gebeurtenisId}`, summary: `DUO ${n.gebeurtenisId}: onbekende gebeurtenis ontvangen; beoordeel handmatig.`, occurredOn: todayIn(at), section: 'duo', source: 'duo', data: { inboxId: row.id } }, at);
        await markInbox(tx, row, 'actie-nodig', at, { caseId: c.id });
        await logDuoProcessing(tx, deps.secret, gemeente, c.id, 'read', `duo.notificatie.${n.gebeurtenisId}`, at);
        await refreshSignals(tx, c.id, todayIn(at));
        return 'actie-nodig';
      }
      const caseId = await applyEvent(tx, { deps, gemeente, row, n, event, fetched, resources, notes, existing: c, at });
      const status: InboxStatus = event.signal ? 'actie-nodig' : 'verwerkt';
      await markInbox(tx, row, status, at, { caseId });
      await refreshSignals(tx, caseId, todayIn(at));
      return status;
    }),
  );
}

/** The row is still 'ontvangen' and still this claim's (locked until the transaction ends). */
async function stillHeld(tx: Tx, row: InboxRow): Promise<boolean> {
  const [r] = await tx.select({ status: duoInbox.status, leaseToken: duoInbox.leaseToken }).from(duoInbox).where(eq(duoInbox.id, row.id)).for('update');
  return r?.status === 'ontvangen' && r.leaseToken === row.leaseToken;
}

interface ApplyInput {
  deps: ProcessDeps;
  gemeente: GemeenteRef;
  row: InboxRow;
  n: Notificatie;
  event: DuoEventInfo;
  fetched: Fetched;
  resources: ReadonlyMap<string, unknown>;
  notes: string[];
  existing: CaseRow | undefined;
  at: Date;
}

type CasePatch = Partial<Pick<CaseRow, 'status' | 'obliged' | 'notObligedReason' | 'targetGroup' | 'dutyStartOn' | 'duoNoticeOn' | 'movedInOn' | 'termStart' | 'termEndExclusive' | 'closedOn' | 'closedReason'>>;

async function patchCase(tx: Tx, organisationId: string, c: CaseRow, patch: CasePatch, reason: string, at: Date): Promise<{ row: CaseRow; changes: FieldChanges }> {
  const before = Object.fromEntries(Object.entries(c).filter(([key]) => key in patch));
  const changes = diff(before, patch);
  if (Object.keys(changes).length === 0) return { row: c, changes };
  const [after] = await tx
    .update(cases)
    .set({ ...patch, version: c.version + 1, updatedAt: at })
    .where(eq(cases.id, c.id))
    .returning();
  if (!after) throw new Error('dossier niet bijgewerkt');
  await recordChange(tx, null, { organisationId, gemeenteId: c.gemeenteId, entityType: 'case', entityId: c.id, action: 'update', changes, reason }, at);
  return { row: after, changes };
}

/**
 * Store what DUO said per resource; what changed keeps its earlier value in the history (one
 * entry for the event, a field `duo.<resource>` per changed resource). New resources in one insert.
 */
async function storeDuoData(tx: Tx, input: ApplyInput, caseId: string, resources: ReadonlyMap<string, unknown>, stored: ReadonlyMap<string, unknown>): Promise<void> {
  const changes: FieldChanges = {};
  const inserts: Array<typeof caseDuoData.$inferInsert> = [];
  for (const [resource, data] of resources) {
    const known = stored.has(resource);
    const previous = known ? stored.get(resource) : null;
    if (known && JSON.stringify(previous) === JSON.stringify(data)) continue;
    changes[`duo.${resource}`] = { from: previous ?? null, to: data };
    if (known) await tx.update(caseDuoData).set({ data, fetchedAt: input.at, inboxId: input.row.id }).where(and(eq(caseDuoData.caseId, caseId), eq(caseDuoData.resource, resource)));
    else inserts.push({ caseId, gemeenteId: input.gemeente.id, resource, data, fetchedAt: input.at, inboxId: input.row.id });
  }
  if (inserts.length > 0) await tx.insert(caseDuoData).values(inserts);
  await recordChange(tx, null, { organisationId: input.gemeente.organisationId, gemeenteId: input.gemeente.id, entityType: 'case', entityId: caseId, action: 'update', changes, reason: reasonOf(input) }, input.at);
}

const reasonOf = (input: Pick<ApplyInput, 'event'>): string => `DUO ${input.event.code}: ${input.event.omschrijving}`;
const dateOf = (iso: string | undefined): string | null => (iso ? iso.slice(0, 10) : null);

const dutyFacts = (p: Inburgeringsplicht): DuoDutyFacts => ({
  obliged: p.indicatorInburgeringsplicht,
  startOn: p.begindatum ?? null,
  noticeOn: p.datumKennisgevingInburgeringsplicht ?? null,
  endOn: p.einddatum ?? null,
  changedOn: p.wijzigingsdatum ?? null,
  notObligedReason: p.redenGeenInburgeringsplicht ?? null,
});


/** Apply one event to the case; returns the case id (created when needed). */
async function applyEvent(tx: Tx, input: ApplyInput): Promise<string> {
  const { event, fetched, at, gemeente, n } = input;
  const today = todayIn(at);
  const reason = reasonOf(input);
  const lines: string[] = [];
  const plicht = fetched.getInburgeringsplichtByBsn;
  const doelgroep = fetched.getDoelgroepByBsn;
  const termijn = fetched.getInburgeringstermijnByBsn;
  const targetGroup = doelgroep?.indeling ? doelgroepToTargetGroup(doelgroep.indeling) : null;

  let c = input.existing;
  let created = false;
  if (newDutyEffects.has(event.effect)) {
    // A new duty goes through the one registration use case, as the DUO system actor in this
    // gemeente's transaction: it creates the case (same duplicate check as hand entry), reopens a
    // closed or suspended one, or leaves a known case to the patch below.
    const registered = await registerNewcomer(
      tx,
      { now: at, log: { trace: newTraceContext(), pseudonymKey: input.deps.secret }, system: { name: 'DUO', organisationId: gemeente.organisationId, gemeenteId: gemeente.id } },
      {
        source: event.effect === 'case-moved-in' ? 'verhuizing' : 'duo',
        gemeenteId: gemeente.id,
        ...(n.bsn !== undefined ? { bsn: n.bsn } : {}),
        ...(n.vNummer !== undefined ? { vNumber: String(n.vNummer) } : {}),
        duty: { obliged: plicht ? plicht.indicatorInburgeringsplicht : null, targetGroup, notObligedReason: plicht?.redenGeenInburgeringsplicht ?? null, eventCode: event.code },
        dutyStartOn: plicht?.begindatum ?? null,
        duoNoticeOn: plicht?.datumKennisgevingInburgeringsplicht ?? null,
      },
      // The signals are refreshed once, at the end of this transaction (processInboxRow).
      { onExisting: 'update', signals: 'caller' },
    );
    c = registered.row;
    created = registered.outcome === 'created';
    if (created) lines.push('Dossier aangemaakt op basis van de DUO-melding; vul naam, geboortedatum en nationaliteit aan uit de BRP.');
    if (registered.outcome === 'reopened') lines.push('Dossier heropend.');
  }
  if (!c) throw new DuoProcessingError('het dossier is tijdens de verwerking verdwenen');
  let kase: CaseRow = c;
  const caseId = kase.id;

  // What DUO said before, per resource (none for a case just created): one query for all of them.
  const stored = created ? new Map<string, unknown>() : new Map((await tx.select({ resource: caseDuoData.resource, data: caseDuoData.data }).from(caseDuoData).where(eq(caseDuoData.caseId, caseId))).map((r) => [r.resource, r.data]));
  await storeDuoData(tx, input, caseId, input.resources, stored);

  const apply = async (patch: DuoCasePatch): Promise<void> => {
    const r = await patchCase(tx, gemeente.organisationId, kase, patch, reason, at);
    kase = r.row;
    for (const [field, ch] of Object.entries(r.changes)) lines.push(`${fieldLabels[field] ?? field}: ${show(ch.from)} → ${show(ch.to)}`);
  };

  // SS120/SS121 for a case that existed already: link it to the old gemeente's case (ADR 0103); a new one was linked when it was created.
  if (event.effect === 'case-moved-in' && !created && (await linkMoves(tx, caseId, at)) > 0) lines.push('Gekoppeld aan het dossier van de vorige gemeente (verhuisd).');
  const outcome = duoEventOutcome(
    {
      effect: event.effect,
      code: event.code,
      omschrijving: event.omschrijving,
      duty: plicht ? dutyFacts(plicht) : null,
      targetGroup,
      term: termijn ? { start: termijn.startdatum, endExclusive: termijn.einddatum, extensionReason: termijn.verlengingsgrondomschrijving ?? null } : null,
      // An extension granted in Koers that DUO has not reported yet stays in force (ADR 0129).
      effectiveTermEnd: termijn && (event.effect === 'start-term' || event.effect === 'update-term') ? await effectiveEndFor(tx, caseId, termijn.einddatum) : null,
      registeredOn: dateOf(n.registratieDatumTijd),
      today,
    },
    { movedInOn: kase.movedInOn, termEndExclusive: kase.termEndExclusive },
  );
  switch (outcome.kind) {
    case 'patch':
      await apply(outcome.patch);
      lines.push(...outcome.notes);
      break;
    case 'record-learnability-test':
      await recordLearnability(tx, { at, gemeente, eventCode: event.code, fetched, reason }, kase, lines);
      break;
    case 'record-exam-results': {
      const results = fetched.getExamenresultatenByBsn ?? [];
      const stored = await storeExamResults(tx, { gemeente, caseId, inboxId: input.row.id, reason, at }, results);
      lines.push(...(results.length === 0 ? ['DUO gaf geen examenresultaten terug.'] : stored.length === 0 ? ['Geen nieuwe examenresultaten; alles was al bekend.'] : stored));
      break;
    }
    case 'note-only':
      lines.push(event.betekenis);
      break;
    default:
      outcome satisfies never;
  }
  if (newDutyEffects.has(event.effect) && fetched.getPipByBsn) lines.push('Het PIP van de vorige gemeente is opgehaald (zie DUO-gegevens).');
  for (const note of input.notes) lines.push(note);

  await addCaseEvent(
    tx,
    null,
    {
      caseId,
      gemeenteId: gemeente.id,
      kind: `duo.${event.code}`,
      summary: `DUO ${event.code}: ${event.omschrijving}${lines.length > 0 ? ` — ${lines.join(' ')}` : ''}`.slice(0, 2000),
      occurredOn: dateOf(n.registratieDatumTijd) ?? today,
      section: 'duo',
      source: 'duo',
      data: { inboxId: input.row.id, berichtId: input.row.berichtId, eventCode: event.code, categorie: event.categorie, needsAction: event.signal },
    },
    at,
  );
  await logDuoProcessing(tx, input.deps.secret, gemeente, caseId, created ? 'create' : 'update', `duo.notificatie.${event.code}`, at);
  return caseId;
}

const fieldLabels: Record<string, string> = {
  status: 'Status',
  obliged: 'Inburgeringsplichtig',
  notObligedReason: 'Reden geen plicht',
  targetGroup: 'Doelgroep',
  dutyStartOn: 'Start inburgeringsplicht',
  duoNoticeOn: 'Kennisgeving DUO',
  movedInOn: 'Gevestigd',
  termStart: 'Start termijn',
  termEndExclusive: 'Einde termijn',
  closedOn: 'Afgesloten op',
  closedReason: 'Reden afsluiting',
};

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDutchDate(v) : v;
  return JSON.stringify(v);
}
