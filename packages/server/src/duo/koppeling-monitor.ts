/**
 * When Koers last got an answer from DUO, and the last time it did not, per gemeente (bron OIN):
 * what the DUO page shows as "laatste geslaagde verbinding". Every exchange of every client is
 * noted in memory; the worker writes the news to `duo_koppeling_status` once per pass (one row per
 * gemeente, never backwards in time, so several Koers processes can write it).
 */
import { inArray, sql } from 'drizzle-orm';
import { DuoContractError, DuoRejectedError, DuoRetryableError, type DuoExchange } from '@koers/duo';
import type { Db } from '../db/database.ts';
import { duoKoppelingStatus, gemeenten } from '../db/schema.ts';
import { asSystem } from '../db/scope.ts';
import { describeFailure } from './failure-reason.ts';

interface Seen {
  successAt?: Date;
  failure?: { at: Date; reason: string };
}

export class KoppelingMonitor {
  private seen = new Map<string, Seen>();

  constructor(private readonly now: () => Date) {}

  /** One exchange with DUO. A refusal is an answer too: the koppeling works. */
  note(exchange: DuoExchange): void {
    const oin = exchange.requestHeaders['bron'];
    if (oin === undefined) return;
    const err = exchange.error;
    const answered = err === undefined || err instanceof DuoRejectedError;
    const failed = err instanceof DuoRetryableError || (err instanceof DuoContractError && err.direction === 'response');
    if (!answered && !failed) return; // a request Koers did not send (spec check) says nothing about DUO
    const at = this.now();
    const entry = this.seen.get(oin) ?? {};
    if (answered) entry.successAt = at;
    else entry.failure = { at, reason: describeFailure(err).reason };
    this.seen.set(oin, entry);
  }

  /** Write what was seen since the last flush. */
  async flush(db: Db): Promise<void> {
    if (this.seen.size === 0) return;
    const seen = this.seen;
    this.seen = new Map();
    try {
      await asSystem(db, async (tx) => {
        const rows = await tx.select({ id: gemeenten.id, oin: gemeenten.oin }).from(gemeenten).where(inArray(gemeenten.oin, [...seen.keys()]));
        for (const g of rows) {
          const s = g.oin ? seen.get(g.oin) : undefined;
          if (!s) continue;
          await tx
            .insert(duoKoppelingStatus)
            .values({ gemeenteId: g.id, lastSuccessAt: s.successAt ?? null, lastFailureAt: s.failure?.at ?? null, lastFailureReason: s.failure?.reason ?? null })
            .onConflictDoUpdate({
              target: duoKoppelingStatus.gemeenteId,
              set: {
                lastSuccessAt: sql`GREATEST(${duoKoppelingStatus.lastSuccessAt}, excluded.last_success_at)`,
                lastFailureReason: sql`CASE WHEN excluded.last_failure_at IS NOT NULL AND (${duoKoppelingStatus.lastFailureAt} IS NULL OR excluded.last_failure_at >= ${duoKoppelingStatus.lastFailureAt}) THEN excluded.last_failure_reason ELSE ${duoKoppelingStatus.lastFailureReason} END`,
                lastFailureAt: sql`GREATEST(${duoKoppelingStatus.lastFailureAt}, excluded.last_failure_at)`,
              },
            });
        }
      });
    } catch (err) {
      // Not written now: keep it for the next flush (newer news wins).
      for (const [oin, s] of seen) if (!this.seen.has(oin)) this.seen.set(oin, s);
      throw err;
    }
  }
}
