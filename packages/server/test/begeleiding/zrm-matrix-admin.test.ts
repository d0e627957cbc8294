// The beheer of the zelfredzaamheidsmatrix (ADR 0149, the beheer page of work package Z3): the
// default until the organisation saves its own; a bad matrix is refused with a Dutch message naming
// the field and stores nothing; a stale version is refused; the change is in the history; another
// organisation keeps its own (default) matrix; only the beheerder may change it.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultZrmMatrix } from '@koers/domain';
import { asSystem } from '../../src/db/scope.ts';
import { recordHistory, zrmMatrices } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let beheerder: Client;
const url = '/api/admin/zelfredzaamheidsmatrix';
type Setting = { matrix: { domains: { key: string; label: string }[]; scale: string[] }; version: number; isDefault: boolean };

beforeAll(async () => {
  koers = await createTestKoers();
  g = await createGemeente(koers.database, 'Matrix');
  other = await createGemeente(koers.database, 'Andere organisatie');
  beheerder = await loginAs(koers.app, g.users.beheerder.email);
});
afterAll(() => koers.close());

const stored = () => asSystem(koers.database.db, (tx) => tx.select().from(zrmMatrices).where(eq(zrmMatrices.organisationId, g.organisationId)));

describe('beheer of the zelfredzaamheidsmatrix', () => {
  it('shows the ZRM 2017 default with version 0 until the organisation saves its own', async () => {
    const r = await beheerder.get(url);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<Setting>()).toEqual({ matrix: defaultZrmMatrix, version: 0, isDefault: true });
  });

  it('refuses an empty domain name and a one-level scale with a Dutch message at the field; nothing stored', async () => {
    const emptyName = await beheerder.request({ method: 'PUT', url, payload: { version: 0, matrix: { domains: [{ key: 'wonen', label: 'Wonen' }, { key: 'werk', label: ' ' }], scale: ['Laag', 'Hoog'] } } });
    expect(emptyName.statusCode, emptyName.body).toBe(400);
    expect(emptyName.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'matrix.domains.1.label', message: 'Leefgebied: vul een naam in' });
    const oneLevel = await beheerder.request({ method: 'PUT', url, payload: { version: 0, matrix: { domains: [{ key: 'wonen', label: 'Wonen' }], scale: ['Alles'] } } });
    expect(oneLevel.statusCode, oneLevel.body).toBe(400);
    expect(oneLevel.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'matrix.scale', message: 'Schaal: minstens 2 niveaus' });
    expect(await stored()).toEqual([]);
  });

  it('saves with the version read, refuses a stale version, and records the change in the history', async () => {
    const own = { domains: [{ key: 'wonen', label: 'Wonen' }, { key: 'financien', label: 'Financiën' }], scale: ['Onvoldoende', 'Voldoende', 'Goed'] };
    const saved = await beheerder.request({ method: 'PUT', url, payload: { version: 0, matrix: own } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Setting>()).toEqual({ matrix: own, version: 1, isDefault: false });
    const stale = await beheerder.request({ method: 'PUT', url, payload: { version: 0, matrix: { ...own, scale: ['A', 'B'] } } });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('VERSION_CONFLICT');
    expect((await stored())[0]?.matrix).toEqual(own);
    const history = await asSystem(koers.database.db, (tx) =>
      tx.select().from(recordHistory).where(and(eq(recordHistory.entityType, 'zrm-matrix'), eq(recordHistory.entityId, g.organisationId))),
    );
    expect(history).toHaveLength(1);
    expect(history[0]?.actorUserId).toBe(g.users.beheerder.id);
  });

  it("another organisation's beheerder keeps its own matrix and cannot change ours", async () => {
    const theirs = await loginAs(koers.app, other.users.beheerder.email);
    expect((await theirs.get(url)).json<Setting>()).toMatchObject({ version: 0, isDefault: true });
    const before = await stored();
    const write = await theirs.request({ method: 'PUT', url, payload: { version: 1, matrix: defaultZrmMatrix } });
    expect(write.statusCode, write.body).toBe(409);
    expect(await stored()).toEqual(before);
  });

  it('a begeleider or regisseur may not change the matrix (403)', async () => {
    for (const role of ['partner-begeleiding', 'trajectregisseur'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      const r = await client.request({ method: 'PUT', url, payload: { version: 1, matrix: defaultZrmMatrix } });
      expect(r.statusCode, `${role}: ${r.body}`).toBe(403);
    }
  });
});
