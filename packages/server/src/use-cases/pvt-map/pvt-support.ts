// Shared by the PVT use cases: finding a group within the scope, and what a group looks like.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { checkPvtPlan, isCoreValueTopic, pvtStatus, pvtTopicLabels, pvtTopics, type PvtTopic } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { cases, pvtAttendance, pvtGroups, pvtParticipants, pvtSessions } from '../../db/schema.ts';
import { notRemovedByRetention } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import { isOneOf } from '../../util/guards.ts';

export type PvtGroupRow = typeof pvtGroups.$inferSelect;

export const hoursOf = (minutes: number): number => minutes / 60;
export const minutesOf = (hours: number): number => Math.round(hours * 60);

export function isPvtTopic(value: string): value is PvtTopic {
  return isOneOf(pvtTopics, value);
}

/** A group within the scope (row-level security hides other gemeenten), or NOT_FOUND. */
export async function findPvtGroup(tx: Tx, groupId: string, options: { forUpdate?: boolean } = {}): Promise<PvtGroupRow> {
  const query = tx.select().from(pvtGroups).where(eq(pvtGroups.id, groupId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND', { message: 'Deze PVT-groep bestaat niet of u heeft er geen toegang toe.' });
  return row;
}

/** Whether a PVT or MAP is complete, and what is missing. */
export const pvtStatusSchema = z.object({ complete: z.boolean(), summary: z.string(), missing: z.array(z.string()) });

export const pvtSessionViewSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  startTime: z.string(),
  hours: z.number(),
  topic: z.enum(pvtTopics),
  topicLabel: z.string(),
  coreValue: z.boolean(),
  version: z.number(),
  /** Recorded presence per participant's case id (absent: not recorded). */
  attendance: z.record(z.string(), z.boolean()),
});
export type PvtSessionView = z.output<typeof pvtSessionViewSchema>;

export const pvtParticipantViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  name: z.string(),
  caseNumber: z.string().nullable(),
  signedOn: z.string().nullable(),
  certificateDocumentId: z.string().nullable(),
  version: z.number(),
  /** Hours attended in this group's sessions. */
  hoursAttended: z.number(),
  /** pvtStatus over this group's attendance and the signing. */
  status: pvtStatusSchema,
});
export type PvtParticipantView = z.output<typeof pvtParticipantViewSchema>;

export const pvtGroupViewSchema = z
  .object({
    id: z.string(),
    gemeenteId: z.string(),
    name: z.string(),
    /** The provider from the register (ADR 0144); null for a group with only a typed name. */
    providerId: z.string().nullable(),
    providerName: z.string(),
    interpreterLanguage: z.string().nullable(),
    ceremonyOn: z.string().nullable(),
    version: z.number(),
    hoursPlanned: z.number(),
    sessions: z.array(pvtSessionViewSchema),
    participants: z.array(pvtParticipantViewSchema),
    /** Warnings against the minimum (art. 3.1 Bi, seed 002); never a refusal. */
    planCheck: z.object({ summary: z.string(), warnings: z.array(z.string()), articles: z.array(z.string()) }),
  })
  .meta({ id: 'PvtGroep' });
export type PvtGroupView = z.output<typeof pvtGroupViewSchema>;

export async function pvtGroupView(tx: Tx, group: PvtGroupRow): Promise<PvtGroupView> {
  const sessionRows = await tx.select().from(pvtSessions).where(eq(pvtSessions.groupId, group.id)).orderBy(asc(pvtSessions.heldOn), asc(pvtSessions.startTime));
  const participantRows = await tx
    .select({ p: pvtParticipants, givenNames: cases.givenNames, familyName: cases.familyName, caseNumber: cases.caseNumber })
    .from(pvtParticipants)
    .innerJoin(cases, eq(cases.id, pvtParticipants.caseId))
    .where(and(eq(pvtParticipants.groupId, group.id), notRemovedByRetention))
    .orderBy(asc(cases.familyName), asc(cases.givenNames));
  const attendanceRows =
    sessionRows.length === 0 ? [] : await tx.select().from(pvtAttendance).where(inArray(pvtAttendance.sessionId, sessionRows.map((s) => s.id)));
  const sessions: PvtSessionView[] = sessionRows.map((s) => {
    const topic: PvtTopic = isPvtTopic(s.topic) ? s.topic : 'overig';
    return {
      id: s.id,
      heldOn: s.heldOn,
      startTime: s.startTime,
      hours: hoursOf(s.minutes),
      topic,
      topicLabel: pvtTopicLabels[topic],
      coreValue: isCoreValueTopic(topic),
      version: s.version,
      attendance: Object.fromEntries(attendanceRows.filter((a) => a.sessionId === s.id).map((a) => [a.caseId, a.present])),
    };
  });
  const participants: PvtParticipantView[] = participantRows.map(({ p, givenNames, familyName, caseNumber }) => {
    const attended = sessions.filter((s) => s.attendance[p.caseId] === true);
    const hoursAttended = attended.reduce((sum, s) => sum + s.hours, 0);
    const status = pvtStatus({ hours: hoursAttended, coreValueActivity: attended.some((s) => s.coreValue), declarationSigned: p.signedOn !== null });
    return {
      id: p.id,
      caseId: p.caseId,
      name: `${givenNames} ${familyName}`,
      caseNumber,
      signedOn: p.signedOn,
      certificateDocumentId: p.certificateDocumentId,
      version: p.version,
      hoursAttended,
      status: { complete: status.value.complete, summary: status.explanation.summary, missing: [...status.value.missing] },
    };
  });
  const plan = checkPvtPlan(sessions.map((s) => ({ heldOn: s.heldOn, hours: s.hours, topic: s.topic })));
  return {
    id: group.id,
    gemeenteId: group.gemeenteId,
    name: group.name,
    providerId: group.providerId,
    providerName: group.providerName,
    interpreterLanguage: group.interpreterLanguage,
    ceremonyOn: group.ceremonyOn,
    version: group.version,
    hoursPlanned: sessions.reduce((sum, s) => sum + s.hours, 0),
    sessions,
    participants,
    planCheck: { summary: plan.explanation.summary, warnings: plan.value.map((w) => w.text), articles: [...plan.explanation.articles] },
  };
}
