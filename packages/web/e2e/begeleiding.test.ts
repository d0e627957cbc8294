// Browser test of the maatschappelijke begeleiding (R17, ADR 0149): the demo's begeleider
// (Petra Jansen, VluchtelingenWerk) opens "Mijn cliënten", logs a contact and records a
// zelfredzaamheid score for Rania Haddad; the trajectregisseur sees both in the case part
// "Begeleiding". axe on the begeleider's screens and on the part.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('Maatschappelijke begeleiding: Mijn cliënten, a contact and a score, the regisseur\'s part', () => {
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

  it('the begeleider logs a contact and a matrix score; the regisseur reads them', async () => {
    const begeleider = await newPage(browser, app.url);
    await login(begeleider.page, 'begeleider@drechtsteden.demo');
    await begeleider.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn cliënten' }).click();
    await begeleider.page.getByRole('heading', { level: 1, name: 'Mijn cliënten' }).waitFor();
    const clients = begeleider.page.getByTestId('begeleiding-clients');
    await clients.waitFor();
    expect(await clients.innerText()).toContain('Rania Haddad');
    // Only assigned people: nobody else of the gemeente.
    expect(await clients.innerText()).not.toContain('Tesfay');
    await expectNoAxeViolations(begeleider.page, 'Mijn cliënten');

    await clients.getByRole('link', { name: 'Rania Haddad' }).click();
    await begeleider.page.getByRole('heading', { level: 1, name: 'Rania Haddad' }).waitFor();
    const person = begeleider.page.getByTestId('begeleiding-person');
    expect(await person.innerText()).toContain('Arabisch');
    expect(await begeleider.page.locator('main').innerText()).not.toContain('999990020');

    // A contact: refused without a report (at the field, in Dutch), then saved.
    await begeleider.page.getByRole('button', { name: 'Contact vastleggen' }).click();
    const contactForm = begeleider.page.getByTestId('begeleiding-contact-form');
    await contactForm.getByLabel('Soort contact').selectOption({ label: 'Spreekuur' });
    await contactForm.getByLabel('Duur (minuten)').fill('40');
    await contactForm.getByLabel('Onderwerp').selectOption({ label: 'Werk' });
    await contactForm.getByRole('button', { name: 'Contact opslaan' }).click();
    await expect.poll(async () => contactForm.getByText('Verslag: vul het verslag in').count()).toBe(1);
    await contactForm.getByLabel('Verslag').fill('Samen een cv gemaakt voor het werkplein.');
    await expectNoAxeViolations(begeleider.page, 'client page with the contact form');
    await contactForm.getByRole('button', { name: 'Contact opslaan' }).click();
    await expect.poll(async () => begeleider.page.getByTestId('begeleiding-notice').innerText()).toContain('Het contact is vastgelegd.');
    await expect.poll(async () => begeleider.page.getByTestId('begeleiding-contacts').innerText()).toContain('Samen een cv gemaakt');

    // A measurement: one domain scored.
    await begeleider.page.getByRole('button', { name: 'Meting vastleggen' }).click();
    const zrmForm = begeleider.page.getByTestId('begeleiding-zrm-form');
    await zrmForm.getByLabel('Score Justitie').selectOption({ label: '5 – Volledig zelfredzaam' });
    await expectNoAxeViolations(begeleider.page, 'client page with the measurement form');
    await zrmForm.getByRole('button', { name: 'Meting opslaan' }).click();
    await expect.poll(async () => begeleider.page.getByTestId('begeleiding-notice').innerText()).toContain('De meting is vastgelegd.');
    await expect.poll(async () => begeleider.page.getByTestId('begeleiding-zrm-trend').innerText()).toContain('Justitie');
    await expectNoAxeViolations(begeleider.page, 'client page after saving');
    await begeleider.context.close();

    // The trajectregisseur: the part "Begeleiding" of Rania's case file.
    const regisseur = await newPage(browser, app.url);
    await login(regisseur.page, 'regisseur@drechtsteden.demo');
    const list = (await (await regisseur.page.request.get('/api/cases?zoek=Haddad')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Haddad')?.id;
    expect(caseId).toBeDefined();
    await regisseur.page.goto(`/dossiers/${caseId}/begeleiding`);
    const section = regisseur.page.getByTestId('begeleiding-section');
    await section.waitFor();
    await expect.poll(async () => section.getByTestId('begeleiding-contacts').innerText()).toContain('Samen een cv gemaakt');
    expect(await section.getByTestId('begeleiding-zrm-trend').innerText()).toContain('Justitie');
    // The demo's open problem, with the begeleider's words, and a button to handle it.
    expect(await section.getByTestId('begeleiding-problems').innerText()).toContain('huurtoeslag');
    await expectNoAxeViolations(regisseur.page, 'case part Begeleiding');
    await regisseur.context.close();
  });
});
