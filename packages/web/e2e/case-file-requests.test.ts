// Browser test (issue 18): a case file opened cold — a fresh page, so an empty query cache — asks
// the API for each resource at most once, for every part (the overview is what a user opens first;
// the other parts are opened by their own address, as a bookmark or a link in a task does).
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

const partPaths = ['', '/voorbereiding', '/intake', '/pip', '/traject', '/resultaten', '/pvtmap', '/voortgang', '/ontzorgen', '/duo', '/handhaving', '/afsluiten', '/contactjournaal', '/tijdlijn', '/documenten', '/geschiedenis'];

/** Opens `url` in the page and returns every API request it made until the network was quiet, as "METHOD path?query". */
async function apiRequestsWhileOpening(page: Page, url: string): Promise<string[]> {
  const requests: string[] = [];
  const record = (request: { url(): string; method(): string }) => {
    const { pathname, search } = new URL(request.url());
    if (pathname.startsWith('/api/')) requests.push(`${request.method()} ${pathname}${search}`);
  };
  page.on('request', record);
  await page.goto(url);
  await page.getByTestId('case-tasks').waitFor();
  await page.getByTestId('case-part').locator('h2').first().waitFor();
  await page.waitForLoadState('networkidle');
  page.off('request', record);
  return requests;
}

function repeated(requests: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const r of requests) counts.set(r, (counts.get(r) ?? 0) + 1);
  return Object.fromEntries([...counts].filter(([, n]) => n > 1));
}

describe.runIf(browserAvailable())('case file requests', () => {
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

  it('every part opened cold requests each API path at most once', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');
    const list = (await (await page.request.get('/api/cases?limit=20')).json()) as { items: { id: string; status: string }[] };
    // A case well on its way (a PIP vastgesteld), so most parts have something to show.
    const kase = list.items.find((c) => c.status === 'traject') ?? list.items[0];
    if (!kase) throw new Error('the demo gives the regisseur cases');

    const perPart: Record<string, string[]> = {};
    for (const path of partPaths) {
      const { page: cold } = { page: await context.newPage() };
      perPart[path || '/'] = await apiRequestsWhileOpening(cold, `/dossiers/${kase.id}${path}`);
      await cold.close();
    }
    const overview = perPart['/'] ?? [];
    console.info(`Cold case file (overzicht): ${overview.length} API requests\n  ${overview.join('\n  ')}`);
    for (const [part, requests] of Object.entries(perPart)) {
      expect(repeated(requests), `${part}: ${requests.join(', ')}`).toEqual({});
    }
    // The file itself comes first and once; a part asks only for what it shows.
    expect(overview.filter((r) => /^GET \/api\/cases\/[^/]+\/file/.test(r))).toHaveLength(1);
    await context.close();
  });
});
