// The hosting party (hostingbeheerder, admin:organisations): adds organisations with their first
// gemeenten and beheerder; sees organisations and gemeenten, never case data or users.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { gemeenten, organisations, recordHistory, users } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia, validOin } from '../support/fixtures.ts';

let koers: TestKoers;
let tenant: GemeenteFixture;
let hosting: Client;
beforeAll(async () => {
  koers = await createTestKoers();
  tenant = await createGemeente(koers.database, 'Huurder');
  // The fixture gives every organisation one user per role, the hosting role included.
  hosting = await loginAs(koers.app, tenant.users.hostingbeheerder.email);
});
afterAll(() => koers.close());

let nextCode = 9500;
let nextMail = 0;
const freshCode = () => String(nextCode++);
const counts = () =>
  asSystem(koers.database.db, async (tx) => ({
    organisations: (await tx.select({ n: sql<number>`count(*)::int` }).from(organisations))[0]?.n,
    gemeenten: (await tx.select({ n: sql<number>`count(*)::int` }).from(gemeenten))[0]?.n,
    users: (await tx.select({ n: sql<number>`count(*)::int` }).from(users))[0]?.n,
    history: (await tx.select({ n: sql<number>`count(*)::int` }).from(recordHistory))[0]?.n,
  }));

const newOrganisation = (overrides: Record<string, unknown> = {}) => ({
  name: 'Sociale Dienst Voorbeeld',
  gemeenten: [
    { name: 'Voorbeeld-Noord', code: freshCode(), oin: validOin() },
    { name: 'Voorbeeld-Zuid', code: freshCode() },
  ],
  beheerder: { name: 'Eerste Beheerder', email: `eerste.${++nextMail}.${Date.now()}@voorbeeld.test`, password: 'Een-lang-start-wachtwoord-1' },
  ...overrides,
});

describe('the hosting party', () => {
  it('adds an organisation with its gemeenten and first beheerder, who can log in and manage them', async () => {
    const input = newOrganisation();
    const created = await hosting.post('/api/hosting/organisations', input);
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<{ organisationId: string; gemeenten: { id: string; code: string; oin: string | null }[]; beheerder: { email: string } }>();
    expect(body.gemeenten.map((g) => g.code)).toEqual(input.gemeenten.map((g) => g.code));
    expect(body.gemeenten[1]?.oin).toBeNull();
    const beheerder = await loginAs(koers.app, input.beheerder.email, input.beheerder.password);
    const session = (await beheerder.get('/api/auth/session')).json<{ user: { role: string; organisation: { id: string }; gemeenten: { code: string }[] } }>().user;
    expect(session).toMatchObject({ role: 'beheerder', organisation: { id: body.organisationId } });
    expect(session.gemeenten.map((g) => g.code).sort()).toEqual(input.gemeenten.map((g) => g.code).sort());
    expect((await beheerder.get('/api/admin/gemeenten')).json<unknown[]>()).toHaveLength(2);
    const users = (await beheerder.get('/api/admin/users')).json<{ email: string }[]>();
    expect(users.map((u) => u.email)).toEqual([input.beheerder.email]);
    // The new organisation's history says who set it up.
    const history = (await beheerder.get(`/api/admin/gemeenten/${body.gemeenten[0]?.id ?? ''}/history`)).json<{ action: string; actorName: string }[]>();
    expect(history).toEqual([expect.objectContaining({ action: 'create', actorName: `hostingbeheerder ${tenant.users.hostingbeheerder.email.split('.')[1]?.split('@')[0] ?? ''}` })]);
  });

  it('lists organisations with their gemeenten and a count of beheerders, without any user or case data', async () => {
    const regisseur = await loginAs(koers.app, tenant.users.trajectregisseur.email);
    const kase = await createCaseVia(regisseur, tenant.gemeenteId, { familyName: 'Geheim-Hosting' });
    const response = await hosting.get('/api/hosting/organisations');
    expect(response.statusCode).toBe(200);
    const list = response.json<{ id: string; gemeenten: { id: string }[]; beheerders: number }[]>();
    expect(list.find((o) => o.id === tenant.organisationId)).toMatchObject({ gemeenten: [expect.objectContaining({ id: tenant.gemeenteId })], beheerders: 1 });
    for (const secret of ['Geheim-Hosting', kase.id, kase.bsn ?? 'bsn', tenant.users.trajectregisseur.email, tenant.users.beheerder.email, 'password']) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('sees no case data and no users: the case list is empty; case, werkvoorraad, user and processing-log routes are 403', async () => {
    const regisseur = await loginAs(koers.app, tenant.users.trajectregisseur.email);
    const kase = await createCaseVia(regisseur, tenant.gemeenteId, { familyName: 'Onzichtbaar' });
    // The case list answers every signed-in user, and a role without case access gets an empty list.
    const list = await hosting.get('/api/cases?limit=200');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ items: [], total: 0 });
    for (const url of [`/api/cases/${kase.id}`, `/api/cases/${kase.id}/history`, '/api/workqueue', '/api/admin/users', '/api/admin/gemeenten', '/api/privacy/processing-log', `/api/admin/gemeenten/${tenant.gemeenteId}/settings`]) {
      const response = await hosting.get(url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(403);
      expect(response.body).not.toContain('Onzichtbaar');
    }
  });

  it('bad input: 400 naming the field by its label; a taken CBS code or e-mail: 409 and nothing written', async () => {
    const before = await counts();
    const bad = await hosting.post('/api/hosting/organisations', newOrganisation({ gemeenten: [{ name: 'X', code: '12', oin: '999' }], beheerder: { name: 'B', email: 'geen-adres', password: 'kort' } }));
    expect(bad.statusCode).toBe(400);
    const fields = Object.fromEntries((bad.json<{ error: { details: { field: string; message: string }[] } }>().error.details ?? []).map((d) => [d.field, d.message]));
    expect(fields['gemeenten.0.code']).toMatch(/^CBS-gemeentecode: /);
    expect(fields['gemeenten.0.oin']).toMatch(/^OIN: /);
    expect(fields['beheerder.email']).toMatch(/^E-mailadres beheerder: /);
    expect(fields['beheerder.password']).toMatch(/^Wachtwoord beheerder: Het wachtwoord moet minstens 12 tekens lang zijn/);

    const none = await hosting.post('/api/hosting/organisations', newOrganisation({ beheerder: { name: 'B', email: 'b@voorbeeld.test' } }));
    expect(none.statusCode).toBe(400);
    expect(none.json<{ error: { field: string } }>().error.field).toBe('beheerder.password');

    const twice = freshCode();
    const duplicate = await hosting.post('/api/hosting/organisations', newOrganisation({ gemeenten: [{ name: 'Een', code: twice }, { name: 'Twee', code: twice }] }));
    expect(duplicate.statusCode).toBe(400);
    const duplicateError = duplicate.json<{ error: { field: string; message: string } }>().error;
    expect(duplicateError.field).toBe('gemeenten.1.code');
    expect(duplicateError.message).toContain('staat twee keer in de lijst');
    expect(await counts()).toEqual(before);
    const existing = newOrganisation();
    expect((await hosting.post('/api/hosting/organisations', existing)).statusCode).toBe(201);
    const afterFirst = await counts();
    const again = await hosting.post('/api/hosting/organisations', newOrganisation({ gemeenten: [{ name: 'Nieuw', code: freshCode() }, { name: 'Al bezet', code: existing.gemeenten[0]?.code }] }));
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'GEMEENTECODE_TAKEN', field: 'gemeenten.1.code' });
    expect(await counts()).toEqual(afterFirst);
    expect(before.organisations).toBeLessThan(afterFirst.organisations ?? 0);
    // E-mail addresses are unique per organisation (ADR 0091): another organisation's beheerder may
    // use an address that is taken elsewhere, and nothing tells the hosting party it is.
    const sameMail = await hosting.post('/api/hosting/organisations', newOrganisation({ beheerder: { ...existing.beheerder } }));
    expect(sameMail.statusCode).toBe(201);
  });

  it('a beheerder cannot add organisations', async () => {
    const beheerder = await loginAs(koers.app, tenant.users.beheerder.email);
    const before = await counts();
    expect((await beheerder.post('/api/hosting/organisations', newOrganisation())).statusCode).toBe(403);
    expect((await beheerder.get('/api/hosting/organisations')).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
