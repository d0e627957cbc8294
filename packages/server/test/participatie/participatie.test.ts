// Participation and the Z-route (R14, ADR 0143): the gemeente's catalogue of places (participatie:manage),
// placements of a case with hours per period, the hours to DUO as gevolgde uren participatieactiviteiten
// through the outbox (contract-checked against the spec), the Z-route ledger computed by
// zRouteHoursRemaining with MAP and PVT hours deducted, the signal "Z-route-uren achter", gemeente
// isolation and optimistic versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseHours, caseSignals, cases, duoOutbox, participationHours, participationPlacements, participationPlaces, pips } from '../../src/db/schema.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { seed, startDuoEnv, type DuoTestEnv } from '../duo/support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

async function zRouteCase(options: { targetGroup?: 'asiel' | 'gezin-overig'; route?: 'Z' | 'B1' } = {}): Promise<{ caseId: string; bsn: string }> {
  const bsn = validBsn();
  const termStart = '2026-04-02';
  const termEndExclusive = '2029-04-02';
  const route = options.route ?? 'Z';
  seed(env, bsn, {
    termijn: { startdatum: termStart, einddatum: termEndExclusive },
    pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-04-01', leerroute: route === 'Z' ? 'Z' : 'B' } }],
  });
  const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
  await asSystem(env.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: options.targetGroup ?? 'asiel', termStart, termEndExclusive, status: 'pip-vastgesteld' }).where(eq(cases.id, created.id));
    await tx.insert(pips).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-04-01', route, mapThemesOmitted: [] });
  });
  return { caseId: created.id, bsn };
}

interface Place {
  id: string;
  kind: string;
  kindLabel: string;
  version: number;
  active: boolean;
}
interface View {
  routeLabel: string | null;
  ledger: { courseHours: number; activityHours: number; mapHours: number; pvtHours: number; participationHours: number; courseHoursRemaining: number; activityHoursRemaining: number | null; summary: string; steps: { text: string }[] } | null;
  placements: { id: string; version: number; hoursDone: number; placeName: string; kindLabel: string; periods: { hours: number }[] }[];
  queued?: boolean;
}

async function newPlace(name = 'Kringloopwinkel, magazijn'): Promise<Place> {
  const admin = await env.login('beheerder');
  const r = await admin.request({ method: 'POST', url: '/api/participatieplekken', payload: { gemeenteId: env.gemeente.gemeenteId, organisation: 'Stichting De Kringloop', name, kind: 'werkcarrousel', hoursPerWeek: 12, contact: 'Anna, 0591-123456' } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<Place>();
}

const outboxOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)).orderBy(duoOutbox.createdAt));
const zSignalOf = async (caseId: string) =>
  (await asSystem(env.database.db, (tx) => tx.select({ kind: caseSignals.kind, dueOn: caseSignals.dueOn, reason: caseSignals.reason, section: caseSignals.section }).from(caseSignals).where(and(eq(caseSignals.caseId, caseId), eq(caseSignals.kind, 'z-route-hours-behind')))))[0];

describe('the catalogue of participation places', () => {
  it('the beheerder adds and edits a place with version; a trajectregisseur reads it; bad input names the field', async () => {
    const place = await newPlace();
    expect(place).toMatchObject({ kind: 'werkcarrousel', kindLabel: 'Werkcarrousel', version: 1, active: true });
    const admin = await env.login('beheerder');
    const bad = await admin.request({ method: 'POST', url: '/api/participatieplekken', payload: { gemeenteId: env.gemeente.gemeenteId, organisation: '', name: 'x', kind: 'werkcarrousel', hoursPerWeek: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Organisatie');
    const edited = await admin.request({ method: 'PUT', url: `/api/participatieplekken/${place.id}`, payload: { organisation: 'Stichting De Kringloop', name: 'Kringloopwinkel, kassa', kind: 'vrijwilligerswerk', hoursPerWeek: 8, contact: null, active: true, version: 1 } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Place>()).toMatchObject({ kindLabel: 'Vrijwilligerswerk', version: 2 });
    const stale = await admin.request({ method: 'PUT', url: `/api/participatieplekken/${place.id}`, payload: { organisation: 'X', name: 'Y', kind: 'overig', hoursPerWeek: 8, contact: null, active: false, version: 1 } });
    expect(stale.statusCode).toBe(409);
    const list = await (await env.login()).get(`/api/gemeenten/${env.gemeente.gemeenteId}/participatieplekken`);
    expect(list.statusCode).toBe(200);
    expect(list.json<{ places: Place[]; canManage: boolean }>().places.find((p) => p.id === place.id)).toMatchObject({ version: 2, active: true });
    // Only participatie:manage writes: a financieel medewerker may not.
    const finance = await env.login('financieel-medewerker');
    expect((await finance.request({ method: 'POST', url: '/api/participatieplekken', payload: { gemeenteId: env.gemeente.gemeenteId, organisation: 'A', name: 'B', kind: 'overig', hoursPerWeek: 4 } })).statusCode).toBe(403);
  });
});

describe('placements, hours, DUO and the Z-route ledger', () => {
  it('hours on a place go to DUO as participatieactiviteiten through the outbox; the ledger deducts them as zRouteHoursRemaining does', async () => {
    const { caseId, bsn } = await zRouteCase();
    const place = await newPlace();
    const client = await env.login();
    let view = (await client.get(`/api/cases/${caseId}/participatie`)).json<View>();
    expect(view.routeLabel).toBe('zelfredzaamheidsroute (Z-route)');
    expect(view.ledger).toMatchObject({ courseHours: 0, activityHours: 0, courseHoursRemaining: 800, activityHoursRemaining: 800 });
    expect(view.ledger?.summary).toBe('Z-route (asielstatushouder): nog 800 cursusuren en 800 uren activiteiten.');

    const placed = await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen`, payload: { placeId: place.id, startsOn: '2026-04-06', endsOn: null, hoursPerWeek: 12 } });
    expect(placed.statusCode, placed.body).toBe(200);
    view = placed.json<View>();
    const placement = view.placements[0];
    expect(placement).toMatchObject({ placeName: 'Kringloopwinkel, magazijn', kindLabel: 'Werkcarrousel', version: 1, hoursDone: 0 });
    if (!placement) throw new Error('geen plaatsing');

    const hours = await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen/${placement.id}/uren`, payload: { periodStart: '2026-04-06', periodEnd: '2026-05-03', hours: 48, version: 1 } });
    expect(hours.statusCode, hours.body).toBe(200);
    view = hours.json<View>();
    expect(view.queued).toBe(true);
    expect(view.ledger).toMatchObject({ activityHours: 48, participationHours: 48, activityHoursRemaining: 752 });
    expect(view.ledger?.steps.map((s) => s.text)).toContain('Activiteiten: 800 − 48 activiteiten − 0 MAP − 0 PVT = nog 752.');
    const [m] = await outboxOf(caseId);
    expect(m).toMatchObject({ operation: 'uren.participatieactiviteiten', payload: { bsn, uren: { uren: 48 } } });

    // A second period adds to the total; a stale version and a period already recorded change nothing.
    const stale = await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen/${placement.id}/uren`, payload: { periodStart: '2026-05-04', periodEnd: '2026-05-31', hours: 40, version: 1 } });
    expect(stale.statusCode).toBe(409);
    const twice = await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen/${placement.id}/uren`, payload: { periodStart: '2026-04-06', periodEnd: '2026-04-30', hours: 10, version: 2 } });
    expect(twice.statusCode).toBe(400);
    expect(twice.json<{ error: { field: string } }>().error.field).toBe('periodStart');
    const before = await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen/${placement.id}/uren`, payload: { periodStart: '2026-03-01', periodEnd: '2026-03-31', hours: 10, version: 2 } });
    expect(before.statusCode).toBe(400);
    const second = await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen/${placement.id}/uren`, payload: { periodStart: '2026-05-04', periodEnd: '2026-05-31', hours: 40, version: 2 } });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json<View>().ledger).toMatchObject({ activityHours: 88, activityHoursRemaining: 712 });
    // The first total was still waiting: the new total replaces it (ADR 0058); DUO gets 88.
    await env.duo.worker.tick();
    expect(env.sim.state.persons.get(bsn)?.uren.get(env.gemeente.oin)?.participatieactiviteiten).toBe(88);
    const [row] = await asSystem(env.database.db, (tx) => tx.select().from(caseHours).where(and(eq(caseHours.caseId, caseId), eq(caseHours.category, 'participatieactiviteiten'))));
    expect(row).toMatchObject({ total: 88, participationHours: 88, asOf: '2026-05-31' });

    // MAP hours count towards the activity part.
    const map = await client.request({ method: 'POST', url: `/api/cases/${caseId}/map-activities`, payload: { theme: 'werkcultuur', heldOn: '2026-05-10', hours: 4, description: 'Bedrijfsbezoek' } });
    expect(map.statusCode, map.body).toBe(200);
    const ledger = (await client.get(`/api/cases/${caseId}/participatie`)).json<View>().ledger;
    expect(ledger).toMatchObject({ mapHours: 4, activityHoursRemaining: 708 });
  });

  it('the signal "Z-route-uren achter" follows the stored hours; more hours move its date', async () => {
    const { caseId } = await zRouteCase();
    const place = await newPlace();
    const client = await env.login();
    const placed = (await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen`, payload: { placeId: place.id, startsOn: '2026-04-06', endsOn: null, hoursPerWeek: 12 } })).json<View>();
    const first = await zSignalOf(caseId);
    expect(first).toMatchObject({ kind: 'z-route-hours-behind', dueOn: '2026-04-03', section: 'participatie' });
    const placementId = placed.placements[0]?.id ?? '';
    await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen/${placementId}/uren`, payload: { periodStart: '2026-04-06', periodEnd: '2026-05-03', hours: 48, version: 1 } });
    // Course hours 0 keep the item on its first day; the reason names the activity hours left.
    const after = await zSignalOf(caseId);
    expect(after?.dueOn).toBe('2026-04-03');
    expect(after?.reason).toContain('uren activiteiten (nog 752 van 800)');
  });

  it('a B1 case has no ledger and its placement hours do not go to DUO', async () => {
    const { caseId } = await zRouteCase({ route: 'B1' });
    const place = await newPlace();
    const client = await env.login();
    const placed = (await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen`, payload: { placeId: place.id, startsOn: '2026-04-06', endsOn: null, hoursPerWeek: 6 } })).json<View>();
    expect(placed.ledger).toBeNull();
    const r = await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen/${placed.placements[0]?.id ?? ''}/uren`, payload: { periodStart: '2026-04-06', periodEnd: '2026-05-03', hours: 20, version: 1 } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<View>().queued).toBe(false);
    expect(await outboxOf(caseId)).toHaveLength(0);
    expect(await zSignalOf(caseId)).toBeUndefined();
  });

  it('a placement ends with version; an end before the start names the field', async () => {
    const { caseId } = await zRouteCase();
    const place = await newPlace();
    const client = await env.login();
    const placed = (await client.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen`, payload: { placeId: place.id, startsOn: '2026-04-06', endsOn: null, hoursPerWeek: 6 } })).json<View>();
    const id = placed.placements[0]?.id ?? '';
    const early = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/participatie/plaatsingen/${id}`, payload: { endsOn: '2026-04-01', hoursPerWeek: 6, version: 1 } });
    expect(early.statusCode).toBe(400);
    expect(early.json<{ error: { field: string } }>().error.field).toBe('endsOn');
    const ended = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/participatie/plaatsingen/${id}`, payload: { endsOn: '2026-05-31', hoursPerWeek: 6, version: 1 } });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json<View>().placements[0]).toMatchObject({ version: 2 });
    expect((await client.request({ method: 'PUT', url: `/api/cases/${caseId}/participatie/plaatsingen/${id}`, payload: { endsOn: '2026-06-30', hoursPerWeek: 6, version: 1 } })).statusCode).toBe(409);
  });

  it("another gemeente's place or case → 404 and nothing changed", async () => {
    const { caseId } = await zRouteCase();
    const place = await newPlace();
    const mine = await env.login();
    const placed = (await mine.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen`, payload: { placeId: place.id, startsOn: '2026-04-06', endsOn: null, hoursPerWeek: 6 } })).json<View>();
    const placementId = placed.placements[0]?.id ?? '';
    const other = await env.login('trajectregisseur', env.other);
    const otherAdmin = await env.login('beheerder', env.other);
    expect((await other.get(`/api/cases/${caseId}/participatie`)).statusCode).toBe(404);
    expect((await other.get(`/api/gemeenten/${env.gemeente.gemeenteId}/participatieplekken`)).statusCode).toBe(404);
    expect((await otherAdmin.request({ method: 'PUT', url: `/api/participatieplekken/${place.id}`, payload: { organisation: 'X', name: 'Y', kind: 'overig', hoursPerWeek: 1, contact: null, active: false, version: 1 } })).statusCode).toBe(404);
    expect((await other.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen`, payload: { placeId: place.id, startsOn: '2026-04-06', endsOn: null, hoursPerWeek: 6 } })).statusCode).toBe(404);
    expect((await other.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen/${placementId}/uren`, payload: { periodStart: '2026-04-06', periodEnd: '2026-04-30', hours: 5, version: 1 } })).statusCode).toBe(404);
    // This gemeente's case cannot use the other gemeente's place either.
    const otherPlace = await otherAdmin.request({ method: 'POST', url: '/api/participatieplekken', payload: { gemeenteId: env.other.gemeenteId, organisation: 'Elders', name: 'Elders', kind: 'overig', hoursPerWeek: 4 } });
    expect(otherPlace.statusCode).toBe(201);
    const refused = await mine.request({ method: 'POST', url: `/api/cases/${caseId}/participatie/plaatsingen`, payload: { placeId: otherPlace.json<Place>().id, startsOn: '2026-04-06', endsOn: null, hoursPerWeek: 6 } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { field: string } }>().error.field).toBe('placeId');
    const counts = await asSystem(env.database.db, async (tx) => ({
      placements: (await tx.select({ n: sql<number>`count(*)::int` }).from(participationPlacements).where(eq(participationPlacements.caseId, caseId)))[0]?.n,
      hours: (await tx.select({ n: sql<number>`count(*)::int` }).from(participationHours).where(eq(participationHours.caseId, caseId)))[0]?.n,
      place: (await tx.select({ version: participationPlaces.version }).from(participationPlaces).where(eq(participationPlaces.id, place.id)))[0]?.version,
    }));
    expect(counts).toEqual({ placements: 1, hours: 0, place: 1 });
  });
});
