// The werkvoorraad: signals appear and disappear as a case changes; own vs team; gemeente and
// kind filters; permissions (403) and isolation (never another gemeente's items).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseIntakes, intakeInvitations, learnabilityTests, pips } from '../../src/db/schema.ts';
import { refreshSignals } from '../../src/workqueue/refresh-signals.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, snapshotOf } from '../support/fixtures.ts';
import { caseVersion } from '../support/versions.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
const now = new Date('2026-11-23T10:00:00Z');
const today = '2026-11-23';

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Werkvoorraad');
  other = await createGemeente(koers.database, 'Ander');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, g.users.teamleider.email);
});
afterAll(() => koers.close());

interface Item {
  caseId: string;
  kind: string;
  dueOn: string;
  overdue: boolean;
  reason: string;
  link: string;
  gemeenteId: string;
}
const items = async (client: Client, query = '') => {
  const response = await client.get(`/api/workqueue${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Item[]; total: number; overdue: number }>();
};
const kindsOf = async (client: Client, caseId: string, query = '?upcoming=true') => (await items(client, query)).items.filter((i) => i.caseId === caseId).map((i) => i.kind).sort();

async function change(caseId: string, work: Parameters<typeof asSystem>[1]) {
  await asSystem(koers.database.db, async (tx) => {
    await work(tx);
    await refreshSignals(tx, caseId, today);
  });
}

describe('signals follow the state of the case', () => {
  it('intake not started → invitation → no-show → warning → intake → toets → PIP', async () => {
    const c = (await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), linkedOn: '2026-10-01', duoNoticeOn: '2026-09-20', registeredOn: '2026-09-10' })).json<{ id: string }>();
    expect(await kindsOf(regisseur, c.id)).toEqual(['intake-not-started', 'pip-due']);
    const due = (await items(regisseur)).items.find((i) => i.caseId === c.id && i.kind === 'intake-not-started')!;
    expect(due).toMatchObject({ dueOn: '2026-10-01', overdue: true, link: `/dossiers/${c.id}/intake` });
    expect(due.reason).toContain('1 oktober 2026');

    await change(c.id, (tx) => tx.insert(intakeInvitations).values({ caseId: c.id, gemeenteId: g.gemeenteId, sequence: 1, sentOn: '2026-11-01', respondBy: '2026-11-15' }));
    expect(await kindsOf(regisseur, c.id)).toEqual(['invitation-deadline', 'pip-due']);
    const passed = (await items(regisseur, '?kind=invitation-deadline')).items.find((i) => i.caseId === c.id)!;
    expect(passed.overdue).toBe(true);

    await change(c.id, (tx) => tx.update(intakeInvitations).set({ outcome: 'no-show', outcomeOn: '2026-11-16' }).where(eq(intakeInvitations.caseId, c.id)));
    expect(await kindsOf(regisseur, c.id)).toEqual(['pip-due', 'warning-due']);

    await change(c.id, async (tx) => {
      await tx.insert(intakeInvitations).values({ caseId: c.id, gemeenteId: g.gemeenteId, sequence: 2, sentOn: '2026-11-17', respondBy: '2026-11-30', warningSentOn: '2026-11-17' });
    });
    expect(await kindsOf(regisseur, c.id)).toEqual(['invitation-deadline', 'pip-due']);
    // due on 30 November: not yet on today's list, but with upcoming=true
    expect((await items(regisseur)).items.filter((i) => i.caseId === c.id).map((i) => i.kind)).toEqual(['pip-due']);

    await change(c.id, async (tx) => {
      await tx.update(intakeInvitations).set({ outcome: 'appeared', outcomeOn: '2026-11-20' }).where(eq(intakeInvitations.sequence, 2));
      await tx.insert(caseIntakes).values({ caseId: c.id, gemeenteId: g.gemeenteId, status: 'in-gesprek', startedOn: '2026-11-20' });
    });
    expect(await kindsOf(regisseur, c.id)).toEqual(['pip-due', 'toets-not-planned']);

    await change(c.id, (tx) => tx.insert(learnabilityTests).values({ caseId: c.id, gemeenteId: g.gemeenteId, status: 'gepland', plannedAt: new Date('2026-11-27T09:00:00Z') }));
    expect(await kindsOf(regisseur, c.id)).toEqual(['pip-due']);

    await change(c.id, (tx) =>
      tx.insert(pips).values({ caseId: c.id, gemeenteId: g.gemeenteId, version: 1, kind: 'beschikking', status: 'concept', duoValidation: { accepted: false, errors: ['a2-on-first-pip'] } }),
    );
    // The concept also becomes work of its own if it stays unchanged for 14 days (upcoming here).
    expect(await kindsOf(regisseur, c.id)).toEqual(['duo-validation-failing', 'pip-concept-stuck', 'pip-due']);

    await change(c.id, (tx) => tx.update(pips).set({ status: 'vastgesteld', issuedOn: '2026-11-23', duoValidation: { accepted: true, errors: [] } }).where(eq(pips.caseId, c.id)));
    expect(await kindsOf(regisseur, c.id)).toEqual([]);
  });
});

describe('own and team', () => {
  it('own shows the cases one manages; team (teamleider) all of the gemeente; trajectregisseur may not ask for team', async () => {
    const mine = (await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), linkedOn: '2026-11-01' })).json<{ id: string }>();
    const theirs = (await teamleider.post('/api/cases', { ...caseInput(g.gemeenteId), linkedOn: '2026-11-01' })).json<{ id: string }>();
    const own = (await items(regisseur)).items.map((i) => i.caseId);
    expect(own).toContain(mine.id);
    expect(own).not.toContain(theirs.id);
    const team = (await items(teamleider, `?scope=team&gemeenteId=${g.gemeenteId}`)).items.map((i) => i.caseId);
    expect(team).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect((await regisseur.get('/api/workqueue?scope=team')).statusCode).toBe(403);
    for (const role of ['financieel-medewerker', 'partner-begeleiding', 'beheerder', 'beleidsadviseur'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      expect((await client.get('/api/workqueue')).statusCode, role).toBe(403);
    }
    // reassigning the case moves its signals to the new werkvoorraad
    await regisseur.request({ method: 'PUT', url: `/api/cases/${theirs.id}/case-manager`, payload: { version: await caseVersion(koers.database, theirs.id), caseManagerId: g.users.trajectregisseur.id } });
    expect((await items(regisseur)).items.map((i) => i.caseId)).toContain(theirs.id);
  });

  it('a case without a trajectregisseur is in the team\'s queue of unassigned cases until someone takes it', async () => {
    const loose = (await teamleider.post('/api/cases', { ...caseInput(g.gemeenteId), linkedOn: '2026-11-01', caseManagerId: null })).json<{ id: string }>();
    const unassigned = await items(teamleider, `?scope=unassigned&gemeenteId=${g.gemeenteId}&upcoming=true&limit=500`);
    expect(unassigned.items.filter((i) => i.caseId === loose.id).map((i) => i.kind)).toContain('no-case-manager');
    expect(unassigned.items.every((i) => i.caseId !== loose.id || i.link === `/dossiers/${loose.id}` || i.link.startsWith(`/dossiers/${loose.id}/`))).toBe(true);
    expect((await regisseur.get('/api/workqueue?scope=unassigned')).statusCode).toBe(403);
    await teamleider.request({ method: 'PUT', url: `/api/cases/${loose.id}/case-manager`, payload: { version: await caseVersion(koers.database, loose.id), caseManagerId: g.users.trajectregisseur.id } });
    expect((await items(teamleider, `?scope=unassigned&gemeenteId=${g.gemeenteId}&upcoming=true&limit=500`)).items.map((i) => i.caseId)).not.toContain(loose.id);
    expect(await kindsOf(regisseur, loose.id)).not.toContain('no-case-manager');
  });

  it('sorts by name, due date or kind, and never shows another gemeente', async () => {
    const otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
    const foreign = (await otherRegisseur.post('/api/cases', { ...caseInput(other.gemeenteId), linkedOn: '2026-11-01' })).json<{ id: string }>();
    const before = await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] });
    const team = await items(teamleider, '?scope=team&upcoming=true&limit=500');
    expect(team.items.map((i) => i.caseId)).not.toContain(foreign.id);
    expect((await items(teamleider, `?scope=team&gemeenteId=${other.gemeenteId}`)).total).toBe(0);
    const byDue = team.items.map((i) => i.dueOn);
    expect(byDue).toEqual([...byDue].sort());
    const byKindDesc = (await items(teamleider, '?scope=team&upcoming=true&sort=kind&order=desc&limit=500')).items.map((i) => i.kind);
    expect(byKindDesc).toEqual([...byKindDesc].sort().reverse());
    expect(await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] })).toBe(before);
  });
});
