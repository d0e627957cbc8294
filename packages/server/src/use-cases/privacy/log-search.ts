// Searching the processing log as the privacy officer does: by person (BSN or V-number → the
// case(s) → their pseudonymised data subject ids) or by user (name or e-mail → the actor), over a
// period of Dutch calendar days. Every search is itself a processing of personal data and is
// logged (activity "Toezicht op de verwerking van persoonsgegevens"). ADR 0098.
import { and, desc, eq, gte, ilike, inArray, lt, or, type SQL } from 'drizzle-orm';
import { checkBsn, checkVNumber, isRole } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { cases, processingLog, users } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import { daysBefore, nextDay, startOfDayInAmsterdam } from '../../privacy/period.ts';
import { logProcessing, pseudonymise, type ProcessingAction, type ProcessingEntry } from '../../privacy/processing-log.ts';
import { actionLabels, activityOf, labelOf, resourceLabels, statusLabels, subjectTypeLabels } from '../../privacy/log-labels.ts';
import { roleLabels } from '../users/role-labels.ts';
import type { UseCaseContext } from '../context.ts';
import { isKeyOf } from '../../util/guards.ts';
import type { FoundCase, FoundUser, LogEntryView } from './privacy.view.ts';

export interface LogSearchInput {
  bsn?: string | undefined;
  vNummer?: string | undefined;
  gebruiker?: string | undefined;
  /** First day (YYYY-MM-DD, Dutch time); default a year before `tot`. */
  van?: string | undefined;
  /** Last day, inclusive; default today. */
  tot?: string | undefined;
}

export type LogSearchCriteria =
  | { kind: 'bsn'; bsn: string; van: string; tot: string }
  | { kind: 'vNummer'; vNummer: string; van: string; tot: string }
  | { kind: 'gebruiker'; term: string; van: string; tot: string };

export const DEFAULT_PERIOD_DAYS = 365;
/** How many users a name or e-mail search may match before it must be narrowed. */
export const MAX_MATCHED_USERS = 20;

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', { field, message, details: [{ field, message }] });

/** Checks the search: one of BSN, V-number or user; a BSN that passes the elfproef; a period that runs forward. */
export function criteriaOf(input: LogSearchInput, now: Date): LogSearchCriteria {
  const bsn = input.bsn?.trim() ?? '';
  const vNummer = input.vNummer?.trim() ?? '';
  const term = input.gebruiker?.trim() ?? '';
  const given = [bsn, vNummer, term].filter((v) => v !== '').length;
  if (given === 0) throw invalid('bsn', 'Zoeken op: vul een BSN, een V-nummer of de naam of het e-mailadres van een medewerker in.');
  if (given > 1) throw invalid(bsn !== '' ? 'bsn' : 'vNummer', 'Zoeken op: vul één van BSN, V-nummer of medewerker in, niet meer.');
  const tot = input.tot ?? todayIn(now);
  const van = input.van ?? daysBefore(tot, DEFAULT_PERIOD_DAYS);
  if (tot < van) throw invalid('tot', 'Tot en met: deze datum ligt vóór de datum bij Van; kies een einddatum op of na de begindatum.');
  if (bsn !== '') {
    const check = checkBsn(bsn);
    if (!check.valid) throw invalid('bsn', `BSN: ${check.message}`);
    return { kind: 'bsn', bsn, van, tot };
  }
  if (vNummer !== '') {
    const check = checkVNumber(vNummer);
    if (!check.valid) throw invalid('vNummer', `V-nummer: ${check.message}`);
    return { kind: 'vNummer', vNummer, van, tot };
  }
  if (term.length < 2) throw invalid('gebruiker', 'Medewerker: vul minstens 2 tekens van de naam of het e-mailadres in.');
  return { kind: 'gebruiker', term, van, tot };
}

/** Who the search is about, resolved in scope; what the search read is logged against them. */
export interface SearchTarget {
  criteria: LogSearchCriteria;
  cases: FoundCase[];
  users: FoundUser[];
  /** The log's condition: the subjects' pseudonyms, or the actors. Null: nobody found. */
  condition: SQL | null;
  /** The read of the log, one entry per data subject searched. */
  readEntries: (operationName: string) => ProcessingEntry[];
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function resolveTarget(tx: Tx, ctx: UseCaseContext, criteria: LogSearchCriteria): Promise<SearchTarget> {
  const gemeenteName = (id: string | null) => ctx.principal.gemeenten.find((g) => g.id === id)?.name ?? null;
  const readEntry = (operationName: string, subject: ProcessingEntry['subject'], gemeenteId: string | null): ProcessingEntry => ({
    activity: 'toezichtGegevensbescherming',
    action: 'read',
    operationName,
    resourceType: 'processing_log',
    resourceId: null,
    subject,
    gemeenteId,
    startTime: ctx.now,
    endTime: new Date(Math.max(Date.now(), ctx.now.getTime())),
  });

  if (criteria.kind === 'gebruiker') {
    const term = `%${escapeLike(criteria.term)}%`;
    const found = await tx
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
      .from(users)
      .where(and(eq(users.organisationId, ctx.principal.organisation.id), or(ilike(users.name, term), ilike(users.email, term))))
      .orderBy(users.name)
      .limit(MAX_MATCHED_USERS + 1);
    if (found.length > MAX_MATCHED_USERS) {
      throw invalid('gebruiker', `Medewerker: meer dan ${MAX_MATCHED_USERS} medewerkers gevonden; vul meer van de naam of het e-mailadres in.`);
    }
    return {
      criteria,
      cases: [],
      users: found.map((u) => ({ name: u.name, email: u.email, roleLabel: isRole(u.role) ? roleLabels[u.role] : 'Onbekende rol', active: u.active })),
      condition: found.length === 0 ? null : inArray(processingLog.actorUserId, found.map((u) => u.id)),
      readEntries: (op) => found.map((u) => readEntry(op, { type: 'user', id: u.id }, null)),
    };
  }

  const byPerson = criteria.kind === 'bsn' ? eq(cases.bsn, criteria.bsn) : eq(cases.vNumber, criteria.vNummer);
  const gemeenteIds = ctx.principal.gemeenten.map((g) => g.id);
  const found =
    gemeenteIds.length === 0
      ? []
      : await tx
          .select({ id: cases.id, gemeenteId: cases.gemeenteId, bsn: cases.bsn, createdAt: cases.createdAt, closedOn: cases.closedOn })
          .from(cases)
          .where(and(byPerson, inArray(cases.gemeenteId, gemeenteIds)))
          .orderBy(cases.createdAt);
  const subjects: { subject: ProcessingEntry['subject']; gemeenteId: string | null }[] = found.map((c) => ({ subject: { type: 'case', id: c.id }, gemeenteId: c.gemeenteId }));
  // Processing before there was a case (a DUO notification about the person) is logged against the BSN.
  const bsns = new Set([...(criteria.kind === 'bsn' ? [criteria.bsn] : []), ...found.flatMap((c) => (c.bsn ? [c.bsn] : []))]);
  for (const bsn of bsns) subjects.push({ subject: { type: 'bsn', id: bsn }, gemeenteId: null });
  const pseudonyms = subjects.map((s) => pseudonymise(ctx.log.pseudonymKey, s.subject));
  return {
    criteria,
    cases: found.map((c) => ({ gemeente: gemeenteName(c.gemeenteId) ?? '—', openedOn: todayIn(c.createdAt), closedOn: c.closedOn })),
    users: [],
    condition: pseudonyms.length === 0 ? null : inArray(processingLog.dataSubjectId, pseudonyms),
    // Logged against the case where there is one: the case's gemeente then sees that its person was looked up.
    readEntries: (op) => subjects.filter((s) => s.subject.type === 'case' || found.length === 0).map((s) => readEntry(op, s.subject, s.gemeenteId)),
  };
}

/** One page (or the whole export) of the log for the target, newest first, with Dutch names. */
export async function readLog(tx: Tx, ctx: UseCaseContext, target: SearchTarget, offset: number, limit: number): Promise<LogEntryView[]> {
  if (target.condition === null) return [];
  const { van, tot } = target.criteria;
  const rows = await tx
    .select({
      startTime: processingLog.startTime,
      actorUserId: processingLog.actorUserId,
      actorRole: processingLog.actorRole,
      actorName: users.name,
      currentRole: users.role,
      action: processingLog.action,
      activityId: processingLog.processingActivityId,
      resourceType: processingLog.resourceType,
      subjectType: processingLog.dataSubjectIdType,
      gemeenteId: processingLog.gemeenteId,
      status: processingLog.statusCode,
    })
    .from(processingLog)
    .leftJoin(users, eq(users.id, processingLog.actorUserId))
    .where(and(target.condition, gte(processingLog.startTime, startOfDayInAmsterdam(van)), lt(processingLog.startTime, startOfDayInAmsterdam(nextDay(tot)))))
    .orderBy(desc(processingLog.startTime), desc(processingLog.id))
    .offset(offset)
    .limit(limit);
  const gemeenteName = (id: string | null) => (id === null ? null : (ctx.principal.gemeenten.find((g) => g.id === id)?.name ?? null));
  return rows.map((r) => {
    const role = r.actorRole ?? r.currentRole;
    const activity = activityOf(r.activityId);
    const action: ProcessingAction = isKeyOf(actionLabels, r.action) ? r.action : 'read';
    return {
      at: r.startTime.toISOString(),
      actorName: r.actorUserId === null ? 'Koers (automatisch)' : (r.actorName ?? 'Medewerker van een andere organisatie'),
      actorRoleLabel: r.actorUserId === null ? '—' : role !== null && isRole(role) ? roleLabels[role] : 'Onbekende rol',
      action,
      actionLabel: actionLabels[action],
      activityName: activity.name,
      purpose: activity.purpose,
      resourceType: r.resourceType,
      resourceLabel: labelOf(resourceLabels, r.resourceType, 'Overige gegevens'),
      subjectLabel: labelOf(subjectTypeLabels, r.subjectType, 'Betrokkene'),
      gemeente: gemeenteName(r.gemeenteId),
      status: r.status,
      statusLabel: labelOf(statusLabels, r.status, r.status === 'OK' ? 'Gelukt' : 'Mislukt'),
    };
  });
}

/** Logs that the log was read, in the search's transaction. */
export function logTheRead(tx: Tx, ctx: UseCaseContext, target: SearchTarget, operationName: string): Promise<void> {
  return logProcessing(tx, ctx.log, ctx.principal, ctx.principal.organisation.id, target.readEntries(operationName));
}
