// Browser tests: log in per demo role, navigation per permissions, log out, errors, keyboard
// use and the language switch.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  launchBrowser,
  login,
  logout,
  navLabels,
  newPage,
  startApp,
  type RunningApp,
} from './support/harness.ts';

const ORG_DRECHTSTEDEN = 'Sociale Dienst Drechtsteden';

// Expected menu per demo user, written out by hand (not derived from the nav config).
const demoUsers: { email: string; role: string; organisation: string; nav: string[] }[] = [
  {
    email: 'beheerder@drechtsteden.demo',
    role: 'Beheerder',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Rapportages', 'Privacylogboek', 'Beheer', 'Mijn account'],
  },
  {
    email: 'teamleider@drechtsteden.demo',
    role: 'Teamleider',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Werkvoorraad', 'Dossiers', 'Rapportages', 'Mijn account'],
  },
  {
    email: 'regisseur@drechtsteden.demo',
    role: 'Trajectregisseur',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Werkvoorraad', 'Dossiers', 'Mijn account'],
  },
  {
    email: 'financien@drechtsteden.demo',
    role: 'Financieel medewerker',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Dossiers', 'Financiën', 'Mijn account'],
  },
  {
    email: 'beleid@drechtsteden.demo',
    role: 'Beleidsadviseur',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Rapportages', 'Mijn account'],
  },
  {
    email: 'begeleider@drechtsteden.demo',
    role: 'Partner maatschappelijke begeleiding',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Dossiers', 'Mijn account'],
  },
  {
    email: 'aanbieder@drechtsteden.demo',
    role: 'Partner taalaanbieder',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Dossiers', 'Mijn account'],
  },
  {
    email: 'beheerder@dalfsen.demo',
    role: 'Beheerder',
    organisation: 'Gemeente Dalfsen',
    nav: ['Overzicht', 'Rapportages', 'Privacylogboek', 'Beheer', 'Mijn account'],
  },
  {
    email: 'regisseur@dalfsen.demo',
    role: 'Trajectregisseur',
    organisation: 'Gemeente Dalfsen',
    nav: ['Overzicht', 'Werkvoorraad', 'Dossiers', 'Mijn account'],
  },
];

describe.runIf(browserAvailable())('log-in, navigation per role, log-out', () => {
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

  it('GET / serves the web app in Dutch and sends a visitor without session to the login page', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<html lang="nl"/);

    const { context, page } = await newPage(browser, app.url);
    await page.goto('/');
    await page.waitForURL('**/inloggen');
    await expect.poll(() => page.title()).toBe('Inloggen — Koers');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Inloggen');
    await context.close();
  });

  for (const user of demoUsers) {
    it(`${user.email} sees exactly the navigation for ${user.role}`, async () => {
      const { context, page } = await newPage(browser, app.url);
      await login(page, user.email);
      expect(page.url()).toBe(`${app.url}/`);
      expect(await navLabels(page)).toEqual(user.nav);
      const header = page.getByTestId('current-user');
      await expect.poll(() => header.innerText()).toContain(`${user.role} bij ${user.organisation}`);

      // Every menu item opens a page with its own heading and title.
      for (const label of user.nav.slice(1)) {
        await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true }).click();
        const current = page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current="page"]');
        await expect.poll(() => current.innerText()).toBe(label);
        await expect.poll(() => page.title()).toMatch(/ — Koers$/);
        // Focus moves to the page heading after client-side navigation.
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      }

      await logout(page);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Inloggen');
      expect(await page.getByTestId('logged-out').innerText()).toContain('U bent uitgelogd');
      // The session is really gone: a protected page sends us back to the login page.
      await page.goto('/account');
      await page.waitForURL('**/inloggen');
      await context.close();
    });
  }

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
    expect(await navLabels(page)).toEqual(['Overzicht', 'Werkvoorraad', 'Dossiers', 'Rapportages', 'Mijn account']);
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
    expect(await navLabels(page, 'Main menu')).toEqual(['Overview', 'Reports', 'Processing log', 'Administration', 'My account']);
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
});
