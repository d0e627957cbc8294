// The teamleider's view: all open handhaving in the team's gemeenten (row-level security limits the scope).
import { and, asc, eq, notInArray } from 'drizzle-orm';
import { cases, handhavingViolations, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { notRemovedByRetention } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { violationGroundLabel, type HandhavingStage } from '@koers/domain';
import type { UseCaseContext } from '../context.ts';
import { stageLabel, type OpenHandhavingItem } from './handhaving.view.ts';

export type { OpenHandhavingItem } from './handhaving.view.ts';

const closedStages: HandhavingStage[] = ['geen-boete', 'onherroepelijk', 'vervallen'];

/** `operationName`: 'listOpenHandhaving' for the screen, 'exportOpenHandhaving' for a file (ADR 0142). */
export async function listOpenHandhaving(ctx: UseCaseContext, operationName: 'listOpenHandhaving' | 'exportOpenHandhaving' = 'listOpenHandhaving'): Promise<{ items: OpenHandhavingItem[] }> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx
      .select({ v: handhavingViolations, c: cases, manager: users.name })
      .from(handhavingViolations)
      .innerJoin(cases, eq(cases.id, handhavingViolations.caseId))
      .leftJoin(users, eq(users.id, cases.caseManagerId))
      .where(and(notInArray(handhavingViolations.stage, closedStages), notRemovedByRetention))
      .orderBy(asc(handhavingViolations.establishedOn))
      .limit(500);
    if (rows.length > 0) {
      await logProcessed(
        tx,
        ctx,
        'dossierInburgering',
        'read',
        operationName,
        rows.map((r) => ({
          resourceType: 'handhaving',
          resourceId: r.v.id,
          subject: { type: 'case', id: r.c.id },
          gemeenteId: r.c.gemeenteId,
        })),
      );
    }
    return {
      items: rows.map((r) => ({
        violationId: r.v.id,
        caseId: r.c.id,
        caseNumber: r.c.caseNumber,
        name: `${r.c.givenNames} ${r.c.familyName}`,
        caseManagerName: r.manager,
        article: r.v.article,
        groundLabel: violationGroundLabel[r.v.ground] ?? r.v.ground,
        establishedOn: r.v.establishedOn,
        stage: r.v.stage,
        stageLabel: stageLabel[r.v.stage] ?? r.v.stage,
      })),
    };
  });
}
