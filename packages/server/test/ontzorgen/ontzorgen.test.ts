// Financieel ontzorgen (issue 15, B15): the agreement per person, the monthly batch with four-eyes
// approval and its SEPA file (validated with xmllint against the EPC schema), reconciliation,
// checkpoints, the werkvoorraad, exports; gemeente isolation and optimistic versions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, cases, caseSignals, reliefBatches, reliefPayments, userGemeenten, users } from '../../src/db/schema.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import type { FinanceOverview, OntzorgenView } from '../../src/use-cases/ontzorgen/ontzorgen.view.ts';
import { createGemeente, createTestKoers, loginAs, testPassword, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCase, put, setCaseFields } from '../intake/support.ts';
import { flowing, pdfPages } from '../support/pdf-text.ts';
import { setOntzorgenAccount } from './support.ts';

const now = new Date('2027-01-05T10:00:00Z');
const xsd = fileURLToPath(new URL('../../src/ontzorgen/pain.001.001.09.xsd', import.meta.url));
let koers: TestKoers;
let gemeente: GemeenteFixture;
let other: GemeenteFixture;
let financieel: Client;
let tweede: Client;
let regisseur: Client;
let otherFinancieel: Client;

async function secondFinanceUser(g: GemeenteFixture): Promise<string> {
  const email = `tweede.${g.gemeenteId.slice(0, 8)}@test.koers`;
  const passwordHash = await hashPassword(testPassword);
  await asSystem(koers.database.db, async (tx) => {
    const [u] = await tx.insert(users).values({ organisationId: g.organisationId, email, name: 'Tweede Controleur', role: 'financieel-medewerker', passwordHash }).returning();
    if (!u) throw new Error('fixture');
    await tx.insert(userGemeenten).values({ userId: u.id, gemeenteId: g.gemeenteId, organisationId: g.organisationId });
  });
  return email;
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  gemeente = await createGemeente(koers.database, 'Ontzorggemeente');
  other = await createGemeente(koers.database, 'Andere gemeente');
  await setOntzorgenAccount(koers.database, gemeente.gemeenteId);
  await setOntzorgenAccount(koers.database, other.gemeenteId);
  financieel = await loginAs(koers.app, gemeente.users['financieel-medewerker'].email);
  tweede = await loginAs(koers.app, await secondFinanceUser(gemeente));
  regisseur = await loginAs(koers.app, gemeente.users.trajectregisseur.email);
  otherFinancieel = await loginAs(koers.app, other.users['financieel-medewerker'].email);
});
afterAll(() => koers.close());

async function statusholder(permit = 'asiel', g = gemeente, client = regisseur, name = 'Haddad'): Promise<string> {
  const id = await createCase(client, g.gemeenteId, name);
  await setCaseFields(koers.database, id, { obliged: true, targetGroup: 'asiel', permit });
  return id;
}

const agreement = {
  version: 0,
  status: 'actief',
  bijstandFrom: '2027-01-01',
  bijstandMonthlyCents: 150_000,
  fixedCosts: [
    { kind: 'huur', payeeName: 'Woonstichting Vechthorst', iban: 'NL02 ABNA 0123 4567 89', reference: 'Huur Dorpsstraat 1', amountCents: 65_050, dayOfMonth: 1 },
    { kind: 'zorgverzekering', payeeName: 'Zorgverzekeraar Oost', iban: 'NL91ABNA0417164300', reference: 'Polis 123', amountCents: 13_895, dayOfMonth: 28 },
  ],
  executor: 'gemeente',
  housedOn: '2026-12-15',
};
const view = async (client: Client, caseId: string) => {
  const r = await client.get(`/api/cases/${caseId}/ontzorgen`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<OntzorgenView>();
};
const overview = async (month: string) => {
  const r = await financieel.get(`/api/financien?gemeenteId=${gemeente.gemeenteId}&month=${month}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<FinanceOverview>();
};
const signalKinds = (caseId: string) => asSystem(koers.database.db, async (tx) => (await tx.select({ kind: caseSignals.kind }).from(caseSignals).where(eq(caseSignals.caseId, caseId))).map((s) => s.kind).sort());
const propose = (client: Client, month: string, gemeenteId = gemeente.gemeenteId) => client.post('/api/financien/batches', { gemeenteId, month });

describe('the agreement', () => {
  it('starts only where B15 applies, and says why not otherwise; nothing is written', async () => {
    const caseId = await statusholder('regulier');
    const r = await put(financieel, `/api/cases/${caseId}/ontzorgen`, agreement);
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'bijstandFrom', message: expect.stringContaining('verblijfsvergunning asiel') as string });
    expect((await view(financieel, caseId)).agreement).toBeNull();
  });

  it('refuses an invalid IBAN naming the field', async () => {
    const caseId = await statusholder();
    const bad = { ...agreement, fixedCosts: [{ ...agreement.fixedCosts[0], iban: 'NL02ABNA0123456788' }] };
    const r = await put(financieel, `/api/cases/${caseId}/ontzorgen`, bad);
    expect(r.statusCode, r.body).toBe(400);
    expect(r.body).toContain('IBAN');
    expect((await view(financieel, caseId)).agreement).toBeNull();
  });

  it('stores the agreement with the period from the rules core, checkpoints at 3 and 6 months, and versions', async () => {
    const caseId = await statusholder();
    const r = await put(financieel, `/api/cases/${caseId}/ontzorgen`, agreement);
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json<OntzorgenView>();
    expect(v.relief.applies).toBe(true);
    expect(v.agreement).toMatchObject({ status: 'actief', startMonth: '2027-01', endMonthExclusive: '2027-07', totalFixedCents: 78_945, remainderCents: 71_055, version: 1, blockedReason: null });
    expect(v.agreement?.fixedCosts[0]?.iban).toBe('NL02ABNA0123456789');
    expect(v.checkpoints.map((c) => c.dueOn)).toEqual(['2027-04-01', '2027-07-01']);
    // A new rent: a new version; the cost keeps its id so a month can still not be paid twice.
    const costs = v.agreement?.fixedCosts.map(({ kindLabel: _l, ...c }, i) => (i === 0 ? { ...c, amountCents: 67_000 } : c)) ?? [];
    const changed = await put(financieel, `/api/cases/${caseId}/ontzorgen`, { ...agreement, version: 1, fixedCosts: costs });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<OntzorgenView>().agreement?.fixedCosts.map((c) => c.id)).toEqual(v.agreement?.fixedCosts.map((c) => c.id));
    const stale = await put(financieel, `/api/cases/${caseId}/ontzorgen`, { ...agreement, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await view(financieel, caseId)).agreement?.fixedCosts[0]?.amountCents).toBe(67_000);
  });

  it('records a refusal as such, with the note for the bijstand consulent', async () => {
    const caseId = await statusholder();
    const r = await put(financieel, `/api/cases/${caseId}/ontzorgen`, { ...agreement, status: 'geweigerd', refusalNote: 'Wil zelf betalen; besproken met consulent bijstand.' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<OntzorgenView>().agreement).toMatchObject({ status: 'geweigerd', statusLabel: 'Geweigerd door de persoon', refusalNote: expect.stringContaining('consulent') as string });
  });

  it('only finance:write changes it; another gemeente gets 404 and nothing changed', async () => {
    const caseId = await statusholder();
    expect((await put(regisseur, `/api/cases/${caseId}/ontzorgen`, agreement)).statusCode).toBe(403);
    expect((await otherFinancieel.get(`/api/cases/${caseId}/ontzorgen`)).statusCode).toBe(404);
    expect((await put(otherFinancieel, `/api/cases/${caseId}/ontzorgen`, agreement)).statusCode).toBe(404);
    expect((await view(financieel, caseId)).agreement).toBeNull();
  });
});

describe('the month batch', () => {
  it('proposes, is approved by a second person, yields a valid pain.001.001.09, never pays twice, and reconciles', async () => {
    const paid = await statusholder('asiel', gemeente, regisseur, 'Betaald');
    const over = await statusholder('asiel', gemeente, regisseur, 'Tekort');
    expect((await put(financieel, `/api/cases/${paid}/ontzorgen`, agreement)).statusCode).toBe(200);
    expect((await put(financieel, `/api/cases/${over}/ontzorgen`, { ...agreement, bijstandMonthlyCents: 50_000 })).statusCode).toBe(200);

    const proposed = await propose(financieel, '2027-02');
    expect(proposed.statusCode, proposed.body).toBe(201);
    const batch = proposed.json<{ id: string; version: number; paymentCount: number; flagged: { caseId: string; reason: string }[] }>();
    expect(batch.flagged.find((f) => f.caseId === over)?.reason).toContain('hoger dan de bijstand');
    const o = await overview('2027-02');
    const mine = o.batches[0]?.payments.filter((p) => p.caseId === paid) ?? [];
    expect(mine.map((p) => [p.amountCents, p.executionDate])).toEqual([
      [65_050, '2027-02-01'],
      [13_895, '2027-02-28'],
    ]);
    expect(o.batches[0]?.payments.some((p) => p.caseId === over)).toBe(false);

    // No XML before approval; the maker cannot approve (four eyes).
    expect((await financieel.get(`/api/financien/batches/${batch.id}/sepa.xml`)).statusCode).toBe(409);
    const self = await financieel.post(`/api/financien/batches/${batch.id}/goedkeuring`, { version: batch.version });
    expect(self.statusCode).toBe(403);
    expect(self.body).toContain('vier ogen');
    // Another gemeente: 404, nothing changed.
    expect((await otherFinancieel.post(`/api/financien/batches/${batch.id}/goedkeuring`, { version: batch.version })).statusCode).toBe(404);

    const approved = await tweede.post(`/api/financien/batches/${batch.id}/goedkeuring`, { version: batch.version });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<{ status: string; messageId: string; approvedBy: string }>()).toMatchObject({ status: 'goedgekeurd', approvedBy: 'Tweede Controleur', messageId: expect.stringMatching(/^KRS202702/) as string });

    const xml = await financieel.get(`/api/financien/batches/${batch.id}/sepa.xml`);
    expect(xml.statusCode).toBe(200);
    expect(xml.headers['content-type']).toContain('application/xml');
    const dir = mkdtempSync(join(tmpdir(), 'koers-sepa-'));
    writeFileSync(join(dir, 'batch.xml'), xml.body);
    // xmllint (Debian libxml2-utils) against the schema the product carries; it throws when invalid.
    expect(execFileSync('xmllint', ['--noout', '--schema', xsd, join(dir, 'batch.xml')], { encoding: 'utf8', stdio: 'pipe' })).toBe('');
    expect(xml.body).toContain('<InstdAmt Ccy="EUR">650.50</InstdAmt>');
    // The debtor account is the gemeente's setting ontzorgenAccount (ADR 0147).
    expect(xml.body).toContain('<DbtrAcct><Id><IBAN>NL20INGB0001234567</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>INGBNL2A</BICFI></FinInstnId></DbtrAgt>');

    // Running the month again pays nothing twice; the database refuses a second payment too.
    const again = await propose(financieel, '2027-02');
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<{ paymentCount: number }>().paymentCount).toBe(0);
    const [first] = await asSystem(koers.database.db, (tx) => tx.select().from(reliefPayments).where(eq(reliefPayments.caseId, paid)));
    if (!first) throw new Error('no payment');
    const { id: _id, ...copy } = first;
    await expect(asSystem(koers.database.db, (tx) => tx.insert(reliefPayments).values({ ...copy, batchId: batch.id }))).rejects.toThrow();
    // The approved batch is immutable.
    await expect(asSystem(koers.database.db, (tx) => tx.update(reliefBatches).set({ debtorIban: 'NL91ABNA0417164300' }).where(eq(reliefBatches.id, batch.id)))).rejects.toThrow();
    await expect(asSystem(koers.database.db, (tx) => tx.update(reliefPayments).set({ amountCents: 1 }).where(eq(reliefPayments.id, first.id)))).rejects.toThrow();
    // Nor can an approved payment be deleted (migration 0062): its key is what stops a second payment.
    await expect(asSystem(koers.database.db, (tx) => tx.delete(reliefPayments).where(eq(reliefPayments.id, first.id)))).rejects.toThrow();

    // Reconciliation: a rejection needs a reason and becomes a work item.
    const noReason = await financieel.patch(`/api/financien/betalingen/${first.id}`, { version: first.version, status: 'geweigerd' });
    expect(noReason.statusCode).toBe(400);
    expect((await otherFinancieel.patch(`/api/financien/betalingen/${first.id}`, { version: first.version, status: 'geweigerd', reason: 'x' })).statusCode).toBe(404);
    const rejected = await financieel.patch(`/api/financien/betalingen/${first.id}`, { version: first.version, status: 'geweigerd', reason: 'Rekening opgeheven' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await signalKinds(paid)).toContain('ontzorgen-payment-rejected');
    expect((await overview('2027-02')).rejected.map((p) => p.id)).toContain(first.id);
    expect((await financieel.patch(`/api/financien/betalingen/${first.id}`, { version: first.version, status: 'betaald' })).statusCode).toBe(409);
    const [still] = await asSystem(koers.database.db, (tx) => tx.select().from(reliefPayments).where(eq(reliefPayments.id, first.id)));
    expect(still).toMatchObject({ status: 'geweigerd', rejectionReason: 'Rekening opgeheven' });

    const csv = await financieel.get(`/api/financien/export?gemeenteId=${gemeente.gemeenteId}&month=2027-02&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Woonstichting Vechthorst');
    expect(csv.body).toContain('650,50');
    const xlsx = await financieel.get(`/api/financien/export?gemeenteId=${gemeente.gemeenteId}&month=2027-02&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload.buffer.slice(xlsx.rawPayload.byteOffset, xlsx.rawPayload.byteOffset + xlsx.rawPayload.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet('Ontzorgen 2027-02');
    const rows = (sheet?.getSheetValues() ?? []).filter(Array.isArray).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]?.slice(0, 8)).toEqual(['Maand', 'Dossiernummer', 'Naam', 'Soort', 'Ontvanger', 'IBAN', 'Kenmerk', 'Bedrag']);
    expect(rows.some((r) => r[4] === 'Woonstichting Vechthorst' && r[7] === 650.5)).toBe(true);
    expect(rows.filter((r) => r[9] === 'Geweigerd door de bank').map((r) => r[10])).toEqual(['Rekening opgeheven']);
    expect((await otherFinancieel.get(`/api/financien?gemeenteId=${gemeente.gemeenteId}&month=2027-02`)).statusCode).toBe(404);
  });
});

describe('checkpoints and signals', () => {
  it('raises the due checkpoint, holds it with afbouwen, and teruggeven ends the payments from that month', async () => {
    const caseId = await statusholder();
    const v = (await put(financieel, `/api/cases/${caseId}/ontzorgen`, agreement)).json<OntzorgenView>();
    expect(await signalKinds(caseId)).toEqual(expect.arrayContaining(['ontzorgen-checkpoint-due', 'ontzorgen-agreement-ending', 'ontzorgen-training-not-planned']));
    expect((await overview('2027-04')).checkpointsDue.filter((c) => c.caseId === caseId).map((c) => c.dueOn)).toEqual(['2027-04-01']);
    const held = await financieel.post(`/api/cases/${caseId}/ontzorgen/ijkmomenten`, { version: v.agreement?.version, dueOn: '2027-04-01', outcome: 'afbouwen', note: 'Energie zelf betalen' });
    expect(held.statusCode, held.body).toBe(200);
    const after = held.json<OntzorgenView>();
    expect(after.checkpoints[0]?.held).toMatchObject({ outcome: 'afbouwen', outcomeLabel: 'Afbouwen' });
    expect((await overview('2027-04')).checkpointsDue.some((c) => c.caseId === caseId)).toBe(false);
    const twice = await financieel.post(`/api/cases/${caseId}/ontzorgen/ijkmomenten`, { version: after.agreement?.version, dueOn: '2027-04-01', outcome: 'afbouwen' });
    expect(twice.statusCode).toBe(409);
    // The person reads Tigrinya: the hand-back letter gets a summary page in Tigrinya (ADR 0164).
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ preferredLanguage: 'Tigrinya' }).where(eq(cases.id, caseId)));
    const back = await financieel.post(`/api/cases/${caseId}/ontzorgen/ijkmomenten`, { version: after.agreement?.version, dueOn: '2027-07-01', outcome: 'teruggeven', handBackMonth: '2027-05' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json<OntzorgenView>().agreement?.endMonthExclusive).toBe('2027-05');
    // The letter: which payments the person now makes, from which date; then the Tigrinya summary.
    const docs = await asSystem(koers.database.db, (tx) => tx.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId)));
    const letter = docs.find((d) => d.kind === 'ontzorgen-teruggave');
    if (!letter) throw new Error('no hand-back letter');
    const pages = await pdfPages(letter.content);
    const text = flowing(pages.slice(0, -1).join('\n'));
    expect(text).toContain('Vanaf 1 mei 2027 betaalt u deze rekeningen zelf');
    expect(text).toContain('Huur: € 650,50 per maand aan Woonstichting Vechthorst');
    const summaryPage = flowing(pages.at(-1) ?? '');
    expect(summaryPage).toContain('Samenvatting in het Tigrinya');
    expect(summaryPage).toContain('ጽማቕ ብትግርኛ');
    expect(summaryPage).toContain('2027');
    expect(letter.letterSummary).toMatchObject({ key: 'ontzorgen-teruggave', facts: { fromDate: { date: '2027-05-01' } } });
  });
});

it('the product carries the EPC schema unchanged', () => {
  expect(readFileSync(xsd, 'utf8')).toBe(readFileSync('/work/shared/iso20022/pain.001.001.09.xsd', 'utf8'));
});

describe('a closed case', () => {
  it('is never paid blindly: the proposal flags it, and the werkvoorraad asks only to end the agreement', async () => {
    const g = await createGemeente(koers.database, 'Sluitgemeente');
    const mine = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    const regie = await loginAs(koers.app, g.users.trajectregisseur.email);
    const caseId = await statusholder('asiel', g, regie, 'Gesloten');
    expect((await put(mine, `/api/cases/${caseId}/ontzorgen`, agreement)).statusCode).toBe(200);
    const [row] = await asSystem(koers.database.db, (tx) => tx.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId)));
    const closed = await regie.post(`/api/cases/${caseId}/close`, { reason: 'overleden', effectiveOn: '2026-12-04', version: row!.version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await signalKinds(caseId)).toEqual(['ontzorgen-agreement-ending']);

    await setOntzorgenAccount(koers.database, g.gemeenteId);
    const proposed = await mine.post('/api/financien/batches', { gemeenteId: g.gemeenteId, month: '2027-02' });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const batch = proposed.json<{ paymentCount: number; flagged: { caseId: string; reason: string }[] }>();
    expect(batch.paymentCount).toBe(0);
    expect(batch.flagged.find((f) => f.caseId === caseId)?.reason).toContain('Het dossier is gesloten per 4 december 2026');
    // Changing the agreement is a step of the traject: reopen first.
    const change = await put(mine, `/api/cases/${caseId}/ontzorgen`, { ...agreement, version: 1 });
    expect(change.statusCode).toBe(409);
    expect(change.body).toContain('CASE_CLOSED');
  });
});
