// Browser test of one person's traject after the PIP (issue 13, "one person from placement through two
// provider reports, a voortgangsgesprek and PVT signing to a MAP final interview"): Ahmad Karimi (demo
// case with a vastgesteld PIP) is placed under the demo contract of Taalhuis Zuid; the demo
// partner-aanbieder reports a week and a level; the trajectregisseur records a voortgangsgesprek, the
// PVT signing and the MAP eindgesprek; the case file shows each step.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, dutchDaysAgo, expectNoAxeViolations, launchBrowser, login, newPage, type RunningApp, startApp } from './support/harness.ts';

const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const todayDate = new Date(`${dutchDaysAgo(0)}T00:00:00Z`);
const today = iso(todayDate);
/** The Monday of this week: reportable (not in the future) and overlapping an aanbod made today. */
const thisMonday = iso(new Date(todayDate.getTime() - ((todayDate.getUTCDay() + 6) % 7) * DAY));

async function karimi(page: Page): Promise<string> {
  const list = (await (await page.request.get('/api/cases?zoek=Karimi')).json()) as { items: { id: string; familyName: string }[] };
  const id = list.items.find((c) => c.familyName === 'Karimi')?.id;
  expect(id).toBeDefined();
  return id ?? '';
}

describe.runIf(browserAvailable())('One person from placement to the MAP eindgesprek', () => {
  let app: RunningApp;
  let browser: Browser;

  // The longest browser flow: more time than the project's default, for a loaded shared machine.
  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('placement under a contract, two provider reports, a voortgangsgesprek, the PVT signing and the MAP eindgesprek', async () => {
    // 1. The trajectregisseur places Ahmad Karimi under the demo contract.
    const regisseur = await newPage(browser, app.url);
    await login(regisseur.page, 'regisseur@drechtsteden.demo');
    const caseId = await karimi(regisseur.page);
    await regisseur.page.goto(`/dossiers/${caseId}/traject`);
    const traject = regisseur.page.getByTestId('traject-section');
    const placementForm = traject.getByTestId('traject-placement-form');
    const contract = placementForm.getByLabel('Contract', { exact: true });
    await expect.poll(async () => (await contract.locator('option').allInnerTexts()).join('|')).toContain('Taalhuis Zuid — Inburgering Drechtsteden');
    await contract.selectOption({ label: 'Taalhuis Zuid — Inburgering Drechtsteden' });
    await placementForm.getByLabel('Locatie', { exact: true }).selectOption('Zwijndrecht Station');
    expect(await placementForm.getByLabel('Startmoment', { exact: true }).inputValue()).not.toBe('');
    await placementForm.getByRole('button', { name: 'Aanbod registreren en aan DUO melden' }).click();
    await traject.getByTestId('traject-current-placement').waitFor();
    await expect.poll(async () => traject.getByTestId('traject-provider-reports').innerText()).toContain('Taalhuis Zuid — Inburgering Drechtsteden');

    // 2. The partner-aanbieder (linked to Taalhuis Zuid in the demo) reports a week and a level.
    const partner = await newPage(browser, app.url);
    await login(partner.page, 'aanbieder@drechtsteden.demo');
    await partner.page.goto('/aanbieder');
    await partner.page.getByRole('heading', { level: 1, name: 'Mijn deelnemers' }).waitFor();
    const card = partner.page.getByTestId('aanbieder-placement').filter({ hasText: 'Karimi' });
    await card.waitFor();
    await card.getByRole('button', { name: /^Week rapporteren voor .*Karimi$/ }).click();
    const weekForm = card.getByTestId('aanbieder-week-form');
    await weekForm.getByLabel('Week', { exact: true }).fill(thisMonday);
    await weekForm.getByLabel('Nederlands (NT2)').fill('6');
    await weekForm.getByLabel('KNM').fill('2');
    await weekForm.getByRole('button', { name: 'Week opslaan' }).click();
    await expect.poll(async () => card.getByTestId('aanbieder-weeks').innerText()).toContain('Aanwezig');
    await card.getByRole('button', { name: /^Niveau rapporteren voor .*Karimi$/ }).click();
    const levelForm = card.getByTestId('aanbieder-level-form');
    await levelForm.getByLabel('Vaardigheid').selectOption({ label: 'Lezen' });
    await levelForm.getByLabel('Niveau').selectOption('A2');
    await levelForm.getByRole('button', { name: 'Niveau opslaan' }).click();
    await expect.poll(async () => card.getByTestId('aanbieder-levels').innerText()).toContain('A2');
    await partner.context.close();

    // The case file shows both reports under the placement.
    await regisseur.page.goto(`/dossiers/${caseId}/traject`);
    const reports = regisseur.page.getByTestId('traject-section').getByTestId('traject-provider-reports');
    await expect.poll(async () => reports.innerText()).toContain('Taalhuis Zuid — Inburgering Drechtsteden');
    await expect.poll(async () => reports.innerText()).toContain('A2');

    // 3. A voortgangsgesprek is recorded with the outcome "doorgaan".
    await regisseur.page.goto(`/dossiers/${caseId}/voortgang`);
    const voortgang = regisseur.page.getByTestId('voortgang-section');
    const meetings = voortgang.getByTestId('voortgang-meetings');
    await meetings.waitFor();
    const heldBefore = (await meetings.innerText()).match(/Gehouden(?! op)/g)?.length ?? 0;
    await voortgang.getByRole('button', { name: /^Gesprek van .* vastleggen$/ }).first().click();
    const meetingForm = voortgang.getByTestId('voortgang-record-form');
    await meetingForm.getByLabel('Aanwezig', { exact: true }).fill('inburgeraar, trajectregisseur');
    await meetingForm.getByLabel('Taal', { exact: true }).fill('Lezen op A2 volgens Taalhuis Zuid.');
    await meetingForm.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Doorgaan volgens het PIP' });
    await meetingForm.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await expect.poll(async () => voortgang.getByTestId('voortgang-notice').innerText()).toContain('vastgelegd');
    await expect.poll(async () => (await meetings.innerText()).match(/Gehouden(?! op)/g)?.length ?? 0).toBe(heldBefore + 1);

    // 4. The PVT signing (the demo group's ceremony), dated today.
    await regisseur.page.goto('/pvt-groepen');
    const gemeente = regisseur.page.getByLabel('Gemeente');
    if ((await gemeente.count()) > 0) await gemeente.selectOption({ label: 'Dordrecht' });
    await regisseur.page.getByRole('link', { name: 'Groep PVT najaar openen' }).click();
    await regisseur.page.getByRole('heading', { level: 1, name: 'PVT najaar' }).waitFor();
    expect(await regisseur.page.getByText(/aanbieder Stichting Samen Verder/).count()).toBeGreaterThan(0);
    const signing = regisseur.page.getByTestId('pvt-signing');
    await signing.getByLabel('Datum ondertekening van Ahmad Karimi').fill(today);
    await signing.getByRole('button', { name: 'Ondertekening van Ahmad Karimi vastleggen' }).click();
    await regisseur.page.getByText(/De ondertekening is vastgelegd/).waitFor();

    // 5. The MAP eindgesprek; the case file shows PVT done and the eindgesprek.
    await regisseur.page.goto(`/dossiers/${caseId}/pvtmap`);
    const pvtmap = regisseur.page.getByTestId('pvtmap-section');
    await pvtmap.getByRole('heading', { level: 2, name: 'Participatieverklaringstraject en MAP' }).waitFor();
    await regisseur.page.waitForFunction(() => !document.querySelector('.koers-loading'));
    expect(await pvtmap.getByTestId('pvt-status').innerText()).toBe('PVT afgerond.');
    const interview = pvtmap.getByTestId('map-interview');
    await interview.getByLabel('Datum eindgesprek').fill(today);
    await interview.getByRole('button', { name: 'Eindgesprek vastleggen' }).click();
    await interview.getByText(/Eindgesprek gevoerd op/).waitFor();
    await expectNoAxeViolations(regisseur.page, 'PVT/MAP part at the end of the journey');

    // The timeline of the case has every step.
    const timeline = (await (await regisseur.page.request.get(`/api/cases/${caseId}/timeline`)).json()) as unknown;
    const text = JSON.stringify(timeline);
    expect(text).toContain('Taalhuis Zuid');
    await regisseur.context.close();
  }, 360_000);
});
