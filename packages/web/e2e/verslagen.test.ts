// Browser test of R25 (ADR 0142): the beleidsadviseur opens /rapportages/verslagen, writes a text
// for a section, saves it and downloads the half-year report as PDF (its text is read back); the
// trajectregisseur exports the case list as CSV with the filter on screen. axe on the new page.
import type { Browser } from 'playwright-core';
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

describe.runIf(browserAvailable())('reports for the council and exports', () => {
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

  it('the beleidsadviseur writes a section text and downloads the half-year report as PDF', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beleid@drechtsteden.demo');
    await page.goto('/rapportages/verslagen');
    await page.getByRole('heading', { level: 1, name: 'Verslagen en monitoring' }).waitFor();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Dordrecht' });
    await page.getByLabel('Halfjaar', { exact: true }).selectOption({ label: 'Tweede helft 2026' });
    await page.getByRole('heading', { level: 2, name: 'Halfjaarrapportage Dordrecht' }).waitFor();
    await page.getByTestId('halfjaar-pip').waitFor();
    expect(await page.getByTestId('halfjaar-pip').innerText()).toContain('PIP vastgesteld binnen 10 weken');
    await expectNoAxeViolations(page, '/rapportages/verslagen');

    await page.getByLabel("Toelichting bij ‘PIP's en de termijn van 10 weken’").fill('De termijn van tien weken wordt bijna altijd gehaald.');
    await page.getByRole('button', { name: 'Teksten opslaan' }).click();
    await page.getByTestId('halfjaar-saved').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('halfjaarrapportage-dordrecht-2026-H2.pdf');
    const text = await pdfText(await readFile(await download.path()));
    expect(text).toContain('Halfjaarrapportage inburgering Dordrecht');
    expect(text).toContain('Tweede helft van 2026');
    expect(text).toContain('De termijn van tien weken wordt bijna altijd gehaald.');
    expect(text).toContain('Handhaving');
    await logout(page);
    await context.close();
  });

  it('the trajectregisseur exports the case list with the filter on screen as CSV', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    await page.goto('/dossiers?status=aangemeld');
    await page.getByTestId('cases-table').waitFor();
    await expectNoAxeViolations(page, '/dossiers with the export buttons');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cases-export').getByRole('button', { name: 'Exporteren als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dossiers-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFZaaknummer;Achternaam;Voornamen;Geboortedatum;V-nummer;Gemeente;Status;')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes(';Aangemeld;'))).toBe(true);
    await context.close();
  });
});
