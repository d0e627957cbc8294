// Browser tests: log-in errors, keyboard use, the language switch, OIDC and session expiry.
// (Each file starts its own server, which keeps the log-ins per file under the server's rate limit.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  DEMO_PASSWORD,
  launchBrowser,
  login,
  logout,
  navLabels,
  newPage,
  startApp,
  type RunningApp,
} from './support/harness.ts';

describe.runIf(browserAvailable())('log-in and session', () => {
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

  it('a page the role may not open shows "Geen toegang" and is not in the menu', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    await page.goto('/beheer');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Geen toegang');
    await context.close();
  });

  it('a wrong password shows a Dutch error and no session', async () => {
    const { context, page } = await newPage(browser, app.url);
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('regisseur@drechtsteden.demo');
    await page.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Inloggen is niet gelukt');
    expect(text).toMatch(/wachtwoord/i);
    expect(text).toMatch(/onjuist/i);
    expect(page.url()).toBe(`${app.url}/inloggen`);
    expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('');
    await context.close();
  });

  it('empty fields get an error message next to the field', async () => {
    const { context, page } = await newPage(browser, app.url);
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const email = page.getByLabel('E-mailadres');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ').at(-1)}`).innerText()).toBe('Vul uw e-mailadres in.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-email');
    await context.close();
  });

  it('can log in with the keyboard only (skip link, Tab and Enter)', async () => {
    const { context, page } = await newPage(browser, app.url);
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The first Tab stop is the skip link; Enter moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-email');
    await page.keyboard.type('teamleider@drechtsteden.demo');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-password');
    await page.keyboard.type('Welkom-bij-Koers-2026');
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await navLabels(page)).toEqual(['Overzicht', 'Werkvoorraad', 'Dossiers', 'DUO-meldingen', 'PVT-groepen', 'Sociale kaart', 'Participatieplekken', 'Rapportages', 'Mijn account']);
    // Focus lands on the heading of the overview page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // Reach "Mijn account" with Tab and open it with Enter.
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await page.evaluate(() => document.activeElement?.textContent)) === 'Mijn account';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/account');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Mijn account');

    // And log out with the keyboard: focus the button and press Enter.
    await page.getByRole('button', { name: 'Uitloggen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/inloggen');
    await context.close();
  });

  it('switches to English and back; the choice updates <html lang> and is remembered', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await navLabels(page, 'Main menu')).toEqual(['Overview', 'DUO notifications', 'Sociale kaart', 'Participation places', 'Reports', 'Processing log', 'Administration', 'My account']);
    expect(await page.getByTestId('current-user').innerText()).toContain('Administrator at Sociale Dienst Drechtsteden');
    await expect.poll(() => page.title()).toBe('Overview — Koers');

    // Remembered across a reload.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('koers.language'))).toBe('en');

    // Log out in English, then the login page is English too.
    await logout(page, 'Log out');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Log in');
    expect(await page.getByLabel('Email address').count()).toBe(1);

    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Inloggen');
    await context.close();
  });
  it('shows the server message when the account is locked (423) or too many attempts (429)', async () => {
    const { context, page } = await newPage(browser, app.url);
    const locked = 'Dit account is tijdelijk geblokkeerd tot 16:45 na te veel mislukte inlogpogingen.';
    let status = 423;
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        body: JSON.stringify({
          error: status === 423 ? { code: 'ACCOUNT_LOCKED', message: locked } : { code: 'RATE_LIMITED', message: 'Te veel verzoeken. Probeer het over een minuut opnieuw.' },
        }),
      }),
    );
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('regisseur@drechtsteden.demo');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(locked);

    status = 429;
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Te veel verzoeken');
    await context.close();
  });

  it('offers log-in through the organisation when the server has OIDC configured', async () => {
    const { context, page } = await newPage(browser, app.url);
    await page.route('**/api/auth/oidc', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ enabled: true, label: 'Drechtsteden-account' }) }),
    );
    await page.goto('/inloggen');
    const link = page.getByRole('link', { name: 'Inloggen met Drechtsteden-account' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/api/auth/oidc/login');
    await context.close();
  });

  it('an expired session sends the user to the login page and back to where they were', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    await context.clearCookies(); // the session ends on the server side
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.waitForURL('**/inloggen');
    await expect.poll(() => page.getByTestId('session-expired').innerText()).toContain('Uw sessie is verlopen');
    await page.getByLabel('E-mailadres').fill('beheerder@drechtsteden.demo');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/beheer');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Beheer');
    await context.close();
  });
});
