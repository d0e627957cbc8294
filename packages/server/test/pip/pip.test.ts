// The PIP (beschikking): draft → DUO pre-validation → vaststellen (PDF, termijn, DUO outbox) →
// changes (B8, B9) → bezwaar, with gemeente isolation and per-role access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseEvents, cases, duoOutbox, learnabilityTests, pips, processingLog, recordHistory } from '../../src/db/schema.ts';
import { buildPipLetter, letterText, type PipLetterInput } from '../../src/documents/pip-beschikking.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseVersion } from '../support/versions.ts';

const clock = { now: new Date('2026-03-02T09:00:00Z') };
let koers: TestKoers;
let a: GemeenteFixture;
let b: GemeenteFixture;
let regisseur: Client;
let financieel: Client;
let partner: Client;
let beleid: Client;
let otherGemeente: Client;

let bsnCounter = 0;
function validBsn(): string {
  for (;;) {
    bsnCounter++;
    const digits = String(10_000_000 + ((bsnCounter * 7919 + Date.now()) % 89_999_999)).split('').map(Number);
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

interface CaseSetup {
  targetGroup?: 'asiel' | 'gezin-overig';
  permit?: 'asiel' | 'regulier';
  dutyStartOn?: string;
  duoNoticeOn?: string;
  registeredOn?: string;
  advisedRoute?: string | null;
  /** Register with a V-number only (no BSN yet). */
  vNumberOnly?: boolean;
}

async function makeCase(setup: CaseSetup = {}): Promise<string> {
  const permit = setup.permit ?? (setup.targetGroup === 'gezin-overig' ? 'regulier' : 'asiel');
  const response = await regisseur.post('/api/cases', {
    gemeenteId: a.gemeenteId,
    ...(setup.vNumberOnly ? { vNumber: String(1_000_000_000 + bsnCounter++) } : { bsn: validBsn() }),
    givenNames: 'Amina',
    familyName: `Haddad${bsnCounter}`,
    birthDate: '1990-04-12',
    nationality: 'SY',
    permit,
  });
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json<{ id: string }>().id;
  await asSystem(koers.database.db, async (tx) => {
    await tx
      .update(cases)
      .set({
        obliged: true,
        targetGroup: setup.targetGroup ?? 'asiel',
        regime: 'wi2021',
        dutyStartOn: setup.dutyStartOn ?? '2026-01-05',
        duoNoticeOn: setup.duoNoticeOn ?? '2026-01-10',
        registeredOn: setup.registeredOn ?? '2026-01-08',
        address: 'Stationsweg 1, 1234 AB Testdorp',
      })
      .where(eq(cases.id, id));
    if (setup.advisedRoute !== null) {
      await tx.insert(learnabilityTests).values({ gemeenteId: a.gemeenteId, caseId: id, status: 'afgerond', resultOn: '2026-02-01', advisedRoute: setup.advisedRoute ?? 'B1' });
    }
  });
  return id;
}

const complete = {
  intensity: 'Taalles op een keurmerkinstelling',
  hoursPerWeek: 12,
  support: 'Maandelijks gesprek met de trajectregisseur; maatschappelijke begeleiding door VluchtelingenWerk.',
  pvtIntensity: '12 uur, met een excursie naar het gemeentehuis',
  mapIntensity: '64 uur in groepsverband',
  progressMeetings: 4,
};

interface Draft {
  id: string;
  version: number;
  status: string;
  route: string | null;
  updatedAt: string;
  deviatesFromAdvice: boolean;
  progressMeetings: number | null;
  validation: { accepted: boolean; problems: { field: string; code: string; message: string }[]; duo: { errors: { code: string; message: string }[] } | null };
}

async function draftFor(caseId: string, body: Record<string, unknown> = {}): Promise<Draft> {
  const r = await regisseur.post(`/api/cases/${caseId}/pip/drafts`, body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json<Draft>();
}

async function patchDraft(caseId: string, draft: Draft, body: Record<string, unknown>): Promise<Draft> {
  const r = await regisseur.patch(`/api/cases/${caseId}/pip/drafts/${draft.id}`, { ...body, updatedAt: draft.updatedAt });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Draft>();
}

async function issue(caseId: string, draft: Draft, issuedOn?: string) {
  return regisseur.post(`/api/cases/${caseId}/pip/drafts/${draft.id}/vaststellen`, { updatedAt: draft.updatedAt, ...(issuedOn ? { issuedOn } : {}) });
}

const outboxOf = (caseId: string) => asSystem(koers.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)));
const pipsOf = (caseId: string) => asSystem(koers.database.db, (tx) => tx.select().from(pips).where(eq(pips.caseId, caseId)).orderBy(pips.version));
const caseRow = async (caseId: string) => (await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, caseId))))[0];

beforeAll(async () => {
  koers = await createTestKoers({ now: () => clock.now });
  a = await createGemeente(koers.database, 'Pipdorp');
  b = await createGemeente(koers.database, 'Elders');
  regisseur = await loginAs(koers.app, a.users.trajectregisseur.email);
  financieel = await loginAs(koers.app, a.users['financieel-medewerker'].email);
  partner = await loginAs(koers.app, a.users['partner-begeleiding'].email);
  beleid = await loginAs(koers.app, a.users.beleidsadviseur.email);
  otherGemeente = await loginAs(koers.app, b.users.teamleider.email);
});
afterAll(() => koers.close());

describe('PIP: draft, DUO pre-validation and vaststellen', () => {
  let caseId: string;
  let v1: { id: string; documentId: string; issuedOn: string };

  it('a draft is prefilled from the toets advice and the settings, and shows what is missing at once', async () => {
    caseId = await makeCase({ advisedRoute: 'B1' });
    const draft = await draftFor(caseId);
    expect(draft.status).toBe('concept');
    expect(draft.route).toBe('B1');
    expect(draft.progressMeetings).toBe(4);
    expect(draft.validation.accepted).toBe(false);
    const codes = draft.validation.problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['support-missing', 'pvt-missing', 'map-missing', 'intensity-missing']));
    // Only one open concept per case.
    const second = await regisseur.post(`/api/cases/${caseId}/pip/drafts`, {});
    expect(second.statusCode).toBe(409);
    expect(second.json<{ error: { code: string } }>().error.code).toBe('PIP_DRAFT_EXISTS');
  });

  it('deviating from the advice requires a motivation per route; DUO errors come with Dutch explanations; vaststellen is refused without an outbox row', async () => {
    const overview = (await regisseur.get(`/api/cases/${caseId}/pip`)).json<{ draft: Draft; deadline: { value: string; explanation: { summary: string } } }>();
    let draft = await patchDraft(caseId, overview.draft, { ...complete, route: 'Z', level: 'B1' });
    expect(draft.deviatesFromAdvice).toBe(true);
    expect(draft.validation.problems.filter((p) => p.code === 'motivation-missing').map((p) => p.field).sort()).toEqual(['motivation.B1', 'motivation.Onderwijs', 'motivation.Z']);
    expect(draft.validation.duo?.errors.map((e) => e.code)).toEqual(['b1-with-z-route']);
    expect(draft.validation.duo?.errors[0]?.message).toMatch(/niveau B1 kan niet met de Z-route/i);

    const refused = await issue(caseId, draft);
    expect(refused.statusCode).toBe(409);
    const body = refused.json<{ error: { code: string; message: string; details: { field: string }[] } }>();
    expect(body.error.code).toBe('PIP_INVALID');
    expect(body.error.message).toMatch(/kan nog niet worden vastgesteld/);
    expect(body.error.details.map((d) => d.field)).toEqual(expect.arrayContaining(['motivation.B1', 'level']));
    expect(await outboxOf(caseId)).toHaveLength(0);
    expect((await pipsOf(caseId))[0]?.status).toBe('concept');

    // Stale updatedAt: optimistic locking.
    const stale = await regisseur.patch(`/api/cases/${caseId}/pip/drafts/${draft.id}`, { support: 'x', updatedAt: '2020-01-01T00:00:00.000Z' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('VERSION_CONFLICT');

    draft = await patchDraft(caseId, draft, {
      level: null,
      motivation: {
        Z: 'Laag leertempo volgens de startklas; zelfredzaamheid staat voorop.',
        B1: 'Het B1-niveau is binnen de termijn niet haalbaar.',
        Onderwijs: 'Geen diploma-ambitie en geen vooropleiding.',
      },
      mapThemesOmitted: [{ theme: 'werk-vinden', reason: 'Heeft al een baan in de zorg.' }],
    });
    expect(draft.validation.accepted).toBe(true);
    expect(draft.validation.duo?.errors).toEqual([]);
  });

  it('a dagtekening in the future is refused', async () => {
    const { draft } = (await regisseur.get(`/api/cases/${caseId}/pip`)).json<{ draft: Draft }>();
    const r = await issue(caseId, draft, '2026-03-03');
    expect(r.statusCode).toBe(400);
    expect(r.json<{ error: { field: string } }>().error.field).toBe('issuedOn');
  });

  it('vaststellen: immutable version, Dutch PDF, termijn from the first PIP, DUO outbox row in the same transaction', async () => {
    const { draft } = (await regisseur.get(`/api/cases/${caseId}/pip`)).json<{ draft: Draft }>();
    const r = await issue(caseId, draft, '2026-03-01');
    expect(r.statusCode, r.body).toBe(200);
    const pip = r.json<{ id: string; status: string; kind: string; issuedOn: string; documentId: string; issuedBy: string }>();
    expect(pip).toMatchObject({ status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-03-01', issuedBy: a.users.trajectregisseur.id });
    v1 = { id: pip.id, documentId: pip.documentId, issuedOn: pip.issuedOn };

    const [doc] = await asSystem(koers.database.db, (tx) => tx.select().from(caseDocuments).where(eq(caseDocuments.id, pip.documentId)));
    expect(doc?.kind).toBe('pip-beschikking');
    expect(doc?.mimeType).toBe('application/pdf');
    expect(doc?.content.subarray(0, 4).toString('latin1')).toBe('%PDF');

    const c = await caseRow(caseId);
    expect(c).toMatchObject({ status: 'pip-vastgesteld', termStart: '2026-03-02', termEndExclusive: '2029-03-02' });

    const outbox = await outboxOf(caseId);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.operation).toBe('pip.register');
    expect(outbox[0]?.payload).toMatchObject({ pip: { dagtekeningPip: '2026-03-01', leerroute: 'Z' } });
    expect((outbox[0]?.payload as { pip: Record<string, unknown> }).pip).not.toHaveProperty('niveau');

    const events = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.map((e) => e.kind)).toContain('pip.vastgesteld');
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, pip.id)));
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'update']));
    const logged = await asSystem(koers.database.db, (tx) => tx.select().from(processingLog).where(eq(processingLog.operationName, 'issuePip')));
    expect(logged.length).toBeGreaterThan(0);

    const overview = (await regisseur.get(`/api/cases/${caseId}/pip`)).json<{
      current: { id: string };
      versions: unknown[];
      draft: unknown;
      deadline: { value: string; metOn: string; explanation: { summary: string } };
      term: { value: { start: string }; explanation: { summary: string } };
    }>();
    expect(overview.current.id).toBe(pip.id);
    expect(overview.versions).toHaveLength(1);
    expect(overview.draft).toBeNull();
    expect(overview.deadline.value).toBe('2026-03-21');
    expect(overview.deadline.metOn).toBe('2026-03-01');
    expect(overview.deadline.explanation.summary).toMatch(/10 weken na de kennisgeving van DUO/);
    expect(overview.term.value.start).toBe('2026-03-02');
    expect(overview.term.explanation.summary).toMatch(/Inburgeringstermijn van 2 maart 2026/);
  });

  it('one vaststellen writes each trace once: one history row per record, one timeline event, one log entry', async () => {
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.gemeenteId, a.gemeenteId)).orderBy(recordHistory.id));
    const caseRows = history.filter((h) => h.entityType === 'case' && h.entityId === caseId && h.reason === 'PIP versie 1 vastgesteld');
    expect(caseRows).toHaveLength(1);
    expect(caseRows[0]?.changes).toEqual({ status: { from: 'aangemeld', to: 'pip-vastgesteld' }, termStart: { from: null, to: '2026-03-02' }, termEndExclusive: { from: null, to: '2029-03-02' } });
    const pipRows = history.filter((h) => h.entityType === 'pip' && h.entityId === v1.id && h.changes['status'] !== undefined);
    expect(pipRows.map((h) => h.changes['status'])).toEqual([
      { from: null, to: 'concept' },
      { from: 'concept', to: 'vastgesteld' },
    ]);
    const events = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.filter((e) => e.kind === 'pip.vastgesteld')).toHaveLength(1);
    const logged = await asSystem(koers.database.db, (tx) => tx.select().from(processingLog).where(eq(processingLog.operationName, 'issuePip')));
    expect(logged.filter((l) => l.resourceId === v1.id)).toHaveLength(1);
  });

  it('the database refuses to change a vastgesteld version', async () => {
    await expect(asSystem(koers.database.db, (tx) => tx.update(pips).set({ route: 'Onderwijs' }).where(eq(pips.id, v1.id)))).rejects.toThrow();
    const [row] = await pipsOf(caseId);
    expect(row?.route).toBe('Z');
    // Editing through the API is refused too.
    const r = await regisseur.patch(`/api/cases/${caseId}/pip/drafts/${v1.id}`, { support: 'x', updatedAt: new Date().toISOString() });
    expect(r.statusCode).toBe(409);
  });

  it('a change (intensity) becomes version 2; version 1 stays readable and unchanged; the termijn does not move; DUO gets pip.change', async () => {
    const r = await regisseur.post(`/api/cases/${caseId}/pip/changes`, { reason: 'intensity', note: 'Meer lesuren per week.' });
    expect(r.statusCode, r.body).toBe(201);
    let draft: Draft = r.json<Draft>();
    expect(draft).toMatchObject({ version: 2, supersedesId: v1.id, changeReason: 'intensity', route: 'Z' });
    draft = await patchDraft(caseId, draft, { hoursPerWeek: 16 });
    const issued = await issue(caseId, draft);
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json<{ issuedOn: string; version: number }>()).toMatchObject({ issuedOn: '2026-03-02', version: 2 });

    const rows = await pipsOf(caseId);
    expect(rows.map((p) => [p.version, p.status])).toEqual([
      [1, 'gewijzigd'],
      [2, 'vastgesteld'],
    ]);
    expect(rows[0]).toMatchObject({ hoursPerWeek: 12, issuedOn: '2026-03-01', documentId: v1.documentId });
    expect(await caseRow(caseId)).toMatchObject({ termStart: '2026-03-02', termEndExclusive: '2029-03-02' });
    expect((await outboxOf(caseId)).map((o) => o.operation).sort()).toEqual(['pip.change', 'pip.register']);

    const overview = (await regisseur.get(`/api/cases/${caseId}/pip`)).json<{ versions: { version: number; status: string; documentId: string }[] }>();
    expect(overview.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(overview.versions[1]?.documentId).toBe(v1.documentId);
  });

  it('bezwaar against version 1: on time per the bezwaartermijn; status can be decided', async () => {
    const r = await regisseur.post(`/api/cases/${caseId}/pip/${v1.id}/objections`, { receivedOn: '2026-03-02', note: 'Het niet eens met de Z-route.' });
    expect(r.statusCode, r.body).toBe(201);
    const objection = r.json<{ id: string; pipVersion: number; updatedAt: string; onTime: { value: boolean; explanation: { summary: string } } }>();
    expect(objection.pipVersion).toBe(1);
    expect(objection.onTime.value).toBe(true);
    expect(objection.onTime.explanation.summary).toBe('Bezwaar tijdig ingediend.');
    const decided = await regisseur.patch(`/api/cases/${caseId}/pip/objections/${objection.id}`, { status: 'ongegrond', decidedOn: '2026-03-02', updatedAt: objection.updatedAt });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json<{ status: string }>().status).toBe('ongegrond');
    const missingDate = await regisseur.patch(`/api/cases/${caseId}/pip/objections/${objection.id}`, { status: 'gegrond', updatedAt: decided.json<{ updatedAt: string }>().updatedAt });
    expect(missingDate.statusCode).toBe(400);
    const overview = (await regisseur.get(`/api/cases/${caseId}/pip`)).json<{ objections: unknown[] }>();
    expect(overview.objections).toHaveLength(1);
  });

  it('a route change is refused by its "move" reason when no move is recorded', async () => {
    const r = await regisseur.post(`/api/cases/${caseId}/pip/changes`, { reason: 'move' });
    expect(r.statusCode).toBe(409);
    expect(r.json<{ error: { message: string } }>().error.message).toMatch(/verhuizing/);
  });
});

describe('PIP changes judged by the rules core', () => {
  it('a route change after the 18-month window is refused with the explanation', async () => {
    const caseId = await makeCase({ dutyStartOn: '2024-01-01', duoNoticeOn: '2024-01-05', registeredOn: '2024-01-02' });
    let draft = await draftFor(caseId, complete);
    expect(draft.validation.accepted, JSON.stringify(draft.validation)).toBe(true);
    const issued = await issue(caseId, draft, '2024-03-01');
    expect(issued.statusCode, issued.body).toBe(200);
    const r = await regisseur.post(`/api/cases/${caseId}/pip/changes`, { reason: 'route-change', route: 'Z' });
    expect(r.statusCode).toBe(409);
    const error = r.json<{ error: { code: string; message: string; explanation: { articles: string[] } } }>().error;
    expect(error.code).toBe('PIP_CHANGE_REFUSED');
    expect(error.message).toMatch(/Niet toegestaan.*anderhalf jaar/);
    expect(error.explanation.articles).toContain('art. 5.4 lid 1 Besluit inburgering 2021');
    // An exception (special case) is allowed.
    const allowed = await regisseur.post(`/api/cases/${caseId}/pip/changes`, { reason: 'route-change', route: 'Z', exception: 'special-case' });
    expect(allowed.statusCode, allowed.body).toBe(201);
    draft = allowed.json<Draft>();
    expect(draft.route).toBe('Z');
  });

  it('A2 on a first PIP is refused (DUO), and an A2 downgrade below 600 hours is refused', async () => {
    const caseId = await makeCase();
    let draft = await draftFor(caseId, { ...complete, level: 'A2', a2Skills: ['spreken'] });
    expect(draft.validation.duo?.errors.map((e) => e.code)).toEqual(['a2-on-first-pip']);
    const refused = await issue(caseId, draft);
    expect(refused.statusCode).toBe(409);
    expect(await outboxOf(caseId)).toHaveLength(0);
    draft = await patchDraft(caseId, draft, { level: null, a2Skills: [] });
    expect((await issue(caseId, draft)).statusCode).toBe(200);

    const few = await regisseur.post(`/api/cases/${caseId}/pip/changes`, { reason: 'a2', dutchCourseHours: 300, sufficientEffort: true });
    expect(few.statusCode).toBe(409);
    expect(few.json<{ error: { message: string } }>().error.message).toMatch(/600 cursusuren/);
    const enough = await regisseur.post(`/api/cases/${caseId}/pip/changes`, { reason: 'a2', dutchCourseHours: 640, sufficientEffort: true, a2Skills: ['schrijven'] });
    expect(enough.statusCode, enough.body).toBe(201);
    const v2 = enough.json<Draft & { level: string }>();
    expect(v2.level).toBe('A2');
    expect(v2.validation.accepted).toBe(true);
    expect((await issue(caseId, v2)).statusCode).toBe(200);
    expect((await outboxOf(caseId)).find((o) => o.operation === 'pip.change')?.payload).toMatchObject({ pip: { leerroute: 'B', niveau: 'A2' } });
  });
});

describe('PIP for a gezinsmigrant, drafts, third-party information', () => {
  it('a gezinsmigrant gets an advies (no bezwaar)', async () => {
    const caseId = await makeCase({ targetGroup: 'gezin-overig', registeredOn: '2025-12-01' });
    const draft = await draftFor(caseId, { support: complete.support, pvtIntensity: complete.pvtIntensity, mapIntensity: complete.mapIntensity });
    expect(draft.validation.accepted, JSON.stringify(draft.validation)).toBe(true);
    const r = await issue(caseId, draft);
    expect(r.statusCode, r.body).toBe(200);
    const pip = r.json<{ id: string; kind: string; documentId: string }>();
    expect(pip.kind).toBe('advies');
    const [doc] = await asSystem(koers.database.db, (tx) => tx.select().from(caseDocuments).where(eq(caseDocuments.id, pip.documentId)));
    expect(doc?.kind).toBe('pip-advies');
    const objection = await regisseur.post(`/api/cases/${caseId}/pip/${pip.id}/objections`, { receivedOn: '2026-03-02' });
    expect(objection.statusCode).toBe(409);
  });

  it('a draft can be deleted; a relief (ontzorgen) is computed by the rules core', async () => {
    const caseId = await makeCase();
    const draft = await draftFor(caseId, { relief: { bijstandFrom: '2026-02-01' } });
    const withRelief = draft as Draft & { relief: { applies: boolean; toExclusive: string; explanation: { summary: string } } };
    expect(withRelief.relief).toMatchObject({ applies: true, toExclusive: '2026-08-01' });
    const del = await regisseur.request({ method: 'DELETE', url: `/api/cases/${caseId}/pip/drafts/${draft.id}` });
    expect(del.statusCode).toBe(204);
    expect(await pipsOf(caseId)).toHaveLength(0);
  });

  it('third-party information postpones the deadline to 2 weeks after receipt, with history', async () => {
    const caseId = await makeCase({ duoNoticeOn: '2025-12-01', registeredOn: '2025-11-20' });
    const waiting = await regisseur.request({ method: 'PUT', url: `/api/cases/${caseId}/third-party-info`, payload: { version: await caseVersion(koers.database, caseId), status: 'wachtend', note: 'Medische informatie opgevraagd.' } });
    expect(waiting.statusCode, waiting.body).toBe(200);
    expect(waiting.json<{ thirdPartyInfo: { status: string } }>().thirdPartyInfo.status).toBe('wachtend');
    const received = await regisseur.request({ method: 'PUT', url: `/api/cases/${caseId}/third-party-info`, payload: { version: await caseVersion(koers.database, caseId), status: 'ontvangen', receivedOn: '2026-03-01' } });
    expect(received.statusCode, received.body).toBe(200);
    const body = received.json<{ thirdPartyInfo: { status: string; history: unknown[] }; deadline: { value: string; explanation: { summary: string } } }>();
    expect(body.thirdPartyInfo.status).toBe('ontvangen');
    expect(body.thirdPartyInfo.history).toHaveLength(2);
    expect(body.deadline.value).toBe('2026-03-15');
    expect(body.deadline.explanation.summary).toMatch(/2 weken na ontvangst/);
  });
});

describe('PIP after a move to this gemeente', () => {
  it('keeps the leerroute of the previous gemeente, runs the deadline from the new registration, and is not a first PIP for DUO', async () => {
    const caseId = await makeCase({ advisedRoute: null });
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ movedInOn: '2026-02-16', source: 'verhuizing' }).where(eq(cases.id, caseId)));
    let draft = await draftFor(caseId, { ...complete, previousGemeenteRoute: 'B1', level: 'A2', a2Skills: ['spreken'] });
    expect(draft.route).toBe('B1');
    // Not the person's first PIP: DUO accepts A2 here.
    expect(draft.validation.duo?.errors).toEqual([]);
    const [stored] = await pipsOf(caseId);
    expect((stored?.duoValidation as { accepted: boolean } | null)?.accepted).toBe(true);
    draft = await patchDraft(caseId, draft, { route: 'Z', level: null, a2Skills: [] });
    expect(draft.validation.problems.map((p) => p.code)).toContain('move-same-route');
    expect((await issue(caseId, draft)).statusCode).toBe(409);
    const overview = (await regisseur.get(`/api/cases/${caseId}/pip`)).json<{ deadline: { value: string; explanation: { summary: string } } }>();
    expect(overview.deadline.value).toBe('2026-04-27');
    expect(overview.deadline.explanation.summary).toMatch(/na verhuizing/);
    draft = await patchDraft(caseId, draft, { route: 'B1' });
    const issued = await issue(caseId, draft);
    expect(issued.statusCode, issued.body).toBe(200);
  });
});

describe('PIP without a BSN', () => {
  it('is vastgesteld, but no melding is queued for DUO until the BSN is known (timeline says so)', async () => {
    const caseId = await makeCase({ vNumberOnly: true });
    const draft = await draftFor(caseId, complete);
    const r = await issue(caseId, draft);
    expect(r.statusCode, r.body).toBe(200);
    expect(await outboxOf(caseId)).toHaveLength(0);
    const events = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.map((e) => e.kind)).toContain('duo.bericht.geen-bsn');
  });
});

describe('the PIP letter (content builder)', () => {
  const base: PipLetterInput = {
    kind: 'beschikking',
    gemeenteName: 'Pipdorp',
    person: { name: 'Amina Haddad', familyName: 'Haddad', address: 'Stationsweg 1' },
    caseNumber: 'INB-2026-000042',
    version: 1,
    issuedOn: '2026-03-01',
    issuerName: 'T. Regisseur',
    route: 'B1',
    level: null,
    a2Skills: [],
    intensity: 'Taalles',
    hoursPerWeek: 12,
    estimatedB1Intensity: 900,
    motivation: { B1: 'Haalbaar volgens de toets.' },
    support: 'Maandelijks gesprek.',
    pvtIntensity: '12 uur',
    mapIntensity: '64 uur',
    mapThemesOmitted: [{ theme: 'werk-vinden', reason: 'Heeft werk.' }],
    vve: null,
    participation: 'Vrijwilligerswerk',
    participatiewet: null,
    relief: null,
    progressMeetings: 4,
    change: null,
    term: { start: '2026-03-02', endExclusive: '2029-03-02' },
    objectionPeriodWeeks: 6,
  };

  it('a beschikking names the legal basis, the termijn and the bezwaar clause', () => {
    const text = letterText(buildPipLetter(base));
    expect(text).toMatch(/artikel 15 van de Wet inburgering 2021/);
    expect(text).toMatch(/Bezwaar maken/);
    expect(text).toMatch(/binnen 6 weken/);
    expect(text).toMatch(/het college van burgemeester en wethouders van Pipdorp/);
    expect(text).toMatch(/begint op 2 maart 2026 en loopt tot en met 1 maart 2029/);
    expect(text).toMatch(/werk vinden \(Heeft werk\.\)/);
  });

  it('a changed PIP names the version it replaces; after a move the letter names the same leerroute', () => {
    const changed = letterText(buildPipLetter({ ...base, version: 2, change: { previousVersion: 1, previousIssuedOn: '2026-01-15', reasonText: 'wijziging van de intensiteit', note: null } }));
    expect(changed).toMatch(/vervangt versie 1 van uw PIP van 15 januari 2026/);
    const moved = letterText(buildPipLetter({ ...base, change: { previousVersion: 0, previousIssuedOn: null, reasonText: 'verhuizing', note: null } }));
    expect(moved).toMatch(/dezelfde leerroute als in uw vorige gemeente \(artikel 15 lid 4/);
  });

  it('an advies has the advice wording and no bezwaar clause', () => {
    const text = letterText(buildPipLetter({ ...base, kind: 'advies' }));
    expect(text).toMatch(/Advies persoonlijk plan inburgering/);
    expect(text).toMatch(/geen besluit/);
    expect(text).not.toMatch(/Bezwaar maken/);
  });
});

describe('PIP access', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await makeCase();
  });

  it("another gemeente's case is not found, and nothing changes", async () => {
    const before = await asSystem(koers.database.db, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(pips));
    expect((await otherGemeente.get(`/api/cases/${caseId}/pip`)).statusCode).toBe(404);
    expect((await otherGemeente.post(`/api/cases/${caseId}/pip/drafts`, {})).statusCode).toBe(404);
    expect((await otherGemeente.post(`/api/cases/${caseId}/pip/changes`, { reason: 'intensity' })).statusCode).toBe(404);
    expect((await otherGemeente.request({ method: 'PUT', url: `/api/cases/${caseId}/third-party-info`, payload: { version: await caseVersion(koers.database, caseId), status: 'wachtend' } })).statusCode).toBe(404);
    const after = await asSystem(koers.database.db, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(pips));
    expect(after).toEqual(before);
    expect((await caseRow(caseId))?.thirdPartyInfoReceivedOn).toBeNull();
    const events = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.filter((e) => e.kind.startsWith('pip.'))).toHaveLength(0);
  });

  it('financieel-medewerker may read but not write; partners and the beleidsadviseur get nothing', async () => {
    expect((await financieel.get(`/api/cases/${caseId}/pip`)).statusCode).toBe(200);
    expect((await financieel.post(`/api/cases/${caseId}/pip/drafts`, {})).statusCode).toBe(403);
    expect((await financieel.post(`/api/cases/${caseId}/pip/changes`, { reason: 'intensity' })).statusCode).toBe(403);
    expect((await partner.get(`/api/cases/${caseId}/pip`)).statusCode).toBe(403);
    expect((await partner.post(`/api/cases/${caseId}/pip/drafts`, {})).statusCode).toBe(403);
    expect((await beleid.get(`/api/cases/${caseId}/pip`)).statusCode).toBe(403);
    expect(await pipsOf(caseId)).toHaveLength(0);
  });
});

describe('PIP in the OpenAPI document', () => {
  it('lists every PIP endpoint', async () => {
    const r = await koers.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    const paths = Object.keys(r.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/cases/{id}/pip',
        '/api/cases/{id}/pip/drafts',
        '/api/cases/{id}/pip/drafts/{pipId}',
        '/api/cases/{id}/pip/drafts/{pipId}/vaststellen',
        '/api/cases/{id}/pip/changes',
        '/api/cases/{id}/pip/{pipId}/objections',
        '/api/cases/{id}/pip/objections/{objectionId}',
        '/api/cases/{id}/third-party-info',
      ]),
    );
  });
});
