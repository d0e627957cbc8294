// Browser test of the whole first part of the work: register → kennismaking → intake with toets →
// PIP vastgesteld → PDF downloaded → werkvoorraad updated. Also the case list, the TVS import and
// axe on every page of the case flow.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, dutchDaysAgo, expectNoAxeViolations, launchBrowser, login, newPage, type RunningApp, startApp } from './support/harness.ts';

/** A BSN passing the elfproef, different per run. */
function bsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

const isoDaysAgo = dutchDaysAgo;

/** Opens a part of the case file by its link in the part navigation (no reload). */
async function openPart(page: Page, label: string, path: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(`**${path}`);
}

/** The kinds of the case's rows in the werkvoorraad; with `later` also the items due in the future. */
async function workqueueRows(page: Page, caseName: string, later = true): Promise<string[]> {
  await page.goto(later ? '/werkvoorraad?later=ja' : '/werkvoorraad');
  await page.getByTestId('workqueue-table').waitFor();
  const rows = page.getByTestId('workqueue-table').locator('tbody tr', { hasText: caseName });
  return rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind') ?? ''));
}

describe.runIf(browserAvailable())('case flow', () => {
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

  it('registers a newcomer by hand: field errors, duty with explanation, duplicate → link to the existing case', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers', exact: true }).click();
    await page.getByTestId('cases-table').waitFor();
    await expectNoAxeViolations(page, 'case list');
    await page.getByRole('button', { name: 'Nieuwe inburgeraar registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe inburgeraar registreren' }).waitFor();
    // Submitting empty: an error summary and errors per field.
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.locator('#case-familyName').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'new case form with errors');

    const number = bsn();
    await page.getByLabel('Gemeente').selectOption({ label: 'Dordrecht' });
    await page.getByLabel('BSN').fill(number);
    await page.getByLabel('Voornamen').fill('Dawit');
    await page.getByLabel('Achternaam').fill('Gebremariam');
    await page.getByLabel('Geboortedatum').fill('1995-05-17');
    await page.getByLabel('Nationaliteit').fill('ER');
    await page.getByLabel('Verblijfsvergunning').selectOption('asiel');
    await page.getByLabel('Datum koppeling (COA)').fill(isoDaysAgo(40));
    await page.getByLabel('Datum kennisgeving DUO').fill(isoDaysAgo(35));
    await page.getByLabel('Datum inschrijving BRP').fill(isoDaysAgo(30));
    await page.getByLabel('Voorkeurstaal').fill('Tigrinya');
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dawit Gebremariam' }).waitFor();
    expect(await page.getByTestId('case-header').innerText()).toContain('Asielstatushouder');
    expect(await page.getByTestId('duty-summary').innerText()).toContain('Inburgeringsplichtig');
    expect(await page.getByTestId('deadlines').innerText()).toContain('PIP vaststellen uiterlijk');
    // Assign the maatschappelijk begeleider as partner, and the teamleider as case manager.
    await page.getByLabel('Partner toewijzen', { exact: true }).selectOption({ label: 'Petra Jansen (VluchtelingenWerk) (maatschappelijke begeleiding)' });
    await page.getByRole('button', { name: 'Partner toewijzen' }).click();
    await expect.poll(() => page.getByTestId('assignments').innerText()).toContain('Petra Jansen');
    await page.getByLabel('Trajectregisseur', { exact: true }).selectOption({ label: 'Tineke Teunissen' });
    await page.getByRole('button', { name: 'Trajectregisseur opslaan' }).click();
    await expect.poll(() => page.getByTestId('case-header').innerText()).toContain('Tineke Teunissen');
    await expectNoAxeViolations(page, 'case file');

    // The same BSN again: refused, with a link to the existing case.
    await page.goto('/dossiers/nieuw');
    await page.getByLabel('Gemeente').selectOption({ label: 'Dordrecht' });
    await page.getByLabel('BSN').fill(number);
    await page.getByLabel('Voornamen').fill('Dawit');
    await page.getByLabel('Achternaam').fill('Gebremariam');
    await page.getByLabel('Geboortedatum').fill('1995-05-17');
    await page.getByLabel('Nationaliteit').fill('ER');
    await page.getByLabel('Verblijfsvergunning').selectOption('asiel');
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.getByTestId('duplicate').waitFor();
    await page.getByRole('link', { name: 'Open het bestaande dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dawit Gebremariam' }).waitFor();
    await context.close();
  });

  it('the whole path: register → kennismaking → intake with toets → PIP vastgesteld → PDF downloaded → werkvoorraad updated', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');

    // 1. Register (Dordrecht: brede intake in the azc, scenario 2).
    await page.goto('/dossiers/nieuw');
    await page.getByLabel('Gemeente').selectOption({ label: 'Dordrecht' });
    await page.getByLabel('BSN').fill(bsn());
    await page.getByLabel('Voornamen').fill('Selam');
    await page.getByLabel('Achternaam').fill('Kidane');
    await page.getByLabel('Geboortedatum').fill('1996-08-01');
    await page.getByLabel('Nationaliteit').fill('ER');
    await page.getByLabel('Verblijfsvergunning').selectOption('asiel');
    await page.getByLabel('Datum koppeling (COA)').fill(isoDaysAgo(40));
    await page.getByLabel('Datum ontstaan plicht').fill(isoDaysAgo(40));
    await page.getByLabel('Datum kennisgeving DUO').fill(isoDaysAgo(35));
    await page.getByLabel('Datum inschrijving BRP').fill(isoDaysAgo(30));
    await page.getByLabel('Datum huisvesting').fill(isoDaysAgo(30));
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Selam Kidane' }).waitFor();
    const caseUrl = page.url();
    expect(await workqueueRows(page, 'Selam Kidane')).toEqual(expect.arrayContaining(['intake-not-started', 'pip-due']));
    await page.goto(caseUrl);

    // 2. Kennismaking (voorbereiding).
    await openPart(page, 'Voorbereiding', '/voorbereiding');
    const voorbereiding = page.getByTestId('voorbereiding-section');
    await voorbereiding.getByRole('button', { name: 'Nieuw gesprek plannen of vastleggen' }).click();
    await voorbereiding.getByLabel('Soort gesprek').selectOption({ label: 'Kennismakingsgesprek' });
    await voorbereiding.getByLabel('Datum en tijd').fill(`${isoDaysAgo(2)}T10:00`);
    await voorbereiding.getByLabel('Status').selectOption({ label: 'Gehouden' });
    await voorbereiding.getByLabel('Verslag', { exact: true }).fill('Kennisgemaakt; wil graag in de zorg werken.');
    await voorbereiding.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await expect.poll(() => voorbereiding.innerText()).toContain('Kennisgemaakt; wil graag in de zorg werken.');

    // 3. Brede intake: invitation, appeared, toets planned and done, record completed.
    await openPart(page, 'Brede intake', '/intake');
    const intake = page.getByTestId('intake-section');
    await intake.getByTestId('invitation-form').waitFor();
    await intake.getByLabel('Reageren uiterlijk').fill(isoDaysAgo(-14));
    await intake.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await intake.getByTestId('outcome-form').waitFor();
    expect(await workqueueRows(page, 'Selam Kidane')).toContain('invitation-deadline');
    await page.goto(`${caseUrl}/intake`);
    await intake.getByTestId('outcome-form').getByLabel('Uitkomst', { exact: true }).selectOption('appeared');
    await intake.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    const toets = intake.getByTestId('learnability-tests');
    await toets.getByRole('button', { name: 'Leerbaarheidstoets plannen' }).click();
    await toets.getByLabel('Datum en tijd').fill(`${isoDaysAgo(1)}T09:00`);
    await toets.getByLabel('Plaats').fill('Taalhuis Dordrecht');
    await toets.getByLabel('Apparaat').fill('Laptop 3');
    await toets.getByLabel('Begeleider').fill('J. de Boer');
    await toets.getByRole('button', { name: 'Toets plannen', exact: true }).click();
    await toets.getByRole('button', { name: 'Uitslag opslaan' }).waitFor();
    await toets.getByLabel('Geadviseerde route').selectOption('B1');
    await toets.getByRole('button', { name: 'Uitslag opslaan' }).click();
    await expect.poll(() => toets.innerText()).toContain('Afgenomen');
    const record = intake.getByTestId('intake-record');
    for (const area of await record.locator('textarea').all()) {
      if ((await area.inputValue()) === '') await area.fill('Besproken tijdens de brede intake.');
    }
    await record.getByRole('button', { name: 'Brede intake afronden' }).click();
    await expect.poll(() => intake.getByTestId('intake-status').innerText()).toContain('Afgerond');
    await expectNoAxeViolations(page, 'case file after the intake');

    // 4. PIP: draft from the intake, checked, vastgesteld; the beschikking as PDF.
    await openPart(page, 'PIP', '/pip');
    const pip = page.getByTestId('pip-section');
    await expect.poll(() => pip.locator('.koers-pip-summary').innerText()).toContain('B1-route');
    await pip.getByRole('button', { name: 'Concept-PIP maken' }).click();
    const draft = pip.getByTestId('pip-draft');
    await draft.waitFor();
    // A fresh concept has open points: Vaststellen waits, and says why next to the button.
    expect(await draft.getByRole('button', { name: 'Vaststellen' }).isDisabled()).toBe(true);
    expect(await draft.getByTestId('pip-issue-blocked').innerText()).toContain('Vaststellen kan nog niet');
    await draft.getByRole('radio', { name: /^B1-route/ }).check();
    const fillIfEmpty = async (label: string, value: string) => {
      const field = draft.getByLabel(label, { exact: true });
      if ((await field.count()) > 0 && (await field.first().isEditable()) && (await field.first().inputValue()) === '') await field.first().fill(value);
    };
    await fillIfEmpty('Intensiteit van de leerroute', 'Gemiddeld, 12 uur per week');
    await fillIfEmpty('Ondersteuning en begeleiding', 'Trajectregisseur en VluchtelingenWerk, maandelijks.');
    await fillIfEmpty('Intensiteit participatieverklaringstraject (PVT)', '12 uur met een excursie');
    await fillIfEmpty('Intensiteit module Arbeidsmarkt en Participatie (MAP)', '64 uur');
    await draft.getByRole('button', { name: 'Concept opslaan en controleren' }).click();
    await expect.poll(() => draft.getByTestId('pip-validation').innerText()).not.toContain('weigert');
    // A vaststellen the server refuses says why next to the button, and nothing is vastgesteld.
    await draft.getByLabel('Dagtekening').fill(isoDaysAgo(-3));
    await draft.getByRole('button', { name: 'Vaststellen' }).click();
    await page.getByTestId('pip-confirm').getByRole('button', { name: 'Ja, vaststellen' }).click();
    const refusal = draft.getByTestId('pip-issue-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Het PIP is niet vastgesteld');
    expect(await refusal.innerText()).toContain('niet in de toekomst');
    expect(await pip.getByTestId('pip-versions').count()).toBe(0);
    await expectNoAxeViolations(page, 'refused vaststellen');
    await draft.getByLabel('Dagtekening').fill(isoDaysAgo(0));
    await draft.getByRole('button', { name: 'Vaststellen' }).click();
    await page.getByTestId('pip-confirm').getByRole('button', { name: 'Ja, vaststellen' }).click();
    const versions = pip.getByTestId('pip-versions');
    await versions.waitFor();
    const link = versions.getByRole('link', { name: 'Download versie 1 (PDF)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/Kidane\.pdf$/);
    const pdf = await page.request.get(await link.getAttribute('href') ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // 5. DUO (the embedded simulator in the demo) confirms the PIP; the case file shows it, and the
    // werkvoorraad no longer asks for anything on this case.
    const caseId = new URL(caseUrl).pathname.split('/').pop() ?? '';
    const pipMessageStatus = async () => {
      const duo = (await (await page.request.get(`/api/cases/${caseId}/duo`)).json()) as { messages: { operation: string; status: string }[] };
      return duo.messages.find((m) => m.operation === 'pip.register')?.status;
    };
    await expect.poll(pipMessageStatus, { timeout: 30_000, interval: 500 }).toBe('bevestigd');
    expect(await workqueueRows(page, 'Selam Kidane', false)).toEqual([]);
    // What is left lies in the three years after the PIP (voortgangsgesprekken, PVT/MAP, the end of the termijn).
    const later = await workqueueRows(page, 'Selam Kidane');
    expect(later.filter((kind) => !['progress-meeting-due', 'pvt-not-done', 'map-not-done', 'term-ending-no-result'].includes(kind))).toEqual([]);
    await page.goto(`${caseUrl}/documenten`);
    await expect.poll(() => page.getByTestId('documents').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('documents').innerText()).toMatch(/PIP|plan inburgering/i);
    expect(await page.getByTestId('case-header').innerText()).toContain('PIP vastgesteld');
    // The termijn once, as the last day that counts.
    const termijn = page.getByTestId('deadlines').locator('[data-kind="termijn"]');
    expect(await termijn.innerText()).toMatch(/^Inburgeringstermijn: tot en met \d{1,2} \w+ \d{4}/);
    await openPart(page, 'Tijdlijn', '/tijdlijn');
    expect(await page.getByTestId('timeline').innerText()).toContain('Aangemeld met de hand');
    await context.close();
  });

  it('imports a TVS file with progress and a report of rejected rows', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    await page.goto('/dossiers/importeren');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const csv = [
      'V-nummer;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Datum koppeling;Gemeentecode',
      `${String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999))};Import-een;Sara;01-02-1993;SY;asiel;${isoDaysAgo(3).split('-').reverse().join('-')};0505`,
      '12345;Fout-nummer;Ali;01-02-1993;SY;asiel;;0505',
      `${String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999))};Elders;Omar;01-02-1993;SY;asiel;;0148`,
    ].join('\n');
    await page.getByLabel('COA-koppeling (TVS), CSV').check();
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'tvs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    // Dry run first: the report says what would happen, then "Importeren" does it.
    await page.getByRole('button', { name: 'Proefimport' }).click();
    await expect.poll(() => page.getByTestId('import-report').innerText(), { timeout: 20_000 }).toContain('Zou worden aangemaakt');
    await page.getByTestId('import-execute').click();
    await expect.poll(() => page.getByTestId('import-report').innerText(), { timeout: 20_000 }).toContain('Verslag');
    await expect.poll(() => page.getByTestId('import-report').innerText(), { timeout: 20_000 }).toContain('3 van 3 regels verwerkt');
    expect(await page.getByTestId('import-report').innerText()).toMatch(/Nieuw\s+1\b/);
    const rejected = await page.getByTestId('import-rejected').innerText();
    expect(rejected).toContain('V-nummer');
    expect(rejected).toContain('U werkt niet voor gemeente 0148');
    await expectNoAxeViolations(page, 'import report');
    await context.close();
  });

  it('werkvoorraad: own and team, filters, overdue badge, and the link opens the case file part', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'teamleider@drechtsteden.demo');
    await page.goto('/werkvoorraad');
    await page.getByTestId('workqueue-table').waitFor();
    // The scope lives in the URL; click until React has rendered the change (it may re-render mid-click).
    const team = page.getByLabel('Het hele team');
    await expect
      .poll(async () => {
        if (!(await team.isChecked())) await team.click();
        return team.isChecked();
      })
      .toBe(true);
    await expect.poll(() => page.getByTestId('workqueue-table').locator('tbody tr[data-kind]').count()).toBeGreaterThan(2);
    expect(await page.getByTestId('workqueue-table').innerText()).toContain('Te laat');
    await page.getByLabel('Soort', { exact: true }).selectOption('warning-due');
    await expect.poll(() => page.getByTestId('workqueue-table').locator('tbody tr[data-kind]').evaluateAll((trs) => [...new Set(trs.map((t) => t.getAttribute('data-kind')))])).toEqual(['warning-due']);
    await expectNoAxeViolations(page, 'werkvoorraad (team, filtered)');
    await page.getByTestId('workqueue-table').locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/dossiers\/[0-9a-f-]+\/intake$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.close();
  });

  it('a partner sees only assigned cases, without BSN or duty', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'begeleider@drechtsteden.demo');
    await page.goto('/dossiers');
    await page.getByTestId('cases-table').waitFor();
    const names = await page.getByTestId('cases-table').locator('tbody tr th').allInnerTexts();
    // Rania Haddad and Yusuf Omar are assigned in the demo data (demo/begeleiding.ts); Dawit Gebremariam by the first test in this file.
    expect(names).toContain('Rania Haddad');
    expect(names.every((n) => ['Rania Haddad', 'Yusuf Omar', 'Dawit Gebremariam'].includes(n))).toBe(true);
    await page.getByRole('link', { name: 'Rania Haddad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rania Haddad' }).waitFor();
    await page.getByTestId('overview-section').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('U ziet als partner alleen naam, contactgegevens en afspraken.');
    expect(text).not.toContain('999990020');
    expect(text).not.toContain('Inburgeringsplicht');
    await expectNoAxeViolations(page, 'case file as partner');
    await context.close();
  });
});

