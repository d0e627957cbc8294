// A start that cannot succeed prints a Dutch reason and ends with a non-zero exit code; it never
// leaves a process that runs without serving (issue 9).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DuoSpecError } from '@koers/duo';
import { explainStartupFailure } from '../src/startup-failure.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function start(env: Record<string, string>): { status: number | null; stderr: string; signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', KOERS_DATA_DIR: mkdtempSync(join(tmpdir(), 'koers-start-')), PORT: '0', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    // A guard, not a measurement: a start that hangs is killed and the test fails on the signal.
    timeout: 90_000,
  });
  return { status: result.status, stderr: result.stderr, signal: result.signal };
}

describe('a failed start', () => {
  it('without DUO specifications: a Dutch reason and exit code 1', () => {
    const result = start({ KOERS_DUO_SPEC_DIR: '/bestaat/niet' });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Koers kon niet starten.');
    expect(result.stderr).toContain('De specificaties van DUO konden niet worden gelezen');
  });

  it('with invalid configuration: names the variable', () => {
    const result = start({ PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PORT: /);
  });

  it('when the new data folder cannot be prepared (in its own process): the reason and exit code 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'koers-start-')), 'een-bestand');
    writeFileSync(file, '');
    const result = start({ KOERS_DATA_DIR: join(file, 'data') });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Koers kon niet starten.');
    expect(result.stderr).toContain(`${join(file, 'data')} ligt in een bestand, niet in een map. Controleer KOERS_DATA_DIR.`);
  });

  it('with an unreachable PostgreSQL server: says so', () => {
    const result = start({ DATABASE_URL: 'postgres://koers@127.0.0.1:1/koers', KOERS_SECRET: 'x'.repeat(40) });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('De PostgreSQL-server is niet bereikbaar');
  });
});

describe('explainStartupFailure', () => {
  const systemError = (code: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(code), { code, ...extra });

  it('explains the usual causes in Dutch', () => {
    expect(explainStartupFailure(systemError('EADDRINUSE', { port: 3000, syscall: 'listen' }))).toMatch(/^Poort 3000 is al in gebruik/);
    expect(explainStartupFailure(systemError('EACCES', { port: 80, syscall: 'listen' }))).toMatch(/poort 80/);
    expect(explainStartupFailure(systemError('EACCES', { path: '/data', syscall: 'open' }))).toMatch(/geen toegang tot \/data/);
    expect(explainStartupFailure(systemError('28P01'))).toMatch(/weigert de aanmelding/);
    expect(explainStartupFailure(systemError('3D000'))).toMatch(/bestaat niet/);
    expect(explainStartupFailure(systemError('ENOTDIR', { path: '/data/x' }))).toMatch(/^\/data\/x ligt in een bestand, niet in een map/);
    expect(explainStartupFailure(new DuoSpecError('ontbreekt'))).toMatch(/specificaties van DUO/);
    const wrapped = new Error('Failed query: SELECT 1', { cause: systemError('ECONNREFUSED') });
    expect(explainStartupFailure(wrapped)).toMatch(/niet bereikbaar/);
    expect(explainStartupFailure(new Error('Ongeldige configuratie: X'))).toBe('Ongeldige configuratie: X');
  });
});
