// Browser test: the beheerder edits a gemeente's OIN and a letter setting, and sees both in the
// gemeente's history; the hosting party adds an organisation whose beheerder can then log in.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, login, logout, navLabels, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('beheer of gemeenten and organisations', () => {
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

  it('edits the OIN of Zwijndrecht and its letter phone number; both show in the history', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    await page.goto('/beheer');
    const row = page.locator('tr[data-gemeente-code="0642"]');
    await row.waitFor();
    expect(await row.getByTestId('gemeente-oin').innerText()).toBe('00000001800642004000');

    // A wrong OIN is refused next to the field, in Dutch.
    await row.getByRole('button', { name: 'Zwijndrecht wijzigen' }).click();
    const edit = page.getByTestId('edit-gemeente');
    await edit.getByLabel('OIN').fill('00000001800642005000');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    const oin = edit.getByLabel('OIN');
    await expect.poll(() => oin.getAttribute('aria-invalid')).toBe('true');
    expect(await edit.innerText()).toContain('elfproef');

    await oin.fill('00000001800642016000');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByTestId('admin-notice').innerText()).toContain('De gegevens van Zwijndrecht zijn opgeslagen.');
    expect(await row.getByTestId('gemeente-oin').innerText()).toBe('00000001800642016000');

    await row.getByRole('link', { name: 'Instellingen van Zwijndrecht' }).click();
    const form = page.getByTestId('settings-form');
    await form.waitFor();
    expect(await page.locator('h1').innerText()).toBe('Instellingen van Zwijndrecht');
    const phone = form.getByLabel('Telefoonnummer', { exact: true });
    expect(await phone.inputValue()).toBe('078 123 4567');
    await phone.fill('078 770 8910');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect.poll(() => page.getByTestId('settings-notice').innerText()).toContain('De instellingen zijn opgeslagen.');

    const history = page.getByTestId('gemeente-history');
    await expect.poll(() => history.innerText()).toContain('Telefoonnummer: 078 123 4567 → 078 770 8910');
    const text = await history.innerText();
    expect(text).toContain('OIN: 00000001800642004000 → 00000001800642016000');
    expect(text).toContain('Bram de Beheerder');

    // Stored: after a reload the new value is there.
    await page.reload();
    await expect.poll(() => page.getByTestId('settings-form').getByLabel('Telefoonnummer', { exact: true }).inputValue()).toBe('078 770 8910');
    await context.close();
  });

  it('the hosting party adds an organisation; its beheerder logs in and sees the beheer menu', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'hosting@koers.demo');
    expect(await navLabels(page)).toEqual(['Overzicht', 'Organisaties', 'Mijn account']);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
    await page.getByTestId('organisations-table').waitFor();
    const form = page.getByRole('form', { name: 'Organisatie toevoegen' });
    await form.getByLabel('Naam organisatie').fill('Gemeente Deventer');
    await form.getByLabel('Naam', { exact: true }).fill('Deventer');
    await form.getByLabel('CBS-gemeentecode').fill('0150');
    await form.getByLabel('Naam beheerder').fill('Daan Deventer');
    await form.getByLabel('E-mailadres beheerder').fill('beheerder@deventer.demo');
    await form.getByLabel('Eerste wachtwoord beheerder').fill('Een-lang-start-wachtwoord-1');
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await expect.poll(() => page.getByTestId('hosting-notice').innerText()).toContain('Organisatie Gemeente Deventer is toegevoegd.');
    await expect.poll(() => page.getByTestId('organisations-table').innerText()).toContain('Deventer (0150)');

    await logout(page);
    await login(page, 'beheerder@deventer.demo', 'Een-lang-start-wachtwoord-1');
    expect(await navLabels(page)).toEqual(['Overzicht', 'DUO-meldingen', 'Sociale kaart', 'Participatieplekken', 'Rapportages', 'Privacylogboek', 'Beheer', 'Mijn account']);
    await context.close();
  });
});
