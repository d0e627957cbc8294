/**
 * What follows when DUO confirms a contactpersoon melding, in the worker's transaction that marks
 * the outbox row 'bevestigd' (src/duo/outbox.ts):
 *
 *   contactpersoon.register → DUO's id on duo_contactpersonen ('aangemeld'); the links that waited
 *                             for it are queued ('contactpersoon.link'); gegevens changed in the
 *                             meantime are sent as 'contactpersoon.change'; unused by then
 *                             (its user left): 'contactpersoon.delete'
 *   contactpersoon.link     → the case_duo_contacts row offered with this very outbox row
 *                             ('link_message_id') becomes 'gekoppeld' (ADR 0057)
 *
 * Only checks that never touch the database can fail here (the spec check in queueDuoMessage); they
 * are caught and written on the case's timeline, so a confirmed row is never sent again for them.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../db/database.ts';
import { caseDuoContacts, duoContactpersonen } from '../db/schema.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import { AppError } from '../errors.ts';
import { queueDuoMessage } from '../use-cases/duo/queue-duo-message.ts';
import { pendingLinks, retireIfUnused, storedGegevens } from '../use-cases/duo/contactpersoon.ts';
import { outboxCatalogue } from './outbox-operations.ts';

export interface ConfirmedRow {
  /** The outbox row DUO confirmed. */
  id: string;
  gemeenteId: string;
  caseId: string | null;
  operation: string;
  payload: unknown;
  /** What the worker stored as the response: { status, apiVersion, body }. */
  response: unknown;
}

const createdResponse = z.object({ body: z.object({ id: z.number().int().positive() }) });

async function queueOrNote(tx: Tx, caseId: string | null, gemeenteId: string, now: Date, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (!(err instanceof AppError) || caseId === null) throw err;
    await addCaseEvent(tx, null, { caseId, gemeenteId, kind: 'duo.contactpersoon.fout', summary: `Vervolgbericht voor DUO niet klaargezet: ${err.message}`, occurredOn: todayIn(now), section: 'duo' }, now);
  }
}

export async function afterConfirmed(tx: Tx, row: ConfirmedRow, now: Date): Promise<void> {
  switch (row.operation) {
    case 'contactpersoon.register': {
      const payload = outboxCatalogue['contactpersoon.register'].payload.parse(row.payload);
      const response = createdResponse.safeParse(row.response);
      if (!response.success) {
        if (row.caseId) await addCaseEvent(tx, null, { caseId: row.caseId, gemeenteId: row.gemeenteId, kind: 'duo.contactpersoon.fout', summary: 'DUO heeft de contactpersoon aangemaakt maar geen id teruggegeven; de koppeling kan niet worden verstuurd.', occurredOn: todayIn(now), section: 'duo' }, now);
        return;
      }
      const duoId = response.data.body.id;
      const [cp] = await tx.update(duoContactpersonen).set({ duoId, status: 'aangemeld', updatedAt: now }).where(eq(duoContactpersonen.id, payload.contactpersoonId)).returning();
      if (!cp) return; // removed in the meantime
      const current = storedGegevens(cp);
      const sent = payload.gegevens;
      if (sent['naam'] !== current.naam || sent['email'] !== current.email || sent['telefoonnummer'] !== current.telefoonnummer) {
        await queueOrNote(tx, row.caseId, row.gemeenteId, now, () =>
          queueDuoMessage(tx, { gemeenteId: cp.gemeenteId, caseId: row.caseId, operation: 'contactpersoon.change', payload: { id: duoId, gegevens: { ...current } }, precheck: { rule: 'none' }, actor: null, now }),
        );
      }
      for (const c of await pendingLinks(tx, cp.id)) {
        const bsn = c.bsn;
        if (bsn === null) continue; // linked when the BSN is filled in (update-case)
        await queueOrNote(tx, c.id, c.gemeenteId, now, async () => {
          const link = await queueDuoMessage(tx, { gemeenteId: c.gemeenteId, caseId: c.id, operation: 'contactpersoon.link', payload: { bsn, id: duoId }, precheck: { rule: 'none' }, actor: null, now });
          await tx.update(caseDuoContacts).set({ status: 'aangeboden', linkMessageId: link.id, updatedAt: now }).where(eq(caseDuoContacts.caseId, c.id));
        });
      }
      // Its user left (or its cases moved on) while DUO was registering it: remove it again.
      await queueOrNote(tx, row.caseId, row.gemeenteId, now, () => retireIfUnused(tx, cp, row.caseId, null, now));
      return;
    }
    case 'contactpersoon.link': {
      // Through the outbox row itself, not DUO's id: an id DUO gave out again after a removal, or a
      // contactpersoon registered anew, can never leave the link 'aangeboden'. A case that moved on
      // to another contactpersoon (or offered a newer link) no longer points at this row.
      await tx
        .update(caseDuoContacts)
        .set({ status: 'gekoppeld', updatedAt: now })
        .where(and(eq(caseDuoContacts.linkMessageId, row.id), eq(caseDuoContacts.status, 'aangeboden')));
      return;
    }
    default:
      return;
  }
}
