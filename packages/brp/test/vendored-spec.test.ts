// The BRP specification ships with Koers (spec/, see ORIGIN.md). When the project's reference copy
// (../shared/brp/openapi.yaml relative to the repository root) exists, the bundled file must equal
// it byte for byte.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSpecFile, loadBrpSpec } from '../src/spec.ts';

const bundled = bundledSpecFile();
const repositoryRoot = path.resolve(path.dirname(bundled), '..', '..', '..');
const reference = path.resolve(repositoryRoot, '..', 'shared', 'brp', 'openapi.yaml');

describe('bundled BRP specification', () => {
  it('is the BRP API Personen 2.7.0 (OpenAPI 3.1), with an origin note naming that version', () => {
    const spec = loadBrpSpec(bundled);
    expect(spec.title).toBe('BRP API Personen');
    expect(spec.version).toBe('2.7.0');
    expect(String(spec.document['openapi'])).toMatch(/^3\.1/);
    const origin = readFileSync(path.join(path.dirname(bundled), 'ORIGIN.md'), 'utf8');
    expect(origin).toMatch(new RegExp(`\\| Personen \\| ${spec.title} \\| ${spec.version.replace(/\./g, '\\.')} \\|`));
  });

  it.runIf(existsSync(reference))('equals the reference copy in ../shared/brp byte for byte', () => {
    expect(readFileSync(bundled).equals(readFileSync(reference))).toBe(true);
  });
});
