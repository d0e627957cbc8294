// The inburgeraar portal in the browser (issue 17): axe in every language including right to left,
// on a phone (360 px wide, touch targets of 44 px), with the API answered from fixtures; and the
// whole flow in Arabic through the DigiD test provider against the real server (Y1's part).
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageNames, portaalLanguages, type PortaalLanguage } from '../src/portaal/i18n/languages.ts';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, WEB_DIST_DIR, type RunningApp } from './support/harness.ts';
import { portaalResponses } from './support/portaal-fixtures.ts';

const PHONE = { width: 360, height: 740 };
const LANGUAGE_KEY = 'koers.portaal.language';
const pagesToCheck = [
  '',
  'plan',
  'afspraken',
  'voortgang',
  'termijnen',
  'brieven',
  'ontzorgen',
  'contact',
  'documenten',
  'inzage',
  'begrippen',
];

/** Answers /api/portaal/* from the fixtures; `loggedIn: false` makes GET sessie a 401 (the login page). */
async function serveFixtures(context: BrowserContext, loggedIn = true): Promise<string[]> {
  const posts: string[] = [];
  await context.route('**/api/portaal/**', async (route: Route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.replace('/api/portaal', '');
    if (route.request().method() === 'POST') {
      posts.push(path);
      return route.fulfill({
        status: path === '/berichten' ? 201 : 200,
        contentType: 'application/json',
        body: JSON.stringify({ ok: true }),
      });
    }
    if (path === '/sessie' && !loggedIn) {
      return route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'Log in' } }),
      });
    }
    const body = portaalResponses[path];
    if (body === undefined)
      return route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'NOT_FOUND', message: '' } }),
      });
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
  return posts;
}

async function phoneContext(
  browser: Browser,
  baseURL: string,
  language: PortaalLanguage,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: PHONE, hasTouch: true, isMobile: true, locale: 'nl-NL' });
  await context.addInitScript(([key, lang]) => window.localStorage.setItem(key, lang), [LANGUAGE_KEY, language] as const);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`/portaal/${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main [role="status"]'));
}

/** Nothing sticks out sideways at 360 px, and every control a thumb uses is at least 44 px high. */
async function expectPhoneFriendly(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.portaal-button, .portaal-menu__link, .portaal-back__link, select, textarea, input')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ what: el.outerHTML.slice(0, 80), height: el.getBoundingClientRect().height }))
      .filter((el) => el.height < 44),
  );
  expect(small, `touch targets under 44 px on ${label}`).toEqual([]);
}

describe.runIf(browserAvailable())('inburgeraar portal', () => {
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

  // Eleven pages with axe per language: slow on a loaded machine, hence the longer timeout.
  it.each(portaalLanguages)(
    '%s: every page and the login page pass axe on a phone, in the right direction',
    { timeout: 300_000 },
    async (language) => {
      const { context, page } = await phoneContext(browser, app.url, language);
      await serveFixtures(context);
      const rtl = language === 'ar' || language === 'fa';
      for (const path of pagesToCheck) {
        await open(page, path);
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
          language,
          rtl ? 'rtl' : 'ltr',
        ]);
        await expectNoAxeViolations(page, `portaal/${path} (${language})`);
        await expectPhoneFriendly(page, `portaal/${path} (${language})`);
      }
      // The way back points the way of reading: mirrored right to left.
      const transform = await page.locator('.portaal-back .portaal-icon--directional').evaluate((el) => getComputedStyle(el).transform);
      expect(transform === 'matrix(-1, 0, 0, 1, 0, 0)', `arrow mirrored in ${language}`).toBe(rtl);
      // The switcher names each language in itself.
      expect(await page.locator('.portaal-language__select option').allInnerTexts()).toEqual(portaalLanguages.map((l) => languageNames[l]));

      const login = await context.newPage();
      await context.unroute('**/api/portaal/**');
      await serveFixtures(context, false);
      await login.goto('/portaal/?fout=inloggen-mislukt');
      await login.locator('main h1').waitFor();
      await login.getByRole('alert').waitFor();
      await expectNoAxeViolations(login, `portaal login with error (${language})`);
      await expectPhoneFriendly(login, `portaal login (${language})`);
      await context.close();
    },
  );

  it('the preferredLanguage is used until the person chooses; the choice is remembered', async () => {
    const context = await browser.newContext({ baseURL: app.url, viewport: PHONE });
    await serveFixtures(context);
    const page = await context.newPage();
    await open(page, '');
    // sessie.preferredLanguage is 'ar'
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('مرحبًا، Amal');
    await page.locator('.portaal-language__select').selectOption('uk');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Вітаємо, Amal');
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Вітаємо, Amal');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['uk', 'ltr']);
    await context.close();
  });

  it('a letter shows its summary in the portal language (the server fills it), in its script and direction', async () => {
    const { context, page } = await phoneContext(browser, app.url, 'ar');
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/portaal/brieven')) asked.push(new URL(r.url()).search);
    });
    await serveFixtures(context);
    await open(page, 'brieven');
    expect(asked).toContain('?taal=ar');
    const summary = page.locator('.portaal-summary');
    expect(await summary.evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir'), getComputedStyle(el).direction])).toEqual(['ar', 'rtl', 'rtl']);
    expect(await summary.innerText()).toContain('هذا ملخص. الرسالة الهولندية هي القرار الرسمي.');
    await page.getByRole('link', { name: /فتح الرسالة/ }).waitFor();
    await context.close();
  });

  it('a refused action says why where the person acted, in their language (Turkish)', async () => {
    const { context, page } = await phoneContext(browser, app.url, 'tr');
    await serveFixtures(context);
    await context.route('**/api/portaal/afspraken/*/reactie', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'AFSPRAAK_GESLOTEN', message: '' } }),
      }),
    );
    await open(page, 'afspraken');
    const first = page.locator('.portaal-card').first();
    await first.getByRole('button', { name: 'Başka bir tarih istiyorum' }).click();
    await first.getByRole('button', { name: 'İsteği gönder' }).click();
    await expect.poll(() => first.getByRole('alert').innerText()).toBe('Neden gelemediğinizi yazın.');
    await first.getByLabel('Neden gelemiyorsunuz?').fill('Hastayım.');
    await first.getByRole('button', { name: 'İsteği gönder' }).click();
    await expect
      .poll(() => first.getByRole('alert').innerText())
      .toBe('Bu randevuya artık cevap veremezsiniz. Randevu geçti veya yapılmayacak.');
    await context.close();
  });

  // The whole flow against the real server (Y1's endpoints): a second Koers with the demo data and a
  // DigiD broker played by the OIDC test provider of the server tests, which signs in as the demo
  // person Rania Haddad (Dordrecht, Arabic). `npm start` has no demo broker yet (Y1).
  it(
    'Arabic through DigiD: logs in as Rania Haddad (Dordrecht), sees plan and appointments, sends a message, sends a requested photo, opens "who looked", reads the answer',
    { timeout: 300_000 },
    async () => {
      const port = await freePort();
      const redirectUri = `http://127.0.0.1:${port}/api/portaal/callback`;
      // Loaded by path at run time, like @koers/server below: the web package is type-checked without the server's sources.
      const providerModule = fileURLToPath(new URL('../../server/test/support/oidc-provider.ts', import.meta.url));
      const { startOidcProvider } = (await import(providerModule)) as { startOidcProvider: StartProvider };
      const idp = await startOidcProvider({ redirectUri });
      const serverModule = '@koers/server';
      const { startKoers } = (await import(serverModule)) as { startKoers: (options: Record<string, unknown>) => Promise<RunningApp> };
      const koers = await startKoers({
        port,
        host: '127.0.0.1',
        database: { kind: 'pglite' },
        demo: true,
        webDistDir: WEB_DIST_DIR,
        logLevel: 'silent',
        digid: {
          issuer: idp.issuer,
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          redirectUri,
          bsnClaim: 'bsn',
          allowInsecure: true,
        },
      });
      idp.signInAs({ sub: 'digid-999990020', bsn: '999990020' });
      try {
        await regisseurAsksForDocument(browser, koers.url);
        const person = await arabicFlow(browser, koers.url);
        await regisseurHandlesMessage(browser, koers.url);
        await personReadsAnswer(person.page);
        await person.context.close();
      } finally {
        await koers.close();
        await idp.close();
      }
    },
  );
});

type StartProvider = (options: { redirectUri: string }) => Promise<{
  issuer: string;
  clientId: string;
  clientSecret: string;
  signInAs(account: { sub: string; bsn?: string }): void;
  close(): Promise<void>;
}>;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A 1×1 PNG: what a phone camera sends, in small. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function haddadCase(page: Page): Promise<string> {
  const list = (await (await page.request.get('/api/cases?zoek=Haddad')).json()) as { items: { id: string; familyName: string }[] };
  const caseId = list.items.find((c) => c.familyName === 'Haddad')?.id;
  expect(caseId).toBeDefined();
  return caseId ?? '';
}

/** The trajectregisseur asks Rania, in the case part Portaal, for a copy of her rental contract. */
async function regisseurAsksForDocument(browser: Browser, baseURL: string): Promise<void> {
  const { context, page } = await newPage(browser, baseURL);
  await login(page, 'regisseur@drechtsteden.demo');
  const caseId = await haddadCase(page);
  await page.goto(`/dossiers/${caseId}/portaal`);
  const section = page.getByTestId('portaal-section');
  await section.getByTestId('portaal-request-open').click();
  await section.getByLabel('Wat vraagt u').fill('Kopie huurcontract');
  await section.getByRole('button', { name: 'Vragen', exact: true }).click();
  await expect.poll(() => page.getByTestId('portaal-notice').innerText()).toContain('Het verzoek staat in het portaal');
  await section.getByTestId('portaal-requests-table').getByText('Kopie huurcontract').waitFor();
  await context.close();
}

async function arabicFlow(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await phoneContext(browser, baseURL, 'ar');
  await page.goto('/portaal/?gemeente=0505');
  await page.getByRole('button', { name: 'تسجيل الدخول باستخدام DigiD' }).click();
  // The test broker signs in as the account named above and sends the browser back to /portaal/.
  await page.waitForURL('**/portaal/');
  await expect.poll(() => page.locator('main h1').innerText()).toBe('مرحبًا، Rania');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

  await page.getByRole('link', { name: /خطتي/ }).click();
  await page.locator('main h1', { hasText: 'خطتي' }).waitFor();
  await page.getByRole('link', { name: /العودة إلى الصفحة الرئيسية/ }).click();
  await page.getByRole('link', { name: /مواعيدي/ }).click();
  await page.locator('main h1', { hasText: 'مواعيدي' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main [role="status"]'));
  expect(await page.locator('main .portaal-card, main .portaal-empty').count()).toBeGreaterThan(0);

  await page.goto('/portaal/contact');
  await page.getByLabel('رسالتك').fill('مرحبًا، هل يمكنني الحصول على مترجم في الموعد القادم؟');
  await page.getByRole('button', { name: 'إرسال الرسالة' }).click();
  await expect.poll(() => page.getByRole('status').first().innerText()).toBe('تم إرسال رسالتك. سيقرؤها الشخص المسؤول عنك في أقرب وقت.');
  await expect.poll(() => page.locator('.portaal-message').first().innerText()).toContain('مترجم');

  await page.goto('/portaal/inzage');
  await page.locator('main h1', { hasText: 'من اطّلع على ملفي' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main [role="status"]'));
  // The person's own portal visits are in the processing log, so the list is never empty.
  await expect.poll(() => page.locator('main .portaal-card').count()).toBeGreaterThan(0);
  expect(await page.locator('main').innerText()).not.toMatch(/portaalInburgeraar|dossierInburgering|trajectregisseur/);
  await expectNoAxeViolations(page, 'portaal/inzage with real data (ar)');

  // The document asked for: shown in the regisseur's words (Dutch, marked so), sent as a phone photo.
  await page.goto('/portaal/documenten');
  await page.locator('main h1', { hasText: 'الوثائق المطلوبة' }).waitFor();
  const request = page.getByTestId('portaal-request').filter({ hasText: 'Kopie huurcontract' });
  expect(await request.locator('[lang="nl"]').first().innerText()).toBe('Kopie huurcontract');
  await expect.poll(() => request.locator('.portaal-card__label').innerText()).toContain('لم تُرسل بعد');
  await request.getByLabel('أو اختر ملفًا').setInputFiles({ name: 'huurcontract.png', mimeType: 'image/png', buffer: PHOTO });
  await request.getByRole('button', { name: 'إرسال', exact: true }).click();
  await expect.poll(() => request.getByRole('status').innerText()).toBe('تم إرسال وثيقتك. شكرًا.');
  await expect.poll(() => request.locator('.portaal-card__label').innerText()).toContain('تم الإرسال. البلدية تنظر فيها.');
  await expectNoAxeViolations(page, 'portaal/documenten after sending (ar)');
  await expectPhoneFriendly(page, 'portaal/documenten (ar)');
  return { context, page };
}

/** Back in the portal: the home page marks the new answer; the conversation shows it, marked Dutch. */
async function personReadsAnswer(page: Page): Promise<void> {
  await page.goto('/portaal/');
  await expect.poll(() => page.getByTestId('portaal-unread').innerText()).toContain('رد جديد');
  await page.getByRole('link', { name: /رد جديد/ }).click();
  const answer = page.getByTestId('portaal-answer').first();
  await expect.poll(() => answer.innerText()).toContain('Ja, er komt een tolk.');
  expect(await answer.locator('[lang="nl"]').innerText()).toBe('Ja, er komt een tolk.');
  expect(await answer.innerText()).toContain('جديد');
  await expectNoAxeViolations(page, 'portaal/contact with an answer (ar)');
  await page.goto('/portaal/');
  await page.locator('main h1').waitFor();
  await expect.poll(() => page.getByTestId('portaal-unread').count()).toBe(0);
  // The document was accepted meanwhile.
  await page.goto('/portaal/documenten');
  const request = page.getByTestId('portaal-request').filter({ hasText: 'Kopie huurcontract' });
  await expect.poll(() => request.locator('.portaal-card__label').innerText()).toContain('تمت الموافقة');
}

/**
 * The trajectregisseur reads Rania's message in the case's Portaal part and answers it (which handles
 * it: its work item goes), then accepts the photo she sent (its work item goes too).
 */
async function regisseurHandlesMessage(browser: Browser, baseURL: string): Promise<void> {
  const { context, page } = await newPage(browser, baseURL);
  await login(page, 'regisseur@drechtsteden.demo');
  const caseId = await haddadCase(page);
  const signals = async () => ((await (await page.request.get(`/api/cases/${caseId}/file`)).json()) as { signals?: { kind: string }[] }).signals?.map((x) => x.kind) ?? [];
  await expect.poll(signals).toEqual(expect.arrayContaining(['portaal-bericht', 'portaal-document']));

  await page.goto(`/dossiers/${caseId}/portaal`);
  const section = page.getByTestId('portaal-section');
  await section.getByRole('heading', { level: 2, name: 'Berichten en verzoeken uit het portaal' }).waitFor();
  const row = section.getByTestId('portaal-messages').getByRole('row').filter({ hasText: 'مترجم' });
  await row.getByText('Open').waitFor();
  await expectNoAxeViolations(page, 'case part Portaal');
  await row.getByRole('button', { name: /^Bericht van .* beantwoorden$/ }).click();
  await row.getByLabel('Uw antwoord').fill('Ja, er komt een tolk.');
  await row.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect.poll(() => page.getByTestId('portaal-notice').innerText()).toContain('Uw antwoord staat in het portaal');
  await expect.poll(() => row.innerText()).toMatch(/Afgehandeld op/);
  await section.getByTestId('portaal-messages').getByRole('row').filter({ hasText: 'Ja, er komt een tolk.' }).waitFor();
  await expect.poll(signals).not.toContain('portaal-bericht');

  const request = section.getByTestId('portaal-requests-table').getByRole('row').filter({ hasText: 'Kopie huurcontract' });
  await request.getByText('Ontvangen, te beoordelen').waitFor();
  await expectNoAxeViolations(page, 'case part Portaal with a document received');
  await request.getByRole('button', { name: 'Kopie huurcontract goedkeuren' }).click();
  await expect.poll(() => page.getByTestId('portaal-notice').innerText()).toContain('Goedgekeurd');
  await expect.poll(signals).not.toContain('portaal-document');
  // The photo is in the case's documents, sent by the inburgeraar.
  await page.goto(`/dossiers/${caseId}/documenten`);
  await page.getByTestId('documents-section').getByText('De inburgeraar (portaal)').waitFor();
  await context.close();
}
