/**
 * The DUO page's "stand van de koppeling" (issue 18): per gemeente of the user, when DUO last
 * answered and when the last notification came in, the outbox backlog (waiting, being sent,
 * failed, refused) with the age of the oldest waiting melding, the notifications waiting or
 * failed, the stops in force (ADR 0055), and the recent failures with their Dutch reason.
 *
 * For every role with `duo:status`, the beheerder included. Personal data only as far as the role
 * already sees it: a failure names its case only with `case:read`, the BSN only with
 * `case:read-sensitive` (otherwise nine digits in a reason are masked); what is shown of a person
 * is written to the processing log, like the other DUO lists.
 */
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { DuoGemeenteStatus, DuoStatusView } from './duo.view.ts';
import { addInboxCounts, addKoppeling, addOutboxCounts, addStops, emptyStatus, recentFailures, seenPersons } from './duo-status-support.ts';

export async function getDuoStatus(ctx: UseCaseContext, options: { configured: boolean; recentFailures?: boolean }): Promise<DuoStatusView> {
  const { principal } = ctx;
  const sight = { seesCases: principal.permissions.includes('case:read'), seesBsn: principal.permissions.includes('case:read-sensitive') };
  const ids = principal.gemeenten.map((g) => g.id);
  return inScope(
    ctx.db,
    scopeOf(principal),
    async (tx) => {
      const status = new Map<string, DuoGemeenteStatus>(principal.gemeenten.map((g) => [g.id, emptyStatus(g)]));
      if (ids.length === 0) return { now: ctx.now.toISOString(), configured: options.configured, gemeenten: [], recentFailures: [] };
      await addKoppeling(tx, status, ids, sight);
      await addOutboxCounts(tx, status);
      await addInboxCounts(tx, status);
      await addStops(tx, status, sight);
      // The werkvoorraad's notice asks for the counts only: no failures, so nobody's data is read.
      if (options.recentFailures === false) return { now: ctx.now.toISOString(), configured: options.configured, gemeenten: [...status.values()], recentFailures: [] };
      const failures = await recentFailures(tx, sight);
      // What the user sees of a person is logged, as in the case file's DUO part.
      const seen = seenPersons(failures);
      if (seen.length > 0) await logProcessed(tx, ctx, 'duoGegevensuitwisseling', 'read', 'getDuoStatus', seen);
      return { now: ctx.now.toISOString(), configured: options.configured, gemeenten: [...status.values()], recentFailures: failures };
    },
    { readOnly: true },
  );
}
