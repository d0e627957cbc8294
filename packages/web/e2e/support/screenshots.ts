// Screenshots of the main pages for a visual check:
//   node --import tsx packages/web/e2e/support/screenshots.ts [outDir]   (KOERS_E2E_MOCK=1 for the mock API)
import { AxeBuilder } from '@axe-core/playwright';
import { AXE_TAGS, launchBrowser, login, newPage, startApp } from './harness.ts';

const outDir = process.argv[2] ?? '/tmp/koers-screenshots';
const app = await startApp();
const browser = await launchBrowser();
try {
  const { page } = await newPage(browser, app.url);
  await page.goto('/inloggen');
  await page.locator('h1').waitFor();
  await page.screenshot({ path: `${outDir}/login.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  console.log(`login: ${axe.passes.length} axe rules passed, ${axe.violations.length} violations`);
  await login(page, 'beheerder@drechtsteden.demo');
  await page.waitForFunction(() => !document.querySelector('.koers-loading'));
  await page.screenshot({ path: `${outDir}/overview.png`, fullPage: true });
  await page.goto('/beheer');
  await page.getByTestId('users-table').waitFor();
  await page.screenshot({ path: `${outDir}/admin.png`, fullPage: true });
  await page.locator('#new-role').screenshot({ path: `${outDir}/select.png` });
  await page.goto('/rapportages');
  await page.locator('h1').waitFor();
  await page.screenshot({ path: `${outDir}/placeholder.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.locator('h1').waitFor();
  await page.screenshot({ path: `${outDir}/overview-mobile.png`, fullPage: true });
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await app.close();
}
