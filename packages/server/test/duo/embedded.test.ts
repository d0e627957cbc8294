// `npm start` in demo mode: the DUO simulator runs embedded, Koers talks to it, and a few
// notifications arrive shortly after start, processed without anyone ticking the worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { startKoers, type RunningKoers } from '../../src/start.ts';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, cases, gemeenten, learnabilityTests } from '../../src/db/schema.ts';
import { testDatabase } from '../support/database.ts';

let koers: RunningKoers;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await testDatabase();
  drop = db.drop;
  koers = await startKoers({
    logLevel: 'silent',
    demo: true,
    port: 0,
    host: '127.0.0.1',
    secret: 'test-geheim-'.padEnd(40, 'x'),
    database: db.config,
    duo: { mode: 'embedded', baseUrl: undefined, duoOin: undefined, tls: undefined, timeoutMs: 5_000, demoEvents: true },
  });
});
afterAll(async () => {
  await koers.close();
  await drop();
});

async function waitFor<T>(what: () => Promise<T | undefined>, timeoutMs = 40_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await what();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('niet op tijd');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('embedded DUO simulator in demo mode', () => {
  it('knows the demo gemeenten by the OIN the seed gives them, and shows DUO notifications arriving after start', async () => {
    const withOin = await asSystem(koers.database.db, (tx) => tx.select({ code: gemeenten.code }).from(gemeenten).where(isNotNull(gemeenten.oin)));
    expect(withOin.map((g) => g.code).sort()).toEqual(['0148', '0482', '0505', '0523', '0531', '0590', '0610', '0642']);

    const created = await waitFor(async () => {
      const [c] = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.bsn, '999990135')));
      return c;
    });
    expect(created).toMatchObject({ source: 'duo', targetGroup: 'asiel', obliged: true });

    const olena = await waitFor(async () => {
      const [c] = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(and(eq(cases.bsn, '999990032'), isNotNull(cases.termStart))));
      return c;
    });
    expect(olena.termEndExclusive).not.toBeNull();

    const amanuel = await waitFor(async () => {
      const [c] = await asSystem(koers.database.db, (tx) => tx.select({ id: cases.id }).from(cases).where(eq(cases.bsn, '999990019')));
      if (!c) return undefined;
      const [t] = await asSystem(koers.database.db, (tx) => tx.select().from(learnabilityTests).where(and(eq(learnabilityTests.caseId, c.id), eq(learnabilityTests.status, 'afgenomen'))));
      return t ? { caseId: c.id, test: t } : undefined;
    });
    expect(amanuel.test).toMatchObject({ source: 'duo', advisedRoute: 'B1' });
    const events = await asSystem(koers.database.db, (tx) => tx.select({ kind: caseEvents.kind, source: caseEvents.source }).from(caseEvents).where(eq(caseEvents.caseId, amanuel.caseId)));
    expect(events).toEqual(expect.arrayContaining([{ kind: 'duo.SS137', source: 'duo' }, { kind: 'duo.SS131', source: 'duo' }]));
  });
});
