// The regisseur marks a portal message or a request to move an appointment as handled; its
// werkvoorraad item goes. Optimistic version like every mutable resource.
import { and, eq } from 'drizzle-orm';
import { portaalAppointmentResponses, portaalMessages } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { PortaalItemHandled } from './portaal-regie.view.ts';

export type PortaalItemKind = 'bericht' | 'reactie';

export function handlePortaalItem(
  ctx: UseCaseContext,
  caseId: string,
  kind: PortaalItemKind,
  itemId: string,
  version: number,
): Promise<PortaalItemHandled> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const table = kind === 'bericht' ? portaalMessages : portaalAppointmentResponses;
    const [before] = await tx
      .select({ id: table.id, handledAt: table.handledAt, version: table.version })
      .from(table)
      .where(
        and(eq(table.id, itemId), eq(table.caseId, kase.id), kind === 'bericht' ? eq(portaalMessages.sender, 'inburgeraar') : undefined),
      )
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== version)
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Dit bericht is intussen gewijzigd. Laad de pagina opnieuw.' });
    if (before.handledAt !== null) return { id: before.id, handledAt: before.handledAt.toISOString(), version: before.version };
    const [after] = await tx
      .update(table)
      .set({ handledAt: ctx.now, handledBy: ctx.principal.userId, version: before.version + 1 })
      .where(and(eq(table.id, before.id), eq(table.version, version)))
      .returning({ id: table.id, version: table.version });
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: kind === 'bericht' ? 'portaal-message' : 'portaal-appointment-response',
      entityId: before.id,
      action: 'update',
      changes: { handledAt: { from: null, to: ctx.now.toISOString() } },
      reason: kind === 'bericht' ? 'Bericht uit het portaal afgehandeld' : 'Verzoek uit het portaal afgehandeld',
      operationName: 'handlePortaalItem',
      event: {
        kind: 'portaal.afgehandeld',
        summary: kind === 'bericht' ? 'Bericht van de inburgeraar afgehandeld.' : 'Verzoek om een afspraak te verzetten afgehandeld.',
        section: 'overzicht',
      },
    });
    return { id: after.id, handledAt: ctx.now.toISOString(), version: after.version };
  });
}
