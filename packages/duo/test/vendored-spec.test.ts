// The DUO specifications ship with Koers (duo-m2m/, see ORIGIN.md). When the project's reference
// copy (../shared/duo-m2m) is beside the repository, every bundled file must equal it byte for byte,
// and every API folder there must be bundled here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDuoM2mDir, duoApiNames } from '../src/spec.ts';

const bundled = bundledDuoM2mDir();
const reference = path.resolve(bundled, '..', '..', '..', '..', 'shared', 'duo-m2m');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => path.join(name, f)) : [name];
  });
}

describe('bundled DUO specifications', () => {
  it('hold every API Koers uses, with an origin note', () => {
    for (const api of duoApiNames) expect(existsSync(path.join(bundled, 'API', api, 'openapi.yml')), api).toBe(true);
    const origin = readFileSync(path.join(bundled, 'ORIGIN.md'), 'utf8');
    for (const api of duoApiNames) {
      const version = /^\s+version:\s*(\S+)/m.exec(readFileSync(path.join(bundled, 'API', api, 'openapi.yml'), 'utf8'))?.[1];
      expect(version, api).toBeDefined();
      expect(origin, `ORIGIN.md noemt ${api} ${version}`).toMatch(new RegExp(`\\| ${api.replace(/[,]/g, '\\$&')} \\|[^\\n]*\\| ${String(version).replace(/\./g, '\\.')} \\|`));
    }
  });

  it.runIf(existsSync(reference))('equal the reference copy in ../shared/duo-m2m byte for byte', () => {
    const ours = filesUnder(bundled).filter((f) => f !== 'ORIGIN.md');
    for (const file of ours) {
      expect(readFileSync(path.join(bundled, file)).equals(readFileSync(path.join(reference, file))), file).toBe(true);
    }
    const theirApis = filesUnder(path.join(reference, 'API')).map((f) => path.join('API', f));
    expect(theirApis.filter((f) => !ours.includes(f))).toEqual([]);
  });
});
