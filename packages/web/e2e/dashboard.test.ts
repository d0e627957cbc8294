// Browser walk of the sturing dashboard (issue 16, R26): the teamleider opens /rapportages, picks a
// period and a gemeente, follows a number to the case list behind it, changes a prognosis assumption
// and downloads the half-year report (its PDF text is read back: no small count printed). The
// beleidsadviseur sees numbers only: no links to lists, small counts shown as such. axe on the dashboard.
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, logout, newPage, startApp, type RunningApp } from './support/harness.ts';

async function pdfText(data: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    let text = '';
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      text += (content.items as { str: string; hasEOL: boolean }[]).map((i) => `${i.str}${i.hasEOL ? '\n' : ''}`).join('');
    }
    return text.replace(/\s*\n\s*/g, ' ');
  } finally {
    await document.destroy();
  }
}

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/rapportages');
  await page.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'Dit jaar' });
  await page.getByLabel('Gemeente', { exact: true }).first().selectOption({ label: 'Dordrecht' });
  await page.locator('#heading-in-beeld').waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector('.koers-loading'));
}

describe.runIf(browserAvailable())('the sturing dashboard', () => {
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

  it('the teamleider follows a number to its list, changes a prognosis assumption and downloads the half-year report', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'teamleider@drechtsteden.demo');
    await openDashboard(page);
    await expectNoAxeViolations(page, '/rapportages (teamleider)');
    // Every number is a link for a role that may see cases; the first one of "in beeld" opens its list.
    const link = page.locator('section[aria-labelledby="heading-in-beeld"] a[aria-label*="toon de lijst"]').first();
    await link.waitFor();
    expect(Number((await link.innerText()).replace(/\./g, ''))).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/dossiers\?.*kengetal=/);
    await page.getByTestId('figure-filter').waitFor();
    expect(await page.getByTestId('figure-filter').innerText()).toMatch(/\d{4}/);

    await page.goto('/rapportages/formatie');
    await page.getByRole('heading', { level: 1, name: 'Formatie en prognose' }).waitFor();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Dordrecht' });
    const planTotal = page.getByTestId('prognose-plan-totaal');
    await planTotal.waitFor({ timeout: 15_000 });
    const before = await planTotal.innerText();
    await page.getByLabel('Geplande instroom statushouders per jaar').fill('300');
    await expect.poll(() => planTotal.innerText()).not.toBe(before);

    await page.goto('/rapportages/verslagen');
    await page.getByRole('heading', { level: 1, name: 'Verslagen en monitoring' }).waitFor();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Dordrecht' });
    await page.getByLabel('Halfjaar', { exact: true }).selectOption({ label: 'Tweede helft 2026' });
    await page.getByTestId('halfjaar-pip').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als PDF' }).click()]);
    const text = await pdfText(await readFile(await download.path()));
    expect(text).toContain('Halfjaarrapportage inburgering Dordrecht');
    expect(text).toContain("PIP's en de termijn van 10 weken");
    // Small counts are not printed; no cell says "minder dan" a number it is not (ADR 0141).
    expect(text).not.toContain('minder dan');
    expect(text).toMatch(/PIP vastgesteld na 10 weken (niet getoond|0|[5-9]|\d\d)/);
    await logout(page);
    await context.close();
  });

  it('the beleidsadviseur sees numbers only: no links to lists, small counts shown as such', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beleid@drechtsteden.demo');
    await openDashboard(page);
    await page.getByTestId('suppression-note').waitFor();
    expect(await page.locator('.koers-report-section a[aria-label*="toon de lijst"]').count()).toBe(0);
    // The demo gemeente is small: some counts are hidden, and shown as "minder dan 5".
    expect(await page.locator('.koers-report-section .koers-suppressed').count()).toBeGreaterThan(0);
    expect(await page.locator('.koers-report-section .koers-suppressed').first().innerText()).toBe('minder dan 5');
    await expectNoAxeViolations(page, '/rapportages (beleidsadviseur)');
    await logout(page);
    await context.close();
  });
});
