// Record history: who changed what and when, readable per record; optimistic locking on cases.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionMatrix, permissionsOf, roles } from '@koers/domain';
import { recordHistory } from '../src/db/schema.ts';
import { bindSession, loadPrincipal } from '../src/auth/principal.ts';
import { asSystem } from '../src/db/scope.ts';
import { caseHistory } from '../src/use-cases/cases/case-history.ts';
import { newTraceContext } from '../src/privacy/processing-log.ts';
import { createGemeente, createTestKoers, loginAs, type TestKoers } from './support/koers.ts';
import { createCaseVia, signedIn, snapshotOf, validBsn, type CaseBody } from './support/fixtures.ts';

let koers: TestKoers;
let clock = new Date('2026-05-04T08:30:00Z');
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
beforeAll(async () => {
  koers = await createTestKoers({ now: () => clock });
});
afterAll(() => koers.close());

interface Entry {
  id: number;
  action: string;
  at: string;
  actorName: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string | null;
}

async function userName(id: string): Promise<string> {
  const principal = await asSystem(koers.database.db, (tx) => loadPrincipal(tx, id));
  if (!principal) throw new Error(id);
  return principal.name;
}

describe('case history', () => {
  it('records creation and each correction with who, when, field from/to and reason', async () => {
    const g = await createGemeente(koers.database);
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const teamleider = await loginAs(koers.app, g.users.teamleider.email);
    const createdAt = clock.toISOString();
    const created = await createCaseVia(regisseur, g.gemeenteId, { givenNames: 'Amina', familyName: 'Haddad' });

    advance(60_000);
    const correctedAt = clock.toISOString();
    const update = await teamleider.patch(`/api/cases/${created.id}`, {
      version: created.version,
      givenNames: 'Aminah',
      nationality: 'IQ',
      reason: 'Paspoort gezien',
    });
    expect(update.statusCode, update.body).toBe(200);

    const response = await regisseur.get(`/api/cases/${created.id}/history`);
    expect(response.statusCode).toBe(200);
    const entries = response.json<Entry[]>();
    const create = entries.find((e) => e.action === 'create');
    expect(create).toMatchObject({ actorName: await userName(g.users.trajectregisseur.id), at: createdAt, reason: null });
    expect(create?.changes.givenNames).toEqual({ from: null, to: 'Amina' });
    expect(create?.changes.familyName).toEqual({ from: null, to: 'Haddad' });
    expect(create?.changes.bsn).toEqual({ from: null, to: created.bsn });

    const corrections = entries.filter((e) => e.action === 'update');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ actorName: await userName(g.users.teamleider.id), at: correctedAt, reason: 'Paspoort gezien' });
    expect(corrections[0]?.changes.givenNames).toEqual({ from: 'Amina', to: 'Aminah' });
    expect(corrections[0]?.changes.nationality).toEqual({ from: 'SY', to: 'IQ' });
    expect(corrections[0]?.changes).not.toHaveProperty('familyName');
    // Oldest first, and only this record's entries.
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort());
    const stored = await koers.database.db.select().from(recordHistory).where(eq(recordHistory.entityId, created.id));
    expect(stored).toHaveLength(entries.length);
    expect(stored.every((h) => h.entityType === 'case' && h.gemeenteId === g.gemeenteId && h.organisationId === g.organisationId)).toBe(
      true,
    );
  });

  it('an update that changes nothing adds no history entry', async () => {
    const g = await createGemeente(koers.database);
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await createCaseVia(regisseur, g.gemeenteId, { givenNames: 'Sara' });
    const before = (await regisseur.get(`/api/cases/${created.id}/history`)).json<Entry[]>();
    expect((await regisseur.patch(`/api/cases/${created.id}`, { version: created.version, givenNames: 'Sara' })).statusCode).toBe(200);
    expect((await regisseur.get(`/api/cases/${created.id}/history`)).json<Entry[]>()).toEqual(before);
  });

  it('shows BSN changes only to roles with case:read-sensitive', async () => {
    const g = await createGemeente(koers.database);
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await createCaseVia(regisseur, g.gemeenteId);
    const newBsn = validBsn();
    expect(
      (await regisseur.patch(`/api/cases/${created.id}`, { version: created.version, bsn: newBsn, reason: 'BSN gecorrigeerd' })).statusCode,
    ).toBe(200);

    // Through the API, for every role that may read the history (from the matrix).
    for (const role of roles.filter((r) => permissionMatrix[r].includes('case:history'))) {
      const entries = (await (await loginAs(koers.app, g.users[role].email)).get(`/api/cases/${created.id}/history`)).json<Entry[]>();
      const bsnChange = entries.find((e) => e.action === 'update')?.changes.bsn;
      if (permissionMatrix[role].includes('case:read-sensitive')) expect(bsnChange, role).toEqual({ from: created.bsn, to: newBsn });
      else expect(bsnChange, role).toEqual({ from: '(afgeschermd)', to: '(afgeschermd)' });
    }

    // And the use case itself, for a principal that may read the history but not the BSN.
    const { principal, token } = await signedIn(koers.database, g.users.trajectregisseur.id);
    // A changed copy of the principal, still of the same session (the database derives the scope from it).
    const limited = bindSession({ ...principal, permissions: permissionsOf('trajectregisseur').filter((p) => p !== 'case:read-sensitive') }, token);
    const entries = await caseHistory(
      { db: koers.database.db, now: clock, principal: limited, log: { trace: newTraceContext(), pseudonymKey: koers.config.secret } },
      created.id,
    );
    const serialised = JSON.stringify(entries);
    expect(serialised).not.toContain(newBsn);
    expect(serialised).not.toContain(created.bsn ?? '-');
    expect(entries.find((e) => e.action === 'update')?.changes.bsn).toEqual({ from: '(afgeschermd)', to: '(afgeschermd)' });
    expect(entries.find((e) => e.action === 'update')?.reason).toBe('BSN gecorrigeerd');
  });

  it('a role without case:history gets 403, and the route answers 404 for an unknown case', async () => {
    const g = await createGemeente(koers.database);
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await createCaseVia(regisseur, g.gemeenteId);
    const finance = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    expect((await finance.get(`/api/cases/${created.id}/history`)).statusCode).toBe(403);
    expect((await regisseur.get(`/api/cases/${crypto.randomUUID()}/history`)).statusCode).toBe(404);
  });
});

describe('optimistic locking', () => {
  it('a stale version is 409 VERSION_CONFLICT and changes nothing', async () => {
    const g = await createGemeente(koers.database);
    const first = await loginAs(koers.app, g.users.trajectregisseur.email);
    const second = await loginAs(koers.app, g.users.teamleider.email);
    const created = await createCaseVia(first, g.gemeenteId, { familyName: 'Origineel' });
    const seenBySecond = (await second.get(`/api/cases/${created.id}`)).json<CaseBody>();

    const win = await first.patch(`/api/cases/${created.id}`, { version: created.version, familyName: 'Eerste' });
    expect(win.statusCode).toBe(200);
    expect(win.json<CaseBody>().version).toBe(created.version + 1);

    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const lose = await second.patch(`/api/cases/${created.id}`, { version: seenBySecond.version, familyName: 'Tweede' });
    expect(lose.statusCode).toBe(409);
    expect(lose.json()).toEqual({
      error: {
        code: 'VERSION_CONFLICT',
        message: 'Het dossier is intussen door iemand anders gewijzigd. Laad het opnieuw.',
        field: 'version',
      },
    });
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
    const now = (await first.get(`/api/cases/${created.id}`)).json<CaseBody>();
    expect(now).toMatchObject({ familyName: 'Eerste', version: created.version + 1 });
  });
});

describe('user history', () => {
  it('records creation, changes of role and grants, and password changes without the password', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const email = `historie.${g.gemeenteCode}@test.koers`;
    const created = await beheerder.post('/api/admin/users', {
      name: 'Hanna Historie',
      email,
      role: 'trajectregisseur',
      gemeenteIds: [g.gemeenteId],
      // Not testPassword: "Test-wachtwoord" is built on this account's address (…@test.koers).
      password: 'Rivier-brug-lantaarn-7',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ user: { id: string } }>().user.id;

    advance(60_000);
    const changedAt = clock.toISOString();
    expect((await beheerder.patch(`/api/admin/users/${id}`, { role: 'teamleider', gemeenteIds: [] })).statusCode).toBe(200);
    advance(60_000);
    const self = await loginAs(koers.app, email, 'Rivier-brug-lantaarn-7');
    expect(
      (await self.post('/api/account/password', { currentPassword: 'Rivier-brug-lantaarn-7', newPassword: 'Een-nieuw-wachtwoord-9' })).statusCode,
    ).toBe(204);

    const response = await beheerder.get(`/api/admin/users/${id}/history`);
    expect(response.statusCode).toBe(200);
    const entries = response.json<Entry[]>();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    const beheerderName = await userName(g.users.beheerder.id);
    expect(entries[0]).toMatchObject({ actorName: beheerderName });
    expect(entries[0]?.changes).toMatchObject({
      name: { from: null, to: 'Hanna Historie' },
      email: { from: null, to: email },
      role: { from: null, to: 'trajectregisseur' },
      gemeenteIds: { from: null, to: [g.gemeenteId] },
    });
    expect(entries[1]).toMatchObject({ actorName: beheerderName, at: changedAt });
    expect(entries[1]?.changes).toEqual({
      role: { from: 'trajectregisseur', to: 'teamleider' },
      gemeenteIds: { from: [g.gemeenteId], to: [] },
    });
    expect(entries[2]).toMatchObject({ actorName: 'Hanna Historie', changes: { password: { from: '(verborgen)', to: '(gewijzigd)' } } });
    expect(response.body).not.toMatch(/argon2|Een-nieuw-wachtwoord|Test-wachtwoord/);

    // Another organisation's beheerder cannot read it.
    const other = await createGemeente(koers.database);
    const otherBeheerder = await loginAs(koers.app, other.users.beheerder.email);
    expect((await otherBeheerder.get(`/api/admin/users/${id}/history`)).statusCode).toBe(404);
  });
});
