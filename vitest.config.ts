import { defineConfig } from 'vitest/config';

// One project per package. The browser tests (e2e) run separately from scripts/test.mjs,
// after the web app is built.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['packages/domain/test/**/*.test.ts'] } },
      { test: { name: 'web', include: ['packages/web/test/**/*.test.ts'] } },
      { test: { name: 'duo', include: ['packages/duo/test/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'brp', include: ['packages/brp/test/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/web/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A screen on a loaded CI machine may take longer than the default second to show its data;
          // the same patience as the pages' own default timeout (harness.ts).
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
