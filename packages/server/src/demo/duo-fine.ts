// Demo of a DUO fine (C6, ADR 0145): recorded from DUO's beschikking on the one demo case with a termijn
// (Ahmad Karimi). The demo set has no case whose termijn has already ended, so this is illustrative: it
// shows the effect (new termijn, lower cap for the gemeente's own fines) and the werkvoorraad item.
import { and, eq } from 'drizzle-orm';
import { addDays, duoFineKindLabel, duoFineTerms, effectiveTermEnd, formatDutchDate, formatEuro, type IsoDate } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { cases, duoFines, userGemeenten, users } from '../db/schema.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';

export async function seedDemoDuoFine(tx: Tx, today: IsoDate): Promise<void> {
  const [c] = await tx.select().from(cases).where(eq(cases.bsn, '999990093'));
  if (!c?.caseManagerId) return;
  const [regisseur] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userGemeenten, eq(userGemeenten.userId, users.id))
    .where(and(eq(users.id, c.caseManagerId), eq(userGemeenten.gemeenteId, c.gemeenteId)));
  if (!regisseur) return;
  const decisionOn = addDays(today, -20);
  const fine = { kind: 'leerroute' as const, decisionOn, amountCents: 62_500, newTermMonths: 24 as const, withdrawnOn: null };
  await tx.insert(duoFines).values({
    gemeenteId: c.gemeenteId,
    caseId: c.id,
    kind: fine.kind,
    decisionOn,
    amountCents: fine.amountCents,
    newTermMonths: fine.newTermMonths,
    previousTermEndExclusive: c.termEndExclusive,
    note: 'Beschikking van DUO ontvangen per post via de inburgeraar.',
    createdBy: regisseur.id,
  });
  const end = effectiveTermEnd(c.termEndExclusive, [], duoFineTerms([fine])).value;
  if (end !== c.termEndExclusive) await tx.update(cases).set({ termEndExclusive: end, version: c.version + 1 }).where(eq(cases.id, c.id));
  await addCaseEvent(
    tx,
    null,
    {
      caseId: c.id,
      gemeenteId: c.gemeenteId,
      kind: 'handhaving.duo-boete',
      summary: `Boete van DUO (${formatEuro(fine.amountCents)}, ${duoFineKindLabel[fine.kind]}) opgelegd bij beschikking van ${formatDutchDate(decisionOn)}; nieuwe termijn van 24 maanden.`,
      occurredOn: decisionOn,
      section: 'handhaving',
      data: {},
    },
    new Date(`${decisionOn}T10:00:00Z`),
  );
  await refreshSignals(tx, c.id, today);
}
