// Demo maatschappelijke begeleiding (R17, ADR 0149): Petra Jansen (VluchtelingenWerk,
// begeleider@drechtsteden.demo) begeleidt Rania Haddad (already assigned in cases.ts) and Yusuf
// Omar: contacts, two ZRM measurements for Rania, the period (18 months) and one open problem.
// Rows are written as the use cases write them; the signals are refreshed at the end.
import { and, eq, inArray } from 'drizzle-orm';
import { addDays, addMonths, defaultZrmMatrix, type IsoDate } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { begeleidingContacts, begeleidingPeriods, begeleidingProblems, caseAssignments, cases, zrmMeasurements } from '../db/schema.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import type { DemoActors } from './cases.ts';

const GEMEENTE = '0505';
const RANIA_BSN = '999990020';
const YUSUF_BSN = '999990081';

const at = (date: IsoDate, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

export async function seedDemoBegeleiding(tx: Tx, actors: DemoActors, now: Date): Promise<void> {
  const today = todayIn(now);
  const day = (n: number) => addDays(today, n);
  const gemeenteId = actors.gemeenteId(GEMEENTE);
  const begeleider = actors.partner('begeleiding');
  const principal = actors.regisseur(GEMEENTE);
  if (!begeleider) return;
  const people = await tx.select().from(cases).where(and(eq(cases.gemeenteId, gemeenteId), inArray(cases.bsn, [RANIA_BSN, YUSUF_BSN])));
  const rania = people.find((p) => p.bsn === RANIA_BSN);
  const yusuf = people.find((p) => p.bsn === YUSUF_BSN);
  if (!rania || !yusuf) return;
  await tx.insert(caseAssignments).values({ caseId: yusuf.id, gemeenteId, userId: begeleider, kind: 'begeleiding' }).onConflictDoNothing();
  await addCaseEvent(tx, principal, { caseId: yusuf.id, gemeenteId, kind: 'case.partner-assigned', summary: 'Partner toegewezen (begeleiding).', occurredOn: day(-20), section: 'overzicht' }, at(day(-20), 11));

  const contact = (caseId: string, on: IsoDate, kind: string, minutes: number, topic: string, text: string) => ({
    gemeenteId,
    caseId,
    contactOn: on,
    kind,
    minutes,
    topic,
    text,
    createdBy: begeleider,
    createdAt: at(on),
    updatedAt: at(on),
  });
  await tx.insert(begeleidingContacts).values([
    contact(rania.id, day(-25), 'huisbezoek', 90, 'wonen', 'Kennismaking thuis. Samen de post doorgenomen en de huurtoeslag aangevraagd.'),
    contact(rania.id, day(-14), 'spreekuur', 30, 'inkomen', 'Vragen over de brief van de Belastingdienst beantwoord.'),
    contact(rania.id, day(-4), 'telefonisch', 15, 'onderwijs', 'Inschrijving van de kinderen op de basisschool besproken.'),
    contact(yusuf.id, day(-10), 'huisbezoek', 60, 'leefomgeving', 'Wandeling door de wijk: huisarts, bibliotheek en supermarkt laten zien.'),
  ]);
  const measure = (on: IsoDate, scores: Record<string, number>) => ({
    gemeenteId,
    caseId: rania.id,
    measuredOn: on,
    scores: Object.entries(scores).map(([domain, score]) => ({ domain, score })),
    matrix: defaultZrmMatrix,
    createdBy: begeleider,
    createdAt: at(on),
    updatedAt: at(on),
  });
  await tx.insert(zrmMeasurements).values([
    measure(day(-25), { financien: 2, 'werk-opleiding': 1, tijdsbesteding: 2, huisvesting: 3, 'sociaal-netwerk': 2, 'maatschappelijke-participatie': 1 }),
    measure(day(-4), { financien: 3, 'werk-opleiding': 2, tijdsbesteding: 3, huisvesting: 4, 'sociaal-netwerk': 2, 'maatschappelijke-participatie': 2 }),
  ]);
  for (const person of [rania, yusuf]) {
    const startedOn = person.registeredOn ?? day(-20);
    await tx.insert(begeleidingPeriods).values({ caseId: person.id, gemeenteId, startedOn, expectedEndOn: addMonths(startedOn, 18), createdAt: at(startedOn), updatedAt: at(startedOn) });
  }
  await tx.insert(begeleidingProblems).values({
    gemeenteId,
    caseId: rania.id,
    reportedOn: day(-2),
    text: 'De huurtoeslag is nog niet toegekend en de eerste huur is niet betaald. Kan de gemeente meekijken?',
    createdBy: begeleider,
    createdAt: at(day(-2)),
    updatedAt: at(day(-2)),
  });
  await addCaseEvent(tx, principal, { caseId: rania.id, gemeenteId, kind: 'begeleiding.probleem', summary: 'De begeleider meldde een probleem aan de trajectregisseur.', occurredOn: day(-2), section: 'begeleiding' }, at(day(-2), 11));
  for (const person of [rania, yusuf]) await refreshSignals(tx, person.id, today);
}
