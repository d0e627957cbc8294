// X6 (ADR 0150): a provider sees a person only while the placement under its contract runs and for
// the contract's access_months_after_end after it was withdrawn — in its list, its report route and,
// by the partner wall, in the database itself. Another provider never sees it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '@koers/domain';
import { asSystem, inScope } from '../../src/db/scope.ts';
import { casePlacements, cases, userGemeenten, users } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, testPassword, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia, signedIn } from '../support/fixtures.ts';
import { todayIn } from '../../src/case-file/today.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let beheerder: Client;
let aanbieder: Client;
let otherAanbieder: Client;
let placementId: string;
let caseId: string;
let otherAanbiederId: string;
const today = todayIn(new Date());

const contractBody = (providerId: string, name: string) => ({
  providerId,
  name,
  gemeenteIds: [g.gemeenteId],
  routes: [{ route: 'B1', priceCents: 560_000 }],
  keurmerk: null,
  keurmerkValidUntil: null,
  locations: [{ name: 'Centrum', startMoments: [] }],
  reportingEveryWeeks: 6,
  startsOn: '2026-01-01',
  endsOn: '2028-12-31',
  accessMonthsAfterEnd: 3,
});

async function providerWithContract(name: string): Promise<{ providerId: string; contractId: string }> {
  const p = await beheerder.post('/api/admin/providers', { name, kinds: ['taalaanbieder'], instellingsnummer: null });
  expect(p.statusCode, p.body).toBe(201);
  const providerId = p.json<{ id: string }>().id;
  const c = await beheerder.post('/api/admin/contracts', contractBody(providerId, `${name} 2026`));
  expect(c.statusCode, c.body).toBe(201);
  expect(c.json()).toMatchObject({ accessMonthsAfterEnd: 3 });
  return { providerId, contractId: c.json<{ id: string }>().id };
}

beforeAll(async () => {
  koers = await createTestKoers();
  g = await createGemeente(koers.database, 'Inzage');
  beheerder = await loginAs(koers.app, g.users.beheerder.email);
  const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  const mine = await providerWithContract('Taalcentrum Zuid');
  const theirs = await providerWithContract('Taalhuis Noord');
  const [second] = await asSystem(koers.database.db, async (tx) => {
    const [hash] = await tx.select({ h: users.passwordHash }).from(users).where(eq(users.id, g.users['partner-aanbieder'].id));
    const rows = await tx.insert(users).values({ organisationId: g.organisationId, email: `noord.${Date.now()}@test.koers`, name: 'Taalhuis Noord', role: 'partner-aanbieder', passwordHash: hash?.h ?? '' }).returning();
    if (rows[0]) await tx.insert(userGemeenten).values({ userId: rows[0].id, gemeenteId: g.gemeenteId, organisationId: g.organisationId });
    return rows;
  });
  otherAanbiederId = second!.id;
  expect((await beheerder.post(`/api/admin/providers/${mine.providerId}/users`, { userId: g.users['partner-aanbieder'].id })).statusCode).toBeLessThan(300);
  expect((await beheerder.post(`/api/admin/providers/${theirs.providerId}/users`, { userId: otherAanbiederId })).statusCode).toBeLessThan(300);
  aanbieder = await loginAs(koers.app, g.users['partner-aanbieder'].email);
  otherAanbieder = await loginAs(koers.app, second!.email, testPassword);
  caseId = (await createCaseVia(regisseur, g.gemeenteId)).id;
  const [row] = await asSystem(koers.database.db, (tx) =>
    tx.insert(casePlacements).values({ gemeenteId: g.gemeenteId, caseId, instellingsnummer: '1000000001', instellingNaam: 'Taalcentrum Zuid', offeredOn: addDays(today, -60), literacy: 'NVT', contractId: mine.contractId, location: 'Centrum' }).returning(),
  );
  placementId = row!.id;
});
afterAll(() => koers.close());

const listed = async (client: Client) => (await client.get('/api/aanbieder/placements')).json<{ placements: { id: string; withdrawnOn: string | null; visibleUntil: string | null }[] }>().placements;
const casesSeenBy = async (userId: string) => {
  const session = await signedIn(koers.database, userId);
  return (await inScope(koers.database.db, session.scope, (tx) => tx.select({ id: cases.id }).from(cases))).map((c) => c.id);
};
const withdraw = (on: string) => asSystem(koers.database.db, (tx) => tx.update(casePlacements).set({ status: 'ingetrokken', withdrawnOn: on }).where(eq(casePlacements.id, placementId)));

describe('a provider sees a person by contract and period', () => {
  it('while the placement runs: its own provider sees it, another provider does not (list and database)', async () => {
    expect((await listed(aanbieder)).map((p) => p.id)).toEqual([placementId]);
    expect(await casesSeenBy(g.users['partner-aanbieder'].id)).toEqual([caseId]);
    expect(await listed(otherAanbieder)).toEqual([]);
    expect(await casesSeenBy(otherAanbiederId)).toEqual([]);
    const report = await otherAanbieder.post(`/api/aanbieder/placements/${placementId}/reports`, { kind: 'tussenrapportage', reportedOn: today, text: 'Gaat goed.', recommendation: 'doorgaan' });
    expect(report.statusCode).toBe(404);
  });

  it('withdrawn less than the contract\'s months ago: still listed, with the day it disappears', async () => {
    const on = addDays(today, -10);
    await withdraw(on);
    expect(await listed(aanbieder)).toEqual([expect.objectContaining({ id: placementId, withdrawnOn: on, visibleUntil: addMonths(on, 3) })]);
    expect(await casesSeenBy(g.users['partner-aanbieder'].id)).toEqual([caseId]);
  });

  it('withdrawn longer ago: gone from the list, the report route and the database', async () => {
    await withdraw(addDays(today, -200));
    expect(await listed(aanbieder)).toEqual([]);
    const report = await aanbieder.post(`/api/aanbieder/placements/${placementId}/reports`, { kind: 'tussenrapportage', reportedOn: today, text: 'Te laat.', recommendation: 'doorgaan' });
    expect(report.statusCode, report.body).toBe(404);
    expect(await casesSeenBy(g.users['partner-aanbieder'].id)).toEqual([]);
  });

  it('the regisseur still sees every case of the gemeente', async () => {
    expect(await casesSeenBy(g.users.trajectregisseur.id)).toContain(caseId);
  });
});
