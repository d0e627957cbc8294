// Browser tests: every demo user logs in, sees exactly the menu of their permissions, opens
// each menu item and logs out.
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
    nav: ['Overzicht', 'DUO-meldingen', 'Sociale kaart', 'Participatieplekken', 'Rapportages', 'Privacylogboek', 'Beheer', 'Mijn account'],
  },
  {
    email: 'teamleider@drechtsteden.demo',
    role: 'Teamleider',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Werkvoorraad', 'Dossiers', 'DUO-meldingen', 'PVT-groepen', 'Sociale kaart', 'Participatieplekken', 'Rapportages', 'Mijn account'],
  },
  {
    email: 'regisseur@drechtsteden.demo',
    role: 'Trajectregisseur',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Werkvoorraad', 'Dossiers', 'DUO-meldingen', 'PVT-groepen', 'Sociale kaart', 'Participatieplekken', 'Mijn account'],
  },
  {
    email: 'financien@drechtsteden.demo',
    role: 'Financieel medewerker',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Dossiers', 'DUO-meldingen', 'PVT-groepen', 'Sociale kaart', 'Participatieplekken', 'Financiën', 'Rapportages', 'Mijn account'],
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
    nav: ['Overzicht', 'Dossiers', 'Mijn cliënten', 'Mijn account'],
  },
  {
    email: 'aanbieder@drechtsteden.demo',
    role: 'Partner taalaanbieder',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Dossiers', 'Mijn deelnemers', 'Mijn account'],
  },
  {
    email: 'fg@drechtsteden.demo',
    role: 'Functionaris gegevensbescherming',
    organisation: ORG_DRECHTSTEDEN,
    nav: ['Overzicht', 'Privacylogboek', 'Mijn account'],
  },
  {
    email: 'beheerder@dalfsen.demo',
    role: 'Beheerder',
    organisation: 'Gemeente Dalfsen',
    nav: ['Overzicht', 'DUO-meldingen', 'Sociale kaart', 'Participatieplekken', 'Rapportages', 'Privacylogboek', 'Beheer', 'Mijn account'],
  },
  {
    email: 'regisseur@dalfsen.demo',
    role: 'Trajectregisseur',
    organisation: 'Gemeente Dalfsen',
    nav: ['Overzicht', 'Werkvoorraad', 'Dossiers', 'DUO-meldingen', 'PVT-groepen', 'Sociale kaart', 'Participatieplekken', 'Mijn account'],
  },
];

describe.runIf(browserAvailable())('navigation per demo role', () => {
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
});
