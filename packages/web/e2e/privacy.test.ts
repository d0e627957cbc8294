// Browser test of the privacy officer's page (issue 11): the trajectregisseur opens a case; the
// functionaris gegevensbescherming then finds that processing by the person's BSN and by the
// regisseur's e-mail address, sees a Dutch error for a BSN that fails the elfproef and for a
// period that runs backwards, exports the result as CSV and reads the register. axe on every screen.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, logout, newPage, startApp, type RunningApp } from './support/harness.ts';

type WithDatabase = RunningApp & { database?: { db: { execute(query: string): Promise<{ rows: Record<string, unknown>[] }> } } };

describe.runIf(browserAvailable())('the privacy officer searches the processing log', () => {
  let app: WithDatabase;
  let browser: Browser;
  let demoCase: { id: string; bsn: string };

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const db = app.database?.db;
    if (!db) throw new Error('geen database');
    const result = await db.execute(`SELECT c.id, c.bsn FROM cases c JOIN gemeenten g ON g.id = c.gemeente_id WHERE g.code = '0505' AND c.bsn IS NOT NULL ORDER BY c.created_at LIMIT 1`);
    const row = result.rows[0];
    if (!row || typeof row.id !== 'string' || typeof row.bsn !== 'string') throw new Error('geen demodossier met BSN');
    demoCase = { id: row.id, bsn: row.bsn };
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('finds who opened a case, by BSN and by user; errors name the field; exports CSV', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    await page.goto(`/dossiers/${demoCase.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));
    await logout(page);

    await login(page, 'fg@drechtsteden.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacylogboek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacylogboek' }).waitFor();
    await page.getByTestId('privacy-register').waitFor();
    expect(await page.getByTestId('privacy-register').innerText()).toContain('Dossier inburgeringsplichtige');
    await expectNoAxeViolations(page, '/privacy');

    // A BSN that fails the elfproef: the error stands at the field.
    await page.getByLabel('BSN', { exact: true }).fill('123456789');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.locator('#privacy-value[aria-invalid="true"]').waitFor();
    expect(await page.locator('#privacy-value-error').innerText()).toContain('elfproef');
    await expectNoAxeViolations(page, '/privacy with a field error');

    // A period that ends before it starts.
    await page.getByLabel('BSN', { exact: true }).fill(demoCase.bsn);
    await page.locator('#privacy-van').fill('2026-03-01');
    await page.locator('#privacy-tot').fill('2026-02-01');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.locator('#privacy-tot[aria-invalid="true"]').waitFor();
    expect(await page.locator('#privacy-tot-error').innerText()).toContain('Tot en met');

    // The real search: the regisseur's reading of the case, with name, role, activity and purpose.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    await page.locator('#privacy-van').fill('2026-01-01');
    await page.locator('#privacy-tot').fill(today);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const table = page.getByTestId('privacy-log');
    await table.waitFor();
    expect(await page.getByTestId('privacy-found').innerText()).toContain('Dossier in Dordrecht');
    const text = await table.innerText();
    expect(text).toContain('Rachid El Amrani (Trajectregisseur)');
    expect(text).toContain('Inzien: Dossier');
    expect(text).toContain('Dossier inburgeringsplichtige');
    expect(text).not.toContain(demoCase.id);
    await expectNoAxeViolations(page, '/privacy with results');

    // Export: a CSV download with Dutch headers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^logboek-dataverwerkingen-2026-01-01-tot-en-met-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(path, 'utf8');
    expect(csv.startsWith('\uFEFFDatum en tijd;Medewerker;Rol;Handeling;')).toBe(true);
    expect(csv).toContain('Rachid El Amrani;Trajectregisseur;Inzien;Dossier;');

    // By user: what the regisseur did, and whose data (no names of people, only the kind).
    await page.getByLabel('Zoeken op').selectOption({ label: 'Medewerker, met naam of e-mailadres' });
    await page.getByLabel('Naam of e-mailadres van de medewerker').fill('regisseur@drechtsteden');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('Gevonden: 1 medewerker.').waitFor();
    expect(await page.getByTestId('privacy-found').innerText()).toContain('Rachid El Amrani (Trajectregisseur, regisseur@drechtsteden.demo)');
    await page.getByTestId('privacy-log').getByText('Inburgeringsplichtige (dossier)').first().waitFor();
    await expectNoAxeViolations(page, '/privacy searched by user');
    await context.close();
  });

  it('the beheerder sets a retention period (a period beyond the law is refused at the field) and runs the dry run', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    await page.goto('/beheer');
    await page.getByRole('button', { name: 'Dordrecht wijzigen' }).click();
    await page.getByRole('link', { name: 'Instellingen van Dordrecht' }).click();
    await page.getByTestId('settings-form').waitFor();
    await page.locator('#setting-retention-caseFileYears').fill('7');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.locator('#setting-retention-caseFileYears[aria-invalid="true"]').waitFor();
    expect(await page.locator('#setting-retention-caseFileYears-error').innerText()).toContain('Bewaartermijn dossier: hoogstens 5 jaar');
    await page.locator('#setting-retention-caseFileYears').fill('3');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByTestId('settings-notice').waitFor();

    await page.getByRole('button', { name: 'Proefronde uitvoeren' }).click();
    const dryRun = page.getByTestId('retention-dry-run');
    await dryRun.waitFor();
    expect(await dryRun.innerText()).toContain('Dossiers waarvan het dossier wordt verwijderd (kerngegevens blijven)');
    expect(await page.getByTestId('retention-last-run').innerText()).toContain('De opschoning heeft voor deze gemeente nog niet gedraaid.');
    await expectNoAxeViolations(page, 'gemeente settings with the retention dry run');
    await context.close();
  });
});
