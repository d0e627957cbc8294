// Demo PVT and MAP (R15, R16): one PVT group in the first gemeente with four sessions and attendance,
// one person who signed (certificate in the documents, the PVT result recorded), one who is still
// in the group, and a MAP in progress. Rows are written as the use cases write them (like the rest
// of the demo); the DUO meldingen are not queued, as for the demo PIPs.
import { and, eq, inArray } from 'drizzle-orm';
import { addDays, formatDutchDate, languageCode, type IsoDate } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { caseResults, cases, mapActivities, pvtAttendance, pvtGroups, pvtParticipants, pvtSessions } from '../db/schema.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import { renderLetterPdf } from '../documents/letter-pdf.ts';
import { buildPvtCertificate } from '../documents/pvt-certificate.ts';
import { storeDocument } from '../documents/store-document.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import type { DemoActors } from './cases.ts';

const GEMEENTE = '0505';
/** Signed: Ahmad Karimi (PIP vastgesteld); still in the group: Yusuf Omar. */
const SIGNED_BSN = '999990093';
const ATTENDING_BSN = '999990081';

const at = (date: IsoDate, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

export async function seedDemoPvtMap(tx: Tx, actors: DemoActors, now: Date): Promise<void> {
  const today = todayIn(now);
  const day = (n: number) => addDays(today, n);
  const principal = actors.regisseur(GEMEENTE);
  const gemeenteId = actors.gemeenteId(GEMEENTE);
  const gemeenteName = principal.gemeenten.find((g) => g.id === gemeenteId)?.name ?? '';
  const people = await tx.select().from(cases).where(and(eq(cases.gemeenteId, gemeenteId), inArray(cases.bsn, [SIGNED_BSN, ATTENDING_BSN])));
  const signed = people.find((p) => p.bsn === SIGNED_BSN);
  const attending = people.find((p) => p.bsn === ATTENDING_BSN);
  if (!signed || !attending) return;
  const event = (caseId: string, date: IsoDate, kind: string, summary: string, data: Record<string, unknown> = {}) =>
    addCaseEvent(tx, principal, { caseId, gemeenteId, kind, summary, occurredOn: date, section: 'pvt-map', data }, at(date, 16));

  // A compressed group (the PIP of the signed person is a week old): four half-days of three hours.
  const ceremonyOn = day(-1);
  const [group] = await tx
    .insert(pvtGroups)
    .values({ gemeenteId, name: 'PVT najaar', providerName: 'Stichting Samen Verder', interpreterLanguage: 'Dari', ceremonyOn, createdBy: principal.userId, createdAt: at(day(-10)), updatedAt: at(ceremonyOn) })
    .returning();
  if (!group) return;
  const plan = [
    { heldOn: day(-6), topic: 'kernwaarden' },
    { heldOn: day(-5), topic: 'gezondheid' },
    { heldOn: day(-3), topic: 'wonen' },
    { heldOn: day(-2), topic: 'excursie' },
  ];
  const sessions = await tx
    .insert(pvtSessions)
    .values(plan.map((s) => ({ gemeenteId, groupId: group.id, heldOn: s.heldOn, startTime: '09:30', minutes: 180, topic: s.topic, version: 2, createdBy: principal.userId, createdAt: at(day(-10)), updatedAt: at(s.heldOn, 13) })))
    .returning();
  for (const person of [signed, attending]) {
    await tx.insert(pvtParticipants).values({ gemeenteId, groupId: group.id, caseId: person.id, createdBy: principal.userId, createdAt: at(day(-10)), updatedAt: at(day(-10)) });
    await event(person.id, day(-10), 'pvt.deelname', `Deelnemer van PVT-groep ${group.name} (${group.providerName}).`, { groupId: group.id });
  }
  for (const [i, s] of sessions.entries()) {
    await tx.insert(pvtAttendance).values([
      { gemeenteId, sessionId: s.id, caseId: signed.id, present: true, createdAt: at(s.heldOn, 13), updatedAt: at(s.heldOn, 13) },
      // The second participant missed the excursion.
      { gemeenteId, sessionId: s.id, caseId: attending.id, present: i !== 3, createdAt: at(s.heldOn, 13), updatedAt: at(s.heldOn, 13) },
    ]);
  }

  const certificate = buildPvtCertificate({
      gemeenteName,
      person: { name: `${signed.givenNames} ${signed.familyName}`, address: signed.address },
      caseNumber: signed.caseNumber,
      signedOn: ceremonyOn,
      groupName: group.name,
      providerName: group.providerName,
      hoursAttended: 12,
    });
  const pdf = await renderLetterPdf(certificate, languageCode(signed.preferredLanguage));
  const documentId = await storeDocument(
    tx,
    principal,
    { caseId: signed.id, gemeenteId, kind: 'participatieverklaring', title: `Certificaat participatieverklaring ${formatDutchDate(ceremonyOn)}`, mimeType: 'application/pdf', content: pdf, letterSummary: certificate.summary },
    at(ceremonyOn, 15),
  );
  await tx.update(pvtParticipants).set({ signedOn: ceremonyOn, certificateDocumentId: documentId, version: 2, updatedAt: at(ceremonyOn, 15) }).where(and(eq(pvtParticipants.groupId, group.id), eq(pvtParticipants.caseId, signed.id)));
  // The PVT date is derived from the signing (ADR 0125): it replaces a date another part of the demo put there.
  const signing = { completedOn: ceremonyOn, note: `Ondertekend bij PVT-groep ${group.name}`, updatedAt: at(ceremonyOn, 15) };
  await tx
    .insert(caseResults)
    .values({ gemeenteId, caseId: signed.id, kind: 'pvt', ...signing, createdBy: principal.userId, createdAt: at(ceremonyOn, 15) })
    .onConflictDoUpdate({ target: [caseResults.caseId, caseResults.kind], set: signing });
  await event(signed.id, ceremonyOn, 'pvt.ondertekening', `Participatieverklaring ondertekend op ${formatDutchDate(ceremonyOn)} (PVT-groep ${group.name}); het certificaat staat bij de documenten.`, { groupId: group.id, certificateDocumentId: documentId });

  // MAP in progress for the signed person: two practice activities, no eindgesprek yet.
  await tx.insert(mapActivities).values([
    { gemeenteId, caseId: signed.id, theme: 'beroepenorientatie', heldOn: day(-4), minutes: 120, description: 'Workshop beroepen in de bouw bij het werkgeversservicepunt', createdBy: principal.userId, createdAt: at(day(-4), 15), updatedAt: at(day(-4), 15) },
    { gemeenteId, caseId: signed.id, theme: 'werkcultuur', heldOn: day(-2), minutes: 240, description: 'Meeloopdag bij een aannemer', createdBy: principal.userId, createdAt: at(day(-2), 15), updatedAt: at(day(-2), 15) },
  ]);
  await event(signed.id, day(-2), 'map.activiteit', 'MAP-activiteiten vastgelegd: beroepenoriëntatie en werkcultuur (6 uur).');
  for (const person of [signed, attending]) await refreshSignals(tx, person.id, today);
}
