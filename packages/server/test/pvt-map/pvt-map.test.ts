// PVT groups and MAP (R15, R16): sessions checked against the minimum, attendance, the signing that
// derives the PVT result for DUO (the one result path, ADR 0125) and the certificate in the
// documents; MAP activities against the hour norm and the eindgesprek to DUO; the signals; gemeente
// isolation and optimistic versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseSignals, cases, duoOutbox, mapActivities, pips, pvtAttendance, pvtParticipants } from '../../src/db/schema.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { pdfPages } from '../support/pdf-text.ts';
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

async function obligedCase(options: { route?: 'B1' | 'Onderwijs'; termEndExclusive?: string } = {}): Promise<{ caseId: string; bsn: string }> {
  const bsn = validBsn();
  const termStart = '2026-04-02';
  const termEndExclusive = options.termEndExclusive ?? '2029-04-02';
  const route = options.route ?? 'B1';
  seed(env, bsn, {
    termijn: { startdatum: termStart, einddatum: termEndExclusive },
    pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-04-01', leerroute: route === 'B1' ? 'B' : 'O' } }],
  });
  const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
  await asSystem(env.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart, termEndExclusive, status: 'pip-vastgesteld' }).where(eq(cases.id, created.id));
    await tx.insert(pips).values({
      gemeenteId: env.gemeente.gemeenteId,
      caseId: created.id,
      version: 1,
      status: 'vastgesteld',
      kind: 'beschikking',
      issuedOn: '2026-04-01',
      route,
      mapThemesOmitted: route === 'B1' ? [{ theme: 'werk-vinden', reason: 'Heeft al werk gevonden' }] : [],
    });
  });
  return { caseId: created.id, bsn };
}

interface Group {
  id: string;
  version: number;
  hoursPlanned: number;
  sessions: { id: string; version: number; heldOn: string; attendance: Record<string, boolean> }[];
  participants: { caseId: string; version: number; hoursAttended: number; signedOn: string | null; certificateDocumentId: string | null; status: { complete: boolean; missing: string[] } }[];
  planCheck: { warnings: string[] };
}
interface CaseView {
  pvt: { hoursAttended: number; signedOn: string | null; status: { complete: boolean; summary: string }; result: { completedOn: string | null; version: number; duo: { status: string } | null } | null; groups: { sessions: { present: boolean | null }[] }[] };
  map: { required: boolean; hourNorm: number; hoursDone: number; themes: { theme: string; omittedReason: string | null; hours: number }[]; finalInterviewOn: string | null; status: { complete: boolean; missing: string[] }; result: { version: number } | null };
}

const outboxOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)).orderBy(duoOutbox.createdAt));
const signalsOf = async (caseId: string) =>
  (await asSystem(env.database.db, (tx) => tx.select({ kind: caseSignals.kind, dueOn: caseSignals.dueOn, reason: caseSignals.reason }).from(caseSignals).where(eq(caseSignals.caseId, caseId)))).filter((s) =>
    ['pvt-not-done', 'map-not-done'].includes(s.kind),
  );

async function newGroup(sessions: { heldOn: string; hours: number; topic: string }[]): Promise<Group> {
  const client = await env.login();
  const created = await client.request({ method: 'POST', url: '/api/pvt-groups', payload: { gemeenteId: env.gemeente.gemeenteId, name: 'PVT voorjaar', providerName: 'Stichting Welkom', interpreterLanguage: 'Tigrinya', ceremonyOn: '2026-05-20' } });
  expect(created.statusCode, created.body).toBe(200);
  let group = created.json<Group>();
  for (const s of sessions) {
    const r = await client.request({ method: 'POST', url: `/api/pvt-groups/${group.id}/sessions`, payload: { ...s, startTime: '09:30' } });
    expect(r.statusCode, r.body).toBe(200);
    group = r.json<Group>();
  }
  return group;
}

const fourHalfDays = [
  { heldOn: '2026-04-20', hours: 3, topic: 'kernwaarden' },
  { heldOn: '2026-04-27', hours: 3, topic: 'gezondheid' },
  { heldOn: '2026-05-04', hours: 3, topic: 'wonen' },
  { heldOn: '2026-05-11', hours: 3, topic: 'excursie' },
];

describe('PVT groups', () => {
  it('warns (with its article) while the sessions stay below the minimum, and not once they meet it', async () => {
    const short = await newGroup(fourHalfDays.slice(0, 2));
    expect(short.hoursPlanned).toBe(6);
    expect(short.planCheck.warnings.join(' ')).toContain('minimaal 12 uur (art. 3.1 lid 3 Besluit inburgering 2021)');
    const full = await newGroup(fourHalfDays);
    expect(full.hoursPlanned).toBe(12);
    expect(full.planCheck.warnings).toEqual([]);
  });

  it('attendance → signing → the PVT result queued for DUO, the certificate in the documents, the signal gone', async () => {
    const { caseId, bsn } = await obligedCase();
    const client = await env.login();
    const group = await newGroup(fourHalfDays);
    let g = (await client.request({ method: 'POST', url: `/api/pvt-groups/${group.id}/participants`, payload: { caseId } })).json<Group>();
    expect(g.participants.map((p) => p.caseId)).toEqual([caseId]);
    expect((await signalsOf(caseId)).map((s) => s.kind).sort()).toEqual(['map-not-done', 'pvt-not-done']);
    expect((await signalsOf(caseId))[0]?.dueOn).toBe('2028-04-02');

    for (const s of g.sessions) {
      const r = await client.request({ method: 'PUT', url: `/api/pvt-groups/${group.id}/sessions/${s.id}/attendance`, payload: { version: s.version, attendance: [{ caseId, present: true }] } });
      expect(r.statusCode, r.body).toBe(200);
      g = r.json<Group>();
    }
    expect(g.participants[0]).toMatchObject({ hoursAttended: 12, status: { complete: false } });
    expect(g.participants[0]?.status.missing).toEqual(['ondertekening van de participatieverklaring']);

    const signed = await client.request({ method: 'PUT', url: `/api/pvt-groups/${group.id}/participants/${caseId}/signing`, payload: { version: g.participants[0]!.version, signedOn: '2026-05-20' } });
    expect(signed.statusCode, signed.body).toBe(200);
    g = signed.json<Group>();
    expect(g.participants[0]).toMatchObject({ signedOn: '2026-05-20', status: { complete: true } });

    const [m] = await outboxOf(caseId);
    expect(m).toMatchObject({ operation: 'pvt.result', payload: { bsn, resultaat: { datumOndertekeningPvt: '2026-05-20' } } });
    await env.duo.worker.tick();
    expect(env.sim.state.persons.get(bsn)?.pvt?.datum).toBe('2026-05-20');

    const [doc] = await asSystem(env.database.db, (tx) => tx.select().from(caseDocuments).where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.kind, 'participatieverklaring'))));
    expect(doc?.id).toBe(g.participants[0]?.certificateDocumentId);
    const text = (await pdfPages(doc!.content)).join(' ');
    expect(text).toContain('Certificaat participatieverklaringstraject');
    expect(text).toContain('20 mei 2026');

    const view = (await client.get(`/api/cases/${caseId}/pvt-map`)).json<CaseView>();
    expect(view.pvt).toMatchObject({ hoursAttended: 12, signedOn: '2026-05-20', status: { complete: true }, result: { completedOn: '2026-05-20', duo: { status: 'bevestigd' } } });
    expect((await signalsOf(caseId)).map((s) => s.kind)).toEqual(['map-not-done']);
  });

  it('a stale version changes nothing (409); a signing date in the future is refused with the field named', async () => {
    const { caseId } = await obligedCase();
    const client = await env.login();
    const group = await newGroup(fourHalfDays.slice(0, 1));
    const g = (await client.request({ method: 'POST', url: `/api/pvt-groups/${group.id}/participants`, payload: { caseId } })).json<Group>();
    const session = g.sessions[0]!;
    expect((await client.request({ method: 'PUT', url: `/api/pvt-groups/${group.id}/sessions/${session.id}/attendance`, payload: { version: session.version, attendance: [{ caseId, present: true }] } })).statusCode).toBe(200);
    const stale = await client.request({ method: 'PUT', url: `/api/pvt-groups/${group.id}/sessions/${session.id}/attendance`, payload: { version: session.version, attendance: [{ caseId, present: false }] } });
    expect(stale.statusCode).toBe(409);
    const [row] = await asSystem(env.database.db, (tx) => tx.select().from(pvtAttendance).where(eq(pvtAttendance.caseId, caseId)));
    expect(row?.present).toBe(true);
    const future = await client.request({ method: 'PUT', url: `/api/pvt-groups/${group.id}/participants/${caseId}/signing`, payload: { version: g.participants[0]!.version, signedOn: '2026-12-01' } });
    expect(future.statusCode).toBe(400);
    const error = future.json<{ error: { field: string; message: string } }>().error;
    expect(error.field).toBe('signedOn');
    expect(error.message).toContain('Datum ondertekening');
    const staleSigning = await client.request({ method: 'PUT', url: `/api/pvt-groups/${group.id}/participants/${caseId}/signing`, payload: { version: g.participants[0]!.version + 3, signedOn: '2026-05-20' } });
    expect(staleSigning.statusCode).toBe(409);
    const [participant] = await asSystem(env.database.db, (tx) => tx.select().from(pvtParticipants).where(eq(pvtParticipants.caseId, caseId)));
    expect(participant?.signedOn).toBeNull();
    const staleGroup = await client.request({ method: 'PUT', url: `/api/pvt-groups/${group.id}`, payload: { version: group.version + 5, name: 'X', providerName: 'Y', interpreterLanguage: null, ceremonyOn: null } });
    expect(staleGroup.statusCode).toBe(409);
    expect(await outboxOf(caseId)).toHaveLength(0);
  });

  it("another gemeente's group or case → 404 and nothing changed", async () => {
    const { caseId } = await obligedCase();
    const group = await newGroup(fourHalfDays.slice(0, 1));
    const other = await env.login('trajectregisseur', env.other);
    expect((await other.get(`/api/pvt-groups/${group.id}`)).statusCode).toBe(404);
    expect((await other.request({ method: 'POST', url: `/api/pvt-groups/${group.id}/sessions`, payload: { heldOn: '2026-05-01', startTime: '10:00', hours: 3, topic: 'wonen' } })).statusCode).toBe(404);
    expect((await other.request({ method: 'POST', url: `/api/pvt-groups/${group.id}/participants`, payload: { caseId } })).statusCode).toBe(404);
    expect((await other.get(`/api/pvt-groups?gemeenteId=${env.gemeente.gemeenteId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/cases/${caseId}/pvt-map`)).statusCode).toBe(404);
    expect((await other.request({ method: 'POST', url: `/api/cases/${caseId}/map-activities`, payload: { theme: 'werkcultuur', heldOn: '2026-05-01', hours: 2, description: 'Bedrijfsbezoek' } })).statusCode).toBe(404);
    // A case of the other gemeente cannot be put in this gemeente's group either.
    const otherCase = await createCaseVia(other, env.other.gemeenteId, { bsn: validBsn() });
    const mine = await env.login();
    expect((await mine.request({ method: 'POST', url: `/api/pvt-groups/${group.id}/participants`, payload: { caseId: otherCase.id } })).statusCode).toBe(404);
    const counts = await asSystem(env.database.db, async (tx) => ({
      participants: (await tx.select({ n: sql<number>`count(*)::int` }).from(pvtParticipants).where(eq(pvtParticipants.groupId, group.id)))[0]?.n,
      activities: (await tx.select({ n: sql<number>`count(*)::int` }).from(mapActivities).where(eq(mapActivities.caseId, caseId)))[0]?.n,
    }));
    expect(counts).toEqual({ participants: 0, activities: 0 });
    const listed = (await mine.get(`/api/pvt-groups?gemeenteId=${env.gemeente.gemeenteId}`)).json<{ id: string; sessionCount: number }[]>();
    expect(listed.find((l) => l.id === group.id)?.sessionCount).toBe(1);
  });
});

describe('MAP', () => {
  it('themes of the PIP minus the left-out one, activities against the hour norm, eindgesprek → DUO melding', async () => {
    const { caseId, bsn } = await obligedCase();
    const client = await env.login();
    let view = (await client.get(`/api/cases/${caseId}/pvt-map`)).json<CaseView>();
    expect(view.map).toMatchObject({ required: true, hourNorm: 64, hoursDone: 0, finalInterviewOn: null, status: { complete: false } });
    expect(view.map.themes.find((t) => t.theme === 'werk-vinden')?.omittedReason).toBe('Heeft al werk gevonden');

    const leftOut = await client.request({ method: 'POST', url: `/api/cases/${caseId}/map-activities`, payload: { theme: 'werk-vinden', heldOn: '2026-05-01', hours: 2, description: 'Sollicitatietraining' } });
    expect(leftOut.statusCode).toBe(400);
    expect(leftOut.json<{ error: { field: string } }>().error.field).toBe('theme');
    const badHours = await client.request({ method: 'POST', url: `/api/cases/${caseId}/map-activities`, payload: { theme: 'werkcultuur', heldOn: '2026-05-01', hours: 0.1, description: 'x' } });
    expect(badHours.statusCode).toBe(400);
    expect(badHours.body).toContain('Uren');

    const added = await client.request({ method: 'POST', url: `/api/cases/${caseId}/map-activities`, payload: { theme: 'werkcultuur', heldOn: '2026-05-01', hours: 2.5, description: 'Bedrijfsbezoek bij de kaasmakerij' } });
    expect(added.statusCode, added.body).toBe(200);
    view = added.json<CaseView>();
    expect(view.map.hoursDone).toBe(2.5);
    expect(view.map.themes.find((t) => t.theme === 'werkcultuur')?.hours).toBe(2.5);
    expect(view.map.status.missing.join(' ')).toContain('nog 61.5 uur (norm 64)');

    const interview = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/map-final-interview`, payload: { version: view.map.result?.version ?? 0, heldOn: '2026-05-25', culpable: null } });
    expect(interview.statusCode, interview.body).toBe(200);
    expect(interview.json<CaseView>().map.finalInterviewOn).toBe('2026-05-25');
    const [m] = await outboxOf(caseId);
    expect(m).toMatchObject({ operation: 'map.result', payload: { bsn, resultaat: { datumEindgesprekMap: '2026-05-25' } } });
    await env.duo.worker.tick();
    expect(env.sim.state.persons.get(bsn)?.map?.datum).toBe('2026-05-25');

    const stale = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/map-final-interview`, payload: { version: 0, heldOn: '2026-05-26', culpable: null } });
    expect(stale.statusCode).toBe(409);
    expect(await outboxOf(caseId)).toHaveLength(1);
  });

  it('the onderwijsroute has no MAP: no activities, no eindgesprek, no MAP signal', async () => {
    const { caseId } = await obligedCase({ route: 'Onderwijs' });
    const client = await env.login();
    const view = (await client.get(`/api/cases/${caseId}/pvt-map`)).json<CaseView>();
    expect(view.map.required).toBe(false);
    const refused = await client.request({ method: 'POST', url: `/api/cases/${caseId}/map-activities`, payload: { theme: 'werkcultuur', heldOn: '2026-05-01', hours: 2, description: 'Bezoek' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('onderwijsroute');
    // A change to the case refreshes its signals: only the PVT item.
    await client.request({ method: 'PUT', url: `/api/cases/${caseId}/map-final-interview`, payload: { version: 0, heldOn: '2026-05-25', culpable: null } });
    await asSystem(env.database.db, async (tx) => {
      const { refreshSignals } = await import('../../src/workqueue/refresh-signals.ts');
      await refreshSignals(tx, caseId, '2026-06-01');
    });
    expect((await signalsOf(caseId)).map((s) => s.kind)).toEqual(['pvt-not-done']);
  });
});
