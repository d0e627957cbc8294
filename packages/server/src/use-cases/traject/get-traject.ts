/** The traject part of a case file: placements (current and earlier) and hours, with DUO status. */
import { asc, desc, eq } from 'drizzle-orm';
import { hoursCategories, hoursCategoryAllowed, hoursCategoryLabel } from '@koers/domain';
import { caseHours, casePlacements, duoOutbox } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { currentPip, targetGroupOf } from './traject-support.ts';
import { messageStatus, placementView, type OutboxRow, type PlacementRow, type TrajectView } from './traject.view.ts';
import { stringProperty } from '../../util/guards.ts';

function instellingOf(m: OutboxRow): string | null {
  return stringProperty(m.payload, 'instellingsnummer') ?? null;
}

/**
 * The messages of a placement: those for its instelling from its creation on, until the next
 * placement at the same instelling was made (that one's messages are its own).
 */
function latestFor(p: PlacementRow, all: readonly PlacementRow[], messages: readonly OutboxRow[]): OutboxRow | undefined {
  const next = all
    .filter((o) => o.instellingsnummer === p.instellingsnummer && o.createdAt.getTime() > p.createdAt.getTime())
    .reduce<number | null>((min, o) => (min === null || o.createdAt.getTime() < min ? o.createdAt.getTime() : min), null);
  return messages.find(
    (m) =>
      instellingOf(m) === p.instellingsnummer &&
      m.createdAt.getTime() >= p.createdAt.getTime() &&
      (next === null || m.createdAt.getTime() < next),
  );
}

export async function getTraject(ctx: UseCaseContext, caseId: string): Promise<TrajectView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findCase(tx, caseId);
    const pip = await currentPip(tx, caseId);
    const placements = await tx.select().from(casePlacements).where(eq(casePlacements.caseId, caseId)).orderBy(desc(casePlacements.offeredOn), desc(casePlacements.createdAt));
    const hours = await tx.select().from(caseHours).where(eq(caseHours.caseId, caseId)).orderBy(asc(caseHours.category));
    // Newest first, so the first match is the latest message.
    const messages = await tx
      .select()
      .from(duoOutbox)
      .where(eq(duoOutbox.caseId, caseId))
      .orderBy(desc(duoOutbox.createdAt), desc(duoOutbox.attempts));
    const aanbodMessages = messages.filter((m) => m.operation === 'aanbod.register' || m.operation === 'aanbod.withdraw');
    const targetGroup = targetGroupOf(caseRow);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getTraject', [{ resourceType: 'case', resourceId: caseId, subject: { type: 'case', id: caseId }, gemeenteId: caseRow.gemeenteId }]);
    return {
      caseId,
      hasBsn: caseRow.bsn !== null,
      currentPip: pip ? { route: pip.route, issuedOn: pip.issuedOn } : null,
      term: caseRow.termStart && caseRow.termEndExclusive ? { start: caseRow.termStart, endExclusive: caseRow.termEndExclusive } : null,
      placements: placements.map((p) => placementView(p, messageStatus(latestFor(p, placements, aanbodMessages)))),
      hours: hoursCategories.map((category) => {
        const row = hours.find((h) => h.category === category);
        const allowed = hoursCategoryAllowed({ category, targetGroup, route: pip?.route ?? null });
        return {
          category,
          label: hoursCategoryLabel(category),
          total: row?.total ?? null,
          asOf: row?.asOf ?? null,
          version: row?.version ?? 0,
          allowed: allowed.value,
          explanation: allowed.explanation,
          duo: messageStatus(messages.find((m) => m.operation === `uren.${category}`)),
        };
      }),
    };
  });
}
