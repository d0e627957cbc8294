// Accessibility: axe (WCAG 2.1 A/AA) reports no violations on the pages of this version, in
// Dutch and in English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  // Wait until data-driven content has loaded (no "loading" status left).
  await page.waitForFunction(() => !document.querySelector('.koers-loading'));
}

async function toEnglish(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('koers.language', 'en'));
}

describe.runIf(browserAvailable())('axe: no WCAG 2.1 AA violations', () => {
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

  for (const language of ['nl', 'en'] as const) {
    it(`login page (${language}), also with errors shown`, async () => {
      const { context, page } = await newPage(browser, app.url);
      await page.goto('/inloggen');
      if (language === 'en') {
        await toEnglish(page);
        await page.reload();
      }
      await visit(page, '/inloggen');
      await expectNoAxeViolations(page, `login (${language})`);
      await page.locator('button[type="submit"]').click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await expectNoAxeViolations(page, `login with field errors (${language})`);
      await page.locator('#login-email').fill('regisseur@drechtsteden.demo');
      await page.locator('#login-password').fill('fout-wachtwoord-123');
      await page.locator('button[type="submit"]').click();
      await page.getByRole('alert').waitFor();
      await expectNoAxeViolations(page, `login with error alert (${language})`);
      await context.close();
    });

    it(`overview, account, admin and every placeholder page (${language})`, async () => {
      const { context, page } = await newPage(browser, app.url);
      if (language === 'en') {
        await page.goto('/inloggen');
        await toEnglish(page);
      }
      // The beheerder sees admin, reports and privacy; the teamleider the work queue and cases;
      // the finance officer the finance page. Together that covers every page.
      const tour: [string, string[]][] = [
        ['beheerder@drechtsteden.demo', ['/', '/account', '/beheer', '/rapportages', '/privacy', '/duo-meldingen']],
        ['teamleider@drechtsteden.demo', ['/', '/werkvoorraad', '/dossiers']],
        ['financien@drechtsteden.demo', ['/financien', '/bestaat-niet']],
        ['hosting@koers.demo', ['/', '/organisaties']],
      ];
      for (const [email, paths] of tour) {
        await page.goto('/inloggen');
        if (language === 'en') {
          await page.locator('#login-email').fill(email);
          await page.locator('#login-password').fill('Welkom-bij-Koers-2026');
          await page.locator('button[type="submit"]').click();
          await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
        } else {
          await login(page, email);
        }
        for (const path of paths) {
          await visit(page, path);
          const lang = await page.locator('html').getAttribute('lang');
          if (lang !== language) throw new Error(`expected lang=${language} on ${path}, got ${lang}`);
          await expectNoAxeViolations(page, `${path} as ${email} (${language})`);
        }
        await page.locator('[data-testid="logout"]').click();
        await page.waitForURL('**/inloggen');
      }
      await context.close();
    });
  }

  it('admin page with the edit form open and the account page with field errors', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    await visit(page, '/beheer');
    await page.getByRole('button', { name: /wijzigen$/ }).first().click();
    await page.getByTestId('edit-user').waitFor();
    await expectNoAxeViolations(page, 'admin with edit form');
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await page.locator('#new-name[aria-invalid="true"]').waitFor();
    await expectNoAxeViolations(page, 'admin with field errors');

    // A gemeente's edit form, its settings editor with field errors, and the history.
    await page.getByRole('button', { name: 'Dordrecht wijzigen' }).click();
    await page.getByTestId('edit-gemeente').waitFor();
    await expectNoAxeViolations(page, 'admin with the gemeente edit form');
    await page.getByRole('link', { name: 'Instellingen van Dordrecht' }).click();
    await page.getByTestId('settings-form').waitFor();
    await expectNoAxeViolations(page, 'gemeente settings');
    await page.locator('#setting-letter-email').fill('geen adres');
    await page.locator('#setting-progressMeetingsDefault').fill('veel');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.locator('#setting-progressMeetingsDefault[aria-invalid="true"]').waitFor();
    await expectNoAxeViolations(page, 'gemeente settings with field errors');

    await visit(page, '/account');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await expectNoAxeViolations(page, 'account with field errors');
    await page.locator('[data-testid="logout"]').click();
    await page.waitForURL('**/inloggen');

    // The hosting party's form with server field errors.
    await login(page, 'hosting@koers.demo');
    await visit(page, '/organisaties');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await expectNoAxeViolations(page, 'organisations with field errors');
    await context.close();
  });
});
