// Browser test of the DUO koppeling's state (issue 18): with a stop in force for Dordrecht (as
// after DUO answered outside its spec, ADR 0055), the werkvoorraad shows a notice that leads to the
// DUO page; there the stop is explained, and the teamleider lifts it with a note — the page says
// so in a live region and the stop is gone. axe on every screen.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

/** The running server also hands out its database (RunningKoers); used here only to set the scene. */
type WithDatabase = RunningApp & { database?: { db: { execute(query: string): Promise<unknown> } } };

describe.runIf(browserAvailable())('the state of the DUO koppeling', () => {
  let app: WithDatabase;
  let browser: Browser;

  beforeAll(async () => {
    app = (await startApp());
    browser = await launchBrowser();
    const db = app.database?.db;
    if (!db) throw new Error('geen database');
    await db.execute(`
      INSERT INTO duo_contract_stops (gemeente_id, api, operation_id, spec_version, reason, first_at, last_at)
      SELECT id, 'PIP', 'postPipByBsn', '1.0.0',
             'DUO antwoordde buiten de specificatie van de API PIP (versie 1.0.0). Koers verstuurt en vraagt niets meer via deze API voor deze gemeente tot iemand dit op de DUO-pagina bevestigt. Afwijkingen: status: status 202 is niet gespecificeerd voor postPipByBsn',
             now(), now()
        FROM gemeenten WHERE code = '0505'`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the werkvoorraad points to the stop; the teamleider lifts it on the DUO page', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'teamleider@drechtsteden.demo');

    await page.goto('/werkvoorraad');
    const notice = page.getByTestId('duo-attention');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('1 gestopte koppeling');
    await expectNoAxeViolations(page, 'werkvoorraad with the DUO notice');
    await notice.getByRole('link', { name: 'Naar de stand van de DUO-koppeling' }).click();

    await page.getByRole('heading', { level: 1, name: 'DUO-meldingen' }).waitFor();
    const stop = page.getByTestId('duo-stop');
    await stop.getByRole('heading', { level: 4, name: 'Koppeling gestopt voor PIP' }).waitFor();
    expect(await stop.innerText()).toContain('DUO antwoordde buiten de specificatie van de API PIP');
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));
    await expectNoAxeViolations(page, '/duo-meldingen with a stop');

    await stop.getByLabel('Wat is gecontroleerd (optioneel)').fill('Met DUO gebeld: storing verholpen');
    await stop.getByRole('button', { name: 'Stop opheffen' }).click();
    await expect.poll(() => page.getByTestId('duo-status-notice').innerText()).toContain('De stop voor PIP is opgeheven');
    await expect.poll(() => page.getByTestId('duo-stop').count()).toBe(0);
    await expectNoAxeViolations(page, '/duo-meldingen after lifting the stop');

    await page.goto('/werkvoorraad');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.koers-loading'));
    expect(await page.getByTestId('duo-attention').count()).toBe(0);
    await context.close();
  });
});
