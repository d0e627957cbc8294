// Voorbereiding (schakel 2): warme overdracht, kennismaking and intake conversations, the regeldag
// checklist and the per-gemeente intake scenario.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseChecklistItems, caseMeetings, gemeenten } from '../../src/db/schema.ts';
import type { VoorbereidingView } from '../../src/use-cases/voorbereiding/voorbereiding.view.ts';
import type { MeetingView } from '../../src/use-cases/voorbereiding/meeting.view.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCase, put, setCaseFields, traces } from '../intake/support.ts';
import { checklistVersion } from '../support/versions.ts';

const now = new Date('2026-11-23T10:00:00Z');
let koers: TestKoers;
let gemeente: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let financieel: Client;
let beheerder: Client;
let otherRegisseur: Client;

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  gemeente = await createGemeente(koers.database, 'Voorbereidingsgemeente');
  other = await createGemeente(koers.database, 'Andere gemeente');
  regisseur = await loginAs(koers.app, gemeente.users.trajectregisseur.email);
  financieel = await loginAs(koers.app, gemeente.users['financieel-medewerker'].email);
  beheerder = await loginAs(koers.app, gemeente.users.beheerder.email);
  otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
});
afterAll(() => koers.close());

const voorbereidingOf = async (client: Client, caseId: string): Promise<VoorbereidingView> => {
  const response = await client.get(`/api/cases/${caseId}/voorbereiding`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<VoorbereidingView>();
};

const warmeOverdracht = {
  kind: 'warme-overdracht',
  plannedAt: '2026-11-30T10:00:00+01:00',
  location: 'AZC Zwolle',
  mode: 'fysiek',
  participants: [
    { role: 'coa', name: 'P. Smit (COA)' },
    { role: 'inburgeraar', name: 'Amira Haddad' },
    { role: 'tolk', name: 'Tolk Arabisch' },
  ],
  interpreter: true,
  interpreterLanguage: 'Arabisch',
};

describe('meetings', () => {
  it('plans a warme overdracht and records it as held, with history, timeline and processing log', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId);
    const created = await regisseur.post(`/api/cases/${caseId}/meetings`, warmeOverdracht);
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json<MeetingView>();
    expect(meeting).toMatchObject({ kind: 'warme-overdracht', status: 'gepland', interpreter: true, interpreterLanguage: 'Arabisch', version: 1 });
    expect(meeting.participants).toHaveLength(3);

    const held = await regisseur.patch(`/api/cases/${caseId}/meetings/${meeting.id}`, {
      version: 1,
      status: 'gehouden',
      notes: 'Kennismaking verliep goed',
      outcome: 'Regeldag gepland op 5 december',
      sensitiveNotes: 'Psychische klachten genoemd',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json<MeetingView>()).toMatchObject({ status: 'gehouden', version: 2, sensitiveNotes: 'Psychische klachten genoemd' });

    expect((await regisseur.get(`/api/cases/${caseId}`)).json<{ status: string }>().status).toBe('voorbereiding');

    const stale = await regisseur.patch(`/api/cases/${caseId}/meetings/${meeting.id}`, { version: 1, notes: 'oud' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });

    const t = await traces(koers.database, caseId);
    expect(t.events.map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Warme overdracht gepland op 30 november 2026 om 10:00 (fysiek)', 'Warme overdracht gehouden op 30 november 2026 om 10:00 (fysiek)']),
    );
    expect(t.events.filter((e) => e.kind.startsWith('meeting.')).every((e) => e.section === 'voorbereiding')).toBe(true);
    expect(t.history).toBeGreaterThanOrEqual(3);
    expect(t.writeOperations).toEqual(expect.arrayContaining(['planMeeting', 'updateMeeting']));

    const history = await regisseur.get(`/api/cases/${caseId}/history`);
    expect(history.body).not.toContain('Psychische klachten');
  });

  it('hides sensitive notes and health themes from the financieel-medewerker; partners cannot read', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Gevoelig');
    const created = await regisseur.post(`/api/cases/${caseId}/meetings`, {
      kind: 'intakegesprek',
      plannedAt: '2026-11-20T09:00:00+01:00',
      mode: 'fysiek',
      status: 'gehouden',
      interviewedAlone: true,
      themes: { persoonlijkeOmstandigheden: { fysiekeGezondheid: 'Diabetes' }, taalniveau: { nederlands: 'A1' } },
      sensitiveNotes: 'Huiselijk geweld besproken',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<MeetingView>()).toMatchObject({ interviewedAlone: true, sensitiveNotes: 'Huiselijk geweld besproken' });

    const view = await voorbereidingOf(financieel, caseId);
    const seen = view.meetings[0];
    expect(seen).toMatchObject({ sensitiveNotes: null, sensitiveHidden: true, interviewedAlone: true });
    expect(seen?.themes).toEqual({ taalniveau: { nederlands: 'A1' } });
    expect(JSON.stringify(view)).not.toMatch(/Diabetes|Huiselijk/);
    const intake = await financieel.get(`/api/cases/${caseId}/intake`);
    expect(intake.body).not.toMatch(/Diabetes|Huiselijk/);

    for (const role of ['partner-begeleiding', 'partner-aanbieder'] as const) {
      const client = await loginAs(koers.app, gemeente.users[role].email);
      expect((await client.get(`/api/cases/${caseId}/voorbereiding`)).statusCode).toBe(403);
    }
  });

  it('validates interpreter language and the right to be interviewed alone', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Tolk');
    const noLanguage = await regisseur.post(`/api/cases/${caseId}/meetings`, { ...warmeOverdracht, interpreterLanguage: undefined });
    expect(noLanguage.statusCode).toBe(400);
    expect(noLanguage.json<{ error: { field: string } }>().error.field).toBe('interpreterLanguage');
    const alone = await regisseur.post(`/api/cases/${caseId}/meetings`, { kind: 'kennismaking', interviewedAlone: true });
    expect(alone.statusCode).toBe(400);
    expect(alone.json<{ error: { field: string } }>().error.field).toBe('interviewedAlone');
    const badRole = await regisseur.post(`/api/cases/${caseId}/meetings`, { kind: 'kennismaking', participants: [{ role: 'buurman', name: 'x' }] });
    expect(badRole.statusCode).toBe(400);

    const phone = await regisseur.post(`/api/cases/${caseId}/meetings`, { kind: 'kennismaking', mode: 'telefonisch' });
    const meeting = phone.json<MeetingView>();
    const turnOn = await regisseur.patch(`/api/cases/${caseId}/meetings/${meeting.id}`, { version: 1, interpreter: true });
    expect(turnOn.statusCode).toBe(400);
    expect(turnOn.json<{ error: { field: string } }>().error.field).toBe('interpreterLanguage');
    expect((await voorbereidingOf(regisseur, caseId)).meetings).toHaveLength(1);
  });
});

describe('regeldag checklist', () => {
  it('returns all eight items (open when never touched) and records who and when', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Regeldag');
    const initial = await voorbereidingOf(regisseur, caseId);
    expect(initial.checklist.map((i) => i.item)).toEqual(['bsn', 'bankrekening', 'brp', 'bijstand', 'zorgverzekering', 'huisarts', 'school', 'huurcontract']);
    expect(initial.checklist.every((i) => i.status === 'open')).toBe(true);

    const planned = await put(regisseur, `/api/cases/${caseId}/checklist/bankrekening`, { version: await checklistVersion(koers.database, caseId, 'bankrekening'), status: 'open', responsible: 'Vluchtelingenwerk', dueOn: '2026-12-05' });
    expect(planned.statusCode, planned.body).toBe(200);
    const done = await put(regisseur, `/api/cases/${caseId}/checklist/bankrekening`, { version: await checklistVersion(koers.database, caseId, 'bankrekening'), status: 'geregeld' });
    expect(done.json()).toMatchObject({ status: 'geregeld', responsible: 'Vluchtelingenwerk', dueOn: '2026-12-05', doneOn: '2026-11-23' });
    const nvt = await put(regisseur, `/api/cases/${caseId}/checklist/school`, { version: await checklistVersion(koers.database, caseId, 'school'), status: 'nvt', note: 'Geen kinderen' });
    expect(nvt.statusCode).toBe(200);

    const bad = await put(regisseur, `/api/cases/${caseId}/checklist/paspoort`, { version: await checklistVersion(koers.database, caseId, 'paspoort'), status: 'open' });
    expect(bad.statusCode).toBe(400);
    const doneOnOpen = await put(regisseur, `/api/cases/${caseId}/checklist/bsn`, { version: await checklistVersion(koers.database, caseId, 'bsn'), status: 'open', doneOn: '2026-11-20' });
    expect(doneOnOpen.statusCode).toBe(400);
    expect(doneOnOpen.json<{ error: { field: string } }>().error.field).toBe('doneOn');

    const after = await voorbereidingOf(financieel, caseId);
    expect(after.checklist.find((i) => i.item === 'bankrekening')?.status).toBe('geregeld');
    expect(after.checklist.find((i) => i.item === 'school')).toMatchObject({ status: 'nvt', note: 'Geen kinderen' });

    const t = await traces(koers.database, caseId);
    expect(t.events.map((e) => e.summary)).toContain('Regeldag: Bankrekening geregeld op 23 november 2026, door Vluchtelingenwerk');
    expect(t.writeOperations).toContain('updateChecklistItem');
  });
});

describe('intake scenario per gemeente', () => {
  it('is set by the beheerder, read by case readers, and explained per case', async () => {
    const initial = await regisseur.get(`/api/gemeenten/${gemeente.gemeenteId}/settings/intake-scenario`);
    expect(initial.statusCode).toBe(200);
    expect(initial.json()).toMatchObject({ scenario: null });

    expect((await put(regisseur, `/api/gemeenten/${gemeente.gemeenteId}/settings/intake-scenario`, { scenario: 3 })).statusCode).toBe(403);
    const invalid = await put(beheerder, `/api/gemeenten/${gemeente.gemeenteId}/settings/intake-scenario`, { scenario: 4 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<{ error: { field: string } }>().error.field).toBe('scenario');

    await asSystem(koers.database.db, (tx) => tx.update(gemeenten).set({ settings: { progressMeetingsDefault: 6 } }).where(eq(gemeenten.id, gemeente.gemeenteId)));
    const set = await put(beheerder, `/api/gemeenten/${gemeente.gemeenteId}/settings/intake-scenario`, { scenario: 3 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ scenario: 3 });
    const [row] = await asSystem(koers.database.db, (tx) => tx.select({ settings: gemeenten.settings }).from(gemeenten).where(eq(gemeenten.id, gemeente.gemeenteId)));
    expect(row?.settings).toEqual({ progressMeetingsDefault: 6, intakeScenario: 3 });

    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Scenario');
    await setCaseFields(koers.database, caseId, { targetGroup: 'asiel' });
    const waiting = await voorbereidingOf(regisseur, caseId);
    expect(waiting.scenario).toMatchObject({ scenario: 3, invitationAllowed: false });
    expect(waiting.scenario.explanation).toContain('pas na huisvesting');
    await setCaseFields(koers.database, caseId, { housedOn: '2026-11-02' });
    expect((await voorbereidingOf(regisseur, caseId)).scenario).toMatchObject({ invitationAllowed: true });
    await setCaseFields(koers.database, caseId, { housedOn: null, targetGroup: 'gezin-overig' });
    expect((await voorbereidingOf(regisseur, caseId)).scenario.invitationAllowed).toBe(true);

    // not one's own organisation's gemeente
    expect((await put(beheerder, `/api/gemeenten/${other.gemeenteId}/settings/intake-scenario`, { scenario: 1 })).statusCode).toBe(404);
    expect((await regisseur.get(`/api/gemeenten/${other.gemeenteId}/settings/intake-scenario`)).statusCode).toBe(404);
    const [otherRow] = await asSystem(koers.database.db, (tx) => tx.select({ settings: gemeenten.settings }).from(gemeenten).where(eq(gemeenten.id, other.gemeenteId)));
    expect(otherRow?.settings).toEqual({});
    await put(beheerder, `/api/gemeenten/${gemeente.gemeenteId}/settings/intake-scenario`, { scenario: 2 });
  });
});

describe('scope and authorisation', () => {
  it("answers 404 for another gemeente's case and changes nothing", async () => {
    const foreignCase = await createCase(otherRegisseur, other.gemeenteId, 'Elders');
    const foreignMeeting = (await otherRegisseur.post(`/api/cases/${foreignCase}/meetings`, { kind: 'kennismaking' })).json<MeetingView>();
    const before = await traces(koers.database, foreignCase);
    const ownCase = await createCase(regisseur, gemeente.gemeenteId, 'Eigen');
    const attempts = [
      await regisseur.get(`/api/cases/${foreignCase}/voorbereiding`),
      await regisseur.post(`/api/cases/${foreignCase}/meetings`, warmeOverdracht),
      await regisseur.patch(`/api/cases/${foreignCase}/meetings/${foreignMeeting.id}`, { version: 1, status: 'geannuleerd' }),
      await regisseur.patch(`/api/cases/${ownCase}/meetings/${foreignMeeting.id}`, { version: 1, status: 'geannuleerd' }),
      await put(regisseur, `/api/cases/${foreignCase}/checklist/bsn`, { version: await checklistVersion(koers.database, foreignCase, 'bsn'), status: 'geregeld' }),
    ];
    for (const response of attempts) expect(response.statusCode, response.body).toBe(404);
    await asSystem(koers.database.db, async (tx) => {
      const [m] = await tx.select().from(caseMeetings).where(eq(caseMeetings.id, foreignMeeting.id));
      expect(m).toMatchObject({ status: 'gepland', version: 1 });
      expect(await tx.select().from(caseChecklistItems).where(eq(caseChecklistItems.caseId, foreignCase))).toHaveLength(0);
    });
    expect(await traces(koers.database, foreignCase)).toEqual(before);
  });

  it('refuses writes to roles without case:write', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Rollen');
    for (const role of ['financieel-medewerker', 'partner-begeleiding', 'partner-aanbieder', 'beleidsadviseur', 'beheerder'] as const) {
      const client = role === 'financieel-medewerker' ? financieel : role === 'beheerder' ? beheerder : await loginAs(koers.app, gemeente.users[role].email);
      expect((await client.post(`/api/cases/${caseId}/meetings`, warmeOverdracht)).statusCode, role).toBe(403);
      expect((await put(client, `/api/cases/${caseId}/checklist/bsn`, { version: await checklistVersion(koers.database, caseId, 'bsn'), status: 'geregeld' })).statusCode, role).toBe(403);
    }
    const teamleider = await loginAs(koers.app, gemeente.users.teamleider.email);
    expect((await put(teamleider, `/api/cases/${caseId}/checklist/bsn`, { version: await checklistVersion(koers.database, caseId, 'bsn'), status: 'geregeld' })).statusCode).toBe(200);
  });
});
