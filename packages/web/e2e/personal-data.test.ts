// Browser test of personal data in the case file (issue 12): compare with the BRP (the embedded
// stand-in knows the demo person with a second given name and an address) and take the differences
// over; edit by hand, a refused value named at its field, and the change in the history.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('personal data in the case file', () => {
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

  it('fills the case from the BRP, then edits by hand with errors at the field', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?zoek=Tesfay')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Tesfay')?.id;
    expect(caseId).toBeDefined();
    await page.goto(`/dossiers/${caseId}`);
    await page.getByRole('heading', { level: 1, name: 'Amanuel Tesfay' }).waitFor();

    // The BRP: differences side by side, the ones that can be taken over ticked.
    await page.getByTestId('open-brp').click();
    const comparison = page.getByTestId('brp-comparison');
    await comparison.getByTestId('brp-differences').waitFor();
    const table = await comparison.getByTestId('brp-differences').innerText();
    expect(table).toContain('Amanuel Gebre');
    expect(table).toContain('Voorstraat 112');
    await expectNoAxeViolations(page, 'BRP comparison');
    await comparison.getByRole('button', { name: 'Gekozen gegevens overnemen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amanuel Gebre Tesfay' }).waitFor();
    expect(await page.getByRole('status').first().innerText()).toContain('De persoonsgegevens zijn opgeslagen.');
    // Asked again: nothing left to take over for the fields that were ticked.
    await page.getByTestId('open-brp').click();
    await comparison.waitFor();
    await expect.poll(async () => (await comparison.getByTestId('brp-differences').count()) + (await comparison.getByTestId('brp-same').count())).toBe(1);
    expect(await comparison.innerText()).not.toContain('Voorstraat 112\tVoorstraat 112');
    await comparison.getByRole('button', { name: 'Sluiten' }).click();

    // By hand: a birth date in the future is refused at the field, with its label in the summary.
    await page.getByTestId('edit-personal').click();
    const form = page.getByTestId('personal-data-form');
    await form.getByLabel('Geboortedatum').fill('2031-01-01');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.getByTestId('edit-error-summary').waitFor();
    expect(await form.getByTestId('edit-error-summary').innerText()).toContain('Geboortedatum');
    expect(await page.locator('#edit-birthDate').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'personal data form with an error');

    // Nothing changed is said, not sent.
    await form.getByLabel('Geboortedatum').fill('1994-03-12');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.getByText('U heeft niets gewijzigd; er is niets opgeslagen.').waitFor();

    // A real change, with a reason: saved, shown, and in the history.
    await form.getByLabel('Voorkeurstaal').fill('Tigrinya en Arabisch');
    await form.getByLabel('Reden van de wijziging').fill('Besproken in het kennismakingsgesprek');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect.poll(() => page.locator('.koers-case-data').first().innerText()).toContain('Tigrinya en Arabisch');
    const history = (await (await page.request.get(`/api/cases/${caseId}/history`)).json()) as { reason: string | null }[];
    expect(history.map((h) => h.reason)).toContain('Besproken in het kennismakingsgesprek');
    await context.close();
  });

  it("the teamleider starts on the team's work and finds the cases without a trajectregisseur", async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'teamleider@drechtsteden.demo');
    await page.goto('/werkvoorraad');
    await page.getByTestId('workqueue-table').waitFor();
    expect(await page.getByLabel('Het hele team').isChecked()).toBe(true);
    // The scope lives in the URL: the radio turns checked after the router's (transition) render, so
    // click and wait instead of check(), which demands the state change within the click itself.
    await page.getByLabel('Zonder trajectregisseur').click();
    await expect.poll(() => page.url()).toContain('scope=zonder');
    await expect.poll(() => page.getByLabel('Zonder trajectregisseur').isChecked()).toBe(true);
    const expected = (await (await page.request.get('/api/workqueue?scope=unassigned&limit=500')).json()) as { total: number; items: { caseName: string }[] };
    const table = page.getByTestId('workqueue-table');
    await expect.poll(() => table.innerText()).toContain(expected.total === 0 ? 'Alle dossiers hebben een trajectregisseur.' : (expected.items[0]?.caseName ?? ''));
    await expectNoAxeViolations(page, 'werkvoorraad: cases without a trajectregisseur');
    await page.getByLabel('Mijn dossiers').click();
    await expect.poll(() => page.url()).toContain('scope=mijn');
    await expect.poll(() => page.getByLabel('Mijn dossiers').isChecked()).toBe(true);
    expect(await page.getByLabel('Het hele team').isChecked()).toBe(false);
    await context.close();
  });
});
