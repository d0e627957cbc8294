/**
 * Meldingen for DUO that belong to no case: a contactpersoon's change or removal when no case links
 * it any more. They cannot show in a case file or the werkvoorraad, so the DUO page lists those not
 * yet confirmed, and one that failed or was refused can be offered again. They carry no data of an
 * inburgeraar; the list shows no contactpersoon gegevens either.
 */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { duoOutbox } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { reofferDuoMessage } from './reoffer-duo-message.ts';
import { duoMessageView } from './duo-message.view.ts';
import type { CaselessDuoMessage, DuoMessageReoffered } from './duo.view.ts';

const open = ['wachtend', 'verzenden', 'afgewezen', 'fout'];

export async function listCaselessDuoMessages(ctx: UseCaseContext): Promise<CaselessDuoMessage[]> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const rows = await tx
        .select()
        .from(duoOutbox)
        .where(and(isNull(duoOutbox.caseId), inArray(duoOutbox.status, open)))
        .orderBy(desc(duoOutbox.createdAt))
        .limit(200);
      return rows.map((m) => ({ ...duoMessageView(m), gemeenteId: m.gemeenteId }));
    },
    { readOnly: true },
  );
}

export async function retryCaselessDuoMessage(ctx: UseCaseContext, messageId: string): Promise<DuoMessageReoffered> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [m] = await tx.select().from(duoOutbox).where(and(eq(duoOutbox.id, messageId), isNull(duoOutbox.caseId))).for('update');
    if (!m) throw new AppError('NOT_FOUND', { message: 'Dit DUO-bericht zonder dossier bestaat niet.' });
    return reofferDuoMessage(tx, ctx, m);
  });
}
