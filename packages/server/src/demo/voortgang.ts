// Demo data of the voortgang part (R19, R21): on a case with a vastgesteld PIP, one voortgangsgesprek
// held (with its report) and one planned, a tolk for the held one, and a small sociale kaart.
import { and, eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { interpreterBookings, pips, progressMeetings, socialeKaartOrganisations } from '../db/schema.ts';

export async function seedDemoVoortgang(tx: Tx, input: { caseId: string; gemeenteId: string; userId: string; today: IsoDate; at: (day: IsoDate) => Date }): Promise<void> {
  const [pip] = await tx.select({ id: pips.id }).from(pips).where(and(eq(pips.caseId, input.caseId), eq(pips.status, 'vastgesteld')));
  if (!pip) return;
  const existing = await tx.select({ id: socialeKaartOrganisations.id }).from(socialeKaartOrganisations).where(eq(socialeKaartOrganisations.gemeenteId, input.gemeenteId));
  if (existing.length === 0) {
    await tx.insert(socialeKaartOrganisations).values([
      { gemeenteId: input.gemeenteId, name: 'Schuldhulpverlening (demo)', theme: 'schulden', contact: '0529 000 000', notes: 'Inloopspreekuur op dinsdagochtend.' },
      { gemeenteId: input.gemeenteId, name: 'Huisartsenpraktijk De Linde (demo)', theme: 'gezondheid', contact: 'info@example.org', notes: null },
      { gemeenteId: input.gemeenteId, name: 'Sportvereniging (demo)', theme: 'sport', contact: null, notes: 'Gratis proefles voor nieuwkomers.' },
    ]);
  }
  const heldOn = addDays(input.today, -3);
  const [held] = await tx
    .insert(progressMeetings)
    .values({
      gemeenteId: input.gemeenteId,
      caseId: input.caseId,
      pipId: pip.id,
      plannedOn: heldOn,
      status: 'gehouden',
      heldOn,
      attendees: 'inburgeraar, trajectregisseur, tolk',
      report: { taal: 'Gaat goed naar de les; luisteren en lezen gaan vooruit.', participatie: 'Begonnen bij de voedselbank.', ontzorgen: 'Vaste lasten worden op tijd betaald.' },
      outcome: 'doorgaan',
      createdBy: input.userId,
      createdAt: input.at(heldOn),
      updatedAt: input.at(heldOn),
      version: 2,
    })
    .returning({ id: progressMeetings.id });
  await tx.insert(progressMeetings).values({ gemeenteId: input.gemeenteId, caseId: input.caseId, pipId: pip.id, plannedOn: addDays(input.today, 60), createdBy: input.userId });
  if (held) {
    await tx.insert(interpreterBookings).values({ gemeenteId: input.gemeenteId, caseId: input.caseId, meetingKind: 'voortgang', meetingId: held.id, bookedOn: heldOn, language: 'Tigrinya', kind: 'telefonisch', providerName: 'Tolkencentrum (demo)', costCents: 4550, status: 'geleverd', createdBy: input.userId });
  }
}
