// Registration (R1, R2): one code path, duty from the rules core with its explanation, one case
// per person per gemeente, reopening on a DUO notification, recomputation on correction.
import { asc, eq } from 'drizzle-orm';
import { processingActivities } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inScope, systemScope } from '../../src/db/scope.ts';
import { caseEvents, cases, caseSignals, processingLog, recordHistory } from '../../src/db/schema.ts';
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
    const explanation = row!.dutyExplanation!;
    expect(explanation.duty.summary).toContain('Inburgeringsplichtig');
    expect(explanation.duty.articles.join(' ')).toContain('Wet inburgering 2021');
    // timeline, history and werkvoorraad in the same transaction
    const events = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, row!.id)));
    // The case manager cannot be reported to DUO as contactpersoon: no phone in this test gemeente.
    expect(events.map((e) => e.kind)).toEqual(['case.registered', 'duo.contactpersoon.geen-telefoon']);
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

describe('DUO-triggered registration (system actor, duty from DUO)', () => {
  const duoCtx = (gemeente: GemeenteFixture = g) => ({
    now,
    log: { trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, pseudonymKey: 'x'.repeat(40) },
    system: { name: 'DUO' as const, organisationId: gemeente.organisationId, gemeenteId: gemeente.gemeenteId },
  });
  const duoInput = (bsn: string, eventCode = 'SS101') => ({
    source: 'duo' as const,
    gemeenteId: g.gemeenteId,
    bsn,
    duty: { obliged: true, targetGroup: 'asiel' as const, eventCode },
    dutyStartOn: '2026-10-01',
    duoNoticeOn: '2026-10-03',
  });
  const asDuo = (input: ReturnType<typeof duoInput>, options?: { onExisting: 'reject' | 'update' }) =>
    inScope(koers.database.db, systemScope(g.organisationId, [g.gemeenteId]), (tx) => registerNewcomer(tx, duoCtx(), input, options ?? { onExisting: 'update' }));
  const stateOf = (caseId: string) =>
    asSystem(koers.database.db, async (tx) => ({
      history: await tx.select().from(recordHistory).where(eq(recordHistory.entityId, caseId)).orderBy(asc(recordHistory.id)),
      events: await tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)),
      signals: await tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)),
      logs: await tx.select().from(processingLog).where(eq(processingLog.resourceId, caseId)),
    }));

  it('reopens a closed or suspended case instead of refusing it, as "DUO"', async () => {
    for (const status of ['gesloten', 'opgeschort']) {
      const bsn = validBsn();
      const id = await insertCase(koers.database, g.gemeenteId, { bsn });
      await asSystem(koers.database.db, (tx) => tx.update(cases).set({ status, closedOn: '2026-01-01', closedReason: 'verhuisd' }).where(eq(cases.id, id)));
      const result = await asDuo(duoInput(bsn, 'SS129'));
      expect(result.outcome).toBe('reopened');
      expect(result.row).toMatchObject({ id, status: 'aangemeld', closedOn: null, closedReason: null });
      const s = await stateOf(id);
      expect(s.history.at(-1)).toMatchObject({ action: 'update', actorName: 'DUO', actorUserId: null, reason: 'DUO SS129' });
      expect((s.history.at(-1)?.changes as Record<string, unknown>).status).toEqual({ from: status, to: 'aangemeld' });
      expect(s.events.at(-1)).toMatchObject({ kind: 'case.reopened', actorName: 'DUO', source: 'duo', section: 'overzicht' });
      // and a hand registration of the (now open) case is a duplicate again
      expect((await regisseur.post('/api/cases', caseInput(g.gemeenteId, { bsn }))).statusCode).toBe(409);
    }
  });

  it('creates the case with DUO\'s duty and target group, the regime from the rules core, and marked placeholders', async () => {
    const bsn = validBsn();
    const { row, outcome } = await asDuo(duoInput(bsn));
    expect(outcome).toBe('created');
    expect(row).toMatchObject({ source: 'duo', status: 'aangemeld', bsn, obliged: true, targetGroup: 'asiel', regime: 'Wi2021', dutyStartOn: '2026-10-01', duoNoticeOn: '2026-10-03', caseManagerId: null });
    expect(row).toMatchObject({ givenNames: 'Onbekend (via DUO)', familyName: 'Onbekend (via DUO)', birthDate: '1900-01-01', nationality: 'onbekend', permit: 'asiel' });
    const explanation = row.dutyExplanation!;
    expect(explanation.decidedBy).toBe('DUO');
    expect(explanation.duty.summary).toContain('volgens DUO (melding SS101)');
    expect(explanation.duty.articles).toContain('DUO M2M-koppelvlak, Notificatie');
    const s = await stateOf(row.id);
    expect(s.logs.map((l) => l.processingActivityId)).toEqual([processingActivities.duoGegevensuitwisseling.id]);
    expect(s.signals.map((x) => x.kind)).toContain('personal-data-missing');

    // Completing the personal data from the BRP removes the signal.
    const completed = await regisseur.patch(`/api/cases/${row.id}`, { version: row.version, givenNames: 'Amina', familyName: 'Haddad', birthDate: '1990-04-12', nationality: 'SY', reason: 'uit de BRP' });
    expect(completed.statusCode, completed.body).toBe(200);
    expect((await stateOf(row.id)).signals.map((x) => x.kind)).not.toContain('personal-data-missing');
  });

  it('DUO and hand entry share the duplicate check and the timeline/history shape', async () => {
    // DUO first, then by hand: 409 with a pointer to the DUO case.
    const a = validBsn();
    const fromDuo = await asDuo(duoInput(a));
    const refused = await regisseur.post('/api/cases', caseInput(g.gemeenteId, { bsn: a }));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'DUPLICATE_CASE', field: 'bsn', existingCaseId: fromDuo.row.id } });

    // By hand first, then DUO: no second case (unchanged, or refused when the caller asks for it).
    const b = validBsn();
    const byHand = (await regisseur.post('/api/cases', caseInput(g.gemeenteId, { bsn: b }))).json<{ id: string }>();
    expect(await asDuo(duoInput(b))).toMatchObject({ outcome: 'unchanged', row: { id: byHand.id } });
    await expect(asDuo(duoInput(b), { onExisting: 'reject' })).rejects.toMatchObject({ code: 'DUPLICATE_CASE' });
    expect(await asSystem(koers.database.db, (tx) => tx.select({ id: cases.id }).from(cases).where(eq(cases.bsn, b)))).toHaveLength(1);

    // Same shape: one 'create' history row with the same fields, one 'case.registered' entry in the overview.
    const [duo, hand] = await Promise.all([stateOf(fromDuo.row.id), stateOf(byHand.id)]);
    const created = (h: (typeof duo)['history']) => h.filter((x) => x.action === 'create');
    expect(created(duo.history)).toHaveLength(1);
    expect(created(hand.history)).toHaveLength(1);
    // Same history fields (historyFields of the case; empty ones left out — the hand entry here has a
    // case manager but no DUO dates, the DUO case the other way round).
    const fields = (h: (typeof duo)['history'][number]) => Object.keys(h.changes as object).filter((k) => !['caseManagerId', 'dutyStartOn', 'duoNoticeOn'].includes(k)).sort();
    expect(fields(created(duo.history)[0]!)).toEqual(fields(created(hand.history)[0]!));
    expect(created(duo.history)[0]).toMatchObject({ actorName: 'DUO', actorUserId: null, reason: 'DUO SS101' });
    expect(created(hand.history)[0]).toMatchObject({ actorUserId: g.users.trajectregisseur.id });
    const registered = (e: (typeof duo)['events']) => e.filter((x) => x.kind === 'case.registered');
    expect(registered(duo.events)).toHaveLength(1);
    expect(registered(hand.events)).toHaveLength(1);
    expect(registered(duo.events)[0]).toMatchObject({ section: 'overzicht', source: 'duo', actorName: 'DUO' });
    expect(registered(hand.events)[0]).toMatchObject({ section: 'overzicht', source: 'koers' });
    expect(Object.keys(registered(duo.events)[0]!.data as object)).toEqual(expect.arrayContaining(Object.keys(registered(hand.events)[0]!.data as object)));
    expect(registered(duo.events)[0]?.summary).toMatch(/^Aangemeld na een melding van DUO \(SS101\)\. .*vul ze aan uit de BRP\.$/);
  });

  it('the system actor registers only for the gemeente its transaction is scoped to', async () => {
    await expect(
      inScope(koers.database.db, systemScope(other.organisationId, [other.gemeenteId]), (tx) => registerNewcomer(tx, duoCtx(other), duoInput(validBsn()), { onExisting: 'update' })),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
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
