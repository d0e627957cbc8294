// Demo providers and contracts (R12/R13, ADRs 0116–0117): the Drechtsteden organisation's language
// provider Taalhuis Zuid (the demo partner-aanbieder works there) with a regional contract for
// Dordrecht and Zwijndrecht, the PVT provider of the demo PVT group, and the Z-route person placed
// under the contract, so that "Mijn deelnemers" of aanbieder@drechtsteden.demo shows a participant.
// Rows are written as the use cases write them; the DUO melding of the placement is not queued, as
// for the demo PIPs.
import { and, eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { casePlacements, cases, providerContracts, providers, providerUsers, pvtGroups } from '../db/schema.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import type { DemoActors } from './cases.ts';

/** The simulator's instelling with a Blik op Werk keurmerk (DUO's list in the demo). */
const INSTELLING = '1000000001';
/** Selam Ghebremedhin, Z-route (demo/cases.ts, demo/participatie.ts). */
const PLACED_BSN = '999990275';
const at = (date: IsoDate, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

export async function seedDemoProviders(tx: Tx, actors: DemoActors, now: Date, aanbiederUserId: string): Promise<void> {
  const today = todayIn(now);
  const day = (n: number) => addDays(today, n);
  const principal = actors.regisseur('0505');
  const organisationId = principal.organisation.id;
  const created = { createdAt: at(day(-400)), updatedAt: at(day(-400)) };
  const [taalhuis] = await tx.insert(providers).values({ organisationId, name: 'Taalhuis Zuid', kinds: ['taalaanbieder', 'map-aanbieder'], instellingsnummer: INSTELLING, ...created }).returning();
  const [samenVerder] = await tx.insert(providers).values({ organisationId, name: 'Stichting Samen Verder', kinds: ['pvt-aanbieder'], instellingsnummer: null, ...created }).returning();
  if (!taalhuis || !samenVerder) return;
  const year = Number(today.slice(0, 4));
  const startMoments = [day(-6), day(50), day(120)];
  const [contract] = await tx
    .insert(providerContracts)
    .values({
      organisationId,
      providerId: taalhuis.id,
      name: 'Inburgering Drechtsteden',
      gemeenteIds: [actors.gemeenteId('0505'), actors.gemeenteId('0642')],
      routes: [
        { route: 'B1', priceCents: 560_000 },
        { route: 'Z', priceCents: 920_000 },
      ],
      keurmerk: 'blik-op-werk',
      keurmerkValidUntil: `${year + 2}-12-31`,
      locations: [
        { name: 'Dordrecht Centrum', startMoments },
        { name: 'Zwijndrecht Station', startMoments: [day(50)] },
      ],
      reportingEveryWeeks: 6,
      startsOn: `${year - 1}-01-01`,
      endsOn: `${year + 2}-12-31`,
      accessMonthsAfterEnd: 3,
      ...created,
    })
    .returning();
  if (!contract) return;
  if (aanbiederUserId) await tx.insert(providerUsers).values({ userId: aanbiederUserId, providerId: taalhuis.id, organisationId, createdAt: at(day(-400)) });
  // The demo PVT group's provider comes from the register (ADR 0144).
  await tx.update(pvtGroups).set({ providerId: samenVerder.id }).where(eq(pvtGroups.providerName, samenVerder.name));

  const gemeenteId = actors.gemeenteId('0505');
  const [person] = await tx.select().from(cases).where(and(eq(cases.gemeenteId, gemeenteId), eq(cases.bsn, PLACED_BSN)));
  if (!person) return;
  const offeredOn = day(-6);
  const [placement] = await tx
    .insert(casePlacements)
    .values({ gemeenteId, caseId: person.id, instellingsnummer: INSTELLING, instellingNaam: taalhuis.name, offeredOn, expectedStartOn: offeredOn, literacy: 'NVT', contractId: contract.id, location: 'Dordrecht Centrum', startMoment: offeredOn, createdBy: principal.userId, createdAt: at(offeredOn), updatedAt: at(offeredOn) })
    .returning();
  if (!placement) return;
  await addCaseEvent(
    tx,
    principal,
    { caseId: person.id, gemeenteId, kind: 'traject.aanbod', summary: `Inburgeringsaanbod bij ${taalhuis.name} (contract ${contract.name}, Dordrecht Centrum).`, occurredOn: offeredOn, section: 'traject', data: { placementId: placement.id } },
    at(offeredOn, 15),
  );
  await refreshSignals(tx, person.id, today);
}
