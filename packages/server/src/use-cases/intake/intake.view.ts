// The brede intake of a case as the API returns it: record, invitations with their letters, the next
// step the rules core allows (with its explanation), conversations, toets and extra evidence.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { intakeActions, intakeCompletionWithPerson, invitationOutcomeValues, learningRoutes, nextIntakeStep, type InvitationOutcome } from '@koers/domain';
import { explanation } from '../../contract/view-fields.ts';
import { knownValue } from '../known-value.ts';
import type { Tx } from '../../db/database.ts';
import { caseEvents, caseIntakes, caseMeetings, intakeInvitations, learnabilityEvidence, learnabilityTests } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { canReadSensitive } from '../voorbereiding/case-write.ts';
import { scenarioForCase, scenarioOfGemeente } from '../voorbereiding/intake-scenario.ts';
import { caseScenarioViewSchema } from '../voorbereiding/voorbereiding.view.ts';
import { meetingView, meetingViewSchema } from '../voorbereiding/meeting.view.ts';
import { intakeThemeKeys, intakeThemeLabels, intakeThemes, missingThemes, parseStoredThemes, themesFor } from './themes.types.ts';
import { startklasAspects, startklasScoreLabels } from './startklas-aspects.ts';

export type IntakeRow = typeof caseIntakes.$inferSelect;
export type InvitationRow = typeof intakeInvitations.$inferSelect;
export type TestRow = typeof learnabilityTests.$inferSelect;
export type EvidenceRow = typeof learnabilityEvidence.$inferSelect;

export const intakeStatuses = ['open', 'uitgenodigd', 'in-gesprek', 'afgerond', 'afgerond-zonder-betrokkene'] as const;
export type IntakeStatus = (typeof intakeStatuses)[number];
export const learnabilityTestStatuses = ['aangemeld', 'gepland', 'afgenomen', 'niet-verschenen', 'geannuleerd', 'ontheffing'] as const;
export type LearnabilityTestStatus = (typeof learnabilityTestStatuses)[number];
export const evidenceKinds = ['startklas-observatie', 'assessment'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];
/** What the UI may offer now. */
export const allowedIntakeActions = [...intakeActions, 'completed', 'wait-for-housing'] as const;

export function isCompleted(intake: IntakeRow | undefined): boolean {
  return intake !== undefined && (intake.status === 'afgerond' || intake.status === 'afgerond-zonder-betrokkene');
}

export function asOutcome(value: string): InvitationOutcome {
  switch (value) {
    case 'appeared':
    case 'no-show':
    case 'insufficient-cooperation':
      return value;
    default:
      return 'pending';
  }
}

export const outcomeLabels: Record<InvitationOutcome, string> = {
  pending: 'nog geen uitkomst',
  appeared: 'verschenen',
  'no-show': 'niet verschenen',
  'insufficient-cooperation': 'onvoldoende meegewerkt',
};

export interface IntakeState {
  intake: IntakeRow | undefined;
  invitations: InvitationRow[];
  step: ReturnType<typeof nextIntakeStep>;
  /** Whether the intake may be completed with the person now (art. 14 lid 1 en 3 Wi 2021). */
  completion: ReturnType<typeof intakeCompletionWithPerson>;
}

export async function loadIntakeState(tx: Tx, caseId: string, options: { forUpdate?: boolean } = {}): Promise<IntakeState> {
  const intakeQuery = tx.select().from(caseIntakes).where(eq(caseIntakes.caseId, caseId));
  const [intake] = options.forUpdate ? await intakeQuery.for('update') : await intakeQuery;
  const invitations = await tx.select().from(intakeInvitations).where(eq(intakeInvitations.caseId, caseId)).orderBy(asc(intakeInvitations.sequence));
  const outcomes = invitations.map((i) => asOutcome(i.outcome));
  return { intake, invitations, step: nextIntakeStep({ outcomes }), completion: intakeCompletionWithPerson({ outcomes }) };
}

export const invitationViewSchema = z
  .object({
    id: z.string(),
    sequence: z.number(),
    sentOn: z.string(),
    respondBy: z.string(),
    appointmentAt: z.string().nullable(),
    location: z.string().nullable(),
    warningSentOn: z.string().nullable(),
    outcome: z.enum(invitationOutcomeValues),
    outcomeOn: z.string().nullable(),
    documentId: z.string().nullable().describe('Brief: GET /api/cases/{id}/documents/{documentId}'),
    warningDocumentId: z.string().nullable().describe('Schriftelijke waarschuwing na deze oproep'),
  })
  .meta({ id: 'IntakeUitnodiging' });
export type InvitationView = z.output<typeof invitationViewSchema>;

export const learnabilityTestViewSchema = z
  .object({
    id: z.string(),
    status: z.enum(learnabilityTestStatuses),
    plannedAt: z.string().nullable(),
    location: z.string().nullable(),
    device: z.string().nullable(),
    supervisor: z.string().nullable(),
    /** 'visueel' | 'auditief' for `case:read-sensitive`; 'ontheffing' for other roles. */
    exemption: z.string().nullable(),
    exemptionExplanation: explanation.nullable(),
    resultOn: z.string().nullable(),
    advisedRoute: z.enum(learningRoutes).nullable(),
    level: z.string().nullable(),
    details: z.string().nullable(),
    note: z.string().nullable(),
    source: z.string(),
    /** Optimistic locking: a change names it. */
    version: z.number(),
    createdAt: z.string(),
  })
  .meta({ id: 'Leerbaarheidstoets' });
export type LearnabilityTestView = z.output<typeof learnabilityTestViewSchema>;

export const evidenceViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(evidenceKinds),
    instrument: z.string().nullable(),
    observedOn: z.string(),
    author: z.string(),
    scores: z.record(z.string(), z.number()),
    advisedRoute: z.enum(learningRoutes).nullable(),
    summary: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'LeerbaarheidBewijs' });
export type EvidenceView = z.output<typeof evidenceViewSchema>;

export type AllowedIntakeAction = (typeof allowedIntakeActions)[number];

export const intakeViewSchema = z
  .object({
    caseId: z.string(),
    record: z.object({
      status: z.enum(intakeStatuses),
      startedOn: z.string().nullable(),
      completedOn: z.string().nullable(),
      completedWithoutPerson: z.boolean(),
      themes: intakeThemes,
      sensitiveNotes: z.string().nullable(),
      sensitiveHidden: z.boolean(),
      summary: z.string().nullable(),
      /** Hours of activities during the intake counted for the Z-route (art. 3.14 lid 6 Bi). */
      activityHours: z.number().nullable(),
      /** 0 while there is no record yet. */
      version: z.number(),
      missingThemes: z.array(z.object({ key: z.enum(intakeThemeKeys), label: z.string() })),
    }),
    invitations: z.array(invitationViewSchema),
    nextStep: z.object({ action: z.enum(intakeActions), fineable: z.boolean(), explanation }),
    /** The step the UI offers: the rules core's step, or 'completed', or 'wait-for-housing' (scenario 3). */
    allowedAction: z.enum(allowedIntakeActions),
    /** Completing with the person: allowed now, or why not (a conversation the person attended is needed). */
    completionWithPerson: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
    scenario: caseScenarioViewSchema,
    conversations: z.array(meetingViewSchema),
    learnabilityTests: z.array(learnabilityTestViewSchema),
    evidence: z.array(evidenceViewSchema),
    aspects: z.array(z.object({ key: z.string(), label: z.string() })),
    scoreLabels: z.record(z.string(), z.string()),
  })
  .meta({ id: 'BredeIntake' });
export type IntakeView = z.output<typeof intakeViewSchema>;

export const sentInvitationSchema = z
  .object({
    invitationId: z.string(),
    /** The invitation letter (PDF): GET /api/cases/:id/documents/:documentId. */
    documentId: z.string(),
    /** The written warning sent with a repeat invitation, else null. */
    warningDocumentId: z.string().nullable(),
    intake: intakeViewSchema,
  })
  .meta({ id: 'VerstuurdeUitnodiging' });
export type SentInvitation = z.output<typeof sentInvitationSchema>;

function asStatus(value: string | undefined): IntakeStatus {
  return intakeStatuses.find((s) => s === value) ?? 'open';
}

export function testView(row: TestRow, sensitive: boolean): LearnabilityTestView {
  const details = row.resultDetails;
  return {
    id: row.id,
    status: knownValue(learnabilityTestStatuses, row.status, 'learnability_tests.status'),
    plannedAt: row.plannedAt?.toISOString() ?? null,
    location: row.location,
    device: row.device,
    supervisor: row.supervisor,
    exemption: row.exemption === null ? null : sensitive ? row.exemption : 'ontheffing',
    exemptionExplanation: sensitive ? (details.exemptionExplanation ?? null) : null,
    resultOn: row.resultOn,
    advisedRoute: row.advisedRoute === null ? null : knownValue(learningRoutes, row.advisedRoute, 'advised_route'),
    level: details.level ?? null,
    details: details.details ?? null,
    note: sensitive || row.exemption === null ? (details.note ?? null) : null,
    source: row.source,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export function evidenceView(row: EvidenceRow): EvidenceView {
  return {
    id: row.id,
    kind: knownValue(evidenceKinds, row.kind, 'learnability_evidence.kind'),
    instrument: row.instrument,
    observedOn: row.observedOn,
    author: row.author,
    scores: row.scores,
    advisedRoute: row.advisedRoute === null ? null : knownValue(learningRoutes, row.advisedRoute, 'advised_route'),
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Warning letters are linked to their invitation through the timeline event that sent them. */
async function warningDocuments(tx: Tx, caseId: string): Promise<Map<string, string>> {
  const events = await tx
    .select({ data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), inArray(caseEvents.kind, ['intake.warning-sent'])));
  const map = new Map<string, string>();
  for (const e of events) {
    const { data } = e;
    if (typeof data.invitationId === 'string' && typeof data.documentId === 'string') map.set(data.invitationId, data.documentId);
  }
  return map;
}

export async function intakeView(tx: Tx, ctx: UseCaseContext, kase: CaseRow, state?: IntakeState): Promise<IntakeView> {
  const { intake, invitations, step, completion } = state ?? (await loadIntakeState(tx, kase.id));
  const sensitive = canReadSensitive(ctx);
  const warnings = await warningDocuments(tx, kase.id);
  const conversations = await tx
    .select()
    .from(caseMeetings)
    .where(and(eq(caseMeetings.caseId, kase.id), eq(caseMeetings.kind, 'intakegesprek')))
    .orderBy(asc(caseMeetings.plannedAt), asc(caseMeetings.createdAt));
  const tests = await tx.select().from(learnabilityTests).where(eq(learnabilityTests.caseId, kase.id)).orderBy(asc(learnabilityTests.createdAt));
  const evidence = await tx.select().from(learnabilityEvidence).where(eq(learnabilityEvidence.caseId, kase.id)).orderBy(asc(learnabilityEvidence.observedOn), asc(learnabilityEvidence.createdAt));
  const scenario = scenarioForCase(await scenarioOfGemeente(tx, kase.gemeenteId), kase, todayIn(ctx.now));
  const themes = parseStoredThemes(intake?.themes ?? {});
  const allowedAction: AllowedIntakeAction = isCompleted(intake)
    ? 'completed'
    : step.value.action === 'invite' && !scenario.invitationAllowed
      ? 'wait-for-housing'
      : step.value.action;
  return {
    caseId: kase.id,
    record: {
      status: asStatus(intake?.status),
      startedOn: intake?.startedOn ?? null,
      completedOn: intake?.completedOn ?? null,
      completedWithoutPerson: intake?.completedWithoutPerson ?? false,
      themes: themesFor(themes, sensitive),
      sensitiveNotes: sensitive ? (intake?.sensitiveNotes ?? null) : null,
      sensitiveHidden: !sensitive && ((intake?.sensitiveNotes ?? null) !== null || themes.persoonlijkeOmstandigheden !== undefined),
      summary: intake?.summary ?? null,
      activityHours: intake?.activityHours ?? null,
      version: intake?.version ?? 0,
      missingThemes: missingThemes(themes).map((key) => ({ key, label: intakeThemeLabels[key] })),
    },
    invitations: invitations.map((i) => ({
      id: i.id,
      sequence: i.sequence,
      sentOn: i.sentOn,
      respondBy: i.respondBy,
      appointmentAt: i.appointmentAt?.toISOString() ?? null,
      location: i.location,
      warningSentOn: i.warningSentOn,
      outcome: asOutcome(i.outcome),
      outcomeOn: i.outcomeOn,
      documentId: i.documentId,
      warningDocumentId: warnings.get(i.id) ?? null,
    })),
    nextStep: { action: step.value.action, fineable: step.value.fineable, explanation: step.explanation },
    allowedAction,
    completionWithPerson: isCompleted(intake) ? { allowed: false, reason: null } : { allowed: completion.value, reason: completion.value ? null : completion.explanation.summary },
    scenario,
    conversations: conversations.map((m) => meetingView(m, sensitive)),
    learnabilityTests: tests.map((t) => testView(t, sensitive)),
    evidence: evidence.map(evidenceView),
    aspects: startklasAspects.map((a) => ({ key: a.key, label: a.label })),
    scoreLabels: Object.fromEntries(Object.entries(startklasScoreLabels)),
  };
}
