// The build step that writes brotli and gzip next to each text file (vite-plugins.ts, ADR 0151).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { precompress } from '../vite-plugins.ts';

const root = mkdtempSync(join(tmpdir(), 'koers-precompress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function runPlugin(): Promise<void> {
  const plugin = precompress();
  const configResolved = plugin.configResolved as (config: Pick<ResolvedConfig, 'root' | 'build'>) => void;
  configResolved({ root, build: { outDir: 'dist' } as ResolvedConfig['build'] });
  await (plugin.closeBundle as () => Promise<void>)();
}

describe('precompress', () => {
  it('writes .br and .gz for text files that decompress to the file; not for small files, fonts or source maps', async () => {
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    const script = 'export const x = "Koers";\n'.repeat(200);
    writeFileSync(join(dist, 'assets', 'index-AbCd1234.js'), script);
    writeFileSync(join(dist, 'assets', 'index-AbCd1234.js.map'), '{}'.padEnd(5000, ' '));
    writeFileSync(join(dist, 'assets', 'font-AbCd1234.woff2'), Buffer.alloc(5000, 1));
    writeFileSync(join(dist, 'index.html'), '<!doctype html>'.padEnd(3000, ' '));
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    await runPlugin();
    expect(readdirSync(join(dist, 'assets')).sort()).toEqual(['font-AbCd1234.woff2', 'index-AbCd1234.js', 'index-AbCd1234.js.br', 'index-AbCd1234.js.gz', 'index-AbCd1234.js.map']);
    expect(readdirSync(dist).sort()).toEqual(['assets', 'favicon.svg', 'index.html', 'index.html.br', 'index.html.gz']);
    expect(brotliDecompressSync(readFileSync(join(dist, 'assets', 'index-AbCd1234.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dist, 'assets', 'index-AbCd1234.js.gz'))).toString()).toBe(script);
  });
});
