// Browser test of handhaving (issue 14): the trajectregisseur records an art. 22 violation after the
// second missed invitation, sends the warning and the voornemen (amount explained by the server),
// records an oral zienswijze; the teamleider decides (four eyes, both names shown); the fine becomes
// final after a bezwaar decided deels gegrond (the server lowers the fine, a letter follows). The demo
// art. 23 case shows the doubling and DUO's fines (a new one recorded from DUO's beschikking). The dates
// lie in the past so the whole path fits one run. axe on the part.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  dutchDaysAgo,
  expectNoAxeViolations,
  launchBrowser,
  login,
  logout,
  newPage,
  startApp,
  type RunningApp,
} from './support/harness.ts';

const daysAgo = dutchDaysAgo;

async function step(violation: Locator, kind: string, on: string, fill?: () => Promise<void>) {
  const form = violation.getByTestId('step-form');
  await form.getByLabel('Stap').selectOption({ label: kind });
  await form.getByLabel('Datum').fill(on);
  if (fill) await fill();
  await form.getByRole('button', { name: 'Stap vastleggen' }).click();
}

describe.runIf(browserAvailable())('Handhaving: art. 22 from the second missed invitation to a final boetebeschikking', () => {
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

  it('warning, voornemen, zienswijze, four-eyes decision, final; the demo art. 23 case shows the doubling', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?zoek=Tesfay')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Tesfay')?.id;
    expect(caseId).toBeDefined();
    await page.goto(`/dossiers/${caseId}/handhaving`);
    const section = page.getByTestId('handhaving-section');
    await section.getByRole('heading', { level: 2, name: 'Handhaving' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));
    await expectNoAxeViolations(page, 'handhaving part, empty');

    await section.getByRole('button', { name: 'Overtreding vastleggen' }).click();
    const form = section.getByTestId('violation-form');
    await form.getByLabel('Datum van constatering').fill(daysAgo(120));
    await form.getByLabel('Omschrijving herkomst').fill('Herhaalde uitnodiging brede intake');
    await form.getByLabel('Feiten').fill('Niet verschenen na de herhaalde uitnodiging, ook niet afgemeld.');
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    const violation = section.getByTestId('violation').first();
    await expect.poll(() => violation.getByTestId('violation-stage').innerText()).toBe('Geconstateerd');

    await step(violation, 'Schriftelijke waarschuwing', daysAgo(119));
    await expect.poll(() => violation.getByTestId('violation-stage').innerText()).toBe('Gewaarschuwd');
    await step(violation, 'Voornemen tot boete', daysAgo(100), async () => {
      await violation.getByTestId('step-form').getByLabel('Motivering').fill('Geen reactie op de waarschuwing.');
    });
    await expect.poll(() => violation.getByTestId('violation-stage').innerText()).toBe('Voornemen tot boete');
    expect(await violation.getByTestId('proposal-amount').innerText()).toMatch(/€\s250,00/);
    expect(await violation.getByTestId('proposal-explanation').innerText()).toContain('art. 22 lid 1 Wet inburgering 2021');
    await step(violation, 'Zienswijze', daysAgo(95), async () => {
      const f = violation.getByTestId('step-form');
      await f.getByLabel('Vorm').selectOption({ label: 'Mondeling' });
      await f.getByLabel('Samenvatting').fill('Zegt de brief niet te hebben begrepen.');
    });
    await expect.poll(() => violation.getByText('Zienswijze — Zegt de brief niet te hebben begrepen.').count()).toBe(1);
    expect(await violation.getByTestId('decision-form').count()).toBe(0);
    await expectNoAxeViolations(page, 'handhaving part at the zienswijze');
    await logout(page);

    await login(page, 'teamleider@drechtsteden.demo');
    await page.goto(`/dossiers/${caseId}/handhaving`);
    const v2 = page.getByTestId('handhaving-section').getByTestId('violation').first();
    const decision = v2.getByTestId('decision-form');
    await decision.waitFor();
    await decision.getByLabel('Datum').fill(daysAgo(90));
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect.poll(() => v2.getByTestId('violation-stage').innerText()).toBe('Boete opgelegd');
    const decided = await v2.getByTestId('violation-decision').innerText();
    expect(decided).toContain('Voorbereid door Rachid El Amrani');
    expect(decided).toContain('Besloten door Tineke Teunissen');
    expect(decided).toContain('Nieuwe termijn brede intake');

    // Bezwaar, decided by the teamleider: deels gegrond with a reduction; the server's rules core lowers the fine, a letter follows.
    await step(v2, 'Bezwaar ontvangen', daysAgo(85));
    await expect.poll(() => v2.getByTestId('step-form').getByLabel('Stap').inputValue()).toBe('bezwaar-beslist');
    await step(v2, 'Beslissing op bezwaar', daysAgo(60), async () => {
      const f = v2.getByTestId('step-form');
      await f.getByLabel('Uitkomst').selectOption({ label: 'Deels gegrond: de boete wordt lager' });
      await f.getByLabel('Matiging in euro (bijzondere omstandigheden)').fill('50');
      await f.getByLabel('Reden van de matiging').fill('Schulden bij de schuldhulpverlening aangemeld.');
      await f.getByLabel('Motivering (komt in de brief)').fill('De financiële situatie rechtvaardigt een lagere boete.');
    });
    await expect.poll(() => v2.getByTestId('violation-lowered').count()).toBe(1);
    expect(await v2.getByTestId('violation-lowered').innerText()).toMatch(/€\s250,00.*€\s200,00/);
    expect(await v2.getByTestId('violation-fine').innerText()).toMatch(/€\s200,00/);
    expect(await v2.getByRole('link', { name: /Brief openen: Beslissing op bezwaar/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'handhaving part after a decided bezwaar');
    await step(v2, 'Boete onherroepelijk', daysAgo(1));
    await expect.poll(() => v2.getByTestId('violation-stage').innerText()).toBe('Boete onherroepelijk');
    expect(await v2.getByRole('link', { name: /Brief openen: Besluit/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'handhaving part with a final fine');

    // The demo art. 23 case: the second voornemen is doubled after the earlier final fine.
    const karimi = (await (await page.request.get('/api/cases?zoek=Karimi')).json()) as { items: { id: string; familyName: string }[] };
    await page.goto(`/dossiers/${karimi.items.find((c) => c.familyName === 'Karimi')?.id}/handhaving`);
    const second = page.getByTestId('handhaving-section').getByTestId('violation').nth(2);
    await second.getByTestId('proposal-amount').waitFor();
    expect(await second.getByTestId('proposal-amount').innerText()).toMatch(/€\s50,00/);
    expect(await second.getByTestId('proposal-explanation').innerText()).toContain('1 onherroepelijk beboete eerdere overtreding');

    // The demo DUO fine set a new termijn of two years with a lower cap; the teamleider records another one
    // from DUO's beschikking (a two-yearly fine without a new termijn).
    const duo = page.getByTestId('duo-fines');
    await expect.poll(() => duo.getByTestId('duo-fine').count()).toBe(1);
    expect(await duo.getByTestId('duo-fine-effect').first().innerText()).toContain('ten hoogste € 1.600');
    expect(await page.getByTestId('handhaving-term').innerText()).toMatch(/Maximum: €\s1\.600,00/);
    await duo.getByRole('button', { name: 'Boete van DUO vastleggen' }).click();
    const duoForm = duo.getByTestId('duo-fine-form');
    await duoForm.getByLabel('Waarvoor legde DUO de boete op').selectOption({ label: 'Leerroute nog steeds niet behaald, tweejaarlijkse boete (art. 25 lid 2)' });
    await duoForm.getByLabel('Datum beschikking DUO').fill(daysAgo(5));
    await duoForm.getByLabel('Bedrag in euro').fill('500');
    await duoForm.getByRole('button', { name: 'Boete van DUO vastleggen' }).click();
    await expect.poll(() => duo.getByTestId('duo-fine').count()).toBe(2);
    expect(await duo.getByTestId('duo-fine-effect').nth(1).innerText()).toContain('Geen nieuwe termijn');
    await expectNoAxeViolations(page, 'handhaving part with DUO fines');
    await context.close();
  });
});
