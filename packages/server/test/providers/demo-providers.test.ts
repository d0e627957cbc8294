// The demo's providers (work package Z2): the partner-aanbieder demo user reports for Taalhuis Zuid,
// which has a contract with a placement, so "Mijn deelnemers" shows a participant; the demo PVT
// group's provider comes from the register; the beheerder sees both providers and the contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, demoPassword } from '../../src/demo/seed.ts';
import { createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
  expect(await seedDemo(koers.database.db, { secret: 'demo-geheim'.padEnd(40, 'x') })).toBe(true);
});
afterAll(() => koers.close());

describe('demo providers', () => {
  it('the demo aanbieder sees the person placed under the contract of its provider', async () => {
    const partner = await loginAs(koers.app, 'aanbieder@drechtsteden.demo', demoPassword);
    const res = await partner.get('/api/aanbieder/placements');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ provider: { name: string } | null; placements: { personName: string; contractName: string; location: string | null }[] }>();
    expect(body.provider).toEqual({ name: 'Taalhuis Zuid' });
    expect(body.placements).toEqual([expect.objectContaining({ personName: 'Selam Ghebremedhin', contractName: 'Inburgering Drechtsteden', location: 'Dordrecht Centrum' })]);
  });

  it('the beheerder sees the providers and the shared contract; the PVT group names its registered provider', async () => {
    const beheerder = await loginAs(koers.app, 'beheerder@drechtsteden.demo', demoPassword);
    const overview = (await beheerder.get('/api/admin/providers')).json<{ providers: { id: string; name: string; contracts: { name: string; gemeenten: { name: string }[] }[] }[] }>();
    expect(overview.providers.map((p) => p.name)).toEqual(['Stichting Samen Verder', 'Taalhuis Zuid']);
    expect(overview.providers[1]?.contracts).toEqual([expect.objectContaining({ name: 'Inburgering Drechtsteden', gemeenten: [expect.objectContaining({ name: 'Dordrecht' }), expect.objectContaining({ name: 'Zwijndrecht' })] })]);
    const regisseur = await loginAs(koers.app, 'regisseur@drechtsteden.demo', demoPassword);
    const groups = (await regisseur.get('/api/pvt-groups')).json<{ id: string; name: string }[]>();
    const group = groups.find((g) => g.name === 'PVT najaar');
    expect(group).toBeDefined();
    const detail = (await regisseur.get(`/api/pvt-groups/${group?.id ?? ''}`)).json<{ providerId: string | null; providerName: string }>();
    expect(detail).toEqual(expect.objectContaining({ providerId: overview.providers[0]?.id, providerName: 'Stichting Samen Verder' }));
  });
});
