// Browser test of Beheer → Aanbieders en contracten (issue 13, R12, ADR 0157): the demo beheerder
// opens the page from Beheer, sees the demo providers and contract, adds a PVT provider (a missing
// kind refused at the field), adds a contract for Dordrecht (a keurmerk without date refused at the
// field), edits it, and sees a stale edit refused with the reason. axe on the page and its forms.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

async function put(page: Page, path: string, body: unknown): Promise<number> {
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await page.request.fetch(path, { method: 'PUT', headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrf.csrfToken }, data: JSON.stringify(body) });
  return response.status();
}

describe.runIf(browserAvailable())('Beheer: aanbieders en contracten', () => {
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

  it('lists, adds and edits providers and contracts; errors at the field; a stale edit is refused', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    const year = new Date().getUTCFullYear();

    await page.goto('/beheer');
    await page.getByRole('link', { name: 'Aanbieders en contracten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbieders en contracten' }).waitFor();
    const providersTable = page.getByTestId('providers-table');
    await providersTable.waitFor();
    expect(await providersTable.innerText()).toContain('Taalhuis Zuid');
    expect(await providersTable.innerText()).toContain('Taalaanbieder, MAP-aanbieder');
    expect(await page.getByTestId('contracts-table').innerText()).toContain('Inburgering Drechtsteden');
    await expectNoAxeViolations(page, 'Aanbieders en contracten');

    // A provider without a kind is refused next to the kinds.
    const providerForm = page.getByTestId('provider-form');
    await providerForm.getByLabel('Naam', { exact: true }).fill('Stichting Nieuw Thuis');
    await providerForm.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    await expect.poll(async () => providerForm.getByText('Soort: kies minstens één soort').count()).toBe(1);
    await expectNoAxeViolations(page, 'provider form with an error');
    await providerForm.getByLabel('PVT-aanbieder').check();
    await providerForm.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    await expect.poll(async () => page.getByTestId('aanbieders-notice').innerText()).toContain('Aanbieder Stichting Nieuw Thuis is opgeslagen.');
    await expect.poll(async () => providersTable.innerText()).toContain('Stichting Nieuw Thuis');

    // A contract with a keurmerk but no date: refused at "Keurmerk geldig tot".
    const contractForm = page.getByTestId('contract-form');
    await contractForm.getByLabel('Aanbieder', { exact: true }).selectOption({ label: 'Taalhuis Zuid' });
    await contractForm.getByLabel('Naam contract').fill('Alfabetisering Dordrecht');
    await contractForm.getByLabel('Dordrecht', { exact: true }).check();
    await contractForm.getByLabel('B1-route', { exact: true }).check();
    await contractForm.getByLabel('Prijs per traject B1-route (euro)').fill('5.600,00');
    await contractForm.getByLabel('Keurmerk', { exact: true }).selectOption({ label: 'Blik op Werk' });
    await contractForm.getByLabel('Ingangsdatum').fill(`${year}-01-01`);
    await contractForm.getByLabel('Einddatum').fill(`${year + 1}-12-31`);
    await contractForm.getByLabel('Naam locatie 1').fill('Dordrecht Noord');
    await contractForm.getByLabel('Startmomenten locatie 1').fill(`${year}-09-01, ${year + 1}-01-12`);
    await contractForm.getByRole('button', { name: 'Contract toevoegen' }).click();
    await contractForm.locator('#contract-keurmerk-until-error').waitFor();
    expect(await contractForm.locator('#contract-keurmerk-until-error').innerText()).toContain('Keurmerk geldig tot');
    await expectNoAxeViolations(page, 'contract form with an error');
    await contractForm.getByLabel('Keurmerk geldig tot').fill(`${year + 1}-12-31`);
    await contractForm.getByRole('button', { name: 'Contract toevoegen' }).click();
    await expect.poll(async () => page.getByTestId('aanbieders-notice').innerText()).toContain('Contract Alfabetisering Dordrecht is opgeslagen.');
    const row = page.getByTestId('contracts-table').getByRole('row').filter({ hasText: 'Alfabetisering Dordrecht' });
    await expect.poll(async () => row.innerText()).toMatch(/B1-route: €\s5\.600,00/);
    expect(await row.innerText()).toContain('Dordrecht Noord');

    // Edit: a new reporting frequency.
    await page.getByRole('button', { name: 'Contract Alfabetisering Dordrecht wijzigen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Contract wijzigen: Alfabetisering Dordrecht' }).waitFor();
    await contractForm.getByLabel('Rapportagefrequentie (weken)').fill('8');
    await contractForm.getByRole('button', { name: 'Contract opslaan' }).click();
    await expect.poll(async () => row.innerText()).toContain('Elke 8 weken');

    // Someone else changes the contract meanwhile: the form's edit is refused with the reason.
    await page.getByRole('button', { name: 'Contract Alfabetisering Dordrecht wijzigen' }).click();
    const contracts = (await (await page.request.get('/api/admin/providers')).json()) as { providers: { contracts: { id: string; name: string; version: number; providerId: string; gemeenten: { id: string }[]; routes: { route: string; priceCents: number }[]; keurmerk: { validUntil: string | null }; locations: unknown[]; reportingEveryWeeks: number; accessMonthsAfterEnd: number; startsOn: string; endsOn: string }[] }[] };
    const current = contracts.providers.flatMap((p) => p.contracts).find((c) => c.name === 'Alfabetisering Dordrecht');
    expect(current).toBeDefined();
    if (!current) return;
    const status = await put(page, `/api/admin/contracts/${current.id}`, {
      providerId: current.providerId,
      name: current.name,
      gemeenteIds: current.gemeenten.map((g) => g.id),
      routes: current.routes.map((r) => ({ route: r.route, priceCents: r.priceCents })),
      keurmerk: 'blik-op-werk',
      keurmerkValidUntil: current.keurmerk.validUntil,
      locations: current.locations,
      reportingEveryWeeks: 10,
      accessMonthsAfterEnd: current.accessMonthsAfterEnd,
      startsOn: current.startsOn,
      endsOn: current.endsOn,
      version: current.version,
    });
    expect(status).toBe(200);
    await contractForm.getByLabel('Naam contract').fill('Alfabetisering Dordrecht 2');
    await contractForm.getByRole('button', { name: 'Contract opslaan' }).click();
    await expect.poll(async () => contractForm.innerText()).toContain('intussen door iemand anders gewijzigd');
    await expectNoAxeViolations(page, 'contract form with a version conflict');
    await context.close();
  });
});
