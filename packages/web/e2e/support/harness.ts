// Shared set-up for the browser tests: the Koers server (API + built web app) on a free port
// and Debian's Chromium driven by playwright-core.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { todayIso } from '../../src/format/dates.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'Welkom-bij-Koers-2026';
export const WEB_DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * The Dutch date `days` days before today (negative: after), YYYY-MM-DD. Koers and its forms reckon
 * "today" in the Netherlands; the UTC date is still yesterday for an hour or two after midnight.
 */
export function dutchDaysAgo(days: number): string {
  const today = new Date(`${todayIso()}T00:00:00Z`);
  today.setUTCDate(today.getUTCDate() - days);
  return today.toISOString().slice(0, 10);
}

/**
 * Whether the browser suites can run. Without Chromium they are skipped with a message on a
 * developer machine, and fail in CI (CI=true), where a missing browser is a set-up error.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH} (install: apt-get install -y chromium, or set CHROMIUM_PATH).`;
  if (process.env.CI) throw new Error(`${message} Browser tests cannot run in CI without it.`);
  console.warn(`Skipping the browser tests: ${message}`);
  return false;
}

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

type StartKoers = (options: Record<string, unknown>) => Promise<RunningApp>;

function ensureBuilt(): void {
  if (existsSync(`${WEB_DIST_DIR}/index.html`)) return;
  execFileSync('npm', ['run', 'build', '-w', '@koers/web'], {
    cwd: fileURLToPath(new URL('../../../..', import.meta.url)),
    stdio: 'inherit',
  });
}

/**
 * Starts Koers with an in-memory database and the demo data, serving the built web app.
 * KOERS_E2E_MOCK=1 uses the in-memory API stand-in in ./mock-server.ts instead.
 */
export async function startApp(): Promise<RunningApp> {
  ensureBuilt();
  if (process.env.KOERS_E2E_MOCK) {
    const { startMockKoers } = await import('./mock-server.ts');
    return startMockKoers({ webDistDir: WEB_DIST_DIR });
  }
  // Loaded by name at run time, so type-checking the web package does not pull in the server.
  const serverModule = '@koers/server';
  const { startKoers } = (await import(serverModule)) as { startKoers?: StartKoers };
  if (typeof startKoers !== 'function') throw new Error('@koers/server does not export startKoers');
  return startKoers({
    port: 0,
    host: '127.0.0.1',
    database: { kind: 'pglite' },
    demo: true,
    webDistDir: WEB_DIST_DIR,
    logLevel: 'silent',
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (own cookies and localStorage) and page. */
export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

export async function logout(page: Page, buttonName = 'Uitloggen'): Promise<void> {
  await page.getByRole('button', { name: buttonName }).click();
  await page.waitForURL('**/inloggen');
}

/** The visible names of the main navigation links, in order. */
export async function navLabels(page: Page, navName = 'Hoofdmenu'): Promise<string[]> {
  const links = page.getByRole('navigation', { name: navName }).getByRole('link');
  return (await links.allInnerTexts()).map((s) => s.trim());
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the current page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
