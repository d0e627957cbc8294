// Voortgangsgesprekken (R19) and tolken/sociale kaart (R21), over HTTP against a real database:
// planning from the PIP, re-planning after a change, moving and adding, recording with the PDF
// verslag, the special categories, referrals, interpreter costs, the signal, and another
// gemeente's record → 404 with nothing changed.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseSignals, cases, pips, processingLog, progressMeetings, recordHistory, referrals } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, snapshotOf } from '../support/fixtures.ts';
import { pdfPages } from '../support/pdf-text.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
let financieel: Client;
let beleid: Client;
let otherRegisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

interface Meeting {
  id: string;
  plannedOn: string;
  extra: boolean;
  status: string;
  heldOn: string | null;
  report: Record<string, string>;
  sensitiveReport: Record<string, string> | null;
  outcome: string | null;
  documentId: string | null;
  version: number;
}
interface Voortgang {
  pip: { version: number; progressMeetings: number | null } | null;
  meetings: Meeting[];
  interpreterBookings: Array<{ id: string; costCents: number; version: number }>;
  interpreterCostCents: number;
  referrals: Array<{ id: string; organisationName: string; outcome: string; progressMeetingId: string | null; version: number }>;
  organisations: Array<{ id: string; name: string }>;
  readsSensitive: boolean;
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Voortgang');
  other = await createGemeente(koers.database, 'Elders');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, g.users.teamleider.email);
  financieel = await loginAs(koers.app, g.users['financieel-medewerker'].email);
  beleid = await loginAs(koers.app, g.users.beleidsadviseur.email);
  otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
});
afterAll(() => koers.close());

/** A case with a vastgesteld PIP (3 gesprekken per year) and its termijn, as issuePip leaves it. */
async function caseWithPip(client: Client = regisseur, gemeente: GemeenteFixture = g): Promise<{ caseId: string; pipId: string }> {
  const response = await client.post('/api/cases', { ...caseInput(gemeente.gemeenteId), duoNoticeOn: '2026-04-01', registeredOn: '2026-03-15' });
  expect(response.statusCode, response.body).toBe(201);
  const caseId = response.json<{ id: string }>().id;
  const pipId = await asSystem(koers.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart: '2026-05-02', termEndExclusive: '2029-05-02', status: 'pip-vastgesteld' }).where(eq(cases.id, caseId));
    const [p] = await tx.insert(pips).values({ gemeenteId: gemeente.gemeenteId, caseId, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-05-01', route: 'B1', progressMeetings: 3 }).returning();
    return p!.id;
  });
  const planned = await client.post(`/api/cases/${caseId}/voortgang/plannen`);
  expect(planned.statusCode, planned.body).toBe(200);
  return { caseId, pipId };
}

const put = (client: Client, url: string, payload: unknown) => client.request({ method: 'PUT', url, payload: payload as object });

const voortgangOf = async (caseId: string, client: Client = regisseur) => {
  const r = await client.get(`/api/cases/${caseId}/voortgang`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Voortgang>();
};

async function organisation(name = 'Schuldhulp Salland', client: Client = teamleider, gemeente = g): Promise<string> {
  const r = await client.post('/api/sociale-kaart', { gemeenteId: gemeente.gemeenteId, name, theme: 'schulden', contact: '0570 123 456', notes: 'Inloop op dinsdag' });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<{ id: string }>().id;
}

const verslag = (version: number, extra: Record<string, unknown> = {}) => ({
  version,
  heldOn: '2026-11-20',
  attendees: 'inburgeraar, trajectregisseur, taalaanbieder',
  report: { taal: 'Luisteren gaat vooruit, schrijven blijft achter.', participatie: 'Vrijwilligerswerk bij de voedselbank.', ontzorgen: 'Vaste lasten worden betaald.' },
  sensitiveReport: { gezondheid: 'Slaapt slecht.' },
  outcome: 'doorgaan',
  ...extra,
});

describe('voortgangsgesprekken', () => {
  it('are planned from the PIP: three a year over the termijn, ordered, inside it; planning again changes nothing', async () => {
    const { caseId } = await caseWithPip();
    const v = await voortgangOf(caseId);
    expect(v.pip).toMatchObject({ version: 1, progressMeetings: 3 });
    expect(v.meetings).toHaveLength(9);
    const dates = v.meetings.map((m) => m.plannedOn);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d >= '2026-05-02' && d < '2029-05-02')).toBe(true);
    const again = await regisseur.post(`/api/cases/${caseId}/voortgang/plannen`);
    expect(again.json()).toEqual({ planned: 0, dropped: 0 });
    // The next planned gesprek is in the werkvoorraad, due 14 days before, naming the PIP and the article.
    const signals = await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(and(eq(caseSignals.caseId, caseId), eq(caseSignals.kind, 'progress-meeting-due'))));
    expect(signals).toHaveLength(1);
    expect(signals[0]?.reason).toContain('PIP versie 1');
    expect(signals[0]?.reason).toContain('art. 5.3 lid 4 Besluit inburgering 2021');
  });

  it('a changed PIP re-plans the ones not yet held; held and extra gesprekken stay', async () => {
    const { caseId, pipId } = await caseWithPip();
    const first = (await voortgangOf(caseId)).meetings[0]!;
    const held = await put(regisseur, `/api/cases/${caseId}/voortgang/gesprekken/${first.id}/verslag`, verslag(first.version));
    expect(held.statusCode, held.body).toBe(200);
    const extra = await regisseur.post(`/api/cases/${caseId}/voortgang/gesprekken`, { plannedOn: '2027-01-15' });
    expect(extra.statusCode, extra.body).toBe(201);
    await asSystem(koers.database.db, async (tx) => {
      await tx.update(pips).set({ status: 'gewijzigd' }).where(eq(pips.id, pipId));
      await tx.insert(pips).values({ gemeenteId: g.gemeenteId, caseId, version: 2, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2027-05-02', route: 'B1', progressMeetings: 4 });
    });
    const replanned = await regisseur.post(`/api/cases/${caseId}/voortgang/plannen`);
    expect(replanned.json()).toEqual({ planned: 8, dropped: 8 });
    const v = await voortgangOf(caseId);
    expect(v.meetings.filter((m) => m.status === 'gehouden').map((m) => m.id)).toEqual([first.id]);
    expect(v.meetings.filter((m) => m.extra).map((m) => m.plannedOn)).toEqual(['2027-01-15']);
    expect(v.meetings.filter((m) => m.status === 'vervallen')).toHaveLength(8);
    const fresh = v.meetings.filter((m) => m.status === 'gepland' && !m.extra);
    expect(fresh).toHaveLength(8);
    expect(fresh.every((m) => m.plannedOn >= '2027-05-02' && m.plannedOn < '2029-05-02')).toBe(true);
  });

  it('a planned gesprek is moved with its version; a stale version → 409 and nothing changed', async () => {
    const { caseId } = await caseWithPip();
    const m = (await voortgangOf(caseId)).meetings[0]!;
    const moved = await regisseur.patch(`/api/cases/${caseId}/voortgang/gesprekken/${m.id}`, { plannedOn: '2026-12-10', version: m.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ plannedOn: '2026-12-10', version: m.version + 1 });
    const stale = await regisseur.patch(`/api/cases/${caseId}/voortgang/gesprekken/${m.id}`, { plannedOn: '2026-12-24', version: m.version });
    expect(stale.statusCode).toBe(409);
    expect((await voortgangOf(caseId)).meetings.find((x) => x.id === m.id)?.plannedOn).toBe('2026-12-10');
  });

  it('recording: report per theme, outcome, history and log; the PDF verslag is in the documents without the special categories', async () => {
    const { caseId } = await caseWithPip();
    const m = (await voortgangOf(caseId)).meetings[0]!;
    const staleBefore = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });
    const stale = await put(regisseur, `/api/cases/${caseId}/voortgang/gesprekken/${m.id}/verslag`, verslag(m.version + 5));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT', field: 'version' } });
    expect(await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] })).toBe(staleBefore);
    const r = await put(regisseur, `/api/cases/${caseId}/voortgang/gesprekken/${m.id}/verslag`, verslag(m.version));
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<Meeting>();
    expect(body).toMatchObject({ status: 'gehouden', heldOn: '2026-11-20', outcome: 'doorgaan', sensitiveReport: { gezondheid: 'Slaapt slecht.' }, version: m.version + 1 });
    const [doc] = await asSystem(koers.database.db, (tx) => tx.select().from(caseDocuments).where(eq(caseDocuments.id, body.documentId!)));
    expect(doc).toMatchObject({ kind: 'voortgangsverslag', mimeType: 'application/pdf', caseId });
    const text = (await pdfPages(doc!.content)).join('\n');
    expect(text).toContain('Verslag voortgangsgesprek');
    expect(text).toContain('20 november 2026');
    expect(text).toContain('Luisteren gaat vooruit, schrijven blijft achter.');
    expect(text).toContain('Doorgaan volgens het PIP');
    expect(text).toContain('Geen rapportages van aanbieders ontvangen sinds het vorige gesprek.');
    expect(text).toContain('artikel 5.3, vierde lid, Besluit inburgering 2021');
    expect(text).not.toContain('Slaapt slecht');
    const [history, logs] = await asSystem(koers.database.db, async (tx) => [
      await tx.select().from(recordHistory).where(eq(recordHistory.entityId, m.id)),
      await tx.select().from(processingLog).where(eq(processingLog.resourceId, m.id)),
    ] as const);
    expect(history.map((h) => h.entityType)).toContain('progress-meeting');
    expect(JSON.stringify(history.map((h) => h.changes))).not.toContain('Slaapt slecht');
    expect(logs.some((l) => l.operationName === 'recordProgressMeeting')).toBe(true);
    // The financieel medewerker reads the case but not the special categories.
    const seen = await voortgangOf(caseId, financieel);
    expect(seen.readsSensitive).toBe(false);
    expect(seen.meetings.find((x) => x.id === m.id)).toMatchObject({ sensitiveReport: null, report: { taal: 'Luisteren gaat vooruit, schrijven blijft achter.' } });
    expect((await put(financieel, `/api/cases/${caseId}/voortgang/gesprekken/${m.id}/verslag`, verslag(body.version))).statusCode).toBe(403);
  });

  it('handhaving, extra ondersteuning and a PIP change need a reason; doorverwijzing needs an organisation and creates the referral', async () => {
    const { caseId } = await caseWithPip();
    const m = (await voortgangOf(caseId)).meetings[0]!;
    const noReason = await put(regisseur, `/api/cases/${caseId}/voortgang/gesprekken/${m.id}/verslag`, verslag(m.version, { outcome: 'handhaving-starten' }));
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ error: { field: 'outcomeReason' } });
    const noOrg = await put(regisseur, `/api/cases/${caseId}/voortgang/gesprekken/${m.id}/verslag`, verslag(m.version, { outcome: 'doorverwijzing' }));
    expect(noOrg.statusCode).toBe(400);
    const foreignOrg = await organisation('Elders Schuldhulp', await loginAs(koers.app, other.users.teamleider.email), other);
    const wrongOrg = await put(regisseur, `/api/cases/${caseId}/voortgang/gesprekken/${m.id}/verslag`, verslag(m.version, { outcome: 'doorverwijzing', referral: { organisationId: foreignOrg, reason: 'Schulden' } }));
    expect(wrongOrg.statusCode).toBe(400);
    expect((await voortgangOf(caseId)).meetings[0]).toMatchObject({ status: 'gepland', version: m.version });

    const orgId = await organisation();
    const ok = await put(regisseur, `/api/cases/${caseId}/voortgang/gesprekken/${m.id}/verslag`, verslag(m.version, { outcome: 'doorverwijzing', referral: { organisationId: orgId, reason: 'Betalingsachterstand huur' } }));
    expect(ok.statusCode, ok.body).toBe(200);
    const v = await voortgangOf(caseId);
    expect(v.referrals).toEqual([expect.objectContaining({ organisationName: 'Schuldhulp Salland', outcome: 'lopend', progressMeetingId: m.id })]);
    const ref = v.referrals[0]!;
    const followed = await regisseur.patch(`/api/cases/${caseId}/voortgang/doorverwijzingen/${ref.id}`, { outcome: 'opgevolgd', outcomeNote: 'Intake gehad', version: ref.version });
    expect(followed.statusCode, followed.body).toBe(200);
    expect((await regisseur.patch(`/api/cases/${caseId}/voortgang/doorverwijzingen/${ref.id}`, { outcome: 'niet-opgevolgd', version: ref.version })).statusCode).toBe(409);

    // Handhaving starten: the gesprek's id and outcome are the seam for package O.
    const second = v.meetings.find((x) => x.status === 'gepland')!;
    const hh = await put(regisseur, `/api/cases/${caseId}/voortgang/gesprekken/${second.id}/verslag`, verslag(second.version, { heldOn: '2026-11-21', outcome: 'handhaving-starten', outcomeReason: 'Drie keer niet naar de les zonder reden.' }));
    expect(hh.statusCode, hh.body).toBe(200);
    expect(hh.json()).toMatchObject({ outcome: 'handhaving-starten', outcomeReason: 'Drie keer niet naar de les zonder reden.' });
  });

  it('tolken: booked per gesprek, summed per case and in the aggregated tolkkosten report', async () => {
    const { caseId } = await caseWithPip();
    const m = (await voortgangOf(caseId)).meetings[0]!;
    const booking = { meetingKind: 'voortgang', meetingId: m.id, bookedOn: '2026-11-20', language: 'Tigrinya', kind: 'telefonisch', providerName: 'Tolkcentrum Oost', costCents: 4550, status: 'geleverd' };
    const a = await regisseur.post(`/api/cases/${caseId}/voortgang/tolken`, booking);
    expect(a.statusCode, a.body).toBe(201);
    const b = await regisseur.post(`/api/cases/${caseId}/voortgang/tolken`, { ...booking, kind: 'ter-plaatse', costCents: 9000, status: 'bevestigd' });
    expect(b.statusCode).toBe(201);
    const cancelled = await put(regisseur, `/api/cases/${caseId}/voortgang/tolken/${b.json<{ id: string }>().id}`, { ...booking, kind: 'ter-plaatse', costCents: 9000, status: 'geannuleerd', version: 1 });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const staleBefore = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });
    const stale = await put(regisseur, `/api/cases/${caseId}/voortgang/tolken/${b.json<{ id: string }>().id}`, { ...booking, status: 'geleverd', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] })).toBe(staleBefore);
    expect((await voortgangOf(caseId)).interpreterCostCents).toBe(4550);
    const wrongMeeting = await regisseur.post(`/api/cases/${caseId}/voortgang/tolken`, { ...booking, meetingId: '00000000-0000-4000-8000-000000000000' });
    expect(wrongMeeting.statusCode).toBe(400);

    const report = await beleid.get(`/api/rapportage/tolkkosten?from=2026-11-01&to=2026-11-30&gemeenteId=${g.gemeenteId}`);
    expect(report.statusCode, report.body).toBe(200);
    const [row] = report.json<{ gemeenten: Array<Record<string, unknown>> }>().gemeenten;
    expect(row).toMatchObject({ gemeente: { id: g.gemeenteId }, perKind: { 'ter-plaatse': { bookings: 0, totalCents: 0 } } });
    expect((row!.perKind as Record<string, { bookings: number }>).telefonisch!.bookings).toBeGreaterThanOrEqual(1);
    expect(row!.totalCents).toBeGreaterThanOrEqual(4550);
    expect(JSON.stringify(row)).not.toContain(caseId);
    expect((await regisseur.get(`/api/rapportage/tolkkosten?from=2026-11-01&to=2026-11-30`)).statusCode).toBe(403);
    expect((await beleid.get(`/api/rapportage/tolkkosten?from=2026-11-30&to=2026-11-01`)).statusCode).toBe(400);
  });

  it('sociale kaart: kept by the teamleider with version; read by the regisseur; not by a trajectregisseur to change', async () => {
    const id = await organisation('GGD IJsselland');
    const list = await regisseur.get(`/api/gemeenten/${g.gemeenteId}/sociale-kaart`);
    expect(list.statusCode).toBe(200);
    const kaart = list.json<{ canManage: boolean; organisations: Array<{ id: string; name: string }> }>();
    expect(kaart.canManage).toBe(false);
    expect(kaart.organisations.find((o) => o.id === id)?.name).toBe('GGD IJsselland');
    expect((await regisseur.post('/api/sociale-kaart', { gemeenteId: g.gemeenteId, name: 'X', theme: 'werk' })).statusCode).toBe(403);
    const upd = await put(teamleider, `/api/sociale-kaart/${id}`, { name: 'GGD IJsselland', theme: 'gezondheid', contact: null, notes: null, active: false, version: 1 });
    expect(upd.statusCode, upd.body).toBe(200);
    expect((await put(teamleider, `/api/sociale-kaart/${id}`, { name: 'Y', theme: 'gezondheid', active: true, version: 1 })).statusCode).toBe(409);
    expect((await regisseur.get(`/api/gemeenten/${other.gemeenteId}/sociale-kaart`)).statusCode).toBe(404);
  });

  it("another gemeente's case, gesprek, organisation → 404 and nothing changed", async () => {
    const { caseId } = await caseWithPip();
    const m = (await voortgangOf(caseId)).meetings[0]!;
    const orgId = await organisation('Bibliotheek');
    const { caseId: otherCase } = await caseWithPip();
    const before = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });
    expect((await otherRegisseur.get(`/api/cases/${caseId}/voortgang`)).statusCode).toBe(404);
    expect((await put(otherRegisseur, `/api/cases/${caseId}/voortgang/gesprekken/${m.id}/verslag`, verslag(m.version))).statusCode).toBe(404);
    expect((await otherRegisseur.patch(`/api/cases/${caseId}/voortgang/gesprekken/${m.id}`, { plannedOn: '2027-01-01', version: m.version })).statusCode).toBe(404);
    expect((await otherRegisseur.post(`/api/cases/${caseId}/voortgang/gesprekken`, { plannedOn: '2027-01-01' })).statusCode).toBe(404);
    const otherTeamleider = await loginAs(koers.app, other.users.teamleider.email);
    expect((await put(otherTeamleider, `/api/sociale-kaart/${orgId}`, { name: 'Weg', theme: 'werk', active: false, version: 1 })).statusCode).toBe(404);
    expect((await otherTeamleider.post('/api/sociale-kaart', { gemeenteId: g.gemeenteId, name: 'X', theme: 'werk' })).statusCode).toBe(404);
    // A gesprek of another case of the same gemeente is not found through this case either.
    expect((await regisseur.patch(`/api/cases/${otherCase}/voortgang/gesprekken/${m.id}`, { plannedOn: '2027-01-01', version: m.version })).statusCode).toBe(404);
    const after = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });
    expect(after).toBe(before);
    const rows = await asSystem(koers.database.db, (tx) => tx.select().from(progressMeetings).where(eq(progressMeetings.id, m.id)));
    expect(rows[0]).toMatchObject({ plannedOn: m.plannedOn, status: 'gepland', version: m.version });
    const refs = await asSystem(koers.database.db, (tx) => tx.select().from(referrals).where(eq(referrals.caseId, caseId)));
    expect(refs).toEqual([]);
  });
});
