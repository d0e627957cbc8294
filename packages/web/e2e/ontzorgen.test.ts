// Browser test of financieel ontzorgen (issue 15): the financieel medewerker makes an agreement for
// Farid Ahmadi (Zwijndrecht), proposes the month's batch, a second financieel medewerker approves it
// (four eyes), the SEPA file downloads and passes xmllint against the EPC schema, one payment is
// recorded as rejected, and the 3-month checkpoint is held with "afbouwen". axe on both screens.
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
  });

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
    await propose.getByLabel('IBAN van de gemeente').fill('NL86INGB0002445588');
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

    // One rejection, with the reason.
    const status = approved.getByTestId('payment-status-Woonbron Zwijndrecht');
    await status.getByLabel('Reden van weigering (Woonbron Zwijndrecht)').fill('Rekening opgeheven');
    await status.getByRole('button', { name: 'Geweigerd' }).click();
    await expect.poll(async () => page.getByTestId('finance-rejected').innerText()).toContain('Rekening opgeheven');
    await expectNoAxeViolations(page, 'financien after a rejection');

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
  });
});
