// Work package Z3 in the browser. A closed demo case (issue 12, ADR 0160): after closing it, every
// part of the case file is walked and none but the parts that stay open (closing/reopening, notes,
// documents, DUO failures) has an enabled control that could change the case; the parts say why, and
// reopening stays possible. The beheerder's zelfredzaamheidsmatrix: errors at the field, saved with
// its version; axe on both.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

const openWhenClosed = new Set(['afsluiten', 'contactjournaal', 'documenten', 'duo']);

/** Enabled form controls in the open part: :enabled honours a disabled fieldset around them. */
const enabledControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="case-part"] :is(button, input, select, textarea):enabled')].map(
      (el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim() || el.getAttribute('name') || el.id}`,
    ),
  );

describe.runIf(browserAvailable())('a closed case has no forms; the matrix beheer', () => {
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

  it('walks every part of a closed demo case and finds no enabled write control outside the open parts', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?limit=50')).json()) as { items: { id: string; givenNames: string; familyName: string; status: string }[] };
    // Ahmad Karimi: a vastgesteld PIP, a provider, hours — a case with forms in most parts.
    const kase = list.items.find((c) => c.familyName === 'Karimi') ?? list.items.find((c) => c.status !== 'gesloten');
    expect(kase).toBeDefined();
    await page.goto(`/dossiers/${kase!.id}/afsluiten`);
    const section = page.getByTestId('afsluiten-section');
    await section.getByRole('button', { name: 'Dossier sluiten' }).click();
    const form = page.getByTestId('close-form');
    await form.getByLabel('Vertrokken uit Nederland').check();
    await form.getByRole('button', { name: 'Dossier sluiten' }).click();
    await page.getByTestId('closed-banner').waitFor();

    const parts = await page.locator('nav.koers-case-nav a[data-part]').evaluateAll((links) => links.map((a) => ({ id: a.getAttribute('data-part') ?? '', href: a.getAttribute('href') ?? '' })));
    expect(parts.length).toBeGreaterThan(10);
    const gated: string[] = [];
    /** The gate did something: the parts have controls, all disabled. */
    let disabled = 0;
    for (const part of parts) {
      await page.goto(part.href);
      await page.locator(`[data-testid="case-part"][data-part="${part.id}"] h2`).first().waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="case-part"] .koers-loading'));
      if (openWhenClosed.has(part.id)) continue;
      expect(await enabledControls(page), part.id).toEqual([]);
      disabled += await page.locator('[data-testid="case-part"] :is(button, input, select, textarea):disabled').count();
      expect(await page.getByTestId('closed-gate-notice').innerText(), part.id).toContain('Dit dossier is gesloten');
      gated.push(part.id);
    }
    expect(gated).toEqual(expect.arrayContaining(['overzicht', 'voorbereiding', 'intake', 'pip', 'traject', 'resultaten']));
    expect(disabled).toBeGreaterThan(20);
    await page.goto(`/dossiers/${kase!.id}/pip`);
    await page.getByTestId('closed-gate').waitFor();
    await expectNoAxeViolations(page, 'closed case, PIP part');

    // Reopening stays possible for the regisseur.
    await page.goto(`/dossiers/${kase!.id}/afsluiten`);
    await expect.poll(async () => page.getByTestId('afsluiten-section').getByRole('button', { name: 'Dossier heropenen' }).isEnabled()).toBe(true);
    await context.close();
  });

  it('the beheerder edits the zelfredzaamheidsmatrix: an error at its field, then saved', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'beheerder@drechtsteden.demo');
    await page.goto('/beheer');
    const section = page.getByTestId('zrm-matrix');
    await section.locator('#zrm-domain-0').waitFor();
    expect(await section.getByTestId('zrm-domain').count()).toBe(13);
    await expectNoAxeViolations(page, 'matrix beheer');

    await section.locator('#zrm-domain-0').fill('');
    await section.getByRole('button', { name: 'Matrix opslaan' }).click();
    await section.locator('#zrm-domain-0[aria-invalid="true"]').waitFor();
    expect(await section.innerText()).toContain('Leefgebied: vul een naam in');
    await expectNoAxeViolations(page, 'matrix beheer with a field error');

    await section.locator('#zrm-domain-0').fill('Geldzaken');
    await section.getByRole('button', { name: 'Leefgebied toevoegen' }).click();
    await section.locator('#zrm-domain-13').fill('Taal');
    await section.getByRole('button', { name: 'Matrix opslaan' }).click();
    await section.getByTestId('zrm-matrix-saved').waitFor();
    expect(await section.getByTestId('zrm-matrix-source').innerText()).toContain('eigen matrix');
    const stored = (await (await page.request.get('/api/admin/zelfredzaamheidsmatrix')).json()) as { version: number; matrix: { domains: { key: string; label: string }[] } };
    expect(stored.version).toBe(1);
    expect(stored.matrix.domains[0]).toEqual({ key: 'financien', label: 'Geldzaken' });
    expect(stored.matrix.domains[13]).toEqual({ key: 'taal', label: 'Taal' });
    await context.close();
  });
});
