// Browser test of the voortgang part (R19, R21): Ahmad Karimi (demo case with a vastgesteld PIP) has
// one held and one planned voortgangsgesprek; the trajectregisseur records the planned one with a
// report and the outcome doorgaan, and sees it held with its verslag. axe on the part with the form
// open and on the sociale kaart.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('Voortgang: voortgangsgesprekken', () => {
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

  it('records a planned voortgangsgesprek; the sociale kaart is readable', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?zoek=Karimi')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Karimi')?.id;
    expect(caseId).toBeDefined();
    await page.goto(`/dossiers/${caseId}/voortgang`);
    const section = page.getByTestId('voortgang-section');
    await section.getByRole('heading', { level: 2, name: 'Voortgang' }).waitFor();
    const meetings = section.getByTestId('voortgang-meetings');
    await meetings.waitFor();
    const table = await meetings.innerText();
    expect(table).toContain('Gehouden');
    expect(table).toContain('Gepland');
    expect(table).toContain('Doorgaan volgens het PIP');
    expect(await section.getByTestId('voortgang-interpreter-total').innerText()).toContain('45,50');
    await expectNoAxeViolations(page, 'voortgang part');

    await section.getByRole('button', { name: /^Gesprek van .* vastleggen$/ }).first().click();
    const form = section.getByTestId('voortgang-record-form');
    await form.waitFor();
    await form.getByLabel('Aanwezig', { exact: true }).fill('inburgeraar, trajectregisseur');
    await form.getByLabel('Taal', { exact: true }).fill('Spreken gaat beter.');
    await form.getByLabel('Gezondheid', { exact: true }).fill('Geen bijzonderheden.');
    await form.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Handhaving starten' });
    await form.getByLabel(/^Toelichting uitkomst/).fill('Drie weken niet bij de les verschenen zonder bericht.');
    await expectNoAxeViolations(page, 'voortgang part with the recording form');
    await form.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await expect.poll(async () => section.getByTestId('voortgang-notice').innerText()).toContain('vastgelegd');
    expect(await section.getByTestId('voortgang-record-form').count()).toBe(0);
    await expect.poll(async () => (await meetings.innerText()).match(/Gehouden(?! op)/g)?.length ?? 0).toBe(2);

    // "Handhaving starten": the handhaving part opens with the violation form, its source this gesprek.
    await section.getByRole('link', { name: 'Overtreding vastleggen bij handhaving' }).click();
    await page.waitForURL(/\/handhaving\?gesprek=/);
    const source = page.locator('#handhaving-source-kind');
    await source.waitFor();
    expect(await source.inputValue()).toBe('voortgangsgesprek');
    expect(await page.getByLabel('Omschrijving herkomst').inputValue()).toMatch(/^Voortgangsgesprek van \d+ \w+ \d{4}$/);
    await expectNoAxeViolations(page, 'handhaving part opened from a voortgangsgesprek');
    // The gesprek's verslag is in the file: it is picked as evidence, and the violation is recorded.
    const violationForm = page.getByTestId('violation-form');
    await violationForm.getByTestId('violation-evidence').getByRole('checkbox', { name: /^Verslag voortgangsgesprek / }).first().check();
    await violationForm.getByLabel('Feiten').fill('Drie weken niet bij de les verschenen zonder bericht; besproken in het voortgangsgesprek.');
    await violationForm.getByRole('button', { name: 'Vastleggen' }).click();
    const recorded = page.getByTestId('violation').last();
    await expect.poll(() => recorded.innerText()).toContain('Herkomst: voortgangsgesprek — Voortgangsgesprek van');

    await page.goto('/sociale-kaart');
    await page.getByRole('heading', { level: 1, name: 'Sociale kaart' }).waitFor();
    await page.getByTestId('sociale-kaart').waitFor();
    expect(await page.getByTestId('sociale-kaart').innerText()).toContain('Schuldhulpverlening (demo)');
    await expectNoAxeViolations(page, 'sociale kaart');
    await context.close();
  });
});
