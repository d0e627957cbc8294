import { and, asc, desc, eq, like } from 'drizzle-orm';
import { explained, integrationTerm, pipDeadline, isAfter, step, wi, type IsoDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseEvents, pipObjections, pipWithdrawals, pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase, type CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { isTargetGroup, kindFor, latestAdvice, settingsOf, validateDraft, type PipRow } from './pip-support.ts';
import { draftView, objectionView, pipView, type DeadlineView, type PipOverview, type TermView, type ThirdPartyInfoView } from './pip.view.ts';

export function issuedVersions(rows: readonly PipRow[]): PipRow[] {
  return rows.filter((r) => r.status !== 'concept').sort((a, b) => b.version - a.version);
}

export function deadlineOf(caseRow: CaseRow, rows: readonly PipRow[], today: IsoDate): DeadlineView {
  const issued = issuedVersions(rows);
  const first = issued[issued.length - 1]?.issuedOn ?? null;
  if (!isTargetGroup(caseRow.targetGroup)) {
    const e = explained<IsoDate | null>(null, 'Nog geen uiterste datum voor het PIP: de doelgroep is nog niet bepaald.', [
      step('De termijn voor het PIP hangt af van de doelgroep en de kennisgeving van DUO.', 'art. 5.3 lid 1 Besluit inburgering 2021'),
    ]);
    return { value: null, explanation: e.explanation, metOn: first, overdue: false };
  }
  const d = pipDeadline({
    targetGroup: caseRow.targetGroup,
    duoNoticeOn: caseRow.duoNoticeOn,
    registeredOn: caseRow.registeredOn,
    movedInOn: caseRow.movedInOn,
    thirdPartyInfoReceivedOn: caseRow.thirdPartyInfoReceivedOn,
  });
  return { value: d.value, explanation: d.explanation, metOn: first, overdue: first === null && d.value !== null && isAfter(today, d.value) };
}

export function termOf(caseRow: CaseRow, rows: readonly PipRow[]): TermView {
  const issued = issuedVersions(rows);
  const first = issued[issued.length - 1];
  const stored = caseRow.termStart && caseRow.termEndExclusive ? { start: caseRow.termStart, endExclusive: caseRow.termEndExclusive } : null;
  if (first?.issuedOn) {
    const t = integrationTerm({ pipIssuedOn: first.issuedOn });
    return { value: stored ?? t.value, explanation: t.explanation };
  }
  if (stored) {
    const e = explained(stored, 'Inburgeringstermijn zoals DUO die heeft doorgegeven.', [
      step('De termijn begint de dag na de dagtekening van het eerste PIP (ook als dat in een andere gemeente is vastgesteld).', wi('11', 2)),
    ]);
    return { value: stored, explanation: e.explanation };
  }
  const e = explained(null, 'Nog geen inburgeringstermijn: die begint de dag na de dagtekening van het eerste PIP.', [
    step('De termijn van drie jaar begint de dag na de dagtekening van het eerste PIP; wijzigen van het PIP verschuift de start niet.', wi('11', 1), wi('11', 2)),
  ]);
  return { value: null, explanation: e.explanation };
}

export async function thirdPartyInfoOf(tx: Tx, caseRow: CaseRow): Promise<ThirdPartyInfoView> {
  const events = await tx
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseRow.id), like(caseEvents.kind, 'pip.derde-informatie%')))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  const history = events.map((e) => {
    const { data } = e;
    return {
      on: e.occurredOn,
      status: typeof data.status === 'string' ? data.status : e.kind,
      note: typeof data.note === 'string' ? data.note : null,
      actorName: e.actorName,
      at: e.at.toISOString(),
    };
  });
  const last = history[history.length - 1];
  const status = last?.status === 'wachtend' ? 'wachtend' : caseRow.thirdPartyInfoReceivedOn ? 'ontvangen' : 'geen';
  return { status, waitingSince: status === 'wachtend' ? (last?.on ?? null) : null, receivedOn: caseRow.thirdPartyInfoReceivedOn, history, version: caseRow.version };
}

export async function loadVersions(tx: Tx, caseId: string): Promise<PipRow[]> {
  return tx.select().from(pips).where(eq(pips.caseId, caseId)).orderBy(desc(pips.version));
}

export async function buildOverview(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow): Promise<PipOverview> {
  const today = todayIn(ctx.now);
  const rows = await loadVersions(tx, caseRow.id);
  const advice = await latestAdvice(tx, caseRow.id);
  const settings = await settingsOf(tx, caseRow.gemeenteId, today);
  const issued = issuedVersions(rows);
  const draftRow = rows.find((r) => r.status === 'concept');
  const objections = await tx.select().from(pipObjections).where(eq(pipObjections.caseId, caseRow.id)).orderBy(desc(pipObjections.receivedOn), desc(pipObjections.createdAt));
  const current = issued.find((r) => r.status === 'vastgesteld') ?? null;
  const withdrawals = await tx.select().from(pipWithdrawals).where(eq(pipWithdrawals.caseId, caseRow.id));
  const withdrawalOf = (pipId: string) => withdrawals.find((w) => w.pipId === pipId) ?? null;
  return {
    caseId: caseRow.id,
    targetGroup: caseRow.targetGroup,
    kind: kindFor(caseRow.targetGroup),
    advice,
    deadline: deadlineOf(caseRow, rows, today),
    term: termOf(caseRow, rows),
    current: current ? pipView(current) : null,
    versions: issued.map((r) => pipView(r, withdrawalOf(r.id))),
    draft: draftRow ? draftView(draftRow, validateDraft({ caseRow, versions: rows, advice }, draftRow, today)) : null,
    objections: objections.map((o) => objectionView(o, rows.find((r) => r.id === o.pipId), settings.objectionPeriodWeeks)),
    thirdPartyInfo: await thirdPartyInfoOf(tx, caseRow),
    defaults: { progressMeetings: settings.progressMeetingsDefault, objectionPeriodWeeks: settings.objectionPeriodWeeks },
  };
}

/** The PIP part of the case file: all versions, the open draft with its DUO pre-validation, deadline and termijn. */
export async function getPipOverview(ctx: UseCaseContext, caseId: string): Promise<PipOverview> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findCase(tx, caseId);
    const overview = await buildOverview(tx, ctx, caseRow);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getPipOverview', [
      { resourceType: 'pip', resourceId: caseRow.id, subject: { type: 'case', id: caseRow.id }, gemeenteId: caseRow.gemeenteId },
    ]);
    return overview;
  });
}
