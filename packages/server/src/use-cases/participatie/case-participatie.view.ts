// The 'Participatie' part of a case file (R14, ADR 0143): placements on participation places with
// their hours, and the Z-route ledger with the explanation of zRouteHoursRemaining.
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { routeLabel, type IsoDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { participationHours, participationPlacements, participationPlaces } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { participationPlacementViewSchema, placementView } from './participatie.view.ts';
import { zRouteState } from './z-route-ledger.ts';

export const zRouteLedgerViewSchema = z.object({
  courseHours: z.number(),
  activityHours: z.number(),
  mapHours: z.number(),
  pvtHours: z.number(),
  /** Activities during the brede intake (art. 3.14 lid 6 Bi), as recorded with the intake. */
  intakeHours: z.number(),
  participationHours: z.number(),
  courseHoursRemaining: z.number(),
  /** null: no activity norm (gezinsmigranten en overige migranten). */
  activityHoursRemaining: z.number().nullable(),
  summary: z.string(),
  steps: z.array(z.object({ text: z.string(), articles: z.array(z.string()) })),
  completedOn: z.string().nullable(),
});
export type ZRouteLedgerView = z.output<typeof zRouteLedgerViewSchema>;

export const caseParticipatieViewSchema = z
  .object({
    caseId: z.string(),
    gemeenteId: z.string(),
    /** Label of the current PIP's leerroute; null without a vastgesteld PIP. */
    routeLabel: z.string().nullable(),
    /** Only for a Z-route case with a known target group. */
    ledger: zRouteLedgerViewSchema.nullable(),
    placements: z.array(participationPlacementViewSchema),
  })
  .meta({ id: 'DossierParticipatie' });
export type CaseParticipatieView = z.output<typeof caseParticipatieViewSchema>;

/** The case's participation after recording hours, and whether a melding for DUO was queued. */
export const participationHoursRecordedSchema = caseParticipatieViewSchema.extend({ queued: z.boolean() });
export type ParticipationHoursRecorded = z.output<typeof participationHoursRecordedSchema>;

export async function caseParticipatieView(tx: Tx, kase: CaseRow, now: Date, today: IsoDate): Promise<CaseParticipatieView> {
  const placements = await tx.select().from(participationPlacements).where(eq(participationPlacements.caseId, kase.id)).orderBy(asc(participationPlacements.startsOn));
  const placeIds = [...new Set(placements.map((p) => p.placeId))];
  const places = placeIds.length > 0 ? await tx.select().from(participationPlaces).where(inArray(participationPlaces.id, placeIds)) : [];
  const hours = await tx.select().from(participationHours).where(eq(participationHours.caseId, kase.id));
  const state = await zRouteState(tx, kase, now, today);
  const ledger = state.ledger;
  return {
    caseId: kase.id,
    gemeenteId: kase.gemeenteId,
    routeLabel: state.route === null ? null : routeLabel(state.route),
    ledger:
      ledger === null
        ? null
        : {
            courseHours: ledger.input.courseHours,
            activityHours: ledger.input.activityHours,
            mapHours: ledger.input.mapHours,
            pvtHours: ledger.input.pvtHours,
            intakeHours: ledger.input.intakeHours ?? 0,
            participationHours: ledger.participationHours,
            courseHoursRemaining: ledger.remaining.value.courseHoursRemaining,
            activityHoursRemaining: ledger.remaining.value.activityHoursRemaining,
            summary: ledger.remaining.explanation.summary,
            steps: ledger.remaining.explanation.steps.map((s) => ({ text: s.text, articles: [...s.articles] })),
            completedOn: ledger.completedOn,
          },
    placements: placements.map((p) => placementView(p, places.find((pl) => pl.id === p.placeId), hours)),
  };
}
