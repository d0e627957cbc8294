// The domain core is pure: only relative imports, zod and ibantools (except the conformance CLI, which reads files).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));
// ibantools: pure IBAN/BIC check digits and formats, no IO (the gemeente's ontzorgen account, ADR 0147).
const allowed = (spec: string): boolean => spec.startsWith('./') || spec.startsWith('../') || spec === 'zod' || spec.startsWith('zod/') || spec === 'ibantools';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Module specifiers of static imports/exports, dynamic import() and require(). */
export function importSpecifiers(code: string): string[] {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    // A side-effect import starts a statement; "… de import';" inside a string is not one.
    /(?:^|;)\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...noComments.matchAll(re)].map((m) => m[1] ?? ''));
}

describe('purity of packages/domain/src', () => {
  const files = tsFiles(src).filter((f) => relative(src, f) !== join('conformance', 'cli.ts'));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(src, f), f]))('%s imports only relative paths or zod', (_name, file) => {
    const forbidden = importSpecifiers(readFileSync(file, 'utf8')).filter((s) => !allowed(s));
    expect(forbidden).toEqual([]);
  });

  it('the scanner catches forbidden imports', () => {
    const code = `import { readFileSync } from 'node:fs';\nimport type { X } from "pg";\nexport * from 'fastify';\nconst r = await import('react');\nimport './ok.ts';\nimport { z } from 'zod';`;
    expect(importSpecifiers(code).filter((s) => !allowed(s))).toEqual(['node:fs', 'pg', 'fastify', 'react']);
  });
});
