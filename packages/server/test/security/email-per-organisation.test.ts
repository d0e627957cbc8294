// EMAIL_TAKEN no longer confirms accounts of other organisations (issue 11, defect 5; ADR 0091):
// an address is unique per organisation; login finds the account by address and password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createGemeente, createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

describe('e-mail addresses per organisation', () => {
  it('an address of another organisation is not revealed: the account is made; within the own organisation it is EMAIL_TAKEN', async () => {
    const a = await createGemeente(koers.database, 'Organisatie A');
    const b = await createGemeente(koers.database, 'Organisatie B');
    const beheerderB = await loginAs(koers.app, b.users.beheerder.email);
    const taken = a.users.trajectregisseur.email;
    const created = await beheerderB.post('/api/admin/users', { name: 'Zelfde adres', email: taken, role: 'teamleider', gemeenteIds: [b.gemeenteId], password: 'Rivier-brug-lantaarn-7' });
    expect(created.statusCode, created.body).toBe(201);
    const again = await beheerderB.post('/api/admin/users', { name: 'Nog eens', email: taken, role: 'teamleider', gemeenteIds: [b.gemeenteId] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'EMAIL_TAKEN', field: 'email' } });
    // B's beheerder still sees only B's users.
    const users = (await beheerderB.get('/api/admin/users')).json<{ email: string; id: string }[]>();
    expect(users.filter((u) => u.email === taken)).toHaveLength(1);
    expect(users.some((u) => u.id === a.users.trajectregisseur.id)).toBe(false);
  });

  it('login with an address of two organisations reaches the account whose password matches', async () => {
    const a = await createGemeente(koers.database, 'Organisatie A');
    const b = await createGemeente(koers.database, 'Organisatie B');
    const beheerderB = await loginAs(koers.app, b.users.beheerder.email);
    const shared = a.users.teamleider.email;
    const created = await beheerderB.post('/api/admin/users', { name: 'Gedeeld', email: shared, role: 'teamleider', gemeenteIds: [b.gemeenteId], password: 'Rivier-brug-lantaarn-7' });
    expect(created.statusCode, created.body).toBe(201);

    const inB = await loginAs(koers.app, shared, 'Rivier-brug-lantaarn-7');
    expect((await inB.get('/api/auth/session')).json()).toMatchObject({ user: { organisation: { id: b.organisationId } } });
    const inA = await loginAs(koers.app, shared);
    expect((await inA.get('/api/auth/session')).json()).toMatchObject({ user: { organisation: { id: a.organisationId } } });
    const wrong = await new Client(koers.app).post('/api/auth/login', { email: shared, password: 'Verkeerd-wachtwoord-1' });
    expect(wrong.statusCode).toBe(401);
  });
});
