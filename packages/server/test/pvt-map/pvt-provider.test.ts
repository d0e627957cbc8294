// The PVT group's provider comes from the organisation's register (ADR 0144): a provider of kind
// pvt-aanbieder is accepted and its name shown; another organisation's provider is "not found" (404),
// a provider of another kind is refused (422); neither changes anything. Typed names still work for
// groups made before the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotOf } from '../support/fixtures.ts';
import type { Client } from '../support/koers.ts';
import { startDuoEnv, type DuoTestEnv } from '../duo/support.ts';

let env: DuoTestEnv;
let regisseur: Client;
let pvtProviderId: string;
let taalProviderId: string;
let foreignProviderId: string;

const group = (extra: Record<string, unknown>) => ({ gemeenteId: env.gemeente.gemeenteId, name: 'PVT najaar', interpreterLanguage: null, ceremonyOn: null, ...extra });
const snapshot = () => snapshotOf(env.database, { organisationId: env.gemeente.organisationId, gemeenteIds: [env.gemeente.gemeenteId] });

beforeAll(async () => {
  env = await startDuoEnv();
  regisseur = await env.login();
  const beheerder = await env.login('beheerder');
  const pvt = await beheerder.post('/api/admin/providers', { name: 'Stichting Welkom', kinds: ['pvt-aanbieder', 'map-aanbieder'] });
  expect(pvt.statusCode, pvt.body).toBe(201);
  pvtProviderId = pvt.json<{ id: string }>().id;
  const taal = await beheerder.post('/api/admin/providers', { name: 'Taalcentrum Zuid', kinds: ['taalaanbieder'] });
  taalProviderId = taal.json<{ id: string }>().id;
  const foreign = await (await env.login('beheerder', env.other)).post('/api/admin/providers', { name: 'Elders PVT', kinds: ['pvt-aanbieder'] });
  expect(foreign.statusCode, foreign.body).toBe(201);
  foreignProviderId = foreign.json<{ id: string }>().id;
});
afterAll(async () => {
  await env.close();
});

describe('PVT provider from the register', () => {
  it('lists only the organisation’s providers of the asked kind', async () => {
    const res = await regisseur.get('/api/providers?soort=pvt-aanbieder');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ name: string; kinds: { label: string }[] }[]>()).toEqual([expect.objectContaining({ name: 'Stichting Welkom', kinds: [{ kind: 'pvt-aanbieder', label: 'PVT-aanbieder' }, { kind: 'map-aanbieder', label: 'MAP-aanbieder' }] })]);
    expect((await regisseur.get('/api/providers?soort=onbekend')).statusCode).toBe(400);
  });

  it('a group picks a PVT provider; its name is the group’s provider name, also after a change', async () => {
    const created = await regisseur.post('/api/pvt-groups', group({ providerId: pvtProviderId }));
    expect(created.statusCode, created.body).toBe(200);
    const body = created.json<{ id: string; version: number; providerId: string | null; providerName: string }>();
    expect(body).toMatchObject({ providerId: pvtProviderId, providerName: 'Stichting Welkom' });
    const typed = await regisseur.request({ method: 'PUT', url: `/api/pvt-groups/${body.id}`, payload: { name: 'PVT najaar', providerName: 'Oude naam', interpreterLanguage: null, ceremonyOn: null, version: body.version } });
    expect(typed.statusCode, typed.body).toBe(200);
    expect(typed.json()).toMatchObject({ providerId: null, providerName: 'Oude naam' });
  });

  it('another organisation’s provider is not found (404) and nothing is written', async () => {
    const before = await snapshot();
    const res = await regisseur.post('/api/pvt-groups', group({ providerId: foreignProviderId }));
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { field: string } }>().error.field).toBe('providerId');
    expect(await snapshot()).toBe(before);
  });

  it('a provider of another kind is refused (422) with the reason at the field, and nothing is written', async () => {
    const before = await snapshot();
    const res = await regisseur.post('/api/pvt-groups', group({ providerId: taalProviderId }));
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { code: string; field: string; message: string } }>().error).toMatchObject({ code: 'PROVIDER_WRONG_KIND', field: 'providerId', message: expect.stringContaining('Taalcentrum Zuid is geen PVT-aanbieder') as string });
    expect(await snapshot()).toBe(before);
  });

  it('neither a provider nor a typed name: the provider field is named', async () => {
    const res = await regisseur.post('/api/pvt-groups', group({}));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe('providerId');
  });
});
