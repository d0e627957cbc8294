// The password rule (NIST SP 800-63B): unit cases, and every path that sets a password uses it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem, passwordProblemMessages } from '../../src/auth/password-policy.ts';
import { createGemeente, createTestKoers, loginAs, testPassword, type TestKoers } from '../support/koers.ts';

describe('passwordProblem', () => {
  it.each([
    ['kort-1', 'te-kort'],
    ['aaaaaaaaaaaa', 'herhaling'],
    ['abababababab', 'herhaling'],
    ['121212121212', 'herhaling'],
    ['123456789012', 'reeks'],
    ['abcdefghijklm', 'reeks'],
    ['987654321098', 'reeks'],
    ['            ', 'alleen-spaties'],
    ['\t \t \t \t \t \t ', 'alleen-spaties'],
    ['Amsterdam2024!', 'bekend'],
    ['qwertyuiopas', 'bekend'],
    ['p4ssw0rd12345', 'bekend'],
    ['iloveyou1234', 'bekend'],
    ['Welkom123456', 'bekend'],
    ['Goed-wacht\u0000woord-2026', 'ongeldige-tekens'],
    ['Goed-wachtwoord-\ud800-2026', 'ongeldige-tekens'],
    ['x'.repeat(1025), 'te-lang'],
  ] as const)('refuses %j (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each(['Welkom-bij-Koers-2026', 'correct paard batterij nietje', 'Fietsen langs de IJssel in mei', 'Test-wachtwoord-2026', '🐢 langzaam maar zeker 🐢'])('accepts %j', (password) => {
    expect(passwordProblem(password)).toBeUndefined();
  });

  it('refuses a password built on the account’s own name or e-mail address', () => {
    expect(passwordProblem('Janssen-Pietje-1')).toBeUndefined();
    expect(passwordProblem('Janssen-Pietje-1', { email: 'pietje.janssen@dordrecht.nl', name: 'Pietje Janssen' })).toBe('persoonlijk');
    expect(passwordProblem('Koers-wachtwoord-2026')).toBe('persoonlijk');
    expect(passwordProblem('8271-9934-1120-4482')).toBeUndefined();
  });

  it('explains every problem in Dutch', () => {
    for (const message of Object.values(passwordProblemMessages)) expect(message).toMatch(/^(Het|Dit) wachtwoord/);
  });
});

describe('every path that sets a password uses the rule', () => {
  let koers: TestKoers;
  beforeAll(async () => {
    koers = await createTestKoers();
  });
  afterAll(() => koers.close());

  it('password change: 400 naming newPassword, with the reason; nothing changes', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.teamleider.email);
    for (const [password, problem] of [
      ['123456789012', 'reeks'],
      ['aaaaaaaaaaaa', 'herhaling'],
      ['            ', 'alleen-spaties'],
      ['Amsterdam2024!', 'bekend'],
    ] as const) {
      const response = await client.post('/api/account/password', { currentPassword: testPassword, newPassword: password });
      expect(response.statusCode, password).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', field: 'newPassword' } });
      expect(response.json<{ error: { message: string } }>().error.message).toContain(passwordProblemMessages[problem]);
    }
    // The account's own name in the password: only the use case knows it.
    const own = await client.post('/api/account/password', { currentPassword: testPassword, newPassword: `${g.users.teamleider.email.split('@')[0] ?? ''}` });
    expect(own.statusCode).toBe(400);
    expect((await loginAs(koers.app, g.users.teamleider.email)).cookie('koers_sessie')).toBeDefined();
  });

  it('user creation: 400 naming password; no account is made', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const email = `nieuw.${g.gemeenteCode}@test.koers`;
    for (const password of ['123456789012', 'aaaaaaaaaaaa', '            ']) {
      const response = await beheerder.post('/api/admin/users', { name: 'Nieuwe collega', email, role: 'teamleider', gemeenteIds: [g.gemeenteId], password });
      expect(response.statusCode, password).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', field: 'password' } });
    }
    const named = await beheerder.post('/api/admin/users', { name: 'Hendrika Vlietstra', email, role: 'teamleider', gemeenteIds: [g.gemeenteId], password: 'Hendrika-Vlietstra' });
    expect(named.statusCode).toBe(400);
    expect(named.json()).toMatchObject({ error: { field: 'password', message: passwordProblemMessages.persoonlijk } });
    const users = await beheerder.get('/api/admin/users');
    expect(users.json<{ email: string }[]>().some((u) => u.email === email)).toBe(false);
  });
});
