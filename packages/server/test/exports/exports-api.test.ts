// Lists as files over HTTP (ADR 0142): the caller's gemeente's rows only, the list's permission,
// labels instead of codes, and a processing-log entry per person exported.
import ExcelJS from 'exceljs';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViolation } from '@koers/domain';
import { handhavingViolations, processingLog } from '../../src/db/schema.ts';
import { asSystem } from '../../src/db/scope.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, createCaseVia, insertCase, snapshotOf, validVNumber } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let beleid: Client;
let mine: { id: string; familyName: string }[];
let otherCaseName: string;

beforeAll(async () => {
  koers = await createTestKoers({ now: () => new Date('2026-11-23T10:00:00Z') });
  g = await createGemeente(koers.database, 'Exportgemeente');
  other = await createGemeente(koers.database, 'Anderegemeente');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  beleid = await loginAs(koers.app, g.users.beleidsadviseur.email);
  mine = [
    await createCaseVia(regisseur, g.gemeenteId, { familyName: 'Export-Alpha' }),
    await createCaseVia(regisseur, g.gemeenteId, { familyName: '=Formule' }),
  ];
  otherCaseName = 'Export-Anders';
  await insertCase(koers.database, other.gemeenteId, { familyName: otherCaseName });
});
afterAll(() => koers.close());

const exportLog = (ids: string[], operationName: string) =>
  asSystem(koers.database.db, (tx) => tx.select().from(processingLog).where(and(eq(processingLog.operationName, operationName), inArray(processingLog.resourceId, ids))));

describe('case list export', () => {
  it('CSV: the caller gemeente\'s cases only, Dutch headers and labels, formulas neutralised, logged per person', async () => {
    const response = await regisseur.get('/api/cases/export?format=csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="dossiers-2026-11-23.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFZaaknummer;Achternaam;Voornamen;Geboortedatum')).toBe(true);
    expect(text).toContain('Export-Alpha');
    expect(text).toContain("'=Formule");
    expect(text).not.toContain(otherCaseName);
    expect(text).toContain(';Aangemeld;');
    expect(text).toContain('Asielstatushouder');
    expect(text).not.toContain(';aangemeld;');
    const log = await exportLog(mine.map((c) => c.id), 'exportCases');
    expect(new Set(log.map((l) => l.resourceId))).toEqual(new Set(mine.map((c) => c.id)));
    expect(log.every((l) => l.actorUserId === g.users.trajectregisseur.id && l.gemeenteId === g.gemeenteId)).toBe(true);
  });

  it('XLSX with the list\'s filters: reads back with exceljs', async () => {
    const response = await regisseur.get('/api/cases/export?format=xlsx&zoek=Export-Alpha');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Dossiers')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe('Export-Alpha');
    expect(sheet.getRow(2).getCell(7).value).toBe('Aangemeld');
  });

  it("another gemeente's filter gives an empty file; a role that reads no cases gets an empty file (like the list), the werkvoorraad's 403 stays, nothing is logged", async () => {
    const empty = await regisseur.get(`/api/cases/export?format=csv&gemeenteId=${other.gemeenteId}`);
    expect(empty.statusCode).toBe(200);
    expect(empty.rawPayload.toString('utf8').split('\r\n').filter((l) => l !== '')).toHaveLength(1);
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    // Like the list (every signed-in user, empty without case rights): a header row only.
    const none = await beleid.get('/api/cases/export?format=csv');
    expect(none.statusCode).toBe(200);
    expect(none.rawPayload.toString('utf8').split('\r\n').filter((l) => l !== '')).toHaveLength(1);
    expect((await beleid.get('/api/workqueue/export?format=csv')).statusCode).toBe(403);
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
  });

  it('refuses a format it does not know, naming the field', async () => {
    const response = await regisseur.get('/api/cases/export?format=pdf');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { field: string } }>().error.field).toBe('query.format');
  });
});

describe('werkvoorraad export', () => {
  it('the team view as CSV with the task labels; the own view needs no team permission; team view 403 for a regisseur', async () => {
    const teamleider = await loginAs(koers.app, g.users.teamleider.email);
    const linked = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId, { familyName: 'Werk-Beta' }), linkedOn: '2026-10-01', duoNoticeOn: '2026-09-20', registeredOn: '2026-09-10' });
    expect(linked.statusCode, linked.body).toBe(201);
    const linkedId = linked.json<{ id: string }>().id;
    const response = await teamleider.get('/api/workqueue/export?format=csv&scope=team&upcoming=true');
    expect(response.statusCode, response.body).toBe(200);
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFTaak;Naam;Gemeente;Trajectregisseur;Te doen vanaf;Uiterste datum;Te laat;Waarom\r\n')).toBe(true);
    expect(text).toContain('Werk-Beta');
    expect(text).not.toContain(otherCaseName);
    expect(text).not.toMatch(/;(true|false);/);
    expect((await exportLog([linkedId], 'exportWorkqueue')).length).toBeGreaterThan(0);
    expect((await regisseur.get('/api/workqueue/export?format=xlsx')).statusCode).toBe(200);
    expect((await regisseur.get('/api/workqueue/export?format=csv&scope=team')).statusCode).toBe(403);
  });
});

describe('handhaving and import exports', () => {
  it("the team's open handhaving as CSV with the labels, logged; 403 for the regisseur", async () => {
    const caseId = mine[0]!.id;
    await asSystem(koers.database.db, (tx) =>
      tx.insert(handhavingViolations).values({ gemeenteId: g.gemeenteId, caseId, ground: 'intake-niet-verschenen', article: 22, establishedOn: '2026-11-02', sourceKind: 'brede-intake', stage: 'geconstateerd', state: openViolation({ ground: 'intake-niet-verschenen', establishedOn: '2026-11-02', source: { kind: 'brede-intake', id: null, description: '' }, facts: '' }) }),
    );
    await insertCase(koers.database, other.gemeenteId, { familyName: 'Handhaving-Anders' });
    const teamleider = await loginAs(koers.app, g.users.teamleider.email);
    const response = await teamleider.get('/api/handhaving/export?format=csv');
    expect(response.statusCode, response.body).toBe(200);
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFZaaknummer;Naam;Artikel;Overtreding;Stap;Vastgesteld op;Trajectregisseur\r\n')).toBe(true);
    expect(text).toContain('Export-Alpha;Art. 22 Wet inburgering 2021;');
    expect(text).not.toContain('geconstateerd;');
    expect(text).not.toContain('Handhaving-Anders');
    const logged = await asSystem(koers.database.db, (tx) => tx.select().from(processingLog).where(and(eq(processingLog.operationName, 'exportOpenHandhaving'), eq(processingLog.gemeenteId, g.gemeenteId))));
    expect(logged.map((l) => [l.resourceType, l.actorUserId])).toEqual([['handhaving', g.users.teamleider.id]]);
    expect((await regisseur.get('/api/handhaving/export?format=csv')).statusCode).toBe(403);
  });

  it("an import's rejected rows with line, column and reason, for who started it only", async () => {
    const header = 'V-nummer;BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Datum koppeling;COA-locatie;Gemeentecode;Nareiziger;Telefoon;Taal';
    const line = (name: string, bsn: string) => [validVNumber(), bsn, name, 'Amina', '12-04-1990', 'SY', 'asiel', '01-11-2026', 'azc Budel', g.gemeenteCode, 'nee', '0612345678', 'Arabisch'].join(';');
    const started = await regisseur.post('/api/imports/tvs?wacht=true', { csv: [header, line('Goed-import', ''), line('Fout-bsn', '123456789')].join('\n'), fileName: 'tvs.csv' });
    expect([200, 202], started.body).toContain(started.statusCode);
    const jobId = started.json<{ id: string }>().id;
    const response = await regisseur.get(`/api/imports/${jobId}/afgewezen/export?format=csv`);
    expect(response.statusCode, response.body).toBe(200);
    const lines = response.rawPayload.toString('utf8').split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('\uFEFFWerkblad;Regel;Kolom;Reden');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^;3;BSN;.*elfproef/);
    const teamleider = await loginAs(koers.app, g.users.teamleider.email);
    expect((await teamleider.get(`/api/imports/${jobId}/afgewezen/export?format=csv`)).statusCode).toBe(404);
    expect((await beleid.get(`/api/imports/${jobId}/afgewezen/export?format=csv`)).statusCode).toBe(403);
  });
});

describe('lists without personal data', () => {
  it('PVT groups of the own gemeente as XLSX; another gemeente → 404; no case rights → 403', async () => {
    const created = await regisseur.post('/api/pvt-groups', { gemeenteId: g.gemeenteId, name: 'PVT-groep Oost', providerName: 'Stichting =Samen', interpreterLanguage: null, ceremonyOn: null });
    expect(created.statusCode, created.body).toBe(200);
    const response = await regisseur.get(`/api/pvt-groups/export?format=xlsx&gemeenteId=${g.gemeenteId}`);
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('PVT-groepen')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Groep');
    expect(sheet.getRow(2).getCell(1).value).toBe('PVT-groep Oost');
    expect(sheet.getRow(2).getCell(2).value).toBe('Stichting =Samen');
    expect(sheet.getRow(2).getCell(7).value).toBe(0);
    expect((await regisseur.get(`/api/pvt-groups/export?format=csv&gemeenteId=${other.gemeenteId}`)).statusCode).toBe(404);
    expect((await beleid.get('/api/pvt-groups/export?format=csv')).statusCode).toBe(403);
  });

  it("the organisation's providers and contracts for the beheerder; 403 for others", async () => {
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const p = await beheerder.post('/api/admin/providers', { name: 'Taalcentrum Export', kinds: ['taalaanbieder'], instellingsnummer: '' });
    expect(p.statusCode, p.body).toBe(201);
    const response = await beheerder.get('/api/admin/providers/export?format=csv');
    expect(response.statusCode, response.body).toBe(200);
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFAanbieder;Contract;Gemeenten;Leerroutes en prijs;Keurmerk;Ingang;Einde\r\n')).toBe(true);
    expect(text).toContain('Taalcentrum Export;;;;;;');
    expect((await regisseur.get('/api/admin/providers/export?format=csv')).statusCode).toBe(403);
  });
});
