// Browser test of closing and reopening a case (issue 12): close with a reason, see the banner,
// the history and the timeline, then reopen; a move asks for the new gemeente; axe on every state.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('closing and reopening a case', () => {
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

  it('closes with a reason, shows the banner and the history, and reopens', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?limit=50')).json()) as { items: { id: string; givenNames: string; familyName: string; status: string }[] };
    const open = list.items.find((c) => c.status !== 'gesloten');
    expect(open).toBeDefined();
    const name = `${open!.givenNames} ${open!.familyName}`;
    await page.goto(`/dossiers/${open!.id}#afsluiten`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const section = page.getByTestId('afsluiten-section');
    await section.getByRole('button', { name: 'Dossier sluiten' }).waitFor();
    await expectNoAxeViolations(page, 'household and closing section');

    // The form: a move needs the new gemeente, named at its field.
    await section.getByRole('button', { name: 'Dossier sluiten' }).click();
    const form = page.getByTestId('close-form');
    await form.getByLabel('Verhuisd naar een andere gemeente').check();
    await form.getByRole('button', { name: 'Dossier sluiten' }).click();
    await page.locator('#afsluiten-gemeente-code[aria-invalid="true"]').waitFor();
    expect(await form.innerText()).toContain('CBS-gemeentecode');
    await expectNoAxeViolations(page, 'close form with errors');

    // Closed: left the Netherlands.
    await form.getByLabel('Vertrokken uit Nederland').check();
    await form.getByLabel('Toelichting (niet verplicht)').fill('Teruggekeerd naar het land van herkomst');
    await form.getByRole('button', { name: 'Dossier sluiten' }).click();
    await section.getByTestId('close-result').waitFor();
    expect(await section.getByTestId('close-result').innerText()).toContain('DUO beëindigt de inburgeringsplicht zelf');
    const banner = page.getByTestId('closed-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Vertrokken uit Nederland');
    await expect.poll(async () => page.getByTestId('case-header').innerText()).toContain('Gesloten');
    await expectNoAxeViolations(page, 'closed case');
    const history = (await (await page.request.get(`/api/cases/${open!.id}/history`)).json()) as { reason: string | null; changes: Record<string, { to: unknown }> }[];
    expect(history.find((h) => h.reason === 'Vertrokken uit Nederland — Teruggekeerd naar het land van herkomst')?.changes.status?.to).toBe('gesloten');
    // The history is a part of its own (ADR 0112); then back to closing.
    await page.goto(`/dossiers/${open!.id}/geschiedenis`);
    await expect.poll(async () => page.getByTestId('case-part').innerText()).toContain('Teruggekeerd naar het land van herkomst');
    await page.goto(`/dossiers/${open!.id}/afsluiten`);

    // Reopened: back to the earlier status, the banner gone.
    await section.getByRole('button', { name: 'Dossier heropenen' }).click();
    const reopen = page.getByTestId('reopen-form');
    await reopen.getByLabel('Reden van heropenen').fill('Toch niet vertrokken');
    await expectNoAxeViolations(page, 'reopen form');
    await reopen.getByRole('button', { name: 'Dossier heropenen' }).click();
    await section.getByTestId('reopen-result').waitFor();
    await expect.poll(async () => page.getByTestId('closed-banner').count()).toBe(0);
    await expect.poll(async () => page.getByTestId('case-header').innerText()).not.toContain('Gesloten');
    await page.goto(`/dossiers/${open!.id}/tijdlijn`);
    await expect.poll(async () => page.getByTestId('case-part').innerText()).toContain('Toch niet vertrokken');
    await context.close();
  });
});
