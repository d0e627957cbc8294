// Browser test: the beheerder manages users (create, change role) and sees roles and gemeenten.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, login, logout, navLabels, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('admin page', () => {
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

  it('shows the users, roles and gemeenten of the own organisation only', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@dalfsen.demo');
    await page.goto('/beheer');
    const users = page.getByTestId('users-table');
    await users.waitFor();
    const emails = await users.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-user-email')));
    expect(emails).toContain('regisseur@dalfsen.demo');
    expect(emails.some((e) => e?.endsWith('@drechtsteden.demo'))).toBe(false);
    const gemeenten = await page.getByTestId('gemeenten-table').locator('tbody').innerText();
    expect(gemeenten).toContain('Dalfsen');
    expect(gemeenten).not.toContain('Dordrecht');
    expect(await page.getByTestId('roles-table').locator('tbody tr').count()).toBe(10);
    await context.close();
  });

  it('creates a user, changes the role, and the new user sees the navigation of the new role', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByTestId('users-table').waitFor();

    // Client-side validation first: an empty form gets field errors.
    const form = page.getByRole('form', { name: 'Nieuwe gebruiker' });
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    expect(await form.getByLabel('Naam').getAttribute('aria-invalid')).toBe('true');
    expect(await form.innerText()).toContain('Het wachtwoord moet minimaal 12 tekens hebben.');

    const email = `nieuwe.regisseur.${Date.now()}@drechtsteden.demo`;
    await form.getByLabel('Naam').fill('Noor Nieuw');
    await form.getByLabel('E-mailadres').fill(email);
    await form.getByLabel('Rol').selectOption('trajectregisseur');
    await form.getByLabel('Dordrecht (0505)').check();
    await form.getByLabel('Eerste wachtwoord').fill('Een-lang-start-wachtwoord-1');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();

    const notice = page.getByTestId('admin-notice');
    await expect.poll(() => notice.innerText()).toContain('Gebruiker Noor Nieuw is toegevoegd.');
    const row = page.locator(`tr[data-user-email="${email}"]`);
    await expect.poll(() => row.getByTestId('user-role').innerText()).toBe('Trajectregisseur');
    expect(await row.innerText()).toContain('Dordrecht');

    // Change the role to teamleider.
    await row.getByRole('button', { name: 'Noor Nieuw wijzigen' }).click();
    const edit = page.getByTestId('edit-user');
    await edit.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('admin-edit-heading');
    await edit.getByLabel('Rol').selectOption('teamleider');
    await edit.getByLabel('Zwijndrecht (0642)').check();
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => notice.innerText()).toContain('De gegevens van Noor Nieuw zijn opgeslagen.');
    await expect.poll(() => row.getByTestId('user-role').innerText()).toBe('Teamleider');
    expect(await row.innerText()).toContain('Zwijndrecht');

    // The change is stored: after a reload the table still says teamleider.
    await page.reload();
    await expect.poll(() => page.locator(`tr[data-user-email="${email}"]`).getByTestId('user-role').innerText()).toBe('Teamleider');

    // And the new user logs in with the team lead's menu.
    await logout(page);
    await login(page, email, 'Een-lang-start-wachtwoord-1');
    expect(await navLabels(page)).toEqual(['Overzicht', 'Werkvoorraad', 'Dossiers', 'DUO-meldingen', 'PVT-groepen', 'Sociale kaart', 'Participatieplekken', 'Rapportages', 'Mijn account']);
    await context.close();
  });

  it('a server validation error is shown next to the field', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    await page.goto('/beheer');
    const form = page.getByRole('form', { name: 'Nieuwe gebruiker' });
    await form.getByLabel('Naam').fill('Dubbel');
    await form.getByLabel('E-mailadres').fill('regisseur@drechtsteden.demo'); // already exists
    await form.getByLabel('Rol').selectOption('trajectregisseur');
    await form.getByLabel('Eerste wachtwoord').fill('Een-lang-start-wachtwoord-1');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const emailField = form.getByLabel('E-mailadres');
    await expect.poll(() => emailField.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await emailField.getAttribute('aria-describedby')) ?? '').split(' ').at(-1) ?? '';
    expect(await page.locator(`#${errorId}`).innerText()).toMatch(/e-mailadres/i);
    await context.close();
  });
});
