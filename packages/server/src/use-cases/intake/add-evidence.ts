import { formatDutchDate, isAfter, routeLabel } from '@koers/domain';
import { learnabilityEvidence } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { recordCaseWrite } from '../voorbereiding/case-write.ts';
import type { AddEvidenceInput } from './intake.types.ts';
import { evidenceView, type EvidenceView } from './intake.view.ts';

/** Extra learnability evidence (R8): a startklas observation with 24 scored aspects, or an assessment. */
export function addLearnabilityEvidence(ctx: UseCaseContext, caseId: string, input: AddEvidenceInput): Promise<EvidenceView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    if (isAfter(input.observedOn, todayIn(ctx.now))) {
      throw new AppError('VALIDATION_FAILED', { field: 'observedOn', message: "Veld 'observedOn': de datum mag niet in de toekomst liggen." });
    }
    const values =
      input.kind === 'startklas-observatie'
        ? { kind: input.kind, instrument: 'startklas-observatie', scores: input.scores, advisedRoute: input.advisedRoute, summary: input.summary ?? null }
        : { kind: input.kind, instrument: input.instrument, scores: {}, advisedRoute: input.advisedRoute ?? null, summary: input.summary };
    const [row] = await tx
      .insert(learnabilityEvidence)
      .values({ caseId: kase.id, gemeenteId: kase.gemeenteId, observedOn: input.observedOn, author: input.author, ...values, createdBy: ctx.principal.userId, createdAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    const advice = row.advisedRoute === 'B1' || row.advisedRoute === 'Z' || row.advisedRoute === 'Onderwijs' ? `, advies ${routeLabel(row.advisedRoute)}` : '';
    const what = input.kind === 'startklas-observatie' ? 'Startklas-observatie (24 aspecten)' : `Assessment ${input.instrument}`;
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'learnability-evidence',
      entityId: row.id,
      action: 'create',
      changes: diff(null, { kind: row.kind, instrument: row.instrument, observedOn: row.observedOn, author: row.author, scores: row.scores, advisedRoute: row.advisedRoute, summary: row.summary }),
      operationName: 'addLearnabilityEvidence',
      event: {
        kind: 'toets.evidence-added',
        summary: `${what} vastgelegd (${formatDutchDate(row.observedOn)}, ${row.author})${advice}`,
        occurredOn: row.observedOn,
        section: 'intake',
        data: { evidenceId: row.id },
      },
    });
    return evidenceView(row);
  });
}
