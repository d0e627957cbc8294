// Registration (R1, R2): one code path, duty from the rules core with its explanation, one case
// per person per gemeente, reopening on a DUO notification, recomputation on correction.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inScope } from '../../src/db/scope.ts';
import { caseEvents, cases, caseSignals, recordHistory } from '../../src/db/schema.ts';
import { loadPrincipal, scopeOf } from '../../src/auth/principal.ts';
import { registerNewcomer } from '../../src/use-cases/registration/register-newcomer.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, insertCase, snapshotOf, validBsn, validVNumber } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Registratie');
  other = await createGemeente(koers.database, 'Ander');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

describe('POST /api/cases', () => {
  it('determines duty, target group and regime and stores them with the Dutch explanation', async () => {
    const response = await regisseur.post('/api/cases', {
      ...caseInput(g.gemeenteId),
      linkedOn: '2026-10-01',
      duoNoticeOn: '2026-10-15',
      registeredOn: '2026-10-20',
      coaLocation: 'azc Dordrecht',
      preferredLanguage: 'Arabisch',
      interpreterNeeded: true,
      phone: '06 12345678',
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({ status: 'aangemeld', source: 'handmatig', obliged: true, targetGroup: 'asiel', regime: 'Wi2021', caseManagerId: g.users.trajectregisseur.id, interpreterNeeded: true });
    const [row] = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, body.id as string)));
    const explanation = row?.dutyExplanation as { duty: { summary: string; articles: string[] } };
    expect(explanation.duty.summary).toContain('Inburgeringsplichtig');
    expect(explanation.duty.articles.join(' ')).toContain('Wet inburgering 2021');
    // timeline, history and werkvoorraad in the same transaction
    const events = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, row!.id)));
    expect(events.map((e) => e.kind)).toEqual(['case.registered']);
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, row!.id)));
    expect(history).toHaveLength(1);
    const signals = await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, row!.id)));
    expect(signals.map((s) => s.kind).sort()).toEqual(['intake-not-started', 'pip-due']);
  });

  it('Wi2013 for a duty that arose before 2022, gezin-overig for a regular permit, not obliged for an EU national', async () => {
    const old = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), dutyStartOn: '2021-06-01' });
    expect(old.json()).toMatchObject({ regime: 'Wi2013', obliged: true });
    const family = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), permit: 'regulier', nationality: 'MA' });
    expect(family.json()).toMatchObject({ targetGroup: 'gezin-overig' });
    const eu = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), nationality: 'PL', permit: 'regulier' });
    expect(eu.json()).toMatchObject({ obliged: false, notObligedReason: 'eu-national', targetGroup: null });
    const nareiziger = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), permit: 'regulier', joinsProtectedHolder: true });
    expect(nareiziger.json()).toMatchObject({ targetGroup: 'asiel' });
  });

  it('a duplicate BSN or V-number in the same gemeente → 409 DUPLICATE_CASE with the existing case', async () => {
    const bsn = validBsn();
    const vNumber = validVNumber();
    const first = await regisseur.post('/api/cases', caseInput(g.gemeenteId, { bsn, vNumber }));
    expect(first.statusCode).toBe(201);
    for (const dup of [{ bsn }, { bsn: undefined, vNumber }]) {
      const again = await regisseur.post('/api/cases', caseInput(g.gemeenteId, dup));
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: 'DUPLICATE_CASE', existingCaseId: first.json<{ id: string }>().id } });
    }
  });

  it('the same person in another gemeente is another case; invalid identifiers are refused per field', async () => {
    const bsn = validBsn();
    expect((await regisseur.post('/api/cases', caseInput(g.gemeenteId, { bsn }))).statusCode).toBe(201);
    const otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
    expect((await otherRegisseur.post('/api/cases', caseInput(other.gemeenteId, { bsn }))).statusCode).toBe(201);
    const bad = await regisseur.post('/api/cases', caseInput(g.gemeenteId, { bsn: '123456789' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('bsn');
    const none = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), bsn: undefined });
    expect(none.statusCode).toBe(400);
  });

  it('per role: only case:write registers', async () => {
    for (const role of ['financieel-medewerker', 'partner-begeleiding', 'beheerder', 'beleidsadviseur'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      expect((await client.post('/api/cases', caseInput(g.gemeenteId))).statusCode, role).toBe(403);
    }
    const teamleider = await loginAs(koers.app, g.users.teamleider.email);
    const created = await teamleider.post('/api/cases', { ...caseInput(g.gemeenteId), caseManagerId: g.users.trajectregisseur.id });
    expect(created.json()).toMatchObject({ caseManagerId: g.users.trajectregisseur.id });
    const wrong = await teamleider.post('/api/cases', { ...caseInput(g.gemeenteId), caseManagerId: other.users.trajectregisseur.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { field: 'caseManagerId' } });
  });
});

describe('DUO-triggered registration', () => {
  it('reopens a closed case instead of refusing it', async () => {
    const bsn = validBsn();
    const id = await insertCase(koers.database, g.gemeenteId, { bsn });
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ status: 'gesloten', closedOn: '2026-01-01', closedReason: 'verhuisd' }).where(eq(cases.id, id)));
    const principal = await asSystem(koers.database.db, (tx) => loadPrincipal(tx, g.users.trajectregisseur.id));
    const ctx = { db: koers.database.db, now, principal: principal!, log: { trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, pseudonymKey: 'x'.repeat(40) } };
    const result = await inScope(koers.database.db, scopeOf(principal!), (tx) =>
      registerNewcomer(tx, ctx, { ...caseInput(g.gemeenteId, { bsn }), duoNoticeOn: '2026-11-01', source: 'duo' }),
    );
    expect(result.outcome).toBe('reopened');
    expect(result.row).toMatchObject({ id, status: 'aangemeld', closedOn: null, duoNoticeOn: '2026-11-01' });
    // and a hand registration of the (now open) case is a duplicate again
    expect((await regisseur.post('/api/cases', caseInput(g.gemeenteId, { bsn }))).statusCode).toBe(409);
  });
});

describe('PATCH /api/cases/:id', () => {
  it('recomputes the duty when a field it depends on changes, with history and a timeline entry', async () => {
    const created = (await regisseur.post('/api/cases', caseInput(g.gemeenteId))).json<{ id: string; version: number }>();
    const patched = await regisseur.patch(`/api/cases/${created.id}`, { version: created.version, nationality: 'DE', reason: 'nationaliteit gecorrigeerd' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ obliged: false, notObligedReason: 'eu-national' });
    const history = await regisseur.get(`/api/cases/${created.id}/history`);
    const last = history.json<{ changes: Record<string, unknown>; reason: string }[]>().at(-1)!;
    expect(Object.keys(last.changes)).toEqual(expect.arrayContaining(['nationality', 'obliged', 'targetGroup', 'regime']));
    expect(last.reason).toBe('nationaliteit gecorrigeerd');
    const timeline = await regisseur.get(`/api/cases/${created.id}/timeline`);
    expect(timeline.json<{ items: { kind: string }[] }>().items[0]?.kind).toBe('case.duty-redetermined');
    // not obliged: no werkvoorraad signals
    const signals = await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, created.id)));
    expect(signals).toEqual([]);
  });

  it("someone else's record → 404 and nothing changed", async () => {
    const foreign = await insertCase(koers.database, other.gemeenteId);
    const before = await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] });
    const response = await regisseur.patch(`/api/cases/${foreign}`, { version: 1, nationality: 'DE' });
    expect(response.statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] })).toBe(before);
  });
});
