// Browser test of the end of the road (ADR 0128–0130) on the demo: Ahmad Karimi's resultaten part
// shows DUO's exam results (two to review), why the duty is not yet fulfilled, the extended termijn
// with the granted extension; the case manager marks a result reviewed. axe on the part.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('Exam results, duty and termijn extension', () => {
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

  it('shows the exam results, the duty and the extension; a result is marked reviewed', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?zoek=Karimi')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Karimi')?.id;
    expect(caseId).toBeDefined();
    await page.goto(`/dossiers/${caseId}/resultaten`);

    const exams = page.getByTestId('einde-exams');
    await exams.getByRole('heading', { level: 3, name: 'Examenresultaten van DUO' }).waitFor();
    const table = exams.getByTestId('einde-exam-results');
    expect(await table.locator('tbody tr').count()).toBe(3);
    const text = await table.innerText();
    expect(text).toContain('Kennis van de Nederlandse Maatschappij');
    expect(text).toContain('gezakt');
    expect(await page.getByTestId('einde-duty').innerText()).toContain('Nog niet voldaan.');
    const term = await page.getByTestId('einde-term').innerText();
    expect(term).toContain('Toegekend op');
    expect(term).toContain('DUO krijgt geen bericht');
    await expectNoAxeViolations(page, 'resultaten part with exam results, duty and termijn');

    await exams.getByRole('button', { name: 'Markeer als beoordeeld: lezen' }).click();
    await expect.poll(async () => table.locator('tr[data-exam-part="LE"]').innerText()).toContain('Beoordeeld op');
    expect(await exams.getByRole('button', { name: /Markeer als beoordeeld/ }).count()).toBe(1);
    await context.close();
  });
});
