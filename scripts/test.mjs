// The one test command (`npm test`): types, lint, every Vitest project on PGlite, the server
// suite again on PostgreSQL when KOERS_TEST_DATABASE_URL is set, the conformance vectors, and
// the browser tests in Chromium. Ends with the total as "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = mkdtempSync(join(tmpdir(), 'koers-test-'));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCi = Boolean(process.env.CI);
let passed = 0;
let failed = 0;
const failures = [];
const failedTests = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

function vitest(label, projects, env = {}) {
  const out = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  const ok = run(label, 'npx', args, env);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    for (const file of report.testResults ?? []) {
      const path = file.name.startsWith(root) ? file.name.slice(root.length) : file.name;
      for (const test of file.assertionResults ?? []) {
        if (test.status !== 'failed') continue;
        const reason = (test.failureMessages ?? []).join(' ').split('\n')[0].slice(0, 400);
        failedTests.push(`[${label}] ${path} › ${test.fullName}\n    ${reason}`);
      }
      if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
        failedTests.push(`[${label}] ${path}\n    ${String(file.message ?? '').split('\n')[0].slice(0, 400)}`);
      }
    }
  } else if (!ok) {
    failed += 1;
  }
}

run('typecheck', 'npm', ['run', 'typecheck']);
run('lint', 'npx', ['eslint', '.']);
// The first round is PGlite even when CI names a PostgreSQL server for the second one.
vitest('unit + integration (PGlite)', ['domain', 'web', 'duo', 'brp', 'server'], { KOERS_TEST_DATABASE_URL: '' });
if (process.env.KOERS_TEST_DATABASE_URL) {
  vitest('integration (PostgreSQL)', ['server']);
} else {
  console.log('\n(KOERS_TEST_DATABASE_URL is niet gezet: de PostgreSQL-ronde wordt overgeslagen; CI draait hem wel.)');
}

const vectorFiles = [
  join(root, '..', 'shared', 'conformance', 'vectors.sample.json'),
  join(root, '..', 'shared', 'conformance', 'vectors.finance.sample.json'),
  ...readdirSync(join(root, 'packages/domain/conformance'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(root, 'packages/domain/conformance', f)),
].filter(existsSync);
run('conformance vectors', 'npm', ['run', '--silent', 'conformance', '--', ...vectorFiles]);

if (existsSync(chromium)) {
  if (run('build web', 'npm', ['run', 'build', '-w', '@koers/web'])) vitest('browser tests (Chromium)', ['e2e']);
} else if (inCi) {
  console.error(`\nChromium ontbreekt op ${chromium}; in CI is dat een fout.`);
  failures.push('browser tests (no chromium)');
} else {
  console.log(`\n(Chromium niet gevonden op ${chromium}: de browsertests worden overgeslagen. Installeer het pakket 'chromium'.)`);
}

// Repeated at the end so that the tail of a long CI log names what failed.
if (failedTests.length) console.log(`\nMislukte tests:\n${failedTests.join('\n')}`);
console.log(`\nStappen mislukt: ${failures.length ? failures.join(', ') : 'geen'}`);
if (failures.length && failed === 0) failed = failures.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
