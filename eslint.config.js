import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.js', '**/*.mjs', 'packages/server/drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Size (issue 10, CODE_STYLE.md): small files with one purpose, short functions. The database schema,
    // generated files, tests, benchmarks and pure data tables are exempt.
    files: ['packages/*/src/**/*.{ts,tsx}'],
    ignores: ['packages/server/src/db/schema.ts', 'packages/web/src/api/generated/**', 'packages/brp/src/standin/demo.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The domain core is pure: no IO, no frameworks, no other Koers packages.
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/conformance/cli.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'pg', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*', 'fastify', 'fastify-*', '@fastify/*', 'react', 'react-*', '@koers/server', '@koers/web', '@koers/duo', 'undici'],
              message: 'Het domeinpakket is puur: geen IO-, database-, HTTP- of framework-imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // The server's layering: routes and http → use cases → domain and adapters; never back up
    // (issue 10). Only the HTTP layer and the composition root (start.ts) import routes or http.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/routes/**', 'packages/server/src/http/**', 'packages/server/src/start.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/routes/*', '**/http/*'],
              message: 'Lagen in de server: routes → use cases → domein/adapters. Alleen de HTTP-laag importeert routes of http; invoervelden staan in src/contract/.',
            },
          ],
        },
      ],
    },
  },
);
