// Browser test of the Traject section (issue 5): the trajectregisseur registers an
// inburgeringsaanbod for Ahmad Karimi (demo case with a vastgesteld PIP) under Dordrecht's demo
// contract, sees it with its DUO status, records hours, sees a correction refused without a
// reason next to the field, and withdraws the placement. axe on the section with the forms open.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('Traject: inburgeringsaanbod and gevolgde uren', () => {
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

  it('registers a placement, records hours, refuses a lower total without reason and withdraws', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?zoek=Karimi')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Karimi')?.id;
    expect(caseId).toBeDefined();
    await page.goto(`/dossiers/${caseId}/traject`);
    const section = page.getByTestId('traject-section');
    await section.getByRole('heading', { level: 2, name: 'Traject: aanbod en uren' }).waitFor();

    // Register a placement under the demo contract (Taalhuis Zuid, whose DUO instelling the embedded simulator knows).
    const placementForm = section.getByTestId('traject-placement-form');
    const contract = placementForm.getByLabel('Contract', { exact: true });
    await expect.poll(async () => (await contract.locator('option').allInnerTexts()).join('|')).toContain('Taalhuis Zuid — Inburgering Drechtsteden');
    await expectNoAxeViolations(page, 'traject section with placement form');
    await contract.selectOption({ label: 'Taalhuis Zuid — Inburgering Drechtsteden' });
    await placementForm.getByLabel('Locatie', { exact: true }).selectOption('Zwijndrecht Station');
    await placementForm.getByRole('button', { name: 'Aanbod registreren en aan DUO melden' }).click();
    await section.getByTestId('traject-current-placement').waitFor();
    const placedAt = /^Het inburgeringsaanbod bij (.+) is geregistreerd\.$/.exec((await section.getByTestId('traject-notice').innerText()).trim())?.[1];
    expect(placedAt).toBeDefined();
    expect(await section.getByTestId('traject-current-placement').getByTestId('traject-duo-status').count()).toBe(1);

    // Hours: a total, then a lower one without reason (refused at the field), then with a reason.
    const hoursRow = section.getByTestId('traject-hours').locator('tr[data-category="participatietaalles"]');
    await hoursRow.getByRole('button').click();
    const form = section.getByTestId('traject-hours-form');
    await form.getByLabel('Nieuw totaal aantal uren').fill('40');
    await form.getByRole('button', { name: 'Opslaan en aan DUO melden' }).click();
    await expect.poll(async () => hoursRow.locator('td').first().innerText()).toBe('40');
    await hoursRow.getByRole('button').click();
    await form.getByLabel('Nieuw totaal aantal uren').fill('30');
    await expectNoAxeViolations(page, 'traject section with hours form');
    await form.getByRole('button', { name: 'Opslaan en aan DUO melden' }).click();
    await form.locator('#traject-hours-participatietaalles-reason-error').waitFor();
    expect(await form.locator('#traject-hours-participatietaalles-reason-error').innerText()).toMatch(/lager dan het vorige \(40\)/);
    await form.getByLabel('Reden van de correctie').fill('Dubbel geteld');
    await form.getByRole('button', { name: 'Opslaan en aan DUO melden' }).click();
    await expect.poll(async () => hoursRow.locator('td').first().innerText()).toBe('30');

    // Withdraw the placement.
    await section.getByRole('button', { name: `Aanbod bij ${placedAt ?? ''} intrekken` }).click();
    const withdraw = section.getByTestId('traject-withdraw-form');
    await withdraw.getByLabel('Reden').fill('Verhuisd');
    await withdraw.getByRole('button', { name: 'Intrekken en DUO laten verwijderen' }).click();
    await section.getByTestId('traject-placements-empty').or(section.getByTestId('traject-earlier-placements')).first().waitFor();
    expect(await section.getByTestId('traject-current-placement').count()).toBe(0);
    await context.close();
  });
});
