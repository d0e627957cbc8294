import type { Tx } from '../db/database.ts';
import { logProcessing } from '../privacy/processing-log.ts';
import type { UseCaseContext } from '../use-cases/context.ts';

/**
 * One Logboek Dataverwerkingen entry for a question to the BRP about the person of a case
 * (processing activity "BRP raadplegen"), also when the BRP could not answer (status ERROR).
 */
export function logBrpQuery(
  tx: Tx,
  ctx: UseCaseContext,
  c: { id: string; gemeenteId: string },
  startTime: Date,
  endTime: Date,
  status: 'OK' | 'ERROR',
): Promise<void> {
  return logProcessing(tx, ctx.log, ctx.principal, ctx.principal.organisation.id, [
    {
      activity: 'brpRaadplegen',
      action: 'read',
      operationName: 'brp.RaadpleegMetBurgerservicenummer',
      resourceType: 'case',
      resourceId: c.id,
      subject: { type: 'case', id: c.id },
      gemeenteId: c.gemeenteId,
      startTime,
      endTime: endTime < startTime ? startTime : endTime,
      status,
    },
  ]);
}
