// Browser test of the provider screens (R12/R13 UI): the beheerder links the demo's partner-aanbieder
// to a provider with a contract (through the API); the trajectregisseur places Ahmad Karimi under
// that contract in the placement form; the partner reports a week and a level on "Mijn deelnemers";
// the trajectregisseur sees them in the traject part and can start handhaving from them. axe on both screens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, dutchDaysAgo, expectNoAxeViolations, launchBrowser, login, newPage, type RunningApp, startApp } from './support/harness.ts';

async function api<T>(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method === 'POST') {
    const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    headers['x-csrf-token'] = csrf.csrfToken;
    headers['content-type'] = 'application/json';
  }
  const response = await page.request.fetch(path, { method, headers, ...(body === undefined ? {} : { data: JSON.stringify(body) }) });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()}: ${text}`);
  return JSON.parse(text) as T;
}

const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const today = new Date(`${dutchDaysAgo(0)}T00:00:00Z`);
/** The Monday of this week: reportable (not in the future) and overlapping an aanbod made today. */
const thisMonday = iso(new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY));
const nextMonday = iso(new Date(new Date(`${thisMonday}T00:00:00Z`).getTime() + 7 * DAY));

describe.runIf(browserAvailable())('Provider screens: contracts, Mijn deelnemers, reports in the traject part', () => {
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

  it('places under a contract, the partner reports a week and a level, the regisseur sees them', async () => {
    // The beheerder: a provider (the simulator's instelling with keurmerk), a contract, the partner linked.
    const admin = await newPage(browser, app.url);
    await login(admin.page, 'beheerder@drechtsteden.demo');
    const session = await api<{ user: { gemeenten: { id: string }[] } }>(admin.page, 'GET', '/api/auth/session');
    const provider = await api<{ id: string }>(admin.page, 'POST', '/api/admin/providers', {
      name: 'Taalcentrum Zuid',
      kinds: ['taalaanbieder'],
      instellingsnummer: '1000000001',
    });
    const year = today.getUTCFullYear();
    await api(admin.page, 'POST', '/api/admin/contracts', {
      providerId: provider.id,
      name: 'Inburgering Drechtsteden',
      gemeenteIds: session.user.gemeenten.map((g) => g.id),
      routes: [
        { route: 'B1', priceCents: 560_000 },
        { route: 'Z', priceCents: 920_000 },
        { route: 'Onderwijs', priceCents: 700_000 },
      ],
      keurmerk: 'blik-op-werk',
      keurmerkValidUntil: `${year + 2}-12-31`,
      locations: [{ name: 'Dordrecht Centrum', startMoments: [nextMonday] }],
      reportingEveryWeeks: 6,
      startsOn: `${year - 1}-01-01`,
      endsOn: `${year + 2}-12-31`,
    });
    const users = await api<{ id: string; email: string }[]>(admin.page, 'GET', '/api/admin/users');
    const partnerUser = users.find((u) => u.email === 'aanbieder@drechtsteden.demo');
    expect(partnerUser).toBeDefined();
    await api(admin.page, 'POST', `/api/admin/providers/${provider.id}/users`, { userId: partnerUser?.id });
    await admin.context.close();

    // The trajectregisseur places Ahmad Karimi under the contract in the placement form.
    const regisseur = await newPage(browser, app.url);
    await login(regisseur.page, 'regisseur@drechtsteden.demo');
    const list = await api<{ items: { id: string; familyName: string }[] }>(regisseur.page, 'GET', '/api/cases?zoek=Karimi');
    const caseId = list.items.find((c) => c.familyName === 'Karimi')?.id;
    expect(caseId).toBeDefined();
    await regisseur.page.goto(`/dossiers/${caseId}/traject`);
    const section = regisseur.page.getByTestId('traject-section');
    const form = section.getByTestId('traject-placement-form');
    const contract = form.getByLabel('Contract', { exact: true });
    await expect
      .poll(async () => (await contract.locator('option').allInnerTexts()).join('|'))
      .toContain('Taalcentrum Zuid — Inburgering Drechtsteden');
    await contract.selectOption({ label: 'Taalcentrum Zuid — Inburgering Drechtsteden' });
    // One location with one start moment: both are chosen with the contract.
    expect(await form.getByLabel('Locatie', { exact: true }).inputValue()).toBe('Dordrecht Centrum');
    expect(await form.getByLabel('Startmoment', { exact: true }).inputValue()).toBe(nextMonday);
    await expectNoAxeViolations(regisseur.page, 'placement form with a contract');
    await form.getByRole('button', { name: 'Aanbod registreren en aan DUO melden' }).click();
    await section.getByTestId('traject-current-placement').waitFor();
    const reportsPart = section.getByTestId('traject-provider-reports');
    await expect.poll(async () => reportsPart.innerText()).toContain('Taalcentrum Zuid — Inburgering Drechtsteden');
    expect(await reportsPart.getByTestId('aanbieder-reports-empty').count()).toBe(1);

    // The partner reports a week and a level on "Mijn deelnemers".
    const partner = await newPage(browser, app.url);
    await login(partner.page, 'aanbieder@drechtsteden.demo');
    await partner.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn deelnemers' }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Mijn deelnemers' }).waitFor();
    const card = partner.page.getByTestId('aanbieder-placement').filter({ hasText: 'Karimi' });
    await card.waitFor();
    await card.getByRole('button', { name: /^Week rapporteren voor .*Karimi$/ }).click();
    const weekForm = card.getByTestId('aanbieder-week-form');
    await weekForm.getByLabel('Week', { exact: true }).fill(thisMonday);
    await weekForm.getByLabel('Nederlands (NT2)').fill('6');
    await weekForm.getByLabel('KNM').fill('2');
    await expectNoAxeViolations(partner.page, 'Mijn deelnemers with the week form');
    await weekForm.getByRole('button', { name: 'Week opslaan' }).click();
    await expect.poll(async () => partner.page.getByTestId('aanbieder-notice').innerText()).toContain('is opgeslagen');
    await expect.poll(async () => card.getByTestId('aanbieder-weeks').innerText()).toContain('Aanwezig');

    await card.getByRole('button', { name: /^Niveau rapporteren voor .*Karimi$/ }).click();
    const levelForm = card.getByTestId('aanbieder-level-form');
    await levelForm.getByLabel('Vaardigheid').selectOption({ label: 'Lezen' });
    await levelForm.getByLabel('Niveau').selectOption('A2');
    await levelForm.getByRole('button', { name: 'Niveau opslaan' }).click();
    await expect.poll(async () => card.getByTestId('aanbieder-levels').innerText()).toContain('A2');

    await card.getByRole('button', { name: /^Tussenrapportage voor .*Karimi$/ }).click();
    const interimForm = card.getByTestId('aanbieder-interim-form');
    // Without text: refused at the field, with the server's Dutch message.
    await interimForm.getByRole('button', { name: 'Tussenrapportage opslaan' }).click();
    await expect.poll(async () => interimForm.getByText('Rapportage: vul de tekst in').count()).toBe(1);
    await interimForm.getByLabel('Rapportage', { exact: true }).fill('Maakt goede voortgang met lezen.');
    await interimForm.getByLabel('Advies').selectOption({ label: 'Extra ondersteuning nodig' });
    await expectNoAxeViolations(partner.page, 'Mijn deelnemers with the interim form');
    await interimForm.getByRole('button', { name: 'Tussenrapportage opslaan' }).click();
    await expect.poll(async () => card.innerText()).toContain('Maakt goede voortgang met lezen.');

    // A CSV upload: one exam registration taken, one row for an unknown dossier listed as rejected.
    const mine = await api<{ placements: { caseNumber: string; personName: string; gemeente: { code: string } }[] }>(
      partner.page,
      'GET',
      '/api/aanbieder/placements',
    );
    const karimi = mine.placements.find((p) => p.personName.includes('Karimi'));
    expect(karimi).toBeDefined();
    const examOn = `${year + 1}-03-15`;
    const csv = [
      'gemeentecode;dossiernummer;soort;datum;onderdeel',
      `${karimi?.gemeente.code};${karimi?.caseNumber};examen;${examOn};spreken`,
      `${karimi?.gemeente.code};INB-1999-999999;examen;${examOn};lezen`,
    ].join('\n');
    const upload = partner.page.getByTestId('aanbieder-csv');
    await upload
      .getByLabel('CSV-bestand')
      .setInputFiles({ name: 'rapportages.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await upload.getByRole('button', { name: 'Uploaden' }).click();
    const result = upload.getByTestId('aanbieder-csv-result');
    await expect.poll(async () => result.innerText()).toContain('1 nieuw');
    const rejected = await upload.getByTestId('aanbieder-csv-rejected').innerText();
    expect(rejected).toMatch(/\b3\b/);
    await expect.poll(async () => card.getByTestId('aanbieder-exams').innerText()).toContain('Spreken');
    await expectNoAxeViolations(partner.page, 'Mijn deelnemers with reports');
    await partner.context.close();

    // The trajectregisseur sees them in the traject part (labels, not codes).
    await regisseur.page.reload();
    await expect.poll(async () => reportsPart.getByTestId('aanbieder-weeks').innerText()).toContain('Aanwezig');
    expect(await reportsPart.getByTestId('aanbieder-weeks').innerText()).toContain('Nederlands (NT2): 6');
    const levels = await reportsPart.getByTestId('aanbieder-levels').innerText();
    expect(levels).toContain('Lezen');
    expect(levels).toContain('A2');
    expect(levels).toContain('Eerste beoordeling');
    expect(await reportsPart.getByTestId('aanbieder-hours').innerText()).toContain('8 uur');
    expect(await reportsPart.innerText()).toContain('Extra ondersteuning nodig');
    await expectNoAxeViolations(regisseur.page, 'traject part with provider reports');

    // A report can start handhaving (issue 14, art. 23): the form opens with the report as its source.
    await reportsPart.getByRole('link', { name: 'Overtreding vastleggen bij handhaving op grond van deze rapportage' }).click();
    const violationForm = regisseur.page.getByTestId('handhaving-section').getByTestId('violation-form');
    await violationForm.waitFor();
    expect(await violationForm.getByLabel('Herkomst', { exact: true }).inputValue()).toBe('aanbiedersrapportage');
    expect(await violationForm.getByLabel('Wat is er gebeurd', { exact: true }).inputValue()).toBe('intensiteit-leerroute');
    expect(await violationForm.getByLabel('Omschrijving herkomst', { exact: true }).inputValue()).toContain('Rapportage van de aanbieder tot en met');
    await regisseur.context.close();
  });
});
