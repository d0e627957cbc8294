// The werkvoorraad reads its page, its totals and the names it shows in one statement (ADR 0040 addendum of the
// eleventh session): another case manager's name from users, one's own from the session, none without a case
// manager, and the case's name when the signal carries none. An export refuses a list that is too long before
// anything is read or logged.
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { cases, caseSignals, processingLog, users } from '../../src/db/schema.ts';
import { newTraceContext } from '../../src/privacy/processing-log.ts';
import { listWorkqueue, type WorkqueueQuery } from '../../src/use-cases/workqueue/list-workqueue.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { insertCase, signedIn } from '../support/fixtures.ts';
import { testDatabaseKind } from '../support/database.ts';
import { propertyOf } from '../../src/util/guards.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
let caseId: string;
const now = new Date('2026-11-23T10:00:00Z');
const name = async (id: string) => asSystem(koers.database.db, async (tx) => (await tx.select({ name: users.name }).from(users).where(eq(users.id, id)))[0]?.name);

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Namen');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, g.users.teamleider.email);
  caseId = await insertCase(koers.database, g.gemeenteId, { givenNames: 'Selam', familyName: 'Haile' });
  const signal = { caseId, gemeenteId: g.gemeenteId, reason: 'test', section: 'intake' };
  await asSystem(koers.database.db, async (tx) => {
    await tx.delete(caseSignals).where(eq(caseSignals.caseId, caseId));
    await tx.insert(caseSignals).values([
      { ...signal, caseManagerId: g.users.trajectregisseur.id, kind: 'intake-not-started', dueOn: '2026-11-01', data: { deadline: null, name: 'Naam Uit Signaal' } },
      { ...signal, caseManagerId: g.users.teamleider.id, kind: 'invitation-deadline', dueOn: '2026-11-02', data: { deadline: '2026-11-30', name: 'Naam Uit Signaal' } },
      { ...signal, caseManagerId: null, kind: 'pip-due', dueOn: '2026-11-03', data: {} },
      { ...signal, caseManagerId: g.users.trajectregisseur.id, kind: 'warning-due', dueOn: '2026-11-04', data: { deadline: '2026-12-05' } },
    ]);
  });
});
afterAll(() => koers.close());

interface List {
  items: { kind: string; caseName: string; caseManagerName: string | null; deadline: string | null; overdue: boolean }[];
  total: number;
  overdue: number;
}
const list = async (client: Client, query: string): Promise<List> => {
  const response = await client.get(`/api/workqueue${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<List>();
};
const shown = (l: List) => l.items.map((i) => [i.kind, i.caseName, i.caseManagerName, i.deadline, i.overdue]);

describe('the names on the werkvoorraad', () => {
  it('team view: another case manager by name, oneself from the session, none without a case manager; the case name when the signal has none', async () => {
    const [regisseurName, leadName] = [await name(g.users.trajectregisseur.id), await name(g.users.teamleider.id)];
    expect(regisseurName).toBeTruthy();
    expect(leadName).not.toBe(regisseurName);
    const l = await list(teamleider, `?scope=team&gemeenteId=${g.gemeenteId}`);
    expect(shown(l)).toEqual([
      ['intake-not-started', 'Naam Uit Signaal', regisseurName, null, true],
      ['invitation-deadline', 'Naam Uit Signaal', leadName, '2026-11-30', false],
      ['pip-due', 'Selam Haile', null, null, true],
      ['warning-due', 'Selam Haile', regisseurName, '2026-12-05', false],
    ]);
    expect([l.total, l.overdue]).toEqual([4, 2]);
  });

  it('own view: one’s own name on every item; the unassigned queue has none', async () => {
    const regisseurName = await name(g.users.trajectregisseur.id);
    expect(shown(await list(regisseur, ''))).toEqual([
      ['intake-not-started', 'Naam Uit Signaal', regisseurName, null, true],
      ['warning-due', 'Selam Haile', regisseurName, '2026-12-05', false],
    ]);
    const unassigned = await list(teamleider, '?scope=unassigned');
    expect(shown(unassigned)).toEqual([['pip-due', 'Selam Haile', null, null, true]]);
    expect([unassigned.total, unassigned.overdue]).toEqual([1, 1]);
  });

  it('a page further on still has the whole list’s totals, and the names of its own rows', async () => {
    const l = await list(teamleider, `?scope=team&gemeenteId=${g.gemeenteId}&limit=2&offset=2`);
    expect(shown(l).map(([kind, caseName]) => [kind, caseName])).toEqual([['pip-due', 'Selam Haile'], ['warning-due', 'Selam Haile']]);
    expect([l.total, l.overdue]).toEqual([4, 2]);
  });
});

/** The statements sent while `work` runs: PGlite's Parse (P) and simple Query (Q) messages, or node-postgres's queries. */
async function statementsDuring(work: () => Promise<void>): Promise<string[]> {
  const sent: string[] = [];
  if (testDatabaseKind === 'postgresql') {
    const submit = pg.Query.prototype.submit;
    pg.Query.prototype.submit = function (this: pg.Query & { text?: string }, connection) {
      sent.push((this.text ?? '').replace(/\s+/g, ' ').trim());
      return submit.call(this, connection);
    };
    await work().finally(() => {
      pg.Query.prototype.submit = submit;
    });
    return sent;
  }
  const client: unknown = propertyOf(koers.database.db, '$client');
  if (typeof client !== 'object' || client === null || !('execProtocolStream' in client) || typeof client.execProtocolStream !== 'function') throw new Error('PGlite expected');
  const original: unknown = client.execProtocolStream;
  Object.assign(client, {
    execProtocolStream: (message: Uint8Array, options?: object): unknown => {
      if (message[0] === 0x50 || message[0] === 0x51) sent.push(new TextDecoder().decode(message));
      return Reflect.apply(original as (...args: unknown[]) => unknown, client, [message, options]);
    },
  });
  await work().finally(() => Object.assign(client, { execProtocolStream: original }));
  return sent;
}

describe('one statement', () => {
  it('reads the page, its totals and the other case manager’s and the case’s names in one statement', async () => {
    await list(teamleider, `?scope=team&gemeenteId=${g.gemeenteId}`); // the session in the cache, as for every request but the first
    const sent = await statementsDuring(async () => {
      const l = await list(teamleider, `?scope=team&gemeenteId=${g.gemeenteId}`);
      expect(l.items.map((i) => i.caseManagerName)).toContain(null);
    });
    const reads = sent.filter((text) => text.includes('case_signals'));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/"users"/);
    expect(reads[0]).toMatch(/"cases"/);
    // On PostgreSQL: BEGIN, the scope and the read (its parameters written in) in one round trip, the processing-log
    // rows with COMMIT in the other (combining-client.ts).
    if (testDatabaseKind === 'postgresql') {
      expect(sent).toHaveLength(2);
      expect(sent[0]).toMatch(/^begin; \/\* koers:bij-volgende \*\/ SELECT set_config\('role', 'koers_app', true\).*; SELECT \(SELECT coalesce\(json_agg/);
      expect(sent[0]).not.toMatch(/\$\d/);
      expect(sent[1]).toMatch(/INSERT INTO processing_log .*;\s*commit$/);
    }
  });
});

describe('an export of the werkvoorraad', () => {
  const exportQuery = (refuseAbove: number): WorkqueueQuery => ({ scope: 'team', gemeenteId: g.gemeenteId, sort: 'dueOn', order: 'asc', includeUpcoming: false, limit: 10, offset: 0, operationName: 'exportWorkqueue', refuseAbove });
  const logged = () => asSystem(koers.database.db, async (tx) => (await tx.select({ id: processingLog.resourceId }).from(processingLog).where(eq(processingLog.operationName, 'exportWorkqueue'))).map((r) => r.id));

  it('refuses a list longer than allowed before anything is logged, and lists (and logs) one that fits', async () => {
    const { principal } = await signedIn(koers.database, g.users.teamleider.id, now);
    const ctx = { db: koers.database.db, now, principal, log: { trace: newTraceContext(), pseudonymKey: koers.config.secret } };
    await expect(listWorkqueue(ctx, exportQuery(3))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await logged()).toEqual([]);
    const l = await listWorkqueue(ctx, exportQuery(4));
    expect(l.items.map((i) => [i.kind, i.caseName])).toEqual([
      ['intake-not-started', 'Naam Uit Signaal'],
      ['invitation-deadline', 'Naam Uit Signaal'],
      ['pip-due', 'Selam Haile'],
      ['warning-due', 'Selam Haile'],
    ]);
    expect([l.total, l.overdue]).toEqual([4, 2]);
    expect(await logged()).toEqual([caseId]);
  });
});

describe('the case row is not what names a signal that carries a name', () => {
  it('keeps the signal’s name even when the case is renamed (until the signals are refreshed)', async () => {
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ givenNames: 'Andere' }).where(eq(cases.id, caseId)));
    const l = await list(teamleider, `?scope=team&gemeenteId=${g.gemeenteId}`);
    expect(l.items.map((i) => i.caseName)).toEqual(['Naam Uit Signaal', 'Naam Uit Signaal', 'Andere Haile', 'Andere Haile']);
  });
});
