// Brede intake (schakel 3): invitations with letters, warnings and completion in absence (rules B2),
// the record with the legally required themes, leerbaarheidstoets and extra evidence.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, intakeInvitations, learnabilityTests } from '../../src/db/schema.ts';
import { startklasAspectKeys } from '../../src/use-cases/intake/startklas-aspects.ts';
import type { IntakeView } from '../../src/use-cases/intake/intake.view.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCase, documentOf, put, setCaseFields, traces } from './support.ts';
import { learnabilityTestVersion } from '../support/versions.ts';

const now = new Date('2026-11-23T10:00:00Z');
let koers: TestKoers;
let gemeente: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let financieel: Client;
let partner: Client;
let otherRegisseur: Client;

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  gemeente = await createGemeente(koers.database, 'Intakegemeente');
  other = await createGemeente(koers.database, 'Andere gemeente');
  regisseur = await loginAs(koers.app, gemeente.users.trajectregisseur.email);
  financieel = await loginAs(koers.app, gemeente.users['financieel-medewerker'].email);
  partner = await loginAs(koers.app, gemeente.users['partner-begeleiding'].email);
  otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
});
afterAll(() => koers.close());

const intakeOf = async (client: Client, caseId: string): Promise<IntakeView> => {
  const response = await client.get(`/api/cases/${caseId}/intake`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<IntakeView>();
};

const fullThemes = {
  opleidingWerkervaring: { opleiding: '12 jaar onderwijs, middelbare school afgerond', werkervaring: '5 jaar kapper' },
  persoonlijkeOmstandigheden: { fysiekeGezondheid: 'Rugklachten, onder behandeling', mentaleGezondheid: 'Slaapproblemen' },
  gezinSociaalNetwerk: { gezinssituatie: 'Gehuwd, twee kinderen', sociaalNetwerk: 'Broer woont in Zwolle' },
  vve: { kinderen: 'Dochter van 3', mogelijkheden: 'Peuteropvang De Klimboom' },
  taalniveau: { nederlands: 'A0', andereTalen: 'Arabisch, Engels (B1)' },
  perspectiefWerk: { werknemersvaardigheden: 'Punctueel', ervaring: 'Kapper', praktischeCompetenties: 'Klantcontact' },
  zelfredzaamheid: { digitaal: 'Smartphone', financieel: 'Hulp nodig bij post', vervoer: 'Fiets' },
  notities: 'Gesprek met tolk Arabisch',
};

describe('invitations, warnings and completion in absence (B2)', () => {
  it('follows the three-invitation path with written warnings and letters as PDF', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId);
    const start = await intakeOf(regisseur, caseId);
    expect(start.allowedAction).toBe('invite');
    expect(start.record.version).toBe(0);
    expect(start.record.missingThemes).toHaveLength(7);
    expect(start.aspects).toHaveLength(24);

    const first = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, {
      respondBy: '2026-12-04',
      appointmentAt: '2026-12-02T09:30:00+01:00',
      location: 'Gemeentehuis, balie 3',
    });
    expect(first.statusCode, first.body).toBe(201);
    const sent1 = first.json<{ invitationId: string; documentId: string; warningDocumentId: string | null; intake: IntakeView }>();
    expect(sent1.warningDocumentId).toBeNull();
    expect((await regisseur.get(`/api/cases/${caseId}`)).json<{ status: string }>().status).toBe('intake');
    expect(sent1.intake.record.status).toBe('uitgenodigd');
    expect(sent1.intake.allowedAction).toBe('await-response');
    expect(sent1.intake.invitations[0]?.documentId).toBe(sent1.documentId);
    const letter = await documentOf(koers.database, sent1.documentId);
    expect(letter?.kind).toBe('uitnodiging-brede-intake');
    expect(letter?.mimeType).toBe('application/pdf');
    expect(letter?.content.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // out of order: a second invitation while the first is pending
    const early = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-10' });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { code: string; field: string; message: string } }>().error).toMatchObject({ code: 'STEP_NOT_ALLOWED', field: 'outcome' });

    const noShow1 = await regisseur.post(`/api/cases/${caseId}/intake/invitations/${sent1.invitationId}/outcome`, { outcome: 'no-show' });
    expect(noShow1.statusCode, noShow1.body).toBe(200);
    const afterFirst = noShow1.json<IntakeView>();
    expect(afterFirst.allowedAction).toBe('warn-and-reinvite');
    expect(afterFirst.nextStep.fineable).toBe(false);
    expect(afterFirst.nextStep.explanation.summary).toContain('schriftelijke waarschuwing');
    expect(afterFirst.nextStep.explanation.articles.join(' ')).toContain('Wet inburgering 2021');

    // the same outcome twice is refused
    const again = await regisseur.post(`/api/cases/${caseId}/intake/invitations/${sent1.invitationId}/outcome`, { outcome: 'appeared' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { field: string } }>().error.field).toBe('outcome');

    // completing without the person is not yet allowed
    const tooSoon = await regisseur.post(`/api/cases/${caseId}/intake/complete`, { version: afterFirst.record.version, withoutPerson: true });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json<{ error: { field: string } }>().error.field).toBe('withoutPerson');

    const second = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-18' });
    expect(second.statusCode, second.body).toBe(201);
    const sent2 = second.json<{ invitationId: string; documentId: string; warningDocumentId: string | null; intake: IntakeView }>();
    expect(sent2.warningDocumentId).not.toBeNull();
    const warning = await documentOf(koers.database, sent2.warningDocumentId ?? '');
    expect(warning?.kind).toBe('waarschuwing');
    expect(warning?.content.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(sent2.intake.invitations.map((i) => i.sequence)).toEqual([1, 2]);
    expect(sent2.intake.invitations[0]).toMatchObject({ warningSentOn: '2026-11-23', warningDocumentId: sent2.warningDocumentId, outcome: 'no-show' });

    const noShow2 = await regisseur.post(`/api/cases/${caseId}/intake/invitations/${sent2.invitationId}/outcome`, { outcome: 'no-show' });
    expect(noShow2.json<IntakeView>().nextStep).toMatchObject({ action: 'warn-and-reinvite', fineable: true });

    const third = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2027-01-08' });
    expect(third.statusCode, third.body).toBe(201);
    const sent3 = third.json<{ invitationId: string; warningDocumentId: string | null }>();
    expect(sent3.warningDocumentId).not.toBeNull();

    const uncooperative = await regisseur.post(`/api/cases/${caseId}/intake/invitations/${sent3.invitationId}/outcome`, { outcome: 'insufficient-cooperation' });
    const afterThird = uncooperative.json<IntakeView>();
    expect(afterThird.allowedAction).toBe('complete-in-absence');
    expect(afterThird.nextStep.explanation.summary).toContain('zonder de inburgeringsplichtige');

    const fourth = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2027-01-20' });
    expect(fourth.statusCode).toBe(409);
    expect(fourth.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'withoutPerson' });

    const done = await regisseur.post(`/api/cases/${caseId}/intake/complete`, { version: afterThird.record.version, withoutPerson: true });
    expect(done.statusCode, done.body).toBe(200);
    const completed = done.json<IntakeView>();
    expect(completed.record).toMatchObject({ status: 'afgerond-zonder-betrokkene', completedWithoutPerson: true, completedOn: '2026-11-23' });
    expect(completed.allowedAction).toBe('completed');

    const afterwards = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2027-01-20' });
    expect(afterwards.statusCode).toBe(409);
    expect(afterwards.json<{ error: { field: string } }>().error.field).toBe('status');

    const t = await traces(koers.database, caseId);
    expect(t.documents).toBe(5);
    expect(t.events.map((e) => e.summary)).toContain('Uitnodiging brede intake verstuurd, reageren uiterlijk 4 december 2026; afspraak op 2 december 2026 om 09:30');
    expect(t.events.filter((e) => e.kind === 'intake.warning-sent')).toHaveLength(2);
    expect(t.events.filter((e) => e.kind === 'intake.invitation-sent')).toHaveLength(3);
    expect(t.events.at(-1)).toMatchObject({ kind: 'intake.completed-without-person', section: 'intake' });
    expect(t.history).toBeGreaterThanOrEqual(10);
    expect(t.writeOperations).toEqual(expect.arrayContaining(['sendIntakeInvitation', 'sendIntakeWarning', 'registerIntakeInvitationOutcome', 'completeIntake']));
    expect(t.reads).toContain('getIntake');
  });

  it('validates deadlines and the appointment', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Deadline');
    const past = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-11-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json<{ error: { field: string } }>().error.field).toBe('respondBy');
    const late = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-01', appointmentAt: '2026-12-05T10:00:00+01:00' });
    expect(late.statusCode).toBe(400);
    expect(late.json<{ error: { field: string } }>().error.field).toBe('appointmentAt');
    const malformed = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '4-12-2026' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ error: { field: string } }>().error.field).toBe('respondBy');
    expect((await traces(koers.database, caseId)).documents).toBe(0);
  });
});

describe('intake record and completion with the person', () => {
  it('refuses to complete with the person before a conversation the person attended, and says why', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Zonder gesprek');
    const initial = (await regisseur.get(`/api/cases/${caseId}/intake`)).json<IntakeView>();
    expect(initial.completionWithPerson.allowed).toBe(false);
    expect(initial.completionWithPerson.reason).toContain('nog geen oproep');
    const filled = (await put(regisseur, `/api/cases/${caseId}/intake/record`, { version: initial.record.version, themes: fullThemes })).json<IntakeView>();
    expect(filled.record.missingThemes).toEqual([]);
    const before = await traces(koers.database, caseId);

    const noInvitation = await regisseur.post(`/api/cases/${caseId}/intake/complete`, { version: filled.record.version, withoutPerson: false });
    expect(noInvitation.statusCode).toBe(409);
    const refusal = noInvitation.json<{ error: { field: string; message: string } }>().error;
    expect(refusal.field).toBe('outcome');
    expect(refusal.message).toContain('nog geen oproep');
    // Refused: nothing written.
    expect(await traces(koers.database, caseId)).toEqual(before);

    const sent = (await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-04' })).json<{ invitationId: string }>();
    const noShow = (await regisseur.post(`/api/cases/${caseId}/intake/invitations/${sent.invitationId}/outcome`, { outcome: 'no-show' })).json<IntakeView>();
    expect(noShow.completionWithPerson.allowed).toBe(false);
    const afterNoShow = await regisseur.post(`/api/cases/${caseId}/intake/complete`, { version: noShow.record.version, withoutPerson: false });
    expect(afterNoShow.statusCode).toBe(409);
    expect(afterNoShow.json<{ error: { message: string } }>().error.message).toContain('geen enkele oproep verschenen');
    const intake = (await regisseur.get(`/api/cases/${caseId}/intake`)).json<IntakeView>();
    expect(intake.record.status).not.toBe('afgerond');
  });

  it('saves the themes with optimistic locking and completes only when all themes are filled', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Verslag');
    const sent = (await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-04' })).json<{ invitationId: string }>();
    const appeared = await regisseur.post(`/api/cases/${caseId}/intake/invitations/${sent.invitationId}/outcome`, { outcome: 'appeared' });
    const view = appeared.json<IntakeView>();
    expect(view.allowedAction).toBe('conduct-intake');
    expect(view.record.status).toBe('in-gesprek');

    const partial = await put(regisseur, `/api/cases/${caseId}/intake/record`, {
      version: view.record.version,
      themes: { opleidingWerkervaring: fullThemes.opleidingWerkervaring },
      summary: 'Eerste gesprek',
    });
    expect(partial.statusCode, partial.body).toBe(200);
    const partialView = partial.json<IntakeView>();
    expect(partialView.record.missingThemes.map((m) => m.key)).not.toContain('opleidingWerkervaring');

    const incomplete = await regisseur.post(`/api/cases/${caseId}/intake/complete`, { version: partialView.record.version, withoutPerson: false });
    expect(incomplete.statusCode).toBe(400);
    const err = incomplete.json<{ error: { field: string; message: string; details: { field: string }[] } }>().error;
    expect(err.field).toBe('themes.persoonlijkeOmstandigheden');
    expect(err.details).toHaveLength(6);

    const stale = await put(regisseur, `/api/cases/${caseId}/intake/record`, { version: view.record.version, themes: fullThemes });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });

    const unknown = await put(regisseur, `/api/cases/${caseId}/intake/record`, { version: partialView.record.version, themes: { gezondheid: 'x' } });
    expect(unknown.statusCode).toBe(400);

    const full = await put(regisseur, `/api/cases/${caseId}/intake/record`, {
      version: partialView.record.version,
      themes: fullThemes,
      sensitiveNotes: 'Traumatische ervaringen tijdens de vlucht',
    });
    expect(full.statusCode, full.body).toBe(200);
    const fullView = full.json<IntakeView>();
    expect(fullView.record.missingThemes).toEqual([]);
    expect(fullView.record.sensitiveNotes).toBe('Traumatische ervaringen tijdens de vlucht');

    // health notes are hidden from roles without case:read-sensitive; partners cannot read at all
    const asFinance = await intakeOf(financieel, caseId);
    expect(asFinance.record.themes.persoonlijkeOmstandigheden).toBeUndefined();
    expect(asFinance.record.themes.taalniveau).toEqual(fullThemes.taalniveau);
    expect(asFinance.record.sensitiveNotes).toBeNull();
    expect(asFinance.record.sensitiveHidden).toBe(true);
    expect(JSON.stringify(asFinance)).not.toMatch(/Rugklachten|Traumatische|Slaapproblemen/);
    expect((await partner.get(`/api/cases/${caseId}/intake`)).statusCode).toBe(403);

    const done = await regisseur.post(`/api/cases/${caseId}/intake/complete`, { version: fullView.record.version, withoutPerson: false, summary: 'Intake compleet' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<IntakeView>().record).toMatchObject({ status: 'afgerond', completedWithoutPerson: false, summary: 'Intake compleet' });

    const locked = await put(regisseur, `/api/cases/${caseId}/intake/record`, { version: fullView.record.version + 1, themes: fullThemes });
    expect(locked.statusCode).toBe(409);
    expect(locked.json<{ error: { field: string } }>().error.field).toBe('status');

    // the history records that sensitive content changed, never the content itself
    const history = await regisseur.get(`/api/cases/${caseId}/history`);
    expect(history.body).not.toMatch(/Rugklachten|Traumatische/);
  });
});

describe('leerbaarheidstoets and extra evidence', () => {
  it('plans, refuses a double appointment, records the result', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Toets');
    const planned = await regisseur.post(`/api/cases/${caseId}/learnability-tests`, {
      kind: 'afspraak',
      plannedAt: '2026-12-08T13:00:00+01:00',
      location: 'Bibliotheek, leslokaal 2',
      device: 'Laptop gemeente nr. 4',
      supervisor: 'J. de Vries',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const test = planned.json<{ id: string; status: string }>();
    expect(test.status).toBe('gepland');

    const double = await regisseur.post(`/api/cases/${caseId}/learnability-tests`, {
      kind: 'afspraak',
      plannedAt: '2026-12-09T13:00:00+01:00',
      location: 'x',
      device: 'y',
      supervisor: 'z',
    });
    expect(double.statusCode).toBe(409);
    expect(double.json<{ error: { field: string } }>().error.field).toBe('plannedAt');

    const future = await regisseur.patch(`/api/cases/${caseId}/learnability-tests/${test.id}`, { version: await learnabilityTestVersion(koers.database, test.id), action: 'resultaat', resultOn: '2026-12-31', advisedRoute: 'B1' });
    expect(future.statusCode).toBe(400);
    expect(future.json<{ error: { field: string } }>().error.field).toBe('resultOn');

    const result = await regisseur.patch(`/api/cases/${caseId}/learnability-tests/${test.id}`, { version: await learnabilityTestVersion(koers.database, test.id), action: 'resultaat', resultOn: '2026-11-23', advisedRoute: 'Z', level: 'A1' });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toMatchObject({ status: 'afgenomen', advisedRoute: 'Z', level: 'A1' });

    const twice = await regisseur.patch(`/api/cases/${caseId}/learnability-tests/${test.id}`, { version: await learnabilityTestVersion(koers.database, test.id), action: 'niet-verschenen' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ error: { field: string } }>().error.field).toBe('action');

    const t = await traces(koers.database, caseId);
    expect(t.events.map((e) => e.summary)).toContain('Uitslag leerbaarheidstoets (23 november 2026): advies zelfredzaamheidsroute (Z-route), niveau A1');
  });

  it('plans the appointment on the toets DUO registered (SS137)', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Duotoets');
    const registeredId = await asSystem(koers.database.db, async (tx) => {
      const [row] = await tx
        .insert(learnabilityTests)
        .values({ gemeenteId: gemeente.gemeenteId, caseId, status: 'aangemeld', source: 'duo', resultDetails: { examennummer: 'X1' } })
        .returning({ id: learnabilityTests.id });
      return row?.id ?? '';
    });
    const planned = await regisseur.post(`/api/cases/${caseId}/learnability-tests`, {
      kind: 'afspraak',
      plannedAt: '2026-12-08T13:00:00+01:00',
      location: 'Bibliotheek',
      device: 'Laptop 2',
      supervisor: 'J. de Vries',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json()).toMatchObject({ id: registeredId, status: 'gepland', source: 'duo', location: 'Bibliotheek' });
    expect((await intakeOf(regisseur, caseId)).learnabilityTests).toHaveLength(1);
  });

  it('grants an exemption only on the grounds of the rules core, with its explanation', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Ontheffing');
    const refused = await regisseur.post(`/api/cases/${caseId}/learnability-tests`, { kind: 'ontheffing', visualImpairment: false, auditoryImpairment: true, unableToTakeTest: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'visualImpairment' });
    expect(refused.json<{ error: { message: string } }>().error.message).toContain('Geen grond voor ontheffing');

    const granted = await regisseur.post(`/api/cases/${caseId}/learnability-tests`, { kind: 'ontheffing', visualImpairment: true, auditoryImpairment: false, unableToTakeTest: false });
    expect(granted.statusCode, granted.body).toBe(201);
    const exemption = granted.json<{ status: string; exemption: string; exemptionExplanation: { summary: string; articles: string[] } }>();
    expect(exemption).toMatchObject({ status: 'ontheffing', exemption: 'visueel' });
    expect(exemption.exemptionExplanation.articles.join(' ')).toContain('art. 14 lid 6');

    const asFinance = await intakeOf(financieel, caseId);
    expect(asFinance.learnabilityTests[0]).toMatchObject({ status: 'ontheffing', exemption: 'ontheffing', exemptionExplanation: null });
  });

  it('records a startklas observation with 24 scored aspects and an assessment', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Startklas');
    const scores = Object.fromEntries(startklasAspectKeys.map((k, i) => [k, (i % 4) + 1]));
    const observation = await regisseur.post(`/api/cases/${caseId}/learnability-evidence`, {
      kind: 'startklas-observatie',
      observedOn: '2026-11-20',
      author: 'M. Jansen (docent)',
      scores,
      advisedRoute: 'B1',
      summary: 'Pikt stof snel op',
    });
    expect(observation.statusCode, observation.body).toBe(201);
    expect(observation.json<{ scores: Record<string, number> }>().scores).toEqual(scores);

    const { concentratie: _missing, ...incomplete } = scores;
    const missing = await regisseur.post(`/api/cases/${caseId}/learnability-evidence`, { kind: 'startklas-observatie', observedOn: '2026-11-20', author: 'x', scores: incomplete, advisedRoute: 'B1' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { field: string } }>().error.field).toBe('scores.concentratie');
    const outOfRange = await regisseur.post(`/api/cases/${caseId}/learnability-evidence`, { kind: 'startklas-observatie', observedOn: '2026-11-20', author: 'x', scores: { ...scores, werktempo: 5 }, advisedRoute: 'B1' });
    expect(outOfRange.statusCode).toBe(400);

    const assessment = await regisseur.post(`/api/cases/${caseId}/learnability-evidence`, {
      kind: 'assessment',
      instrument: 'Melba',
      observedOn: '2026-11-21',
      author: 'Larcom',
      summary: 'Belastbaar voor 16 uur per week',
    });
    expect(assessment.statusCode, assessment.body).toBe(201);
    const view = await intakeOf(regisseur, caseId);
    expect(view.evidence.map((e) => e.kind)).toEqual(['startklas-observatie', 'assessment']);
  });
});

describe('scope and authorisation', () => {
  it("answers 404 for another gemeente's case and changes nothing", async () => {
    const foreignCase = await createCase(otherRegisseur, other.gemeenteId, 'Elders');
    const before = await traces(koers.database, foreignCase);
    const attempts = [
      await regisseur.get(`/api/cases/${foreignCase}/intake`),
      await regisseur.post(`/api/cases/${foreignCase}/intake/invitations`, { respondBy: '2026-12-04' }),
      await put(regisseur, `/api/cases/${foreignCase}/intake/record`, { version: 0, themes: fullThemes }),
      await regisseur.post(`/api/cases/${foreignCase}/intake/complete`, { version: 0, withoutPerson: false }),
      await regisseur.post(`/api/cases/${foreignCase}/learnability-tests`, { kind: 'afspraak', plannedAt: '2026-12-08T13:00:00+01:00', location: 'x', device: 'y', supervisor: 'z' }),
      await regisseur.post(`/api/cases/${foreignCase}/learnability-evidence`, { kind: 'assessment', instrument: 'Melba', observedOn: '2026-11-21', author: 'x', summary: 'y' }),
    ];
    for (const response of attempts) expect(response.statusCode, response.body).toBe(404);

    // another gemeente's invitation and toets ids, addressed through one's own case, are not found either
    const foreignInvitation = (await otherRegisseur.post(`/api/cases/${foreignCase}/intake/invitations`, { respondBy: '2026-12-04' })).json<{ invitationId: string }>();
    const ownCase = await createCase(regisseur, gemeente.gemeenteId, 'Eigen');
    const crossed = await regisseur.post(`/api/cases/${ownCase}/intake/invitations/${foreignInvitation.invitationId}/outcome`, { outcome: 'appeared' });
    expect(crossed.statusCode).toBe(404);
    await asSystem(koers.database.db, async (tx) => {
      const [inv] = await tx.select().from(intakeInvitations).where(eq(intakeInvitations.id, foreignInvitation.invitationId));
      expect(inv?.outcome).toBe('pending');
      const tests = await tx.select().from(learnabilityTests).where(eq(learnabilityTests.caseId, foreignCase));
      expect(tests).toHaveLength(0);
    });
    const after = await traces(koers.database, foreignCase);
    expect(after.documents).toBe(before.documents + 1);
    expect(after.events).toHaveLength(before.events.length + 1);
  });

  it('refuses writes to roles without case:write and reads to roles without case:read', async () => {
    const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Rollen');
    for (const role of ['financieel-medewerker', 'partner-begeleiding', 'partner-aanbieder', 'beleidsadviseur', 'beheerder'] as const) {
      const client = role === 'financieel-medewerker' ? financieel : role === 'partner-begeleiding' ? partner : await loginAs(koers.app, gemeente.users[role].email);
      const write = await client.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-04' });
      expect(write.statusCode, role).toBe(403);
      const test = await client.post(`/api/cases/${caseId}/learnability-tests`, { kind: 'afspraak', plannedAt: '2026-12-08T13:00:00+01:00', location: 'x', device: 'y', supervisor: 'z' });
      expect(test.statusCode, role).toBe(403);
      const read = await client.get(`/api/cases/${caseId}/intake`);
      expect(read.statusCode, role).toBe(role === 'financieel-medewerker' ? 200 : 403);
    }
    const teamleider = await loginAs(koers.app, gemeente.users.teamleider.email);
    expect((await teamleider.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-04' })).statusCode).toBe(201);
    await asSystem(koers.database.db, async (tx) => {
      const docs = await tx.select({ id: caseDocuments.id }).from(caseDocuments).where(eq(caseDocuments.caseId, caseId));
      expect(docs).toHaveLength(1);
    });
  });

  it('holds back the first invitation under scenario 3 until the person is housed', async () => {
    const beheerder = await loginAs(koers.app, gemeente.users.beheerder.email);
    const set = await put(beheerder, `/api/gemeenten/${gemeente.gemeenteId}/settings/intake-scenario`, { scenario: 3 });
    expect(set.statusCode, set.body).toBe(200);
    try {
      const caseId = await createCase(regisseur, gemeente.gemeenteId, 'Huisvesting');
      await setCaseFields(koers.database, caseId, { targetGroup: 'asiel', linkedOn: '2026-11-01' });
      const view = await intakeOf(regisseur, caseId);
      expect(view.allowedAction).toBe('wait-for-housing');
      expect(view.scenario).toMatchObject({ scenario: 3, invitationAllowed: false });
      const refused = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-04' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'housedOn' });
      expect(refused.json<{ error: { message: string } }>().error.message).toContain('pas na huisvesting');

      await setCaseFields(koers.database, caseId, { housedOn: '2026-12-01' });
      expect((await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-04' })).statusCode).toBe(409);
      await setCaseFields(koers.database, caseId, { housedOn: '2026-11-20' });
      expect((await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-04' })).statusCode).toBe(201);
    } finally {
      await put(beheerder, `/api/gemeenten/${gemeente.gemeenteId}/settings/intake-scenario`, { scenario: 2 });
    }
  });
});
