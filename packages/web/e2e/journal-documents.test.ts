// Browser test of issue 12's contactjournaal and document upload: the trajectregisseur adds a note
// and a vertrouwelijke note to Ahmad Karimi's case, uploads a PDF as bezwaarschrift, sees it
// listed with its kind, downloads it with the same bytes, and sees a text file named .pdf refused
// at the field "Bestand". The financieel medewerker sees only the ordinary note and how many
// vertrouwelijke notes there are. axe on the sections with their forms open.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% bezwaarschrift\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

describe.runIf(browserAvailable())('Contactjournaal and documents', () => {
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

  it('adds notes (one vertrouwelijk), uploads and downloads a PDF, refuses a text file named .pdf; others see no vertrouwelijk text', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?zoek=Karimi')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Karimi')?.id;
    expect(caseId).toBeDefined();
    await page.goto(`/dossiers/${caseId}#contactjournaal`);

    // Journal: an ordinary note and a vertrouwelijke one.
    const journal = page.getByTestId('journal-section');
    await journal.getByRole('heading', { level: 2, name: 'Contactjournaal' }).waitFor();
    await journal.getByRole('button', { name: 'Notitie toevoegen' }).click();
    let form = journal.getByTestId('journal-form');
    await form.getByLabel('Soort contact').selectOption('telefoon');
    await form.getByLabel('Met wie').fill('inburgeraar en tolk');
    await form.getByLabel('Notitie', { exact: true }).fill('Afspraak voor het voortgangsgesprek gemaakt.');
    await expectNoAxeViolations(page, 'journal section with the form open');
    await form.getByRole('button', { name: 'Notitie opslaan' }).click();
    await journal.getByTestId('journal-notice').waitFor();
    await journal.getByRole('button', { name: 'Notitie toevoegen' }).click();
    form = journal.getByTestId('journal-form');
    await form.getByLabel('Soort contact').selectOption('huisbezoek');
    await form.getByLabel('Notitie', { exact: true }).fill('Gezinssituatie besproken: zorg voor een ziek kind.');
    await form.getByLabel('Vertrouwelijke notitie (bijvoorbeeld gezondheid of gezinssituatie)').check();
    await form.getByRole('button', { name: 'Notitie opslaan' }).click();
    await expect.poll(async () => journal.getByTestId('journal').locator('tbody tr').count()).toBe(2);
    const rows = await journal.getByTestId('journal').locator('tbody').innerText();
    expect(rows).toContain('Telefoon');
    expect(rows).toContain('Huisbezoek (vertrouwelijk)');

    // Documents: a text file named .pdf is refused at the field, then a real PDF is added.
    await page.goto(`/dossiers/${caseId}#documenten`);
    const upload = page.getByTestId('document-upload-form');
    await upload.getByLabel('Bestand').setInputFiles({ name: 'bezwaar.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Dit is geen PDF maar platte tekst.\n') });
    await upload.getByLabel('Soort document').selectOption('bezwaarschrift');
    await upload.getByLabel('Titel').fill('Bezwaarschrift tegen het PIP');
    await upload.getByRole('button', { name: 'Document toevoegen' }).click();
    const fileError = upload.locator('#document-upload-file-error');
    await fileError.waitFor();
    expect(await fileError.innerText()).toContain('geen PDF, JPEG of PNG');
    expect(await upload.getByLabel('Bestand').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'documents section with the refused upload');

    await upload.getByLabel('Bestand').setInputFiles({ name: 'bezwaar.pdf', mimeType: 'application/pdf', buffer: pdf });
    await upload.getByRole('button', { name: 'Document toevoegen' }).click();
    await page.getByTestId('documents-notice').waitFor();
    const row = page.getByTestId('documents').locator('tbody tr', { hasText: 'Bezwaarschrift tegen het PIP' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Bezwaarschrift');
    expect(await row.innerText()).toContain('Rachid El Amrani');
    const href = await row.getByRole('link', { name: 'Download Bezwaarschrift tegen het PIP' }).getAttribute('href');
    expect(href).toBeTruthy();
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    await context.close();

    // The financieel medewerker reads the ordinary note only, and sees that a vertrouwelijke one exists.
    const other = await newPage(browser, app.url);
    await login(other.page, 'financien@drechtsteden.demo');
    await other.page.goto(`/dossiers/${caseId}#contactjournaal`);
    const limited = other.page.getByTestId('journal-section');
    await limited.getByTestId('journal-hidden').waitFor();
    expect(await limited.getByTestId('journal-hidden').innerText()).toBe('Er is 1 vertrouwelijke notitie die u niet kunt inzien.');
    const text = await limited.innerText();
    expect(text).toContain('Afspraak voor het voortgangsgesprek gemaakt.');
    expect(text).not.toContain('ziek kind');
    expect(await limited.getByRole('button', { name: 'Notitie toevoegen' }).count()).toBe(0);
    await expectNoAxeViolations(other.page, 'journal section for a role without journal:sensitive');
    await other.context.close();
  });
});
