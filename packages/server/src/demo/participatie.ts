// Demo participation (R14, ADR 0143): participation places in the first two gemeenten (seed 003's
// werkcarrousel among them) and a person on the Z-route placed on one, with hours, course hours and
// so a Z-route ledger. Rows are written as the use cases write them; the DUO meldingen are not
// queued, as for the demo PIPs.
import { and, eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { caseHours, cases, participationHours, participationPlacements, participationPlaces } from '../db/schema.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import type { DemoActors } from './cases.ts';

const Z_ROUTE_BSN = '999990275';
const at = (date: IsoDate, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

export async function seedDemoParticipatie(tx: Tx, actors: DemoActors, now: Date): Promise<void> {
  const today = todayIn(now);
  const day = (n: number) => addDays(today, n);
  for (const code of ['0505', '0642']) {
    const gemeenteId = actors.gemeenteId(code);
    await tx.insert(participationPlaces).values([
      { gemeenteId, organisation: 'Werkcentrum Drechtsteden', name: 'Werkcarrousel: groen, schoonmaak en logistiek', kind: 'werkcarrousel', hoursPerWeek: 16, contact: 'Team participatie, 078 123 45 67', createdAt: at(day(-200)), updatedAt: at(day(-200)) },
      { gemeenteId, organisation: 'Voedselbank Drechtsteden', name: 'Uitgiftepunt, sorteren en uitdelen', kind: 'vrijwilligerswerk', hoursPerWeek: 8, contact: 'coördinator@voedselbank.demo', createdAt: at(day(-200)), updatedAt: at(day(-200)) },
      { gemeenteId, organisation: 'Kringloop De Markt', name: 'Werkervaringsplaats magazijn', kind: 'werkervaringsplaats', hoursPerWeek: 20, contact: null, createdAt: at(day(-200)), updatedAt: at(day(-200)) },
    ]);
  }
  const gemeenteId = actors.gemeenteId('0505');
  const principal = actors.regisseur('0505');
  const [person] = await tx.select().from(cases).where(and(eq(cases.gemeenteId, gemeenteId), eq(cases.bsn, Z_ROUTE_BSN)));
  const [place] = await tx.select().from(participationPlaces).where(and(eq(participationPlaces.gemeenteId, gemeenteId), eq(participationPlaces.kind, 'werkcarrousel')));
  if (!person || !place) return;
  const startsOn = day(-6);
  const [placement] = await tx
    .insert(participationPlacements)
    .values({ gemeenteId, caseId: person.id, placeId: place.id, startsOn, endsOn: null, hoursPerWeek: 12, version: 2, createdBy: principal.userId, createdAt: at(startsOn), updatedAt: at(day(-1)) })
    .returning();
  if (!placement) return;
  // The PIP is a week old: the first days in the werkcarrousel, and the first course hours.
  await tx.insert(participationHours).values({ gemeenteId, caseId: person.id, placementId: placement.id, periodStart: startsOn, periodEnd: day(-1), hours: 10, createdBy: principal.userId, createdAt: at(day(-1)), updatedAt: at(day(-1)) });
  await tx.insert(caseHours).values([
    { caseId: person.id, gemeenteId, category: 'participatieactiviteiten', total: 10, asOf: day(-1), participationHours: 10, updatedBy: principal.userId, createdAt: at(day(-1)), updatedAt: at(day(-1)) },
    { caseId: person.id, gemeenteId, category: 'participatietaalles', total: 6, asOf: day(-1), updatedBy: principal.userId, createdAt: at(day(-1)), updatedAt: at(day(-1)) },
  ]);
  await addCaseEvent(
    tx,
    principal,
    { caseId: person.id, gemeenteId, kind: 'participatie.plaatsing', summary: `Geplaatst op participatieplek ${place.name} (${place.organisation}), 12 uur per week; 10 uur gedaan.`, occurredOn: startsOn, section: 'participatie', data: { placementId: placement.id } },
    at(startsOn, 16),
  );
  await refreshSignals(tx, person.id, today);
}
