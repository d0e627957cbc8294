// Browser test of the sturing pages (issue 16, V1): the Drechtsteden beleidsadviseur opens the
// formatie page of Dordrecht, sees the formatie from the settings and from the data, changes a
// prognosis assumption and sees the numbers change at once (no save); then the SPUK page with the
// demo cost lines. axe on both pages.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('Rapportages: formatie, prognose and SPUK', () => {
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

  it('recalculates the prognosis when an assumption changes; SPUK shows budget against spending', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beleid@drechtsteden.demo');
    await page.goto('/rapportages/formatie');
    await page.getByRole('heading', { level: 1, name: 'Formatie en prognose' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Dordrecht' });
    const formatie = page.getByTestId('formatie-table');
    await expect.poll(() => formatie.innerText(), { timeout: 15_000 }).toContain('Volgens de instellingen');
    // Dordrecht's demo plan: 95 + 40 + 5 = 140 a year × 44 h = 6.160 h → 4,4 fte.
    expect(await formatie.innerText()).toContain('6.160');
    expect(await formatie.innerText()).toContain('4,4');
    await expectNoAxeViolations(page, 'formatie page');

    const planTotal = page.getByTestId('prognose-plan-totaal');
    const before = await planTotal.innerText();
    const field = page.getByLabel('Geplande instroom statushouders per jaar');
    expect(await field.inputValue()).toBe('95');
    await field.fill('200');
    await expect.poll(() => planTotal.innerText()).not.toBe(before);
    const firstYear = page.locator('[data-testid^="prognose-plan-"]').first();
    expect(await firstYear.innerText()).toContain('245');
    // The −35 % scenario: 200 → 130 statushouders, 40 → 26 gezinsmigranten, 5 → 3 overig.
    expect(await page.locator('[data-testid^="prognose-laag-"]').first().innerText()).toContain('159');
    expect(await page.getByTestId('prognose-chart').getAttribute('data-testid')).toBe('prognose-chart');
    // A value that is no number: the field says so, in Dutch.
    await field.fill('veel');
    await page.locator('#prognose-statushouders-error').waitFor();
    expect(await page.locator('#prognose-statushouders-error').innerText()).toContain('Vul een heel getal in');
    await expectNoAxeViolations(page, 'prognosis with a field error');
    await page.getByRole('button', { name: 'Terug naar de cijfers van de gemeente' }).click();
    await expect.poll(() => planTotal.innerText()).toBe(before);

    await page.goto('/rapportages/spuk');
    await page.getByRole('heading', { level: 1, name: 'SPUK-verantwoording' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Dordrecht' });
    await expect.poll(() => page.getByTestId('kostenregels').innerText(), { timeout: 15_000 }).toContain('MAP-workshops Humanitas');
    // The demo's cost line for maatschappelijke begeleiding is this year's only spending on it.
    expect(await page.getByTestId('spuk-voorzieningen').innerText()).toMatch(/€\s?48\.000,00/);
    expect(await page.getByTestId(`spuk-year-${new Date().getFullYear()}`).innerText()).toMatch(/€/);
    await expectNoAxeViolations(page, 'SPUK page');
    await context.close();
  });
});
