// The mapping is pure: only relative imports and the domain core (itself pure).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../src/mapping/', import.meta.url));
const allowed = (spec: string): boolean => spec === '../types.ts' || spec.startsWith('./') || spec === '@koers/domain';

function importSpecifiers(code: string): string[] {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ].flatMap((re) => [...noComments.matchAll(re)].map((m) => m[1] ?? ''));
}

describe('purity of packages/brp/src/mapping', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it('finds the mapping files', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  it.each(files)('%s imports only the mapping, the BRP types and the domain core', (file) => {
    expect(importSpecifiers(readFileSync(join(dir, file), 'utf8')).filter((s) => !allowed(s))).toEqual([]);
  });
});
