// Browser test of PVT and MAP (issue 13, R15/R16): the Dordrecht trajectregisseur opens the demo PVT
// group, records attendance for a session, sees a signing refused where she acted (no termijn yet),
// corrects the signing of the signed person (the PVT melding for DUO is queued), then in the case
// file records a MAP activity and the eindgesprek (the MAP melding for DUO is queued). axe throughout.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, dutchDaysAgo, expectNoAxeViolations, launchBrowser, login, newPage, type RunningApp, startApp } from './support/harness.ts';

describe.runIf(browserAvailable())('PVT groups and the PVT/MAP part of the case file', () => {
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

  it('attendance, signing, a MAP activity and the eindgesprek; the meldingen for DUO are queued', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const today = dutchDaysAgo(0);

    await page.goto('/pvt-groepen');
    await page.getByRole('heading', { level: 1, name: 'PVT-groepen' }).waitFor();
    const gemeente = page.getByLabel('Gemeente');
    if ((await gemeente.count()) > 0) await gemeente.selectOption({ label: 'Dordrecht' });
    await page.getByTestId('pvt-groups').waitFor();
    await expectNoAxeViolations(page, 'PVT groups');
    await page.getByRole('link', { name: 'Groep PVT najaar openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'PVT najaar' }).waitFor();
    expect(await page.getByTestId('pvt-plan-check').innerText()).toContain('Het programma voldoet aan het minimum.');
    await expectNoAxeViolations(page, 'PVT group');

    // Yusuf Omar missed the excursion (the last session); he was there after all.
    const grid = page.getByTestId('pvt-attendance');
    const boxes = grid.getByRole('checkbox', { name: /^Yusuf Omar aanwezig op / });
    expect(await boxes.count()).toBe(4);
    expect(await boxes.nth(3).isChecked()).toBe(false);
    await boxes.nth(3).check();
    await page.getByRole('button', { name: /^Aanwezigheid .* opslaan$/ }).nth(3).click();
    await page.getByText('De aanwezigheid is opgeslagen.').waitFor();
    const signing = page.getByTestId('pvt-signing');
    await expect.poll(async () => signing.getByRole('row').filter({ hasText: 'Yusuf Omar' }).innerText()).toContain('12 uur aanwezig');

    // Yusuf has no PIP yet: DUO cannot take a signing date; the reason shows at his row.
    await signing.getByRole('button', { name: 'Ondertekening van Yusuf Omar vastleggen' }).click();
    await signing.getByText(/inburgeringstermijn is nog niet bekend/).waitFor();
    await expectNoAxeViolations(page, 'PVT group with a refused signing');

    // Ahmad Karimi signed at the ceremony; the date is corrected to today and goes to DUO.
    await signing.getByLabel('Datum ondertekening van Ahmad Karimi').fill(today);
    await signing.getByRole('button', { name: 'Ondertekening van Ahmad Karimi vastleggen' }).click();
    await page.getByText(/De ondertekening is vastgelegd/).waitFor();
    const list = (await (await page.request.get('/api/cases?zoek=Karimi')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Karimi')?.id;
    expect(caseId).toBeDefined();
    const results = async () => (await (await page.request.get(`/api/cases/${caseId}/results`)).json()) as { results: { kind: string; completedOn: string | null; duo: { status: string } | null }[] };
    expect((await results()).results.find((r) => r.kind === 'pvt')).toMatchObject({ completedOn: today, duo: expect.anything() as unknown });

    // The case file: PVT done; MAP in progress.
    await page.goto(`/dossiers/${caseId}/pvtmap`);
    const section = page.getByTestId('pvtmap-section');
    await section.getByRole('heading', { level: 2, name: 'Participatieverklaringstraject en MAP' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));
    expect(await section.getByTestId('pvt-status').innerText()).toBe('PVT afgerond.');
    expect(await section.getByTestId('map-hours').innerText()).toContain('6 van 64 uur');
    await expectNoAxeViolations(page, 'PVT/MAP part');

    const activity = section.getByTestId('map-activity-form');
    await activity.getByLabel('Thema').selectOption({ label: 'netwerk opbouwen' });
    await activity.getByLabel('Uren').fill('0,1');
    await activity.getByLabel('Omschrijving').fill('Netwerkbijeenkomst ondernemers');
    await activity.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await activity.locator('#map-activity-hours-error').waitFor();
    expect(await activity.locator('#map-activity-hours-error').innerText()).toContain('Uren');
    await activity.getByLabel('Uren').fill('2,5');
    await activity.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await expect.poll(async () => section.getByTestId('map-hours').innerText()).toContain('8,5 van 64 uur');

    const interview = section.getByTestId('map-interview');
    await interview.getByLabel('Datum eindgesprek').fill(today);
    await interview.getByRole('button', { name: 'Eindgesprek vastleggen' }).click();
    await interview.getByText(/Eindgesprek gevoerd op/).waitFor();
    expect((await results()).results.find((r) => r.kind === 'map')).toMatchObject({ completedOn: today, duo: expect.anything() as unknown });
    const duo = (await (await page.request.get(`/api/cases/${caseId}/duo`)).json()) as { messages: { operation?: string; operationId?: string; kind?: string }[] };
    expect(JSON.stringify(duo.messages)).toMatch(/map/i);
    await expectNoAxeViolations(page, 'PVT/MAP part after the eindgesprek');
    await context.close();
  });
});
