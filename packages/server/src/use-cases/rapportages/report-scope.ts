// What every sturing report shares: which gemeenten it covers (the user's grants, or one of them),
// and the one processing-log entry per gemeente and request that an aggregate over personal data is.
import { AppError } from '../../errors.ts';
import type { Tx } from '../../db/database.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';

export interface ReportGemeente {
  id: string;
  code: string;
  name: string;
}

/** The granted gemeenten, or the one asked for; another gemeente → 404 (never a hint it exists). */
export function reportGemeenten(ctx: UseCaseContext, gemeenteId: string | undefined): ReportGemeente[] {
  const gemeenten = ctx.principal.gemeenten.filter((g) => gemeenteId === undefined || g.id === gemeenteId);
  if (gemeenteId !== undefined && gemeenten.length === 0) throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
  return gemeenten;
}

/** One entry per gemeente: the data subjects are the gemeente's inburgeraars as a group, never one person. */
export function logAggregate(tx: Tx, ctx: UseCaseContext, operationName: string, resourceType: string, gemeenten: readonly ReportGemeente[]): Promise<void> {
  return logProcessed(
    tx,
    ctx,
    'sturingEnVerantwoording',
    'read',
    operationName,
    gemeenten.map((g) => ({ resourceType, resourceId: g.id, subject: { type: 'gemeente', id: g.id }, gemeenteId: g.id })),
  );
}
