// Closing a case by hand and reopening it; a move to another gemeente (overdrachtsdossier, the link
// across gemeenten in one installation, the handover on request); the household. Over HTTP, with
// history, timeline, werkvoorraad and "another gemeente's case → 404 and nothing changed".
import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseEvents, caseLinks, caseMeetings, cases, caseSignals, gemeenten, pips, processingLog, recordHistory } from '../../src/db/schema.ts';
import { handoverExportSchema } from '../../src/use-cases/case-closing/handover-export.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia, snapshotOf, validBsn } from '../support/fixtures.ts';

let koers: TestKoers;
const clock = new Date('2026-12-06T09:00:00Z');
beforeAll(async () => {
  koers = await createTestKoers({ now: () => clock });
});
afterAll(() => koers.close());

const db = () => koers.database.db;
const caseRow = async (id: string) => (await asSystem(db(), (tx) => tx.select().from(cases).where(eq(cases.id, id))))[0]!;
const eventsOf = (id: string) => asSystem(db(), (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, id)));
const signalsOf = (id: string) => asSystem(db(), (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, id)));
const linksOf = (id: string) => asSystem(db(), (tx) => tx.select().from(caseLinks).where(eq(caseLinks.caseId, id)));
const documentsOf = (id: string) => asSystem(db(), (tx) => tx.select().from(caseDocuments).where(eq(caseDocuments.caseId, id)));
const del = (client: Client, url: string) => client.request({ method: 'DELETE', url });

/** A gemeente with a real-looking, unique CBS code (the fixture's code is not one). */
async function gemeenteWithCode(label: string): Promise<GemeenteFixture & { code: string; name: string }> {
  const g = await createGemeente(koers.database, label);
  const code = String(randomInt(1000, 9999));
  const [row] = await asSystem(db(), (tx) => tx.update(gemeenten).set({ code }).where(eq(gemeenten.id, g.gemeenteId)).returning());
  return { ...g, code, name: row!.name };
}

describe('closing and reopening by hand', () => {
  it('closes with a reason, stops the werkvoorraad, records history and timeline; reopening goes back to the earlier status', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    // Registered by a teamleider: no trajectregisseur yet, so the werkvoorraad has an item.
    const c = await createCaseVia(await loginAs(koers.app, g.users.teamleider.email), g.gemeenteId);
    await asSystem(db(), (tx) => tx.update(cases).set({ status: 'intake' }).where(eq(cases.id, c.id)));
    expect((await signalsOf(c.id)).map((s) => s.kind)).toContain('no-case-manager');
    const version = (await caseRow(c.id)).version;

    const r = await client.post(`/api/cases/${c.id}/close`, { reason: 'overleden', effectiveOn: '2026-12-01', note: 'Bericht van de familie', version });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<{ case: { status: string; closedOn: string; closedReason: string; closedReasonCode: string; version: number }; followUps: { code: string; text: string }[]; explanation: { articles: string[] }; handover: unknown }>();
    expect(body.case).toMatchObject({ status: 'gesloten', closedOn: '2026-12-01', closedReason: 'Overleden', closedReasonCode: 'overleden', version: version + 1 });
    expect(body.followUps.map((f) => f.code)).toEqual(['retention-deceased', 'check-duo-duty-ended']);
    expect(body.explanation.articles).toContain('art. 9.9 lid 1, onderdeel b Besluit inburgering 2021');
    expect(body.handover).toBeNull();
    expect(await caseRow(c.id)).toMatchObject({ statusBeforeClose: 'intake' });
    expect(await signalsOf(c.id)).toEqual([]);
    const closedEvent = (await eventsOf(c.id)).find((e) => e.kind === 'case.closed');
    expect(closedEvent).toMatchObject({ occurredOn: '2026-12-01', section: 'overzicht' });
    expect(closedEvent!.summary).toContain('Bericht van de familie');
    const history = await client.get(`/api/cases/${c.id}/history`);
    const entries = history.json<{ changes: Record<string, { from: unknown; to: unknown }>; reason: string | null }[]>();
    const closing = entries.find((e) => e.reason === 'Overleden — Bericht van de familie');
    expect(closing?.changes).toMatchObject({ status: { from: 'intake', to: 'gesloten' }, closedOn: { from: null, to: '2026-12-01' }, closedReason: { from: null, to: 'Overleden' } });
    const logged = await asSystem(db(), (tx) => tx.select().from(processingLog).where(and(eq(processingLog.operationName, 'closeCase'), eq(processingLog.gemeenteId, g.gemeenteId))));
    expect(logged).toHaveLength(1);

    const reopened = await client.post(`/api/cases/${c.id}/reopen`, { reason: 'Verkeerd dossier gesloten', version: version + 1 });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'intake', closedOn: null, closedReason: null, closedReasonCode: null, version: version + 2 });
    expect(await caseRow(c.id)).toMatchObject({ statusBeforeClose: null });
    expect((await signalsOf(c.id)).map((s) => s.kind)).toContain('no-case-manager');
    expect((await eventsOf(c.id)).find((e) => e.kind === 'case.reopened')?.summary).toContain('Verkeerd dossier gesloten');
  });

  it('refuses with Dutch messages and changes nothing: stale version, closed twice, a date in the future, a move without the new gemeente, reopening an open case', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const c = await createCaseVia(client, g.gemeenteId);
    const before = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });

    const stale = await client.post(`/api/cases/${c.id}/close`, { reason: 'overleden', effectiveOn: '2026-12-01', version: c.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT', field: 'version' } });
    const future = await client.post(`/api/cases/${c.id}/close`, { reason: 'overleden', effectiveOn: '2026-12-24', version: c.version });
    expect(future.statusCode).toBe(400);
    expect(future.json<{ error: { message: string; field?: string; details?: { field: string; message: string }[] } }>().error.details?.[0]).toMatchObject({ field: 'effectiveOn' });
    const noGemeente = await client.post(`/api/cases/${c.id}/close`, { reason: 'verhuisd', effectiveOn: '2026-12-01', version: c.version });
    expect(noGemeente.statusCode).toBe(400);
    expect(noGemeente.json<{ error: { details: { field: string; message: string }[] } }>().error.details[0]).toMatchObject({ field: 'movedTo' });
    expect(noGemeente.json<{ error: { details: { message: string }[] } }>().error.details[0]!.message).toContain('Nieuwe gemeente');
    const badReason = await client.post(`/api/cases/${c.id}/close`, { reason: 'weg', effectiveOn: '2026-12-01', version: c.version });
    expect(badReason.statusCode).toBe(400);
    const reopenOpen = await client.post(`/api/cases/${c.id}/reopen`, { reason: 'Waarom niet', version: c.version });
    expect(reopenOpen.statusCode).toBe(409);
    expect(reopenOpen.json()).toMatchObject({ error: { code: 'STEP_NOT_ALLOWED', message: 'Het dossier is niet gesloten; heropenen is niet nodig.' } });
    expect(await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] })).toBe(before);

    const closed = await client.post(`/api/cases/${c.id}/close`, { reason: 'ten-onrechte-geregistreerd', effectiveOn: '2026-12-06', version: c.version });
    expect(closed.statusCode).toBe(200);
    const twice = await client.post(`/api/cases/${c.id}/close`, { reason: 'overleden', effectiveOn: '2026-12-06', version: c.version + 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'STEP_NOT_ALLOWED' });
    expect(twice.json<{ error: { message: string } }>().error.message).toContain('al gesloten');
  });

  it('a move with a vastgesteld PIP points to withdrawing it', async () => {
    const g = await gemeenteWithCode('Oud');
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const c = await createCaseVia(client, g.gemeenteId);
    await asSystem(db(), async (tx) => {
      await tx.update(cases).set({ status: 'pip-vastgesteld' }).where(eq(cases.id, c.id));
      await tx.insert(pips).values({ gemeenteId: g.gemeenteId, caseId: c.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-10-01', route: 'B1' });
    });
    const r = await client.post(`/api/cases/${c.id}/close`, { reason: 'verhuisd', effectiveOn: '2026-12-01', movedTo: { code: '0344', name: 'Utrecht' }, version: c.version });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<{ followUps: { code: string }[] }>().followUps.map((f) => f.code)).toEqual(['handover-on-request', 'withdraw-pip-verhuizing']);
    // Utrecht is not in this installation: the move is recorded, nothing linked.
    expect(r.json()).toMatchObject({ case: { closedReason: 'Verhuisd naar een andere gemeente: Utrecht' }, handover: { linkedInInstallation: false } });
    expect(await linksOf(c.id)).toEqual([expect.objectContaining({ kind: 'verhuisd-naar', otherGemeenteCode: '0344', otherGemeenteName: 'Utrecht', otherCaseId: null, movedOn: '2026-12-01' })]);
  });

  it('another gemeente’s case is 404 on every route, and nothing changes', async () => {
    const a = await createGemeente(koers.database, 'A');
    const b = await createGemeente(koers.database, 'B');
    const clientA = await loginAs(koers.app, a.users.trajectregisseur.email);
    const clientB = await loginAs(koers.app, b.users.trajectregisseur.email);
    const own = await createCaseVia(clientA, a.gemeenteId);
    const theirs = await createCaseVia(clientB, b.gemeenteId);
    const before = await snapshotOf(koers.database, { organisationId: b.organisationId, gemeenteIds: [b.gemeenteId] });
    const responses = [
      await clientA.post(`/api/cases/${theirs.id}/close`, { reason: 'overleden', effectiveOn: '2026-12-01', version: theirs.version }),
      await clientA.post(`/api/cases/${theirs.id}/reopen`, { reason: 'x', version: theirs.version }),
      await clientA.get(`/api/cases/${theirs.id}/links`),
      await clientA.post(`/api/cases/${theirs.id}/household`, { otherCaseId: own.id, relation: 'partner' }),
      await clientA.post(`/api/cases/${own.id}/household`, { otherCaseId: theirs.id, relation: 'partner' }),
      await del(clientA, `/api/cases/${theirs.id}/household/${own.id}`),
      await clientA.get(`/api/cases/${theirs.id}/overdracht`),
      await clientA.post(`/api/cases/${theirs.id}/overdracht/opvragen`),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    expect(await snapshotOf(koers.database, { organisationId: b.organisationId, gemeenteIds: [b.gemeenteId] })).toBe(before);
    expect(await linksOf(own.id)).toEqual([]);
  });
});

describe('moving to another gemeente in this installation', () => {
  it('the old case gets the overdrachtsdossier (PDF + JSON) and is linked both ways with the new gemeente’s case, which can ask for the handover; nothing personal crosses in the link', async () => {
    const oud = await gemeenteWithCode('Oud');
    const nieuw = await gemeenteWithCode('Nieuw');
    const bsn = validBsn();
    const clientOud = await loginAs(koers.app, oud.users.trajectregisseur.email);
    const clientNieuw = await loginAs(koers.app, nieuw.users.trajectregisseur.email);
    const old = await createCaseVia(clientOud, oud.gemeenteId, { bsn, familyName: 'Haddad' });
    const fresh = await createCaseVia(clientNieuw, nieuw.gemeenteId, { bsn, familyName: 'Haddad' });

    const r = await clientOud.post(`/api/cases/${old.id}/close`, { reason: 'verhuisd', effectiveOn: '2026-12-01', movedTo: { code: nieuw.code, name: nieuw.name }, version: old.version });
    expect(r.statusCode, r.body).toBe(200);
    const handover = r.json<{ handover: { pdfDocumentId: string; exportDocumentId: string; linkedInInstallation: boolean } }>().handover;
    expect(handover.linkedInInstallation).toBe(true);

    const docs = await documentsOf(old.id);
    const pdf = docs.find((d) => d.id === handover.pdfDocumentId)!;
    expect(pdf).toMatchObject({ kind: 'overdrachtsdossier', mimeType: 'application/pdf' });
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    const json = docs.find((d) => d.id === handover.exportDocumentId)!;
    const parsed = handoverExportSchema.parse(JSON.parse(json.content.toString('utf8')));
    expect(parsed).toMatchObject({ schema: 'koers.overdrachtsdossier/1', to: { gemeenteCode: nieuw.code }, movedOn: '2026-12-01', person: { bsn, familyName: 'Haddad' }, status: { status: 'gesloten' } });
    const download = await clientOud.get(`/api/cases/${old.id}/overdracht`);
    expect(download.statusCode).toBe(200);
    expect(handoverExportSchema.parse(download.json()).from.gemeenteCode).toBe(oud.code);

    // Each side's link: the other case's id and gemeente only.
    const [oldLink] = await linksOf(old.id);
    const [newLink] = await linksOf(fresh.id);
    expect(oldLink).toMatchObject({ kind: 'verhuisd-naar', gemeenteId: oud.gemeenteId, otherCaseId: fresh.id, otherGemeenteCode: nieuw.code });
    expect(newLink).toMatchObject({ kind: 'verhuisd-uit', gemeenteId: nieuw.gemeenteId, otherCaseId: old.id, otherGemeenteCode: oud.code, otherGemeenteName: oud.name, movedOn: '2026-12-01' });
    expect(JSON.stringify([oldLink, newLink])).not.toContain(bsn);
    expect(JSON.stringify([oldLink, newLink])).not.toContain('Haddad');
    expect((await eventsOf(fresh.id)).find((e) => e.kind === 'case.moved-in-linked')?.summary).toContain(`Verhuisd uit ${oud.name}`);

    // Each sees where the person went or came from, but cannot open the other case.
    const oldView = (await clientOud.get(`/api/cases/${old.id}/links`)).json<unknown>();
    expect(oldView).toEqual({ household: [], moves: [{ direction: 'naar', gemeenteCode: nieuw.code, gemeenteName: nieuw.name, movedOn: '2026-12-01', linked: true, otherCaseId: null }] });
    const newView = (await clientNieuw.get(`/api/cases/${fresh.id}/links`)).json<unknown>();
    expect(newView).toMatchObject({ moves: [{ direction: 'uit', gemeenteName: oud.name, linked: true, otherCaseId: null }] });
    expect((await clientNieuw.get(`/api/cases/${old.id}`)).statusCode).toBe(404);
    expect((await clientNieuw.get(`/api/cases/${old.id}/overdracht`)).statusCode).toBe(404);

    // The new gemeente asks for the handover: the stored PDF and export are copied into its case.
    const asked = await clientNieuw.post(`/api/cases/${fresh.id}/overdracht/opvragen`);
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toEqual({ received: 2 });
    const received = await documentsOf(fresh.id);
    expect(received.map((d) => [d.kind, d.mimeType, d.gemeenteId]).sort()).toEqual([
      ['overdracht-ontvangen', 'application/json', nieuw.gemeenteId],
      ['overdracht-ontvangen', 'application/pdf', nieuw.gemeenteId],
    ]);
    // The old gemeente's own case has no 'uit' link: it cannot pull the new gemeente's documents.
    const pull = await clientOud.post(`/api/cases/${old.id}/overdracht/opvragen`);
    expect(pull.statusCode).toBe(409);
  });

  it('a case registered later in the new gemeente is linked when it is created', async () => {
    const oud = await gemeenteWithCode('Oud');
    const nieuw = await gemeenteWithCode('Nieuw');
    const bsn = validBsn();
    const clientOud = await loginAs(koers.app, oud.users.trajectregisseur.email);
    const old = await createCaseVia(clientOud, oud.gemeenteId, { bsn });
    const r = await clientOud.post(`/api/cases/${old.id}/close`, { reason: 'verhuisd', effectiveOn: '2026-12-02', movedTo: { code: nieuw.code, name: nieuw.name }, version: old.version });
    expect(r.json()).toMatchObject({ handover: { linkedInInstallation: false } });
    const clientNieuw = await loginAs(koers.app, nieuw.users.trajectregisseur.email);
    const fresh = await createCaseVia(clientNieuw, nieuw.gemeenteId, { bsn });
    expect(await linksOf(fresh.id)).toEqual([expect.objectContaining({ kind: 'verhuisd-uit', otherCaseId: old.id, otherGemeenteName: oud.name })]);
    expect(await linksOf(old.id)).toEqual([expect.objectContaining({ kind: 'verhuisd-naar', otherCaseId: fresh.id })]);
    expect((await eventsOf(old.id)).find((e) => e.kind === 'case.moved-out-linked')?.summary).toContain(nieuw.name);
  });

  it('the move function acts only on a case in the caller’s scope', async () => {
    const oud = await gemeenteWithCode('Oud');
    const nieuw = await gemeenteWithCode('Nieuw');
    const bsn = validBsn();
    const clientOud = await loginAs(koers.app, oud.users.trajectregisseur.email);
    const old = await createCaseVia(clientOud, oud.gemeenteId, { bsn });
    await clientOud.post(`/api/cases/${old.id}/close`, { reason: 'verhuisd', effectiveOn: '2026-12-02', movedTo: { code: nieuw.code, name: nieuw.name }, version: old.version });
    // A case in the new gemeente inserted by the owner (no registration, so no link yet).
    const [freshRow] = await asSystem(db(), (tx) => tx.insert(cases).values({ gemeenteId: nieuw.gemeenteId, bsn, givenNames: 'A', familyName: 'B', birthDate: '1990-01-01', nationality: 'SY', permit: 'asiel', status: 'aangemeld' }).returning());
    // Someone of a third gemeente asks to link it: nothing happens.
    const third = await createGemeente(koers.database, 'Derde');
    const clientThird = await loginAs(koers.app, third.users.trajectregisseur.email);
    expect((await clientThird.post(`/api/cases/${freshRow!.id}/overdracht/opvragen`)).statusCode).toBe(404);
    expect(await linksOf(freshRow!.id)).toEqual([]);
  });
});

describe('household', () => {
  it('links partners both ways with history, shows status and next appointment, refuses duplicates, unlinks both ways', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const a = await createCaseVia(client, g.gemeenteId, { givenNames: 'Amina' });
    const b = await createCaseVia(client, g.gemeenteId, { givenNames: 'Omar' });
    await asSystem(db(), (tx) => tx.insert(caseMeetings).values({ gemeenteId: g.gemeenteId, caseId: b.id, kind: 'intakegesprek', plannedAt: new Date('2026-12-10T09:00:00Z'), status: 'gepland' }));

    const linked = await client.post(`/api/cases/${a.id}/household`, { otherCaseId: b.id, relation: 'partner' });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toEqual({
      household: [{ caseId: b.id, name: `Omar ${b.familyName}`, relation: 'partner', status: 'aangemeld', closedOn: null, pip: null, nextMeeting: { kind: 'intakegesprek', plannedAt: '2026-12-10T09:00:00.000Z' } }],
      moves: [],
    });
    const fromB = (await client.get(`/api/cases/${b.id}/links`)).json<{ household: { caseId: string; relation: string }[] }>();
    expect(fromB.household).toEqual([expect.objectContaining({ caseId: a.id, relation: 'partner', nextMeeting: null })]);
    const history = await asSystem(db(), (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, b.id)));
    expect(history.some((h) => 'huishouden' in (h.changes as Record<string, unknown>))).toBe(true);

    const again = await client.post(`/api/cases/${b.id}/household`, { otherCaseId: a.id, relation: 'partner' });
    expect(again.statusCode).toBe(409);
    const self = await client.post(`/api/cases/${a.id}/household`, { otherCaseId: a.id, relation: 'partner' });
    expect(self.statusCode).toBe(400);

    const removed = await del(client, `/api/cases/${b.id}/household/${a.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toEqual({ household: [], moves: [] });
    expect(await linksOf(a.id)).toEqual([]);
    expect((await del(client, `/api/cases/${b.id}/household/${a.id}`)).statusCode).toBe(404);
  });

  it('a partner without case:write cannot link (403)', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const a = await createCaseVia(client, g.gemeenteId);
    const b = await createCaseVia(client, g.gemeenteId);
    const beleid = await loginAs(koers.app, g.users.beleidsadviseur.email);
    expect((await beleid.post(`/api/cases/${a.id}/household`, { otherCaseId: b.id, relation: 'partner' })).statusCode).toBe(403);
    expect((await beleid.post(`/api/cases/${a.id}/close`, { reason: 'overleden', effectiveOn: '2026-12-01', version: a.version })).statusCode).toBe(403);
  });
});
