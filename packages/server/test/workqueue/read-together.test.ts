// Several reads in one statement (db/read-together.ts) give exactly the rows drizzle gives for each read on
// its own, and refreshSignals runs in two statements: one read, one write (ADR 0059 addendum, tenth session).
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inScope, systemScope } from '../../src/db/scope.ts';
import { propertyOf } from '../../src/util/guards.ts';
import { caseDocuments, caseResults, cases, caseSignals, caseSturing, duoOutbox, intakeInvitations, pips, users } from '../../src/db/schema.ts';
import { fieldsOf, readTogether, rowsOf, totalsOf } from '../../src/db/read-together.ts';
import { refreshSignals } from '../../src/workqueue/refresh-signals.ts';
import { createGemeente, createTestKoers, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { insertCase } from '../support/fixtures.ts';
import { testDatabaseKind } from '../support/database.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let caseId: string;

beforeAll(async () => {
  koers = await createTestKoers();
  g = await createGemeente(koers.database, 'Samen lezen');
  caseId = await insertCase(koers.database, g.gemeenteId);
  const by = g.users.trajectregisseur.id;
  await asSystem(koers.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart: '2026-02-01', termEndExclusive: '2029-02-01', linkedOn: '2026-01-10' }).where(eq(cases.id, caseId));
    await tx.insert(pips).values([
      { gemeenteId: g.gemeenteId, caseId, version: 1, status: 'vervangen', kind: 'beschikking', route: 'B1', level: 'B1', a2Skills: ['lezen'], duoValidation: { duo: { accepted: false, errors: ['E1'] } }, createdBy: by },
      { gemeenteId: g.gemeenteId, caseId, version: 2, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-03-01', route: 'Z', hoursPerWeek: 12, duoValidation: 'tekst', mapThemesOmitted: [{ theme: 'werkcultuur', reason: 'werkt al' }], createdBy: by },
    ]);
    await tx.insert(intakeInvitations).values([
      { gemeenteId: g.gemeenteId, caseId, sequence: 2, sentOn: '2026-01-20', respondBy: '2026-02-03', appointmentAt: new Date('2026-02-01T09:30:00.123Z'), outcome: 'no-show', outcomeOn: '2026-02-01' },
      { gemeenteId: g.gemeenteId, caseId, sequence: 1, sentOn: '2026-01-12', respondBy: '2026-01-26', outcome: 'pending' },
    ]);
    await tx.insert(caseResults).values({ gemeenteId: g.gemeenteId, caseId, kind: 'pvt', completedOn: '2026-04-01', culpable: null, createdBy: by });
    await tx.insert(duoOutbox).values({ gemeenteId: g.gemeenteId, caseId, berichtId: crypto.randomUUID(), operation: 'pvt.result', payload: { bsn: '123', lijst: [1, 2] }, status: 'bevestigd', nextAttemptAt: new Date('2026-04-02T08:00:00Z') });
  });
});
afterAll(() => koers.close());

describe('reading together', () => {
  it('gives each read the rows drizzle gives for it alone: every column type, nulls, jsonb, order', async () => {
    await asSystem(koers.database.db, async (tx) => {
      const together = await readTogether(tx, {
        kase: rowsOf(cases, eq(cases.id, caseId)),
        pips: rowsOf(pips, eq(pips.caseId, caseId), [desc(pips.version)]),
        invitations: rowsOf(intakeInvitations, eq(intakeInvitations.caseId, caseId), [asc(intakeInvitations.sequence)]),
        results: rowsOf(caseResults, eq(caseResults.caseId, caseId)),
        outbox: rowsOf(duoOutbox, eq(duoOutbox.caseId, caseId)),
        none: rowsOf(pips, and(eq(pips.caseId, caseId), eq(pips.status, 'concept'))),
        fields: fieldsOf(pips, { version: pips.version, issuedOn: pips.issuedOn, createdAt: pips.createdAt, name: sql<string | null>`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${pips.createdBy})` }, eq(pips.caseId, caseId), [asc(pips.version)]),
      });
      expect(together.kase).toEqual(await tx.select().from(cases).where(eq(cases.id, caseId)));
      expect(together.pips).toEqual(await tx.select().from(pips).where(eq(pips.caseId, caseId)).orderBy(desc(pips.version)));
      expect(together.pips.map((p) => p.version)).toEqual([2, 1]);
      expect(together.invitations).toEqual(await tx.select().from(intakeInvitations).where(eq(intakeInvitations.caseId, caseId)).orderBy(asc(intakeInvitations.sequence)));
      expect(together.invitations[1]?.appointmentAt).toEqual(new Date('2026-02-01T09:30:00.123Z'));
      expect(together.results).toEqual(await tx.select().from(caseResults).where(eq(caseResults.caseId, caseId)));
      expect(together.outbox).toEqual(await tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)));
      expect(together.none).toEqual([]);
      const joined = await tx
        .select({ version: pips.version, issuedOn: pips.issuedOn, createdAt: pips.createdAt, name: users.name })
        .from(pips)
        .leftJoin(users, eq(users.id, pips.createdBy))
        .where(eq(pips.caseId, caseId))
        .orderBy(asc(pips.version));
      expect(together.fields).toEqual(joined);
      expect(together.fields[0]?.name).toEqual(expect.any(String));
    });
  });

  it('gives totals as one row, as drizzle counts them, also over no rows', async () => {
    await asSystem(koers.database.db, async (tx) => {
      const issued = sql<number>`count(*) filter (where ${pips.issuedOn} is not null)::int`;
      const together = await readTogether(tx, {
        some: totalsOf(pips, { n: sql<number>`count(*)::int`, issued, last: sql<number | null>`max(${pips.version})` }, eq(pips.caseId, caseId)),
        none: totalsOf(pips, { n: sql<number>`count(*)::int`, last: sql<number | null>`max(${pips.version})` }, eq(pips.status, 'bestaat-niet')),
      });
      const [counted] = await tx.select({ n: count(), issued }).from(pips).where(eq(pips.caseId, caseId));
      expect(together.some).toEqual({ ...counted, last: 2 });
      expect(together.some).toEqual({ n: 2, issued: 1, last: 2 });
      expect(together.none).toEqual({ n: 0, last: null });
    });
  });

  it('refuses a column JSON cannot carry exactly (bytea)', () => {
    expect(() => rowsOf(caseDocuments, eq(caseDocuments.caseId, caseId))).toThrow(/content/);
  });
});

describe('refreshing a case’s signals', () => {
  it.skipIf(testDatabaseKind !== 'pglite')('takes two statements: one read, one write (PGlite counts each; it was 29, and 40 with a running termijn)', async () => {
    const client: unknown = propertyOf(koers.database.db, '$client');
    if (typeof client !== 'object' || client === null || !('execProtocolStream' in client) || typeof client.execProtocolStream !== 'function') throw new Error('PGlite expected');
    const original: unknown = client.execProtocolStream;
    let statements = 0;
    Object.assign(client, {
      execProtocolStream: (message: Uint8Array, options?: object): unknown => {
        if (message[0] === 0x50 || message[0] === 0x51) statements += 1;
        return Reflect.apply(original as (...args: unknown[]) => unknown, client, [message, options]);
      },
    });
    const plain = await insertCase(koers.database, g.gemeenteId);
    // A running termijn (as after DUO's SS102) without the Z-route: the PVT/MAP figures come from the one read too.
    // Only a Z-route case reads its hours ledger as the participation view does (z-route-ledger.ts).
    const termed = await insertCase(koers.database, g.gemeenteId);
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart: '2026-02-01', termEndExclusive: '2029-02-01' }).where(eq(cases.id, termed)));
    try {
      for (const id of [plain, termed]) {
        await asSystem(koers.database.db, async (tx) => {
          statements = 0;
          await refreshSignals(tx, id, '2026-12-07');
          expect(statements).toBe(2);
        });
      }
    } finally {
      Object.assign(client, { execProtocolStream: original });
    }
  });

  it('writes the signals and the dashboard facts, the same rows each time; in another gemeente’s scope nothing changes', async () => {
    await asSystem(koers.database.db, (tx) => refreshSignals(tx, caseId, '2026-12-07'));
    const kinds = async () => (await asSystem(koers.database.db, (tx) => tx.select({ kind: caseSignals.kind }).from(caseSignals).where(eq(caseSignals.caseId, caseId)))).map((s) => s.kind).sort();
    const before = await kinds();
    expect(before).toContain('no-case-manager');
    const [sturing] = await asSystem(koers.database.db, (tx) => tx.select().from(caseSturing).where(eq(caseSturing.caseId, caseId)));
    expect(sturing?.obliged).toBe(true);
    // Again: the same rows, not twice as many.
    await asSystem(koers.database.db, (tx) => refreshSignals(tx, caseId, '2026-12-07'));
    expect(await kinds()).toEqual(before);
    // In another gemeente's transaction the case reads as absent and its signals are out of reach: nothing changes.
    const other = await createGemeente(koers.database, 'Anders');
    await inScope(koers.database.db, systemScope(other.organisationId, [other.gemeenteId]), (tx) => refreshSignals(tx, caseId, '2026-12-07'));
    expect(await kinds()).toEqual(before);
  });
});
