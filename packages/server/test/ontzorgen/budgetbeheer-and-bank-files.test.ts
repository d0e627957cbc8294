// Issue 15 gaps (W3; ADR 0147, 0148): the gemeente's debtor account as a setting; reconciliation by
// a bank file (pain.002, camt.054) with the reason codes' Dutch labels and rejections as work items;
// the budgetbeheer partner who sees only payees and amounts, reports monthly and signals problems.
// Every path: another gemeente's record → 404 and nothing changed.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseSignals, reliefPartnerReports, reliefPayments } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCase, put, setCaseFields } from '../intake/support.ts';
import { bankFile, extraUser as extraUserIn, setOntzorgenAccount, testAgreement as agreement } from './support.ts';

const now = new Date('2027-01-05T10:00:00Z');
let koers: TestKoers;
let gemeente: GemeenteFixture;
let other: GemeenteFixture;
let financieel: Client;
let tweede: Client;
let regisseur: Client;
let partner: Client;
let otherFinancieel: Client;
let otherPartner: Client;

const extraUser = (g: GemeenteFixture, role: string, name: string) => extraUserIn(koers.database, g, role, name);

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  gemeente = await createGemeente(koers.database, 'Budgetgemeente');
  other = await createGemeente(koers.database, 'Andere gemeente');
  await setOntzorgenAccount(koers.database, gemeente.gemeenteId);
  await setOntzorgenAccount(koers.database, other.gemeenteId);
  financieel = await loginAs(koers.app, gemeente.users['financieel-medewerker'].email);
  tweede = await loginAs(koers.app, await extraUser(gemeente, 'financieel-medewerker', 'Tweede Controleur'));
  regisseur = await loginAs(koers.app, gemeente.users.trajectregisseur.email);
  partner = await loginAs(koers.app, gemeente.users['partner-budgetbeheer'].email);
  otherFinancieel = await loginAs(koers.app, other.users['financieel-medewerker'].email);
  otherPartner = await loginAs(koers.app, await extraUser(gemeente, 'partner-budgetbeheer', 'Andere Budgetbeheerder'));
});
afterAll(() => koers.close());

const bsnOf = new Map<string, string>();
async function statusholder(name: string, g = gemeente, client = regisseur): Promise<string> {
  const id = await createCase(client, g.gemeenteId, name);
  await setCaseFields(koers.database, id, { obliged: true, targetGroup: 'asiel', permit: 'asiel' });
  const detail = await client.get(`/api/cases/${id}`);
  bsnOf.set(id, detail.json<{ bsn?: string }>().bsn ?? '');
  return id;
}

const signalKinds = (caseId: string) => asSystem(koers.database.db, async (tx) => (await tx.select({ kind: caseSignals.kind }).from(caseSignals).where(eq(caseSignals.caseId, caseId))).map((s) => s.kind).sort());
const signalsOf = (caseId: string) => asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
const paymentsOf = (caseId: string) => asSystem(koers.database.db, (tx) => tx.select().from(reliefPayments).where(eq(reliefPayments.caseId, caseId)).orderBy(reliefPayments.executionDate));
const e2e = (id: string) => id.replaceAll('-', '');

interface Batch { id: string; version: number; messageId: string | null }
async function approvedBatch(caseName: string, month: string): Promise<{ caseId: string; batch: Batch }> {
  const caseId = await statusholder(caseName);
  expect((await put(financieel, `/api/cases/${caseId}/ontzorgen`, agreement)).statusCode).toBe(200);
  const proposed = await financieel.post('/api/financien/batches', { gemeenteId: gemeente.gemeenteId, month });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const batch = proposed.json<Batch>();
  const approved = await tweede.post(`/api/financien/batches/${batch.id}/goedkeuring`, { version: batch.version });
  expect(approved.statusCode, approved.body).toBe(200);
  return { caseId, batch: approved.json<Batch>() };
}

describe("the gemeente's own account", () => {
  it('is required for a batch: a clear Dutch error naming the setting, and nothing is written', async () => {
    const g = await createGemeente(koers.database, 'Zonder rekening');
    const mine = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    const caseId = await statusholder('Rekeningloos', g, await loginAs(koers.app, g.users.trajectregisseur.email));
    expect((await put(mine, `/api/cases/${caseId}/ontzorgen`, agreement)).statusCode).toBe(200);
    const r = await mine.post('/api/financien/batches', { gemeenteId: g.gemeenteId, month: '2027-01' });
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'ontzorgenAccount', message: expect.stringContaining('Rekening van de gemeente voor ontzorgen') as string });
    expect(await paymentsOf(caseId)).toEqual([]);
    // The old way of passing the account with the proposal is gone.
    expect((await mine.post('/api/financien/batches', { gemeenteId: g.gemeenteId, month: '2027-01', debtorIban: 'NL20INGB0001234567' })).statusCode).toBe(400);
  });

  it('is validated with ibantools on the settings page, naming the field', async () => {
    const g = await createGemeente(koers.database, 'Instelgemeente');
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const read = await beheerder.get(`/api/admin/gemeenten/${g.gemeenteId}/settings`);
    expect(read.statusCode, read.body).toBe(200);
    const { version } = read.json<{ version: number }>();
    const bad = await put(beheerder, `/api/admin/gemeenten/${g.gemeenteId}/settings`, { version, settings: { ontzorgenAccount: { name: 'Gemeente', iban: 'NL20INGB0001234568', bic: 'INGBNL2A' } } });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.body).toContain('IBAN: dit is geen geldig IBAN');
    const good = await put(beheerder, `/api/admin/gemeenten/${g.gemeenteId}/settings`, { version, settings: { ontzorgenAccount: { name: 'Gemeente Instel', iban: 'nl20 ingb 0001 2345 67', bic: 'ingbnl2a' } } });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json<{ settings: { ontzorgenAccount: unknown } }>().settings.ontzorgenAccount).toEqual({ name: 'Gemeente Instel', iban: 'NL20INGB0001234567', bic: 'INGBNL2A' });
  });
});

describe('bank reconciliation by file', () => {
  it('imports a pain.002: ACCP paid, RJCT rejected with the reason label and a work item, an unknown line reported', async () => {
    const { caseId, batch } = await approvedBatch('Bankstatus', '2027-01');
    const [huur, zorg] = await paymentsOf(caseId);
    if (!huur || !zorg || !batch.messageId) throw new Error('fixture');
    const xml = bankFile('pain002-accp-rjct.xml', { MSGID: batch.messageId, E2E1: e2e(huur.id), E2E2: e2e(zorg.id) });
    const r = await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: xml });
    expect(r.statusCode, r.body).toBe(200);
    const report = r.json<{ kind: string; paid: number; rejected: number; notProcessed: number; lines: { outcome: string; reason: string | null; payeeName: string | null }[] }>();
    expect(report).toMatchObject({ kind: 'pain.002', paid: 1, rejected: 1, notProcessed: 1 });
    expect(report.lines.map((l) => l.outcome)).toEqual(['betaald', 'geweigerd', 'niet-verwerkt']);
    expect(report.lines[2]?.reason).toContain('Geen betaling met dit kenmerk');
    const after = await paymentsOf(caseId);
    expect(after.map((p) => [p.status, p.rejectionReason])).toEqual([
      ['betaald', null],
      ['geweigerd', 'AC04 – Rekening opgeheven (Rekening opgeheven per 31-12)'],
    ]);
    expect(await signalKinds(caseId)).toContain('ontzorgen-payment-rejected');
    // Importing it again changes nothing.
    const again = await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: xml });
    expect(again.json<{ unchanged: number; paid: number; rejected: number }>()).toMatchObject({ unchanged: 2, paid: 0, rejected: 0 });
  });

  it('imports a camt.054: a booked debit is paid, a return is rejected with its reason; a wrong amount is reported, not recorded', async () => {
    const { caseId, batch } = await approvedBatch('Afschrijving', '2027-01');
    const [huur, zorg] = await paymentsOf(caseId);
    if (!huur || !zorg) throw new Error('fixture');
    const wrong = bankFile('camt054-booked.xml', { DEBTOR_IBAN: 'NL20INGB0001234567', E2E1: e2e(huur.id), E2E2: e2e(zorg.id), AMOUNT1: '650.00', AMOUNT2: '138.95' });
    const first = await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: wrong });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ lines: { outcome: string; reason: string | null }[] }>().lines[0]).toMatchObject({ outcome: 'niet-verwerkt', reason: expect.stringContaining('wijkt af') as string });
    const xml = bankFile('camt054-booked.xml', { DEBTOR_IBAN: 'NL20INGB0001234567', E2E1: e2e(huur.id), E2E2: e2e(zorg.id), AMOUNT1: '650.50', AMOUNT2: '138.95' });
    const r = await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: xml });
    expect(r.json<{ kind: string; paid: number; rejected: number }>()).toMatchObject({ kind: 'camt.054', paid: 1, rejected: 0 });
    expect((await paymentsOf(caseId)).map((p) => [p.status, p.rejectionReason])).toEqual([
      ['betaald', null],
      ['geweigerd', 'MS03 – Reden niet opgegeven door de bank'],
    ]);
  });

  it('refuses a wrong file type or another batch’s report with a Dutch error, and changes nothing', async () => {
    const { caseId, batch } = await approvedBatch('Verkeerdbestand', '2027-01');
    const sepa = await financieel.get(`/api/financien/batches/${batch.id}/sepa.xml`);
    const wrongType = await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: sepa.body });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'bestand', message: expect.stringContaining('Bankbestand: Dit is geen betaalstatusrapport (pain.002) of afschrijvingsbericht (camt.054)') as string });
    const notXml = await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: 'Datum;Bedrag\n2027-01-05;650,50' });
    expect(notXml.json<{ error: { message: string } }>().error.message).toContain('geen geldige XML');
    const [huur] = await paymentsOf(caseId);
    const otherBatch = await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: bankFile('pain002-group-rjct.xml', { MSGID: 'KRS202701FFFFFFFFFFFFFFFF' }) });
    expect(otherBatch.statusCode).toBe(400);
    expect(otherBatch.json<{ error: { message: string } }>().error.message).toContain('hoort bij bericht KRS202701FFFFFFFFFFFFFFFF');
    const noneMatch = bankFile('camt054-booked.xml', { DEBTOR_IBAN: 'NL20INGB0001234567', E2E1: 'x1', E2E2: 'x2', AMOUNT1: '1.00', AMOUNT2: '2.00' });
    expect((await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: noneMatch })).statusCode).toBe(400);
    expect((await paymentsOf(caseId)).map((p) => p.status)).toEqual(['goedgekeurd', 'goedgekeurd']);
    expect(huur?.version).toBe((await paymentsOf(caseId))[0]?.version);
  });

  it('applies a group rejection of the whole file to every payment of the batch', async () => {
    const { caseId, batch } = await approvedBatch('Groepsweigering', '2027-01');
    const r = await financieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: bankFile('pain002-group-rjct.xml', { MSGID: batch.messageId ?? '' }) });
    expect(r.json<{ rejected: number }>().rejected).toBe(2);
    expect((await paymentsOf(caseId)).map((p) => p.rejectionReason)).toEqual(['AM04 – Onvoldoende saldo', 'AM04 – Onvoldoende saldo']);
  });

  it("another gemeente's batch → 404 and nothing changed; a proposal cannot take a bank file", async () => {
    const { caseId, batch } = await approvedBatch('Anderegemeente', '2027-01');
    const [huur, zorg] = await paymentsOf(caseId);
    const xml = bankFile('pain002-accp-rjct.xml', { MSGID: batch.messageId ?? '', E2E1: e2e(huur?.id ?? ''), E2E2: e2e(zorg?.id ?? '') });
    const r = await otherFinancieel.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: xml });
    expect(r.statusCode).toBe(404);
    expect((await paymentsOf(caseId)).map((p) => p.status)).toEqual(['goedgekeurd', 'goedgekeurd']);
    expect((await regisseur.post(`/api/financien/batches/${batch.id}/bankbestand`, { bestand: xml })).statusCode).toBe(403);

    const caseId2 = await statusholder('Voorstel');
    expect((await put(financieel, `/api/cases/${caseId2}/ontzorgen`, agreement)).statusCode).toBe(200);
    const proposal = (await financieel.post('/api/financien/batches', { gemeenteId: gemeente.gemeenteId, month: '2027-03' })).json<Batch>();
    const early = await financieel.post(`/api/financien/batches/${proposal.id}/bankbestand`, { bestand: xml });
    expect(early.statusCode).toBe(409);
  });
});

describe('the budgetbeheer partner', () => {
  async function partnerCase(name: string): Promise<string> {
    const caseId = await statusholder(name);
    expect((await put(financieel, `/api/cases/${caseId}/ontzorgen`, { ...agreement, executor: 'budgetbeheer', partnerName: 'Sociaal.nl' })).statusCode).toBe(200);
    const assigned = await regisseur.post(`/api/cases/${caseId}/assignments`, { userId: gemeente.users['partner-budgetbeheer'].id, kind: 'budgetbeheer' });
    expect(assigned.statusCode, assigned.body).toBe(200);
    return caseId;
  }

  it('sees only payees, IBANs, amounts, days and the period — never the BSN, the intake or the rest of the case', async () => {
    const caseId = await partnerCase('Zichtbaar');
    const responses: string[] = [];
    const list = await partner.get('/api/budgetbeheer');
    expect(list.statusCode, list.body).toBe(200);
    responses.push(list.body);
    const mine = list.json<{ agreements: { caseId: string; name: string; fixedCosts: { payeeName: string; iban: string; amountCents: number; dayOfMonth: number }[]; startMonth: string; endMonthExclusive: string }[] }>().agreements.find((a) => a.caseId === caseId);
    expect(mine).toMatchObject({ name: 'Amira Zichtbaar', startMonth: '2027-01', endMonthExclusive: '2027-07' });
    expect(mine?.fixedCosts).toEqual([
      { kindLabel: 'Huur', payeeName: 'Woonstichting Vechthorst', iban: 'NL02ABNA0123456789', reference: 'Huur Dorpsstraat 1', amountCents: 65_050, dayOfMonth: 1 },
      { kindLabel: 'Zorgverzekering', payeeName: 'Zorgverzekeraar Oost', iban: 'NL91ABNA0417164300', reference: 'Polis 123', amountCents: 13_895, dayOfMonth: 28 },
    ]);
    // The case itself stays closed to it.
    for (const url of [`/api/cases/${caseId}`, `/api/cases/${caseId}/ontzorgen`, `/api/cases/${caseId}/intake`, `/api/cases/${caseId}/pip`, '/api/cases', '/api/werkvoorraad']) {
      const r = await partner.get(url);
      responses.push(r.body);
      expect([200, 403, 404], url).toContain(r.statusCode);
      if (r.statusCode === 200) expect(r.body, url).not.toContain(caseId);
    }
    responses.push((await partner.request({ method: 'PUT', url: `/api/budgetbeheer/afspraken/${caseId}/maanden/2027-01`, payload: { version: 0, status: 'uitgevoerd' } })).body);
    responses.push((await partner.post(`/api/budgetbeheer/afspraken/${caseId}/problemen`, { kind: 'adres-gewijzigd', note: 'Verhuisd naar de Kerkstraat.' })).body);
    const bsn = bsnOf.get(caseId) ?? '';
    expect(bsn).toMatch(/^\d{9}$/);
    for (const body of responses) {
      for (const secret of [bsn, '1990-04-12', '"SY"', 'bijstand', '150000', 'intake', 'housedOn', '2026-12-15', 'pipId', 'refusalNote', 'explanation']) expect(body).not.toContain(secret);
    }
  });

  it('reports monthly: a missing report is a work item after the set days, the report clears it; not done needs a reason', async () => {
    const caseId = await partnerCase('Maandrapport');
    const missing = (await signalsOf(caseId)).find((s) => s.kind === 'ontzorgen-partner-report-missing');
    expect(missing).toMatchObject({ dueOn: '2027-02-11', section: 'ontzorgen' });
    const noReason = await put(partner, `/api/budgetbeheer/afspraken/${caseId}/maanden/2027-01`, { version: 0, status: 'niet-uitgevoerd' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Reden');
    expect((await put(partner, `/api/budgetbeheer/afspraken/${caseId}/maanden/2027-03`, { version: 0, status: 'uitgevoerd' })).statusCode).toBe(400);
    const done = await put(partner, `/api/budgetbeheer/afspraken/${caseId}/maanden/2027-01`, { version: 0, status: 'uitgevoerd' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<{ months: { month: string; report: { statusLabel: string; version: number } | null }[] }>().months).toEqual([{ month: '2027-01', reportDueOn: '2027-02-10', report: { status: 'uitgevoerd', statusLabel: 'Betalingen gedaan', reason: null, version: 1 } }]);
    expect((await signalsOf(caseId)).find((s) => s.kind === 'ontzorgen-partner-report-missing')?.dueOn).toBe('2027-03-11');
    // A correction carries the version read; a stale one changes nothing.
    expect((await put(partner, `/api/budgetbeheer/afspraken/${caseId}/maanden/2027-01`, { version: 0, status: 'niet-uitgevoerd', reason: 'Huur niet betaald' })).statusCode).toBe(409);
    const notDone = await put(partner, `/api/budgetbeheer/afspraken/${caseId}/maanden/2027-01`, { version: 1, status: 'niet-uitgevoerd', reason: 'Huur niet betaald: saldo te laag' });
    expect(notDone.statusCode, notDone.body).toBe(200);
    const problem = (await signalsOf(caseId)).find((s) => s.kind === 'ontzorgen-partner-problem');
    expect(problem?.reason).toContain('Huur niet betaald: saldo te laag');
    // The regisseur sees the reports in the case part.
    const v = await regisseur.get(`/api/cases/${caseId}/ontzorgen`);
    expect(v.json<{ partnerReports: { month: string; status: string }[] }>().partnerReports).toEqual([{ month: '2027-01', status: 'niet-uitgevoerd', statusLabel: 'Betalingen niet (alle) gedaan', reason: 'Huur niet betaald: saldo te laag' }]);
  });

  it('signals a problem that becomes a work item until the regisseur marks it handled', async () => {
    const caseId = await partnerCase('Probleem');
    const r = await partner.post(`/api/budgetbeheer/afspraken/${caseId}/problemen`, { kind: 'achterstand', note: 'Twee maanden huurachterstand.' });
    expect(r.statusCode, r.body).toBe(201);
    const signal = (await signalsOf(caseId)).find((s) => s.kind === 'ontzorgen-partner-problem');
    expect(signal?.reason).toContain('Betalingsachterstand (Twee maanden huurachterstand.)');
    const v = (await regisseur.get(`/api/cases/${caseId}/ontzorgen`)).json<{ partnerProblems: { id: string; version: number }[] }>();
    const p = v.partnerProblems[0];
    if (!p) throw new Error('no problem');
    expect((await otherFinancieel.request({ method: 'PATCH', url: `/api/cases/${caseId}/ontzorgen/problemen/${p.id}`, payload: { version: p.version } })).statusCode).toBe(404);
    expect((await regisseur.request({ method: 'PATCH', url: `/api/cases/${caseId}/ontzorgen/problemen/${p.id}`, payload: { version: p.version + 1 } })).statusCode).toBe(409);
    expect((await signalKinds(caseId))).toContain('ontzorgen-partner-problem');
    const done = await regisseur.request({ method: 'PATCH', url: `/api/cases/${caseId}/ontzorgen/problemen/${p.id}`, payload: { version: p.version } });
    expect(done.statusCode, done.body).toBe(200);
    expect(await signalKinds(caseId)).not.toContain('ontzorgen-partner-problem');
  });

  it("a partner not assigned, or the gemeente's own executor, sees nothing and can change nothing (404)", async () => {
    const caseId = await partnerCase('Nietvoorjou');
    expect((await otherPartner.get('/api/budgetbeheer')).json<{ agreements: { caseId: string }[] }>().agreements.map((a) => a.caseId)).not.toContain(caseId);
    const r = await put(otherPartner, `/api/budgetbeheer/afspraken/${caseId}/maanden/2027-01`, { version: 0, status: 'uitgevoerd' });
    expect(r.statusCode).toBe(404);
    expect((await otherPartner.post(`/api/budgetbeheer/afspraken/${caseId}/problemen`, { kind: 'overig', note: 'x' })).statusCode).toBe(404);
    expect(await asSystem(koers.database.db, (tx) => tx.select().from(reliefPartnerReports).where(eq(reliefPartnerReports.caseId, caseId)))).toEqual([]);
    // A case the gemeente pays itself is not in a partner's hands, even when assigned.
    const own = await statusholder('Gemeentebetaalt');
    expect((await put(financieel, `/api/cases/${own}/ontzorgen`, agreement)).statusCode).toBe(200);
    await regisseur.post(`/api/cases/${own}/assignments`, { userId: gemeente.users['partner-budgetbeheer'].id, kind: 'budgetbeheer' });
    expect((await put(partner, `/api/budgetbeheer/afspraken/${own}/maanden/2027-01`, { version: 0, status: 'uitgevoerd' })).statusCode).toBe(404);
    // Other roles have no access to the partner's routes.
    expect((await financieel.get('/api/budgetbeheer')).statusCode).toBe(403);
  });
});
