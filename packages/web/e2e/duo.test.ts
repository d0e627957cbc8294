// Browser test of the DUO part of Koers (issue 5): in demo mode the embedded DUO simulator sends a
// few notifications shortly after start (SS137 and SS131 for Amanuel Tesfay). The trajectregisseur
// follows the werkvoorraad signal to the DUO section of the case file, marks SS131 handled
// (timeline and signals updated), sees a message Koers sent to DUO with its status and offers it
// again, and opens /duo-meldingen with a notification about a person without a case. axe on every
// screen.
// One log-in only (the log-in rate limit is 20 per minute per IP).
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, launchBrowser, login, newPage, startApp, type RunningApp } from './support/harness.ts';

interface DuoView {
  messages: { id: string; operation: string; status: string; berichtId: string }[];
  events: { id: string; eventCode: string; status: string }[];
  data: { resource: string }[];
}

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

async function caseIdOf(page: Page, familyName: string): Promise<string> {
  const list = await api<{ items: { id: string; familyName: string }[] }>(page, 'GET', `/api/cases?zoek=${encodeURIComponent(familyName)}`);
  const found = list.items.find((c) => c.familyName === familyName);
  if (!found) throw new Error(`demo case ${familyName} not found`);
  return found.id;
}

async function duoOf(page: Page, caseId: string): Promise<DuoView> {
  return api<DuoView>(page, 'GET', `/api/cases/${caseId}/duo`);
}

/** A BSN passing the elfproef that no demo case has (the demo data uses 99999xxxx). */
function unknownBsn(): string {
  for (;;) {
    const digits = [8, 8, ...Array.from({ length: 6 }, () => Math.floor(Math.random() * 10))];
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

// As the embedded simulator sends them: bron = the simulator's DUO OIN, doel = Dordrecht's demo OIN.
const SIMULATOR_DUO_OIN = '00000001999999999000';
const DORDRECHT_DEMO_OIN = '00000001800505001000'; // the demo seed's OIN of Dordrecht (src/demo/seed.ts)

describe.runIf(browserAvailable())('DUO in the case file and the werkvoorraad', () => {
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

  it('shows notifications and messages with their status, handles and re-offers them, and lists notifications without a case', async () => {
    const { context, page } = await newPage(browser, app.url);
    await login(page, 'regisseur@drechtsteden.demo');

    // --- A notification about a person without a case in Koers (DUO → Koers's notification endpoint).
    const stranger = unknownBsn();
    const delivered = await page.request.post('/duo/v1/notificaties', {
      headers: {
        bron: SIMULATOR_DUO_OIN,
        doel: DORDRECHT_DEMO_OIN,
        berichtId: randomUUID(),
        'content-type': 'application/json',
        accept: 'application/json',
      },
      data: JSON.stringify({ registratieDatumTijd: new Date().toISOString(), bsn: stranger, gebeurtenisId: 'SS131' }),
    });
    expect(delivered.status(), await delivered.text()).toBe(201);

    // --- Notifications from DUO: the simulator's SS137 and SS131 for Amanuel Tesfay are processed.
    const tesfay = await caseIdOf(page, 'Tesfay');
    await expect
      .poll(
        async () => {
          const duo = await duoOf(page, tesfay);
          return duo.events
            .filter((e) => e.status !== 'ontvangen')
            .map((e) => e.eventCode)
            .sort();
        },
        { timeout: 45_000, interval: 1_000 },
      )
      .toEqual(['SS131', 'SS137']);

    // --- A message to DUO: change Ahmad Karimi's vastgesteld PIP, so Koers queues "PIP gewijzigd".
    const karimi = await caseIdOf(page, 'Karimi');
    const draft = await api<{ id: string; updatedAt: string }>(page, 'POST', `/api/cases/${karimi}/pip/changes`, {
      reason: 'other',
      note: 'Intensiteit aangepast na voortgangsgesprek',
    });
    await api(page, 'POST', `/api/cases/${karimi}/pip/drafts/${draft.id}/vaststellen`, { updatedAt: draft.updatedAt });
    await expect
      .poll(async () => (await duoOf(page, karimi)).messages.find((m) => m.operation === 'pip.change')?.status, {
        timeout: 45_000,
        interval: 1_000,
      })
      .toMatch(/^(bevestigd|afgewezen|fout)$/);

    // --- The werkvoorraad shows SS131 as needing action; its link opens the DUO part (/duo).
    await page.goto('/werkvoorraad?later=ja');
    const signal = page.getByTestId('workqueue-table').locator(`tr[data-kind="duo-event"][data-case-id="${tesfay}"]`);
    await signal.waitFor();
    await signal.getByRole('link').click();
    await page.waitForURL(`**/dossiers/${tesfay}/duo`);
    const section = page.getByTestId('duo-section');
    await section.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('duo-heading');
    const events = section.getByTestId('duo-events');
    await events.waitFor();
    const ss131 = events.locator('tr[data-event-code="SS131"]');
    const ss137 = events.locator('tr[data-event-code="SS137"]');
    expect(await ss131.innerText()).toContain('SS131 — Leerbaarheidstoets is afgenomen en resultaat is bekend');
    expect(await ss137.innerText()).toContain('SS137 — Persoon is aangemeld voor de leerbaarheidstoets');
    expect(await ss137.locator('.utrecht-status-badge').innerText()).toBe('Verwerkt');
    expect(await events.locator('caption').innerText()).toContain('Meldingen van DUO');
    expect(await section.getByTestId('duo-messages-empty').innerText()).toContain('nog geen berichten aan DUO');
    // What DUO gave: the learnability test results as a definition list with the fetch time.
    const results = section.getByTestId('duo-data-leerbaarheidstoets-resultaten');
    expect(await results.innerText()).toContain('Leerbaarheidstoets: resultaten');
    expect(await results.innerText()).toContain('Opgehaald op');
    await expectNoAxeViolations(page, 'DUO section with notifications');

    // SS131 asks the case manager to act; "Afgehandeld" takes it out of the werkvoorraad.
    expect(await ss131.locator('.utrecht-status-badge').innerText()).toBe('Actie nodig');
    await ss131.getByRole('button', { name: /^Afgehandeld: SS131/ }).click();
    await expect.poll(() => section.getByTestId('duo-notice').innerText()).toBe('Melding SS131 is als afgehandeld gemarkeerd.');
    await expect.poll(() => ss131.locator('.utrecht-status-badge').innerText()).toBe('Afgehandeld');
    expect(await ss131.getByRole('button').count()).toBe(0);
    // The timeline (its own part) has it without a reload.
    await page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Tijdlijn', exact: true }).click();
    await expect.poll(() => page.getByTestId('timeline').innerText()).toContain('DUO SS131 afgehandeld.');
    // …and the signal has left the case's werkvoorraad items.
    const caseSignals = async () =>
      (await page.getByTestId('case-signals').count()) === 0 ? '' : page.getByTestId('case-signals').innerText();
    await expect.poll(caseSignals).not.toContain('SS131');
    await expectNoAxeViolations(page, 'DUO section after marking handled');

    // --- Karimi: the message Koers sent to DUO, with its BerichtId and status.
    await page.goto(`/dossiers/${karimi}/duo`);
    const messages = page.getByTestId('duo-messages');
    await messages.waitFor();
    const row = messages.locator('tr', { hasText: 'PIP gewijzigd' }).first();
    const status = await row.getAttribute('data-status');
    expect(['bevestigd', 'afgewezen', 'fout']).toContain(status);
    expect(await row.locator('.utrecht-status-badge').innerText()).toBe(
      { bevestigd: 'Bevestigd', afgewezen: 'Afgewezen', fout: 'Fout' }[status ?? 'fout'],
    );
    expect(await row.locator('code').innerText()).toMatch(/^[0-9a-f-]{36}$/i);
    await expectNoAxeViolations(page, 'DUO section with a message');
    if (status === 'afgewezen' || status === 'fout') {
      // DUO refused or it could not be delivered: "Opnieuw aanbieden" queues it again.
      await row.getByRole('button', { name: /^Opnieuw aanbieden: PIP gewijzigd/ }).click();
      await expect.poll(() => page.getByTestId('duo-notice').innerText()).toContain('PIP gewijzigd is opnieuw aangeboden aan DUO');
      await expectNoAxeViolations(page, 'DUO section after offering again');
      await page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Tijdlijn', exact: true }).click();
      await expect.poll(() => page.getByTestId('timeline').innerText()).toContain('opnieuw aangeboden aan DUO');
    } else {
      expect(await row.getByRole('button').count()).toBe(0);
    }

    // --- /duo-meldingen through the main menu, once the notification without a case is processed.
    await expect
      .poll(
        async () =>
          (await api<{ bsn: string | null; status: string }[]>(page, 'GET', '/api/duo/notificaties')).find((n) => n.bsn === stranger)
            ?.status,
        { timeout: 45_000, interval: 1_000 },
      )
      .toBe('geen-dossier');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'DUO-meldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'DUO-meldingen' }).waitFor();
    // The state of the koppeling per gemeente: DUO has answered (the simulator), nothing stopped.
    const koppeling = page.getByTestId('duo-status');
    await koppeling.getByRole('heading', { level: 2, name: 'Stand van de koppeling met DUO' }).waitFor();
    const dordrecht = koppeling.getByTestId('duo-status-gemeente').filter({ has: page.getByRole('heading', { level: 3, name: 'Dordrecht' }) });
    await dordrecht.waitFor();
    expect(await dordrecht.getByTestId('duo-status-last-success').innerText()).not.toBe('nog nooit');
    expect(await dordrecht.getByTestId('duo-status-outbox').innerText()).toMatch(/\d+ wachtend, \d+ worden verzonden, \d+ mislukt, \d+ afgewezen\./);
    expect(await koppeling.getByTestId('duo-stop').count()).toBe(0);
    const table = page.getByTestId('duo-notifications');
    await table.waitFor();
    expect(await table.locator('caption').innerText()).toContain('DUO-meldingen zonder dossier of met een fout');
    const unmatched = table.locator('tr', { hasText: stranger });
    expect(await unmatched.innerText()).toContain('SS131 — Leerbaarheidstoets is afgenomen en resultaat is bekend');
    expect(await unmatched.locator('.utrecht-status-badge').innerText()).toBe('Geen dossier');
    const create = unmatched.getByRole('link', { name: /^Dossier aanmaken voor melding SS131/ });
    expect(await create.getAttribute('href')).toBe('/dossiers/nieuw');
    // Below: meldingen for DUO without a case (none in the demo).
    await page.getByTestId('duo-caseless-empty').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Berichten aan DUO zonder dossier' }).count()).toBe(1);
    await expectNoAxeViolations(page, '/duo-meldingen');
    await context.close();
  });
});
