// A case of an unknown person (created from a DUO notification) carries its BSN or V-nummer only
// in the bsn/vNumber fields (issue 11, defect 3), never in a placeholder name. Every response a partner or the financieel
// medewerker can get — every GET route they may call, taken from the running app — is scanned.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@koers/domain';
import { asSystem, inScope, systemScope } from '../../src/db/scope.ts';
import { migrationsFolder } from '../../src/db/database.ts';
import { cases, recordHistory } from '../../src/db/schema.ts';
import { registerNewcomer } from '../../src/use-cases/registration/register-newcomer.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { validBsn, validVNumber } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Plaatshouder');
});
afterAll(() => koers.close());

function fromDuo(identity: { bsn: string } | { vNumber: string }) {
  return inScope(koers.database.db, systemScope(g.organisationId, [g.gemeenteId]), (tx) =>
    registerNewcomer(
      tx,
      {
        now,
        log: { trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, pseudonymKey: 'x'.repeat(40) },
        system: { name: 'DUO', organisationId: g.organisationId, gemeenteId: g.gemeenteId },
      },
      { source: 'duo', gemeenteId: g.gemeenteId, ...identity, duty: { obliged: true, targetGroup: 'asiel', eventCode: 'SS101' }, dutyStartOn: '2026-10-01', duoNoticeOn: '2026-10-03' },
      { onExisting: 'update' },
    ),
  );
}

async function everyReadableResponse(client: Client, role: Role, caseId: string): Promise<string[]> {
  const bodies: string[] = [];
  for (const route of koers.app.koersRoutes) {
    if (route.method !== 'GET' || !route.url.startsWith('/api/') || route.url.startsWith('/api/docs') || route.url.includes('oidc')) continue;
    const access = route.access;
    const allowed = access === 'public' || access === 'authenticated' || (access !== undefined && permissionsOf(role).includes(access));
    if (!allowed) continue;
    const url = route.url.replace(/:(\w+)/g, (_m, name: string) => (name === 'id' && route.url.startsWith('/api/cases/') ? caseId : name === 'id' ? g.gemeenteId : name === 'kind' ? 'pvt' : randomUUID()));
    const response = await client.get(url);
    bodies.push(`${route.url} ${response.statusCode} ${response.body}`);
  }
  return bodies;
}

describe('placeholder names of a case of an unknown person', () => {
  it('hold no BSN or V-nummer; no response a partner or the financieel medewerker gets contains them', async () => {
    const bsn = validBsn();
    const vNumber = validVNumber();
    const byBsn = (await fromDuo({ bsn })).row;
    const byVNumber = (await fromDuo({ vNumber })).row;
    for (const row of [byBsn, byVNumber]) {
      expect(row.familyName).toBe('Onbekend (via DUO)');
      expect(row.givenNames).toBe('Onbekend (via DUO)');
    }

    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    for (const caseId of [byBsn.id, byVNumber.id]) {
      for (const [userId, kind] of [
        [g.users['partner-begeleiding'].id, 'begeleiding'],
        [g.users['partner-aanbieder'].id, 'taalaanbieder'],
      ] as const) {
        const assigned = await regisseur.post(`/api/cases/${caseId}/assignments`, { userId, kind });
        expect(assigned.statusCode, assigned.body).toBeLessThan(300);
      }
    }

    for (const role of ['partner-begeleiding', 'partner-aanbieder', 'financieel-medewerker'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      for (const caseId of [byBsn.id, byVNumber.id]) {
        const bodies = await everyReadableResponse(client, role, caseId);
        // The scan reached the case: at least one response names the placeholder.
        expect(bodies.some((b) => b.includes('Onbekend (via DUO)')), `${role} kreeg het dossier niet te zien`).toBe(true);
        for (const body of bodies) {
          expect(body, role).not.toContain(bsn);
          // The V-nummer is readable with case:read (the financieel medewerker), never for a partner.
          if (role !== 'financieel-medewerker') expect(body, role).not.toContain(vNumber);
        }
      }
    }
  });

  it('the migration replaces earlier placeholders that held a BSN, also in the record history', async () => {
    const bsn = validBsn();
    const { row } = await fromDuo({ bsn });
    await asSystem(koers.database.db, async (tx) => {
      await tx.update(cases).set({ familyName: `BSN ${bsn}` }).where(eq(cases.id, row.id));
      await tx.insert(recordHistory).values({
        organisationId: g.organisationId,
        gemeenteId: g.gemeenteId,
        entityType: 'case',
        entityId: row.id,
        action: 'update',
        actorName: 'Test',
        changes: { familyName: { from: `BSN ${bsn}`, to: 'Haddad' } },
        at: now,
      });
    });
    const migration = readFileSync(`${migrationsFolder}/0012_placeholder-names-without-identifiers.sql`, 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await koers.database.db.execute(sql.raw(statement));
    const [after] = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, row.id)));
    expect(after?.familyName).toBe('Onbekend (via DUO)');
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, row.id)));
    const familyNames = history.map((h) => (h.changes as { familyName?: unknown }).familyName ?? null);
    expect(familyNames).toContainEqual({ from: 'Onbekend (via DUO)', to: 'Haddad' });
    expect(JSON.stringify(familyNames)).not.toContain(bsn);
  });
});
