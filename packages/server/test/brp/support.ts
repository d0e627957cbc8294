// Shared set-up for the BRP API tests: Koers with the embedded BRP stand-in (Koers talks to it over
// HTTP as to the BRP), a fixed clock, the test gemeente as Dordrecht (0505, so the stand-in's demo
// persons are registered in it), and a recorder that checks every exchange against the spec with a
// separately loaded validator.
import { eq } from 'drizzle-orm';
import { BrpValidator, loadBrpSpec, formatIssues, type BrpExchange, type BrpStandIn } from '@koers/brp';
import { asSystem } from '../../src/db/scope.ts';
import { gemeenten, processingLog } from '../../src/db/schema.ts';
import { createKoers } from '../../src/start.ts';
import { testDatabase } from '../support/database.ts';
import { createGemeente, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { snapshotOf, validBsn } from '../support/fixtures.ts';
import type { Database } from '../../src/db/database.ts';
import type { BrpService } from '../../src/brp/service.ts';

export const NOW = new Date('2026-06-01T10:00:00Z');

export interface BrpTestEnv {
  koers: TestKoers & { brp: BrpService | undefined };
  standIn: BrpStandIn;
  g: GemeenteFixture;
  other: GemeenteFixture;
  exchanges: BrpExchange[];
  login(role?: keyof GemeenteFixture['users'], fixture?: GemeenteFixture): Promise<Client>;
  contractViolations(): string[];
}

export async function startBrpEnv(): Promise<BrpTestEnv> {
  const exchanges: BrpExchange[] = [];
  const db = await testDatabase();
  const { app, database, config, brp } = await createKoers({
    logLevel: 'silent',
    demo: false,
    secret: 'test-geheim-'.padEnd(40, 'x'),
    database: db.config,
    now: () => NOW,
    brp: { mode: 'embedded', baseUrl: undefined, apiKey: undefined, tls: undefined, timeoutMs: 3_000 },
    brpDeps: { onExchange: (x) => exchanges.push(x) },
  });
  await app.ready();
  const koers = {
    app,
    database,
    config,
    brp,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
  const standIn = koers.brp?.standIn;
  if (!standIn) throw new Error('BRP-stand-in niet gestart');
  const g = await createGemeente(koers.database, 'Dordrecht');
  const other = await createGemeente(koers.database, 'Ander');
  await asSystem(koers.database.db, async (tx) => {
    await tx.update(gemeenten).set({ code: '0505', name: 'Dordrecht' }).where(eq(gemeenten.id, g.gemeenteId));
    await tx.update(gemeenten).set({ code: '0642', name: 'Zwijndrecht' }).where(eq(gemeenten.id, other.gemeenteId));
  });
  const independent = new BrpValidator(loadBrpSpec());
  return {
    koers,
    standIn,
    g,
    other,
    exchanges,
    login: (role = 'trajectregisseur', fixture = g) => loginAs(koers.app, fixture.users[role].email),
    contractViolations: () =>
      exchanges.flatMap((x) => {
        const req = independent.validateQuery(x.requestBody, { strictProperties: true });
        const res = x.status
          ? independent.validateResponse(
              { status: x.status, body: x.responseBody, ...(x.contentType ? { contentType: x.contentType } : {}) },
              { strictProperties: true },
            )
          : [];
        return [...req, ...res].length > 0 ? [`${x.operation} ${x.status ?? '-'}: ${formatIssues([...req, ...res])}`] : [];
      }),
  };
}

/** Everything of a gemeente except its processing log (a BRP question is logged even when it fails). */
export async function dataOf(database: Database, gemeenteId: string, organisationId: string): Promise<unknown> {
  const all = JSON.parse(await snapshotOf(database, { organisationId, gemeenteIds: [gemeenteId] })) as Record<string, unknown>;
  delete all['processing_log'];
  delete all['sessions'];
  return all;
}

export async function logRows(database: Database, resourceId: string) {
  return asSystem(database.db, (tx) => tx.select().from(processingLog).where(eq(processingLog.resourceId, resourceId)));
}

/**
 * A new person in the stand-in, a copy of one of its demo persons under a fresh BSN: every test
 * gets its own case (one case per BSN per gemeente) with the demo person's data.
 */
export function personLike(standIn: BrpStandIn, bsn: string): string {
  const source = standIn.persoon(bsn);
  if (!source) throw new Error(`geen persoon ${bsn} in de stand-in`);
  let fresh = validBsn();
  while (standIn.persoon(fresh)) fresh = validBsn();
  standIn.seed({ ...source, burgerservicenummer: fresh });
  return fresh;
}
