// Browser test of the light process of the ondertussengroep (issue 12, R32): the Dalfsen
// trajectregisseur opens Nour Al-Masri (demo Wi2013 case, loan used up, in the StarterZ-klas), sees
// no brede intake, PIP, traject or results, sees an offer refused at its field, saves the plan with
// a second offer, records an ontheffing request and DUO's decision. axe on the section.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

describe.runIf(browserAvailable())('Ondertussengroep: the light process of a Wi2013 case', () => {
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

  it('shows the light process instead of the PIP part; the plan and an ontheffing request are saved, errors at the field', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@dalfsen.demo');
    const list = (await (await page.request.get('/api/cases?zoek=Al-Masri')).json()) as { items: { id: string; familyName: string }[] };
    const caseId = list.items.find((c) => c.familyName === 'Al-Masri')?.id;
    expect(caseId).toBeDefined();
    await page.goto(`/dossiers/${caseId}#ondertussengroep`);
    const section = page.getByTestId('ondertussengroep-section');
    await section.getByRole('heading', { level: 2, name: 'Ondertussengroep: licht proces' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));

    // No Wi2021 parts for a Wi2013 case.
    expect(await page.getByTestId('pip-section').count()).toBe(0);
    expect(await page.locator('section#pip, section#intake, section#traject, section#resultaten').count()).toBe(0);
    expect(await section.getByTestId('elip').innerText()).toContain('ELIP');
    expect(await section.getByTestId('ondertussengroep-signals').innerText()).toContain('Termijn Wet inburgering 2013 loopt af');
    await expectNoAxeViolations(page, 'ondertussengroep section');

    // A second offer that ends before it starts: refused, the message at the field.
    const plan = section.getByTestId('support-plan');
    expect(await plan.getByLabel('Soort aanbod').first().inputValue()).toBe('starterz-klas');
    await plan.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    const offer = plan.getByTestId('offer-1');
    await offer.getByLabel('Soort aanbod').selectOption('vrijwilligerswerk');
    await offer.getByLabel('Omschrijving').fill('Kringloopwinkel, twee ochtenden per week');
    await offer.getByLabel('Startdatum').fill('2027-02-01');
    await offer.getByLabel('Einddatum').fill('2027-01-01');
    await plan.getByRole('button', { name: 'Plan opslaan' }).click();
    await plan.locator('#ondersteuningsplan-offer-1-endOn-error').waitFor();
    expect(await plan.locator('#ondersteuningsplan-offer-1-endOn-error').innerText()).toContain('De einddatum ligt vóór de startdatum');
    await expectNoAxeViolations(page, 'support plan with a field error');
    await offer.getByLabel('Einddatum').fill('2027-06-30');
    await plan.getByRole('button', { name: 'Plan opslaan' }).click();
    await plan.getByRole('status').waitFor();
    expect(await plan.getByRole('status').innerText()).toBe('Het ondersteuningsplan is opgeslagen.');

    // An ontheffing request, then DUO's decision.
    const ontheffingen = section.getByTestId('ontheffingen');
    const form = ontheffingen.getByTestId('ontheffing-new');
    await form.getByLabel('Grond').selectOption('aantoonbare-inspanningen');
    await form.getByLabel('Status').selectOption('ingediend');
    await form.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await form.locator('#ontheffing-new-requestedOn-error').waitFor();
    expect(await form.locator('#ontheffing-new-requestedOn-error').innerText()).toContain('Vul de datum in waarop het verzoek bij DUO is ingediend');
    await form.getByLabel('Ingediend bij DUO op').fill('2026-10-01');
    await form.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await ontheffingen.getByTestId('ontheffing-0').waitFor();
    expect(await ontheffingen.getByTestId('ontheffing-0').locator('p').first().innerText()).toContain('Aantoonbare inspanningen (voldoende lesuren gevolgd) — Ingediend bij DUO');
    const edit = ontheffingen.getByTestId('ontheffing-0-form');
    await edit.getByLabel('Status').selectOption('toegekend');
    await edit.getByLabel('Datum besluit DUO').fill('2026-11-20');
    await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await expect.poll(async () => ontheffingen.getByTestId('ontheffing-0').locator('p').first().innerText()).toContain('Toegekend door DUO');
    await expectNoAxeViolations(page, 'ondertussengroep section after saving');
    await context.close();
  });
});
