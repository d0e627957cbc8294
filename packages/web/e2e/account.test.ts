// Browser test: the account page shows the own details and changes the password.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, DEMO_PASSWORD, launchBrowser, login, logout, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('account page', () => {
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

  it('shows the details and changes the password, with errors next to the fields', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@dalfsen.demo');
    await page.goto('/account');
    const details = page.getByTestId('account-details');
    await expect.poll(() => details.innerText()).toContain('regisseur@dalfsen.demo');
    expect(await details.innerText()).toContain('Gemeente Dalfsen');
    expect(await details.innerText()).toContain('Dalfsen (0148)');

    const form = page.getByRole('form', { name: 'Wachtwoord wijzigen' });
    const current = form.getByLabel('Huidig wachtwoord');
    const next = form.getByLabel('Nieuw wachtwoord', { exact: true });
    const repeat = form.getByLabel('Herhaal het nieuwe wachtwoord');
    const submit = form.getByRole('button', { name: 'Wachtwoord wijzigen' });

    // Too short: checked in the browser, focus goes to the field.
    await current.fill(DEMO_PASSWORD);
    await next.fill('kort');
    await submit.click();
    expect(await next.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('account-newPassword');
    expect(await form.innerText()).toContain('minimaal 12 tekens');

    // Wrong current password: the server's message appears next to that field.
    await current.fill('niet-het-goede-wachtwoord');
    await next.fill('Een-nieuw-lang-wachtwoord');
    await repeat.fill('Een-nieuw-lang-wachtwoord');
    await submit.click();
    await expect.poll(() => current.getAttribute('aria-invalid')).toBe('true');
    expect(await form.innerText()).toMatch(/huidige wachtwoord is onjuist/i);

    // Correct: confirmation, and the new password works at the next log-in.
    await current.fill(DEMO_PASSWORD);
    await submit.click();
    await expect.poll(() => page.getByTestId('password-changed').innerText()).toBe('Uw wachtwoord is gewijzigd.');
    await logout(page);
    await login(page, 'regisseur@dalfsen.demo', 'Een-nieuw-lang-wachtwoord');
    await context.close();
  });
});
