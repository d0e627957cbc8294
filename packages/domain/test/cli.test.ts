import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'packages/domain/src/conformance/cli.ts');
const sample = join(root, '../shared/conformance/vectors.sample.json');

function runCli(...files: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...files], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, lines: r.stdout.trimEnd().split('\n'), stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'koers-conformance-'));
const failing = join(dir, 'failing.json');
writeFileSync(
  failing,
  JSON.stringify({
    vectors: [
      { id: 't-ok', rule: 'term', input: { pipIssuedOn: '2024-05-02', extensions: [] }, expected: { start: '2024-05-03', endExclusive: '2027-05-03' } },
      { id: 't-wrong', rule: 'term', input: { pipIssuedOn: '2024-05-02' }, expected: { start: '2024-05-02' } },
      { id: 'unknown', rule: 'teleport', input: {}, expected: { ok: true } },
    ],
  }),
);
const broken = join(dir, 'broken.json');
writeFileSync(broken, '{ not json');

describe('conformance CLI', { timeout: 60_000 }, () => {
  it('passes the sample with exit status 0', () => {
    const r = runCli(sample);
    expect(r.status).toBe(0);
    expect(r.lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(r.lines.slice(0, -1).every((l) => l.startsWith('PASS '))).toBe(true);
    expect(r.lines).toContain('PASS term-1-006');
  });

  it('reports failures and unknown rules with exit status 1', () => {
    const r = runCli(sample, failing);
    expect(r.status).toBe(1);
    expect(r.lines).toContain('PASS t-ok');
    expect(r.lines).toContain('FAIL t-wrong: expected {"start":"2024-05-02"} got {"start":"2024-05-03"}');
    expect(r.lines).toContain('FAIL unknown: expected {"ok":true} got error: unknown rule "teleport"');
    expect(r.lines.at(-1)).toBe('31 passed, 2 failed');
  });

  it('unreadable or malformed files fail without a crash', () => {
    const r = runCli(broken, join(dir, 'does-not-exist.json'));
    expect(r.status).toBe(1);
    expect(r.lines[0]).toMatch(/^FAIL .*broken\.json: cannot read vectors/);
    expect(r.lines.at(-1)).toBe('0 passed, 2 failed');
  });

  it('without files prints usage and exits non-zero', () => {
    const r = runCli();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Gebruik/);
  });
});
