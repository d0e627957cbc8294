// Browser test of the case file as parts with their own address (issue 12): the part navigation
// (URL, aria-current, focus on the part's heading, document title, axe), old #anchor addresses,
// the open tasks beside every part, one client cache (a toets result shows in the PIP part without
// a reload), and what a partner may open.
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

const isoDaysAgo = dutchDaysAgo;

/** A newcomer in Dordrecht whose brede intake has started and whose leerbaarheidstoets is planned (yesterday). */
async function caseWithPlannedToets(page: Page, familyName: string): Promise<string> {
  const session = await api<{ user: { gemeenten: { id: string; name: string }[] } }>(page, 'GET', '/api/auth/session');
  const dordrecht = session.user.gemeenten.find((g) => g.name === 'Dordrecht');
  if (!dordrecht) throw new Error('the regisseur works for Dordrecht');
  const created = await api<{ id: string }>(page, 'POST', '/api/cases', {
    gemeenteId: dordrecht.id,
    vNumber: String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999)),
    givenNames: 'Yonas',
    familyName,
    birthDate: '1994-03-12',
    nationality: 'ER',
    permit: 'asiel',
    linkedOn: isoDaysAgo(40),
    dutyStartOn: isoDaysAgo(40),
    duoNoticeOn: isoDaysAgo(35),
    registeredOn: isoDaysAgo(30),
    housedOn: isoDaysAgo(30),
  });
  const invitation = await api<{ invitationId: string }>(page, 'POST', `/api/cases/${created.id}/intake/invitations`, { respondBy: isoDaysAgo(-14) });
  await api(page, 'POST', `/api/cases/${created.id}/intake/invitations/${invitation.invitationId}/outcome`, { outcome: 'appeared' });
  await api(page, 'POST', `/api/cases/${created.id}/learnability-tests`, {
    kind: 'afspraak',
    plannedAt: `${isoDaysAgo(1)}T08:00:00.000Z`,
    location: 'Taalhuis Dordrecht',
    device: 'Laptop 2',
    supervisor: 'J. de Boer',
  });
  return created.id;
}

const partNav = (page: Page) => page.getByRole('navigation', { name: 'Onderdelen van het dossier' });

/** Opens a part by its link in the part navigation and waits for its address. */
async function openPart(page: Page, label: string, path: RegExp): Promise<void> {
  await partNav(page).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(path);
}

const focusedHeading = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el && el.tagName === 'H2' && el.closest('[data-testid="case-part"]') ? (el.textContent ?? '') : `not a part heading: ${el?.tagName ?? 'none'}`;
  });

describe.runIf(browserAvailable())('case file parts', () => {
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

  it('a toets result recorded in the intake shows as advice in the PIP part, without a reload', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const caseId = await caseWithPlannedToets(page, 'Tekle');
    await page.goto(`/dossiers/${caseId}/pip`);
    const pip = page.getByTestId('pip-section');
    await pip.locator('.koers-pip-summary').waitFor();
    expect(await pip.locator('.koers-pip-summary').innerText()).toContain('Er is nog geen advies');
    // Mark the page: a reload would lose it.
    await page.evaluate(() => {
      (window as unknown as { koersNoReload?: boolean }).koersNoReload = true;
    });

    await openPart(page, 'Brede intake', new RegExp(`/dossiers/${caseId}/intake$`));
    const toets = page.getByTestId('learnability-tests');
    await toets.getByRole('button', { name: 'Uitslag opslaan' }).waitFor();
    await toets.getByLabel('Geadviseerde route').selectOption('B1');
    await toets.getByRole('button', { name: 'Uitslag opslaan' }).click();
    await expect.poll(() => toets.innerText()).toContain('Afgenomen');

    await openPart(page, 'PIP', new RegExp(`/dossiers/${caseId}/pip$`));
    await expect.poll(() => pip.locator('.koers-pip-summary').innerText()).toContain('B1-route');
    expect(await pip.locator('.koers-pip-summary').innerText()).not.toContain('Er is nog geen advies');
    expect(await page.evaluate(() => (window as unknown as { koersNoReload?: boolean }).koersNoReload)).toBe(true);
    await context.close();
  });

  it('every part has its own address and link: aria-current, focus on its heading, the title, axe; old #anchors redirect', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const caseId = await caseWithPlannedToets(page, 'Ghebre');
    await page.goto(`/dossiers/${caseId}`);
    await page.getByRole('heading', { level: 1, name: 'Yonas Ghebre' }).waitFor();
    // The open tasks stay beside every part.
    await page.getByTestId('case-tasks').waitFor();
    expect(await page.getByTestId('deadlines').innerText()).toContain('PIP vaststellen uiterlijk');

    const links = partNav(page).getByRole('link');
    const labels = (await links.allInnerTexts()).map((s) => s.trim());
    expect(labels).toEqual(['Overzicht', 'Voorbereiding', 'Brede intake', 'PIP', 'Traject: aanbod en uren', 'Resultaten en termijn', 'PVT en MAP', 'Voortgang', 'Participatie', 'Portaal', 'Begeleiding', 'Ontzorgen', 'DUO', 'Handhaving', 'Huishouden en afsluiten', 'Contactjournaal', 'Tijdlijn', 'Documenten', 'Geschiedenis']);
    expect(await partNav(page).locator('[aria-current="page"]').innerText()).toBe('Overzicht');
    const paths = ['', '/voorbereiding', '/intake', '/pip', '/traject', '/resultaten', '/pvtmap', '/voortgang', '/participatie', '/portaal', '/begeleiding', '/ontzorgen', '/duo', '/handhaving', '/afsluiten', '/contactjournaal', '/tijdlijn', '/documenten', '/geschiedenis'];
    // From the last part back to the first, so every link is a real move between parts.
    for (let i = labels.length - 1; i >= 0; i -= 1) {
      const label = labels[i] ?? '';
      await openPart(page, label, new RegExp(`/dossiers/${caseId}${paths[i] ?? ''}$`));
      await expect.poll(() => partNav(page).locator('[aria-current="page"]').innerText()).toBe(label);
      await expect.poll(() => focusedHeading(page)).not.toMatch(/^not a part heading/);
      await expect.poll(() => page.title()).toBe(`${label} — Yonas Ghebre — Koers`);
      await page.getByTestId('case-tasks').waitFor();
      if (['Overzicht', 'PIP', 'Tijdlijn', 'DUO', 'Huishouden en afsluiten', 'Contactjournaal', 'Documenten', 'Participatie', 'Portaal'].includes(label)) await expectNoAxeViolations(page, `case file part ${label}`);
    }

    // An old address with an anchor opens the part's own address.
    await page.goto(`/dossiers/${caseId}#pip`);
    await page.waitForURL(new RegExp(`/dossiers/${caseId}/pip$`));
    await page.getByTestId('pip-section').waitFor();
    // A task links to the part where it is done.
    await page.getByTestId('case-signals').getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/dossiers/${caseId}/(intake|pip|overzicht|voorbereiding)?$`));
    await context.close();
  });

  it('a partner sees the overview only; another part says it is not there', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'begeleider@drechtsteden.demo');
    const list = await api<{ items: { id: string; familyName: string }[] }>(page, 'GET', '/api/cases?zoek=Haddad');
    const caseId = list.items.find((c) => c.familyName === 'Haddad')?.id ?? '';
    expect(caseId).not.toBe('');
    await page.goto(`/dossiers/${caseId}`);
    await page.getByRole('heading', { level: 1, name: 'Rania Haddad' }).waitFor();
    expect((await partNav(page).getByRole('link').allInnerTexts()).map((s) => s.trim())).toEqual(['Overzicht']);
    expect(await page.getByTestId('case-tasks').count()).toBe(0);
    await page.goto(`/dossiers/${caseId}/pip`);
    await page.getByRole('heading', { level: 2, name: 'Dit onderdeel is er niet' }).waitFor();
    expect(await page.getByTestId('pip-section').count()).toBe(0);
    await expectNoAxeViolations(page, 'case file part not available to a partner');
    await context.close();
  });
});
