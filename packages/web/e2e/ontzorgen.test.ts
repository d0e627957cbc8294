// Browser test of financieel ontzorgen (issue 15): the financieel medewerker makes an agreement for
// Farid Ahmadi (Zwijndrecht), proposes the month's batch, a second financieel medewerker approves it
// (four eyes) from the gemeente's account setting, the SEPA file downloads and passes xmllint against
// the EPC schema, the bank's pain.002 is imported and rejects the rent (AC04), and the 3-month
// checkpoint is held with "afbouwen". The budgetbeheer partner reports a month on its own page.
// axe on every screen.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

const xsd = fileURLToPath(new URL('../../server/src/ontzorgen/pain.001.001.09.xsd', import.meta.url));

describe.runIf(browserAvailable())('Financieel ontzorgen: agreement, batch with four eyes, SEPA file, rejection, checkpoint', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    // Starting the app seeds the demo on PGlite: slow on a loaded 2-core machine.
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('runs the month end to end', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'financien@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?zoek=Ahmadi')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Ahmadi')?.id;
    expect(caseId).toBeDefined();
    const month = new Date().toISOString().slice(0, 7);

    // The agreement, with an amount refused at its field first.
    await page.goto(`/dossiers/${caseId}/ontzorgen`);
    const section = page.getByTestId('ontzorgen-section');
    await section.getByRole('heading', { level: 2, name: 'Financieel ontzorgen' }).waitFor();
    const form = section.getByTestId('agreement-form');
    await form.waitFor();
    await form.getByLabel('Bijstand vanaf').fill(`${month}-01`);
    await form.getByLabel('Bijstand per maand').fill('1.395,00');
    const cost = form.getByTestId('cost-0');
    await cost.getByLabel('Ontvanger').fill('Woonbron Zwijndrecht');
    await cost.getByLabel('IBAN').fill('NL02 ABNA 0123 4567 89');
    await cost.getByLabel('Kenmerk').fill('Huur');
    await cost.getByLabel('Bedrag').fill('zeshonderd');
    await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await form.locator('#ontzorgen-afspraak-cost-0-amount-error').waitFor();
    await cost.getByLabel('Bedrag').fill('650,50');
    await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await section.getByTestId('ontzorgen-agreement').waitFor();
    // Intl puts a no-break space after the euro sign.
    expect((await section.getByTestId('ontzorgen-agreement').innerText()).replace(/\u00a0/g, ' ')).toContain('Rest voor de persoon per maand: € 744,50');
    await expectNoAxeViolations(page, 'ontzorgen part with an agreement');

    // The month's batch for Zwijndrecht, proposed by Femke.
    await page.goto('/financien');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zwijndrecht' });
    await page.getByLabel('Maand', { exact: true }).fill(month);
    const propose = page.getByTestId('propose-form');
    await propose.getByRole('button', { name: 'Betaalvoorstel maken' }).click();
    await page.getByTestId('batch-voorstel').waitFor();
    await expectNoAxeViolations(page, 'financien with a proposal');
    // Femke made it, so she cannot approve it: the reason shows where she acted.
    await page.getByTestId('batch-voorstel').getByRole('button', { name: 'Voorstel goedkeuren' }).click();
    await expect.poll(async () => page.getByTestId('batch-voorstel').innerText()).toContain('vier ogen');

    // Joost approves.
    const second = await newPage(browser, app.url);
    await login(second.page, 'financien2@drechtsteden.demo');
    await second.page.goto('/financien');
    await second.page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zwijndrecht' });
    await second.page.getByLabel('Maand', { exact: true }).fill(month);
    await second.page.getByTestId('batch-voorstel').getByRole('button', { name: 'Voorstel goedkeuren' }).click();
    await second.page.getByTestId('batch-goedgekeurd').waitFor();
    await second.context.close();

    // The SEPA file, validated with xmllint against the schema the product carries.
    await page.reload();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zwijndrecht' });
    await page.getByLabel('Maand', { exact: true }).fill(month);
    const approved = page.getByTestId('batch-goedgekeurd');
    await approved.waitFor();
    const href = await approved.getByTestId('sepa-download').getAttribute('href');
    const xml = await (await page.request.get(href ?? '')).text();
    const dir = mkdtempSync(join(tmpdir(), 'koers-e2e-sepa-'));
    writeFileSync(join(dir, 'batch.xml'), xml);
    execFileSync('xmllint', ['--noout', '--schema', xsd, join(dir, 'batch.xml')], { stdio: 'pipe' });
    expect(xml).toContain('<InstdAmt Ccy="EUR">650.50</InstdAmt>');
    // The debtor account is Zwijndrecht's setting (demo: Beheer → Instellingen).
    expect(xml).toContain('<IBAN>NL91ABNA0417164300</IBAN></Id></DbtrAcct>');

    // The bank's status report (pain.002) rejects the rent: imported as a file, with the reason's Dutch label.
    const messageId = /<MsgId>([^<]+)<\/MsgId>/.exec(xml)?.[1] ?? '';
    const endToEndId = /<EndToEndId>([^<]+)<\/EndToEndId>/.exec(xml)?.[1] ?? '';
    const pain002 = `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt><GrpHdr><MsgId>STS-E2E</MsgId><CreDtTm>2027-01-05T08:00:00</CreDtTm></GrpHdr><OrgnlGrpInfAndSts><OrgnlMsgId>${messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId></OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><TxInfAndSts><OrgnlEndToEndId>${endToEndId}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts></OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>`;
    const bankForm = approved.getByTestId('bank-file-form');
    // A wrong file first: the reason shows at the field.
    await bankForm.getByLabel('Bestand van de bank (XML)').setInputFiles({ name: 'batch.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    await bankForm.getByRole('button', { name: 'Bankbestand inlezen' }).click();
    await expect.poll(async () => bankForm.innerText()).toContain('geen betaalstatusrapport (pain.002) of afschrijvingsbericht (camt.054)');
    await bankForm.getByLabel('Bestand van de bank (XML)').setInputFiles({ name: 'status.xml', mimeType: 'application/xml', buffer: Buffer.from(pain002) });
    await bankForm.getByRole('button', { name: 'Bankbestand inlezen' }).click();
    await expect.poll(async () => page.getByTestId('finance-rejected').innerText()).toContain('AC04 – Rekening opgeheven');
    await expect.poll(async () => approved.getByTestId('bank-file-report').innerText()).toContain('0 betaald, 1 geweigerd');
    await expectNoAxeViolations(page, 'financien after a bank file');

    // The 3-month checkpoint, held with "afbouwen".
    await page.goto(`/dossiers/${caseId}/ontzorgen`);
    const checkpoints = section.getByTestId('ontzorgen-checkpoints');
    await checkpoints.waitFor();
    await checkpoints.getByLabel('Uitkomst').selectOption('afbouwen');
    await checkpoints.getByLabel('Toelichting').fill('Energie betaalt hij voortaan zelf.');
    await checkpoints.getByRole('button', { name: 'IJkmoment vastleggen' }).click();
    await expect.poll(async () => checkpoints.locator('li').first().innerText()).toContain('Afbouwen');
    await expectNoAxeViolations(page, 'ontzorgen part after the checkpoint');
    await context.close();

    // The budgetbeheer partner: Omar's agreement (demo), payees and amounts only, a month reported.
    const partner = await newPage(browser, app.url);
    await login(partner.page, 'budgetbeheer@drechtsteden.demo');
    await partner.page.goto('/budgetbeheer');
    const card = partner.page.getByTestId('budgetbeheer-agreement').filter({ hasText: 'Omar' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Woonbron Dordrecht');
    await expectNoAxeViolations(partner.page, 'budgetbeheer');
    const thisMonth = card.getByTestId(`month-${month}`);
    await thisMonth.getByRole('button', { name: 'Niet (alle) gedaan' }).click();
    await expect.poll(async () => thisMonth.innerText()).toContain('Reden');
    await thisMonth.getByRole('textbox').fill('Huur nog niet betaald: saldo te laag');
    await thisMonth.getByRole('button', { name: 'Niet (alle) gedaan' }).click();
    await partner.page.getByTestId('budgetbeheer-notice').waitFor();
    await expect.poll(async () => card.getByTestId(`month-${month}`).innerText()).toContain('Huur nog niet betaald');
    await expectNoAxeViolations(partner.page, 'budgetbeheer after a report');
    await partner.context.close();
  }, 420_000);
});
