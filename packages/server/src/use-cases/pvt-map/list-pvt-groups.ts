// The PVT groups of a gemeente, newest first, with their first session and numbers (no personal data).
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { pvtGroups, pvtParticipants, pvtSessions } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { hoursOf } from './pvt-support.ts';

export const pvtGroupSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    providerName: z.string(),
    interpreterLanguage: z.string().nullable(),
    ceremonyOn: z.string().nullable(),
    firstSessionOn: z.string().nullable(),
    sessionCount: z.number(),
    hoursPlanned: z.number(),
    participantCount: z.number(),
    signedCount: z.number(),
  })
  .meta({ id: 'PvtGroepOverzicht' });
export type PvtGroupSummary = z.output<typeof pvtGroupSummarySchema>;

export async function listPvtGroups(ctx: UseCaseContext, gemeenteId: string | undefined): Promise<PvtGroupSummary[]> {
  if (gemeenteId !== undefined && !ctx.principal.gemeenten.some((g) => g.id === gemeenteId)) {
    throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
  }
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const sessions = tx
      .select({ groupId: pvtSessions.groupId, first: sql<string | null>`min(${pvtSessions.heldOn})`.as('first'), count: sql<number>`count(*)::int`.as('count'), minutes: sql<number>`coalesce(sum(${pvtSessions.minutes}), 0)::int`.as('minutes') })
      .from(pvtSessions)
      .groupBy(pvtSessions.groupId)
      .as('s');
    const participants = tx
      .select({ groupId: pvtParticipants.groupId, count: sql<number>`count(*)::int`.as('pcount'), signed: sql<number>`count(${pvtParticipants.signedOn})::int`.as('signed') })
      .from(pvtParticipants)
      .groupBy(pvtParticipants.groupId)
      .as('p');
    const rows = await tx
      .select({ g: pvtGroups, first: sessions.first, sessionCount: sessions.count, minutes: sessions.minutes, participantCount: participants.count, signed: participants.signed })
      .from(pvtGroups)
      .leftJoin(sessions, eq(sessions.groupId, pvtGroups.id))
      .leftJoin(participants, eq(participants.groupId, pvtGroups.id))
      .where(gemeenteId === undefined ? inArray(pvtGroups.gemeenteId, ctx.principal.gemeenten.map((g) => g.id)) : eq(pvtGroups.gemeenteId, gemeenteId))
      .orderBy(desc(pvtGroups.createdAt));
    return rows.map((r) => ({
      id: r.g.id,
      name: r.g.name,
      providerName: r.g.providerName,
      interpreterLanguage: r.g.interpreterLanguage,
      ceremonyOn: r.g.ceremonyOn,
      firstSessionOn: r.first ?? null,
      sessionCount: r.sessionCount ?? 0,
      hoursPlanned: hoursOf(r.minutes ?? 0),
      participantCount: r.participantCount ?? 0,
      signedCount: r.signed ?? 0,
    }));
  });
}
