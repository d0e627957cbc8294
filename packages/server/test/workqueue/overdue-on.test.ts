// The werkvoorraad's overdue flag and counts come from case_signals.overdue_on, which the database sets on every
// insert and update (the legal deadline, or else the due date: migration 0067, ADR 0040 addendum); the page is read
// by its ids first. The same rule as before: overdue = past the deadline, or without one, due before today.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseSignals } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
let caseId: string;
const now = new Date('2026-11-23T10:00:00Z');

interface Item {
  id: number;
  caseId: string;
  kind: string;
  dueOn: string;
  deadline: string | null;
  overdue: boolean;
}
interface List {
  items: Item[];
  total: number;
  overdue: number;
}

// due before today without a deadline (overdue), due before today with a later deadline (not overdue), a passed
// deadline (overdue), due today (not overdue), due later (only with upcoming=true).
const signals = [
  { kind: 'intake-not-started', dueOn: '2026-11-01', deadline: null },
  { kind: 'invitation-deadline', dueOn: '2026-11-10', deadline: '2026-12-15' },
  { kind: 'pip-due', dueOn: '2026-11-10', deadline: '2026-11-20' },
  { kind: 'warning-due', dueOn: '2026-11-23', deadline: null },
  { kind: 'toets-not-planned', dueOn: '2026-12-01', deadline: null },
] as const;

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Termijnen');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, g.users.teamleider.email);
  const created = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), linkedOn: '2026-10-01', duoNoticeOn: '2026-09-20', registeredOn: '2026-09-10' });
  expect(created.statusCode, created.body).toBe(201);
  caseId = created.json<{ id: string }>().id;
  // The case's own signals replaced by the five above; a value for overdue_on given by a writer is not kept.
  await asSystem(koers.database.db, async (tx) => {
    await tx.delete(caseSignals).where(eq(caseSignals.caseId, caseId));
    await tx.insert(caseSignals).values(
      signals.map((s) => ({ caseId, gemeenteId: g.gemeenteId, caseManagerId: g.users.trajectregisseur.id, kind: s.kind, dueOn: s.dueOn, reason: 'test', section: 'intake', data: { deadline: s.deadline, name: 'Test Persoon' }, overdueOn: '2099-01-01' })),
    );
  });
});
afterAll(() => koers.close());

const list = async (client: Client, query: string): Promise<List> => {
  const response = await client.get(`/api/workqueue${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<List>();
};
const team = (query = '') => list(teamleider, `?scope=team&gemeenteId=${g.gemeenteId}${query}`);
const storedOverdueOn = () => asSystem(koers.database.db, async (tx) => (await tx.select({ kind: caseSignals.kind, overdueOn: caseSignals.overdueOn }).from(caseSignals).where(eq(caseSignals.caseId, caseId))).map((r): [string, string | null] => [r.kind, r.overdueOn]).sort());

describe('overdue_on, set by the database', () => {
  it('is the deadline, or else the due date, whatever the writer gave', async () => {
    expect(await storedOverdueOn()).toEqual([
      ['intake-not-started', '2026-11-01'],
      ['invitation-deadline', '2026-12-15'],
      ['pip-due', '2026-11-20'],
      ['toets-not-planned', '2026-12-01'],
      ['warning-due', '2026-11-23'],
    ]);
  });

  it('gives the same total, overdue count and flags as the rule, for the team and one’s own list', async () => {
    for (const l of [await team(), await list(regisseur, '')]) {
      expect(l.total).toBe(4);
      expect(l.overdue).toBe(2);
      expect(l.items.map((i) => [i.kind, i.dueOn, i.deadline, i.overdue])).toEqual([
        ['intake-not-started', '2026-11-01', null, true],
        ['invitation-deadline', '2026-11-10', '2026-12-15', false],
        ['pip-due', '2026-11-10', '2026-11-20', true],
        ['warning-due', '2026-11-23', null, false],
      ]);
    }
    const upcoming = await team('&upcoming=true');
    expect([upcoming.total, upcoming.overdue]).toEqual([5, 2]);
    expect(upcoming.items.at(-1)).toMatchObject({ kind: 'toets-not-planned', overdue: false });
    const onlyOverdue = await team('&overdue=true');
    expect([onlyOverdue.total, onlyOverdue.overdue, onlyOverdue.items.map((i) => i.kind)]).toEqual([2, 2, ['intake-not-started', 'pip-due']]);
    const oneKind = await team('&kind=pip-due');
    expect([oneKind.total, oneKind.overdue, oneKind.items.map((i) => i.kind)]).toEqual([1, 1, ['pip-due']]);
  });

  it('gives the case list and the dashboard the same overdue count', async () => {
    const cases = (await teamleider.get(`/api/cases?gemeenteId=${g.gemeenteId}`)).json<{ items: { id: string; openSignals: number; overdueSignals: number }[] }>();
    expect(cases.items.find((c) => c.id === caseId)).toMatchObject({ openSignals: 4, overdueSignals: 2 });
    const dashboard = await teamleider.get('/api/rapportages/dashboard?van=2026-07-01&tot=2026-12-31');
    expect(dashboard.statusCode, dashboard.body).toBe(200);
    const werkvoorraad = dashboard.json<{ tables: { id: string; rows: { key: string; cells: { kind: string; value?: number }[] }[] }[] }>().tables.find((t) => t.id === 'werkvoorraad');
    expect(werkvoorraad?.rows.find((r) => r.key === 'te-laat')?.cells[0]).toMatchObject({ kind: 'count', value: 2 });
  });

  it('pages in the list’s order, with the whole list’s totals on every page, in both directions and every sort', async () => {
    for (const order of ['sort=dueOn&order=asc', 'sort=dueOn&order=desc', 'sort=kind&order=asc', 'sort=kind&order=desc', 'sort=name&order=asc']) {
      const whole = await team(`&upcoming=true&${order}`);
      const pages = [await team(`&upcoming=true&${order}&limit=2&offset=0`), await team(`&upcoming=true&${order}&limit=2&offset=2`), await team(`&upcoming=true&${order}&limit=2&offset=4`)];
      expect(pages.map((p) => p.items.length), order).toEqual([2, 2, 1]);
      expect(pages.flatMap((p) => p.items.map((i) => i.id)), order).toEqual(whole.items.map((i) => i.id));
      expect(pages.map((p) => [p.total, p.overdue]), order).toEqual([[5, 2], [5, 2], [5, 2]]);
    }
    expect((await team('&sort=dueOn&order=desc')).items.map((i) => i.kind)).toEqual(['warning-due', 'invitation-deadline', 'pip-due', 'intake-not-started']);
  });

  it('follows an update of the deadline or the due date, and an update cannot set it to anything else', async () => {
    await asSystem(koers.database.db, async (tx) => {
      await tx.update(caseSignals).set({ data: { deadline: '2026-11-15', name: 'Test Persoon' } }).where(and(eq(caseSignals.caseId, caseId), eq(caseSignals.kind, 'invitation-deadline')));
      await tx.update(caseSignals).set({ dueOn: '2026-11-02' }).where(and(eq(caseSignals.caseId, caseId), eq(caseSignals.kind, 'warning-due')));
      await tx.update(caseSignals).set({ overdueOn: '2026-01-01' }).where(and(eq(caseSignals.caseId, caseId), eq(caseSignals.kind, 'toets-not-planned')));
    });
    const overdueOn = new Map(await storedOverdueOn());
    expect([overdueOn.get('invitation-deadline'), overdueOn.get('warning-due'), overdueOn.get('toets-not-planned')]).toEqual(['2026-11-15', '2026-11-02', '2026-12-01']);
    const after = await team();
    expect([after.total, after.overdue]).toEqual([4, 4]);
    expect(after.items.every((i) => i.overdue)).toBe(true);
  });
});
