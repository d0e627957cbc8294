// The half-year report and the monitoring exports over HTTP (R25, ADR 0142): counted from the
// stored state, small counts suppressed, texts with a version, PDF and DOCX read back, the caller's
// gemeente only, `reports:aggregate` only.
import JSZip from 'jszip';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePlacements, cases, learnabilityTests, pips, recordHistory } from '../../src/db/schema.ts';
import { asSystem } from '../../src/db/scope.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { insertCase, snapshotOf } from '../support/fixtures.ts';
import { flowing, pdfPages } from '../support/pdf-text.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let beleid: Client;
let regisseur: Client;

/** An asielstatushouder notified on 5 January 2026 (PIP due 16 March), with a PIP set on `issuedOn`. */
async function caseWithPip(gemeenteId: string, issuedOn: string, route: 'B1' | 'Z'): Promise<string> {
  const id = await insertCase(koers.database, gemeenteId);
  await asSystem(koers.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', regime: 'Wi2021', duoNoticeOn: '2026-01-05', registeredOn: '2026-01-02', createdAt: new Date('2026-01-06T09:00:00Z') }).where(eq(cases.id, id));
    await tx.insert(pips).values({ gemeenteId, caseId: id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn, route });
    await tx.insert(learnabilityTests).values({ gemeenteId, caseId: id, status: 'afgerond', resultOn: '2026-02-01', advisedRoute: route });
    await tx.insert(casePlacements).values({ gemeenteId, caseId: id, instellingsnummer: '12345', instellingNaam: 'Taalschool', offeredOn: '2026-04-01', literacy: 'NVT' });
  });
  return id;
}

const query = (gemeenteId: string) => `gemeenteId=${gemeenteId}&halfYear=2026-H1`;
type Report = { version: number; threshold: number; sections: { key: string; title: string; text: string; rows: { code: string; value: number | null }[] }[] };
const valueOf = (r: Report, code: string) => r.sections.flatMap((s) => s.rows).find((row) => row.code === code)?.value;

beforeAll(async () => {
  koers = await createTestKoers({ now: () => new Date('2026-11-23T10:00:00Z') });
  g = await createGemeente(koers.database, 'Rapportagegemeente');
  other = await createGemeente(koers.database, 'Anderegemeente');
  beleid = await loginAs(koers.app, g.users.beleidsadviseur.email);
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  for (let i = 0; i < 6; i++) await caseWithPip(g.gemeenteId, '2026-03-10', i < 5 ? 'B1' : 'Z');
  await caseWithPip(g.gemeenteId, '2026-03-20', 'B1');
  for (let i = 0; i < 9; i++) await caseWithPip(other.gemeenteId, '2026-03-10', 'Z');
});
afterAll(() => koers.close());

describe('half-year report', () => {
  it('counts the gemeente\'s own cases per section, suppressing counts below 5', async () => {
    const response = await beleid.get(`/api/rapportage/halfjaar?${query(g.gemeenteId)}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<Report>();
    expect(report.threshold).toBe(5);
    expect(report.version).toBe(0);
    expect(report.sections.map((s) => s.key)).toEqual(['instroom', 'aanbod', 'pip', 'toets', 'wijzigingen', 'opleiding', 'pvtMap', 'ontzorgen', 'handhaving']);
    expect(valueOf(report, 'in_beeld')).toBe(7);
    expect(valueOf(report, 'pip_vastgesteld')).toBe(7);
    // 7 PIPs, 1 after the 10 weeks: shown next to the total, the 6 within would give the 1 back (secondary suppression).
    expect(valueOf(report, 'pip_binnen_10_weken')).toBeNull();
    expect(valueOf(report, 'pip_na_10_weken')).toBeNull();
    expect(valueOf(report, 'pip_zonder_termijn')).toBe(0);
    expect(valueOf(report, 'route_b1')).toBeNull();
    expect(valueOf(report, 'route_z')).toBeNull();
    expect(valueOf(report, 'trajecten_aangeboden')).toBe(7);
    expect(valueOf(report, 'handhaving_overtredingen')).toBe(0);
  });

  it('texts: saved with version 0 first, then 1; a stale version → 409 and nothing changed; history kept', async () => {
    const first = await beleid.request({ method: 'PUT', url: '/api/rapportage/halfjaar/teksten', payload: { gemeenteId: g.gemeenteId, halfYear: '2026-H1', version: 0, texts: { pip: 'Bijna alle PIP\'s zijn op tijd vastgesteld.', handhaving: 'Geen boetes.' } } });
    expect(first.statusCode, first.body).toBe(200);
    const saved = first.json<Report>();
    expect(saved.version).toBe(1);
    expect(saved.sections.find((s) => s.key === 'pip')?.text).toBe("Bijna alle PIP's zijn op tijd vastgesteld.");
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const stale = await beleid.request({ method: 'PUT', url: '/api/rapportage/halfjaar/teksten', payload: { gemeenteId: g.gemeenteId, halfYear: '2026-H1', version: 0, texts: { pip: 'Overschreven' } } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
    const second = await beleid.request({ method: 'PUT', url: '/api/rapportage/halfjaar/teksten', payload: { gemeenteId: g.gemeenteId, halfYear: '2026-H1', version: 1, texts: { pip: 'Bijna alle PIP\'s zijn op tijd vastgesteld.' } } });
    expect(second.json<Report>().version).toBe(2);
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(and(eq(recordHistory.entityType, 'halfjaarrapportage'), eq(recordHistory.gemeenteId, g.gemeenteId))));
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(history[1]?.changes).toEqual({ 'tekst.handhaving': { from: 'Geen boetes.', to: null } });
  });

  it("another gemeente → 404 and nothing changed; a role without reports:aggregate → 403; a bad half year → 400", async () => {
    const before = await snapshotOf(koers.database, { organisationId: other.organisationId, gemeenteIds: [other.gemeenteId] });
    expect((await beleid.get(`/api/rapportage/halfjaar?${query(other.gemeenteId)}`)).statusCode).toBe(404);
    const put = await beleid.request({ method: 'PUT', url: '/api/rapportage/halfjaar/teksten', payload: { gemeenteId: other.gemeenteId, halfYear: '2026-H1', version: 0, texts: { pip: 'Niet van mij' } } });
    expect(put.statusCode).toBe(404);
    expect((await beleid.get(`/api/rapportage/halfjaar/document?${query(other.gemeenteId)}&format=pdf`)).statusCode).toBe(404);
    expect((await beleid.get(`/api/rapportage/monitoring?gemeenteId=${other.gemeenteId}&from=2026-01-01&to=2026-06-30`)).statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { organisationId: other.organisationId, gemeenteIds: [other.gemeenteId] })).toBe(before);
    expect((await regisseur.get(`/api/rapportage/halfjaar?${query(g.gemeenteId)}`)).statusCode).toBe(403);
    expect((await regisseur.get(`/api/rapportage/halfjaar/document?${query(g.gemeenteId)}`)).statusCode).toBe(403);
    expect((await regisseur.get(`/api/rapportage/benchmark-statushouders?gemeenteId=${g.gemeenteId}&from=2026-01-01&to=2026-06-30`)).statusCode).toBe(403);
    const bad = await beleid.get(`/api/rapportage/halfjaar?gemeenteId=${g.gemeenteId}&halfYear=2026-H3`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { field: string } }>().error.field).toBe('query.halfYear');
  });

  it('the PDF has the title, the period, the sections with their text and the suppressed counts', async () => {
    const response = await beleid.get(`/api/rapportage/halfjaar/document?${query(g.gemeenteId)}&format=pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="halfjaarrapportage-rapportagegemeente-[a-z0-9]+-2026-H1\.pdf"$/);
    const text = flowing((await pdfPages(response.rawPayload)).join('\n'));
    expect(text).toContain('Halfjaarrapportage inburgering Rapportagegemeente');
    expect(text).toContain('Eerste helft van 2026 (1 januari 2026 tot en met 30 juni 2026)');
    expect(text).toContain("PIP's en de termijn van 10 weken");
    expect(text).toContain("Bijna alle PIP's zijn op tijd vastgesteld.");
    expect(text).toContain('PIP vastgesteld binnen 10 weken');
    // Neither the small count (1 after the 10 weeks) nor the 6 that the total 7 would give it back from is printed.
    expect(text).toMatch(/PIP vastgesteld binnen 10 weken\s*niet getoond \(drempel 5\)/);
    expect(text).toMatch(/PIP vastgesteld na 10 weken\s*niet getoond \(drempel 5\)/);
    expect(text).toMatch(/Routekeuze in PIP: B1-route\s*niet getoond/);
    expect(text).toMatch(/PIP's vastgesteld \(eerste versie\)\s*7/);
    expect(text).not.toContain('minder dan');
    expect(text).toContain('Handhaving');
  });

  it('the DOCX has the same texts in word/document.xml, with the sections as headings', async () => {
    const response = await beleid.get(`/api/rapportage/halfjaar/document?${query(g.gemeenteId)}&format=docx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(texts).toContain('Halfjaarrapportage inburgering Rapportagegemeente');
    expect(texts).toContain('Bijna alle PIP&apos;s zijn op tijd vastgesteld.');
    expect(texts).toContain('PIP vastgesteld binnen 10 weken|niet getoond (drempel 5)');
    expect(texts).toContain('PIP vastgesteld na 10 weken|niet getoond (drempel 5)');
    expect(xml).toContain('w:val="Heading1"');
  });
});

describe('monitoring exports', () => {
  it('the monitoring set as CSV: codes, labels, counts of the own gemeente, small counts suppressed', async () => {
    const response = await beleid.get(`/api/rapportage/monitoring?gemeenteId=${g.gemeenteId}&from=2026-01-01&to=2026-06-30&format=csv`);
    expect(response.statusCode, response.body).toBe(200);
    const lines = response.rawPayload.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFGemeente;CBS-gemeentecode;Periode van;Periode tot en met;Code;Omschrijving;Aantal;Onderdrukt');
    expect(lines.find((l) => l.includes(';pip_vastgesteld;'))).toMatch(/;2026-01-01;2026-06-30;pip_vastgesteld;PIP's vastgesteld \(eerste versie\);7;$/);
    expect(lines.find((l) => l.includes(';pip_na_10_weken;'))).toMatch(/;pip_na_10_weken;PIP vastgesteld na 10 weken;;niet getoond \(drempel 5\)$/);
    expect(lines.find((l) => l.includes(';pip_binnen_10_weken;'))).toMatch(/;pip_binnen_10_weken;PIP vastgesteld binnen 10 weken;;niet getoond \(drempel 5\)$/);
    expect(response.headers['content-disposition']).toContain('monitoring-inburgering-');
  });

  it('the Benchmark statushouders as XLSX', async () => {
    const response = await beleid.get(`/api/rapportage/benchmark-statushouders?gemeenteId=${g.gemeenteId}&from=2026-01-01&to=2026-06-30&format=xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Benchmark statushouders')!;
    const byCode = new Map<string, unknown>();
    sheet.eachRow((row, n) => {
      if (n > 1) byCode.set(row.getCell(5).text, row.getCell(7).value);
    });
    expect(byCode.get('in_beeld')).toBe(7);
    expect(byCode.get('route_z')).toBeNull();
    expect(byCode.get('route_b1')).toBeNull();
    expect(byCode.has('toets_advies_b1')).toBe(false);
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await beleid.get(`/api/rapportage/monitoring?gemeenteId=${g.gemeenteId}&from=2026-06-30&to=2026-01-01`);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { field: string } }>().error.field).toBe('to');
  });
});
