import { asc, eq, sql } from 'drizzle-orm';
import { addDays, formatDutchDate, integrationTerm, isBefore, isDue, isOverdue, pipDeadline, wi, type Explanation } from '@koers/domain';
import {
  caseAssignments,
  caseChecklistItems,
  caseDocuments,
  caseEvents,
  caseMeetings,
  caseSignals,
  gemeentenInScope,
  intakeInvitations,
  learnabilityTests,
  pips,
  users,
} from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { caseNumberOf, caseView } from '../case.view.ts';
import { readableCase } from './access.ts';
import type { CaseFileView, DeadlineView } from './case-file.view.ts';

const plain = (e: Explanation): DeadlineView['explanation'] => ({ summary: e.summary, steps: e.steps.map((s) => ({ text: s.text, articles: [...s.articles] })) });

/** The case file: personal data by role, duty with explanation, open deadlines with explanation, signals, counts. */
export async function getCaseFile(ctx: UseCaseContext, caseId: string): Promise<CaseFileView> {
  const today = todayIn(ctx.now);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const { row, access } = await readableCase(tx, ctx.principal, caseId);
    // The case is in one of the principal's gemeenten (row-level security), which the session already loaded.
    const known = ctx.principal.gemeenten.find((g) => g.id === row.gemeenteId);
    const [gemeente] = known
      ? [known]
      : await tx.select({ id: gemeentenInScope.id, code: gemeentenInScope.code, name: gemeentenInScope.name }).from(gemeentenInScope).where(eq(gemeentenInScope.id, row.gemeenteId));
    const [manager] = row.caseManagerId ? await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.caseManagerId)) : [];
    const pipRows = await tx.select().from(pips).where(eq(pips.caseId, caseId)).orderBy(asc(pips.version));
    // A withdrawn version (ingetrokken) no longer holds agreements.
    const issued = pipRows.filter((p) => p.status === 'vastgesteld' || (p.status !== 'concept' && p.status !== 'ingetrokken' && p.issuedOn !== null));
    const current = issued[issued.length - 1];
    const assignments = await tx
      .select({ userId: caseAssignments.userId, name: users.name, kind: caseAssignments.kind })
      .from(caseAssignments)
      .innerJoin(users, eq(users.id, caseAssignments.userId))
      .where(eq(caseAssignments.caseId, caseId))
      .orderBy(asc(users.name));
    const agreements = current
      ? {
          pipVersion: current.version,
          issuedOn: current.issuedOn,
          route: current.route,
          level: current.level,
          intensity: current.intensity,
          hoursPerWeek: current.hoursPerWeek,
          support: current.support,
          participation: current.participation,
          pvtIntensity: current.pvtIntensity,
          mapIntensity: current.mapIntensity,
          progressMeetings: current.progressMeetings,
        }
      : null;
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCaseFile', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    const base = {
      access,
      gemeente: gemeente ?? { id: row.gemeenteId, code: '', name: '' },
      caseManager: manager ?? null,
      agreements,
      assignments,
    };
    if (access === 'assigned') {
      return {
        ...base,
        case: null,
        partnerCase: {
          id: row.id,
          gemeenteId: row.gemeenteId,
          caseNumber: caseNumberOf(row),
          givenNames: row.givenNames,
          familyName: row.familyName,
          status: row.status,
          phone: row.phone,
          email: row.email,
          address: row.address,
          preferredLanguage: row.preferredLanguage,
          interpreterNeeded: row.interpreterNeeded,
        },
        duty: null,
        deadlines: [],
        signals: [],
        counts: { timeline: 0, documents: 0, meetings: 0, checklistDone: 0, checklistTotal: 0, invitations: 0, toetsen: 0, pipVersions: 0 },
      };
    }

    const deadlines: DeadlineView[] = [];
    const tg = row.targetGroup === 'asiel' || row.targetGroup === 'gezin-overig' ? row.targetGroup : null;
    if (row.obliged && tg && !current) {
      const d = pipDeadline({
        targetGroup: tg,
        duoNoticeOn: row.duoNoticeOn,
        registeredOn: row.registeredOn,
        movedInOn: row.movedInOn,
        thirdPartyInfoReceivedOn: row.thirdPartyInfoReceivedOn,
      });
      if (d.value) {
        deadlines.push({ kind: 'pip', label: 'PIP vaststellen uiterlijk', date: d.value, overdue: isBefore(d.value, today), explanation: plain(d.explanation), section: 'pip' });
      } else {
        deadlines.push({ kind: 'pip', label: 'PIP vaststellen', date: '', overdue: false, explanation: plain(d.explanation), section: 'pip' });
      }
    }
    const first = issued[0];
    if (row.termEndExclusive || first?.issuedOn) {
      const term = first?.issuedOn ? integrationTerm({ pipIssuedOn: first.issuedOn }) : null;
      const end = row.termEndExclusive ?? term?.value.endExclusive ?? '';
      const start = row.termStart ?? term?.value.start ?? '';
      const explanation = term && (!row.termEndExclusive || row.termEndExclusive === term.value.endExclusive)
        ? plain(term.explanation)
        : {
            summary: `Inburgeringstermijn van ${formatDutchDate(start)} tot en met ${formatDutchDate(addDays(end, -1))}, zoals DUO die registreert.`,
            steps: [{ text: 'De termijn is drie jaar vanaf de dag na de dagtekening van het eerste PIP, eventueel verlengd door DUO.', articles: [wi('11', 1), wi('12', 1)] }],
          };
      // Like every other deadline here, `date` is the last day that still counts (inclusive); the
      // termijn itself is stored with an exclusive end (the day after), see domain rules/term.ts.
      const lastDay = end === '' ? '' : addDays(end, -1);
      deadlines.push({ kind: 'termijn', label: 'Inburgeringstermijn', date: lastDay, overdue: lastDay !== '' && isBefore(lastDay, today), explanation, section: 'pip' });
    }
    const invitations = await tx.select().from(intakeInvitations).where(eq(intakeInvitations.caseId, caseId)).orderBy(asc(intakeInvitations.sequence));
    for (const inv of invitations.filter((i) => i.outcome === 'pending')) {
      deadlines.push({
        kind: 'oproep',
        label: `Reactietermijn oproep ${inv.sequence} brede intake`,
        date: inv.respondBy,
        overdue: isBefore(inv.respondBy, today),
        explanation: {
          summary: `Oproep ${inv.sequence} verstuurd op ${formatDutchDate(inv.sentOn)} met een termijn tot en met ${formatDutchDate(inv.respondBy)}.`,
          steps: [{ text: 'Het college roept op voor de brede intake en stelt daarbij een termijn.', articles: [wi('14', 1)] }],
        },
        section: 'intake',
      });
    }
    deadlines.sort((a, b) => (a.date === '' ? 1 : b.date === '' ? -1 : a.date.localeCompare(b.date)));

    const signalRows = await tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)).orderBy(asc(caseSignals.dueOn));
    const signals = signalRows.map((s) => {
      const deadline = (s.data as { deadline?: string | null }).deadline ?? null;
      return { kind: s.kind, dueOn: s.dueOn, deadline, due: isDue(s, today), overdue: isOverdue({ dueOn: s.dueOn, deadline }, today), reason: s.reason, section: s.section };
    });

    // All counts in one statement (one round trip instead of five).
    const [counted] = await tx
      .select({
        timeline: sql<number>`(select count(*) from ${caseEvents} where ${caseEvents.caseId} = ${caseId})::int`,
        // A medische verklaring exists only for case:read-sensitive (ADR 0101).
        documents: ctx.principal.permissions.includes('case:read-sensitive')
          ? sql<number>`(select count(*) from ${caseDocuments} where ${caseDocuments.caseId} = ${caseId})::int`
          : sql<number>`(select count(*) from ${caseDocuments} where ${caseDocuments.caseId} = ${caseId} and ${caseDocuments.kind} <> 'medische-verklaring')::int`,
        meetings: sql<number>`(select count(*) from ${caseMeetings} where ${caseMeetings.caseId} = ${caseId})::int`,
        toetsen: sql<number>`(select count(*) from ${learnabilityTests} where ${learnabilityTests.caseId} = ${caseId})::int`,
        checklistTotal: sql<number>`(select count(*) from ${caseChecklistItems} where ${caseChecklistItems.caseId} = ${caseId})::int`,
        checklistDone: sql<number>`(select count(*) from ${caseChecklistItems} where ${caseChecklistItems.caseId} = ${caseId} and ${caseChecklistItems.status} <> 'open')::int`,
      })
      .from(sql`(select 1) as one`);
    const timeline = counted?.timeline ?? 0;
    const documents = counted?.documents ?? 0;
    const meetings = counted?.meetings ?? 0;
    const toetsen = counted?.toetsen ?? 0;
    const checklist = { done: counted?.checklistDone ?? 0, total: counted?.checklistTotal ?? 0 };
    const dutyExplanation = row.dutyExplanation;
    return {
      ...base,
      case: caseView(row, ctx.principal),
      partnerCase: null,
      duty: {
        obliged: row.obliged,
        notObligedReason: row.notObligedReason,
        targetGroup: row.targetGroup,
        regime: row.regime,
        explanation: dutyExplanation?.duty ?? null,
        aowExplanation: dutyExplanation?.aow ?? null,
        assessedOn: dutyExplanation?.assessedOn ?? null,
      },
      deadlines,
      signals,
      counts: {
        timeline,
        documents,
        meetings,
        checklistDone: checklist?.done ?? 0,
        checklistTotal: checklist?.total ?? 0,
        invitations: invitations.length,
        toetsen,
        pipVersions: pipRows.length,
      },
    };
  }, { readOnly: true });
}

