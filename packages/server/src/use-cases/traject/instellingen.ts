/**
 * DUO's list of cursusinstellingen (Inburgeringsaanbod API, GET /instellingen), fetched through
 * the gemeente's DUO client and kept in memory for a while: the list changes rarely and the
 * placement form and use case need it often. When DUO cannot be reached, the last list is used;
 * when there is none, DUO_UNAVAILABLE (nothing is written).
 */
import { inArray, isNotNull, and, eq } from 'drizzle-orm';
import type { Instelling } from '@koers/duo';
import type { Tx } from '../../db/database.ts';
import type { DuoService } from '../../duo/service.ts';
import { gemeentenInScope } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { InstellingView } from './traject.view.ts';

export const INSTELLINGEN_TTL_MS = 6 * 60 * 60 * 1000;

export type { InstellingView } from './traject.view.ts';

export function instellingView(i: Instelling): InstellingView {
  return {
    instellingsnummer: i.instellingsnummer,
    naam: i.naam,
    plaatsnaam: i.plaatsnaam,
    keurmerk: i.indicatieBowKeurmerk === true,
    taalschakel: i.indicatieTstKeurmerk === true,
  };
}

/** Looks the list up for a gemeente (its OIN is the bron of the request; null: no OIN known). */
export type InstellingenLookup = (bronOin: string | null, now: Date) => Promise<readonly InstellingView[]>;

interface Cached {
  fetchedAt: number;
  list: readonly InstellingView[];
}

const caches = new WeakMap<object, Cached>();

/** The lookup for a running Koers (one cache per DUO koppeling). */
export function instellingenLookup(duo: DuoService | undefined): InstellingenLookup {
  return async (bronOin, now) => {
    const cached = duo ? caches.get(duo) : undefined;
    if (cached && now.getTime() - cached.fetchedAt < INSTELLINGEN_TTL_MS) return cached.list;
    let reason: string;
    if (!duo) reason = 'de koppeling met DUO is niet ingesteld';
    else if (!bronOin) reason = 'voor deze gemeente is geen OIN ingesteld';
    else {
      try {
        const result = await duo.clients.forGemeente(bronOin).getInstellingen();
        const list = result.body.map(instellingView).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
        caches.set(duo, { fetchedAt: now.getTime(), list });
        return list;
      } catch (err) {
        reason = `DUO gaf geen lijst met instellingen (${err instanceof Error ? err.message : String(err)})`;
      }
    }
    // The last known list is better than none: DUO checks the instelling again on receipt.
    if (cached) return cached.list;
    throw new AppError('DUO_UNAVAILABLE', { message: `De lijst met instellingen van DUO is niet beschikbaar: ${reason}. Probeer het later opnieuw; er is niets opgeslagen.` });
  };
}

/** The OIN of one gemeente (in the caller's scope). */
export async function gemeenteOin(tx: Tx, gemeenteId: string): Promise<string | null> {
  const [row] = await tx.select({ oin: gemeentenInScope.oin }).from(gemeentenInScope).where(eq(gemeentenInScope.id, gemeenteId));
  return row?.oin ?? null;
}

/** DUO's instellingen, for the placement form (any of the user's gemeenten with an OIN speaks). */
export async function listInstellingen(ctx: UseCaseContext, lookup: InstellingenLookup): Promise<readonly InstellingView[]> {
  const ids = ctx.principal.gemeenten.map((g) => g.id);
  const oin = ids.length === 0
    ? null
    : await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
        const [row] = await tx.select({ oin: gemeentenInScope.oin }).from(gemeentenInScope).where(and(inArray(gemeentenInScope.id, ids), isNotNull(gemeentenInScope.oin))).orderBy(gemeentenInScope.name).limit(1);
        return row?.oin ?? null;
      });
  return lookup(oin, ctx.now);
}
