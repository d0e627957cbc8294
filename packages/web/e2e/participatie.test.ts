// Browser test of participation and the Z-route (R14, ADR 0143): the Dordrecht trajectregisseur keeps
// the participation places (a field error where she acted, then a new place), opens the demo Z-route
// person's "Participatie" part (the ledger with its explanation), records hours on her placement (the
// new total is queued for DUO) and sees the ledger move. axe on every screen.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, dutchDaysAgo, expectNoAxeViolations, launchBrowser, login, newPage, type RunningApp, startApp } from './support/harness.ts';

describe.runIf(browserAvailable())('participation places and the Z-route ledger', () => {
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

  it('a place added with a field error first; hours on the placement move the ledger and go to DUO', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const today = dutchDaysAgo(0);

    await page.goto('/participatieplekken');
    await page.getByRole('heading', { level: 1, name: 'Participatieplekken' }).waitFor();
    const gemeente = page.locator('#plekken-gemeente');
    if ((await gemeente.count()) > 0) await gemeente.selectOption({ label: 'Dordrecht' });
    await page.getByTestId('participatieplekken').waitFor();
    expect(await page.getByTestId('participatieplekken').innerText()).toContain('Werkcarrousel');
    await expectNoAxeViolations(page, 'participation places');

    const form = page.getByTestId('plek-form');
    await form.getByLabel('Organisatie').fill('Buurthuis De Brug');
    await form.getByLabel('Omschrijving').fill('Gastvrouw in de huiskamer');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await form.locator('#plek-hours-error').waitFor();
    expect(await form.locator('#plek-hours-error').innerText()).toContain('Uren per week');
    await expectNoAxeViolations(page, 'participation place with a field error');
    await form.getByLabel('Uren per week').fill('6');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Gastvrouw in de huiskamer is opgeslagen.').waitFor();

    const list = (await (await page.request.get('/api/cases?zoek=Ghebremedhin')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Ghebremedhin')?.id;
    expect(caseId).toBeDefined();
    await page.goto(`/dossiers/${caseId}/participatie`);
    const section = page.getByTestId('participatie-section');
    await section.getByRole('heading', { level: 2, name: 'Participatie en Z-route' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));
    expect(await section.getByTestId('zroute-summary').innerText()).toBe('Z-route (asielstatushouder): nog 794 cursusuren en 790 uren activiteiten.');
    expect(await section.getByTestId('zroute-steps').innerText()).toContain('Activiteiten: 800 − 10 activiteiten − 0 MAP − 0 PVT = nog 790.');
    await expectNoAxeViolations(page, 'Participatie part');

    const hours = section.getByTestId('participatie-hours-form');
    await hours.getByLabel('Periode vanaf').fill(today);
    await hours.getByLabel('Periode tot en met').fill(today);
    await hours.getByLabel('Gewerkte uren').fill('4');
    await hours.getByRole('button', { name: 'Uren vastleggen' }).click();
    await expect.poll(async () => section.getByTestId('zroute-summary').innerText(), { timeout: 15_000 }).toBe('Z-route (asielstatushouder): nog 794 cursusuren en 786 uren activiteiten.');
    const duo = (await (await page.request.get(`/api/cases/${caseId}/traject`)).json()) as { hours: { category: string; total: number }[] };
    expect(duo.hours.find((h) => h.category === 'participatieactiviteiten')?.total).toBe(14);
    await expectNoAxeViolations(page, 'Participatie part after recording hours');
    await context.close();
  });
});
