// The web app over HTTP (issue 18, ADR 0151): the precompressed brotli or gzip file the browser
// accepts (brotli first), the plain file otherwise, always with Vary: Accept-Encoding; hashed
// assets cached for a year as immutable, index.html (also as a deep link's fallback) and the
// favicon revalidated every time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestKoers, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
const webDistDir = mkdtempSync(join(tmpdir(), 'koers-web-'));
const script = `export const greeting = ${JSON.stringify('Welkom bij Koers. '.repeat(200))};\n`;
const html = `<!doctype html><html lang="nl"><head><title>Koers</title><script type="module" src="/assets/index-AbCd1234.js"></script></head><body>${'<div></div>'.repeat(120)}</body></html>`;
const favicon = '<svg xmlns="http://www.w3.org/2000/svg"/>';
const portaalHtml = `<!doctype html><html lang="nl"><head><title>Mijn inburgering</title><script type="module" src="/assets/portaal-Ef567890.js"></script></head><body>${'<div></div>'.repeat(120)}</body></html>`;

/** What the build writes (packages/web/vite-plugins.ts): the file, file.br and file.gz. */
function writeWithVariants(path: string, body: string): void {
  writeFileSync(path, body);
  writeFileSync(`${path}.br`, brotliCompressSync(body));
  writeFileSync(`${path}.gz`, gzipSync(body));
}

beforeAll(async () => {
  mkdirSync(join(webDistDir, 'assets'));
  writeWithVariants(join(webDistDir, 'index.html'), html);
  writeWithVariants(join(webDistDir, 'portaal.html'), portaalHtml);
  writeWithVariants(join(webDistDir, 'assets', 'index-AbCd1234.js'), script);
  // Too small to be worth compressing: the build writes no variants.
  writeFileSync(join(webDistDir, 'favicon.svg'), favicon);
  mkdirSync(join(webDistDir, '.vite'));
  writeFileSync(join(webDistDir, '.vite', 'manifest.json'), '{}');
  koers = await createTestKoers({ webDistDir });
});
afterAll(async () => {
  await koers.close();
  rmSync(webDistDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string): Promise<LightMyRequestResponse> =>
  koers.app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

function varies(response: LightMyRequestResponse): boolean {
  return String(response.headers.vary ?? '')
    .split(',')
    .some((v) => v.trim().toLowerCase() === 'accept-encoding');
}

describe('compressed delivery', () => {
  it('brotli when the browser accepts it (also before gzip), and the body decompresses to the file', async () => {
    for (const accept of ['br', 'gzip, deflate, br, zstd']) {
      const response = await get('/assets/index-AbCd1234.js', accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding'], accept).toBe('br');
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(varies(response)).toBe(true);
      expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(script);
      expect(response.rawPayload.length).toBeLessThan(script.length / 4);
    }
  });

  it('gzip when the browser accepts only gzip', async () => {
    const response = await get('/assets/index-AbCd1234.js', 'gzip, deflate');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(varies(response)).toBe(true);
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(script);
  });

  it('the plain file without Accept-Encoding, with identity, or with an encoding we do not have', async () => {
    for (const accept of [undefined, 'identity', 'deflate']) {
      const response = await get('/assets/index-AbCd1234.js', accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding'], String(accept)).toBeUndefined();
      expect(varies(response)).toBe(true);
      expect(response.body).toBe(script);
    }
  });

  it('index.html compressed at / and as the fallback of a deep link; a small file without variants plain', async () => {
    for (const url of ['/', '/dossiers/0b7e4c1e-1111-4aaa-8bbb-000000000000/pip']) {
      const response = await get(url, 'gzip, br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString('utf8'), url).toBe(html);
    }
    const icon = await get('/favicon.svg', 'gzip, br');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect(icon.body).toBe(favicon);
  });
});

describe('the inburgeraar portal (issue 17)', () => {
  it('/portaal, /portaal/ and every page under it get portaal.html (compressed, revalidated), not the employee app', async () => {
    for (const url of ['/portaal', '/portaal/', '/portaal/afspraken', '/portaal/inzage?taal=ar', '/portaal/onbekend/diep']) {
      const response = await get(url, 'gzip, br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(response.rawPayload).toString('utf8'), url).toBe(portaalHtml);
    }
  });

  it('paths that only look alike still get the employee app; the API is never the portal page', async () => {
    for (const url of ['/portaalx', '/dossiers/portaal']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(html);
    }
    const api = await get('/api/portaal/onbekend');
    expect(api.statusCode).not.toBe(200);
    expect(api.body).not.toContain('<html');
  });
});

describe('caching', () => {
  it('hashed assets for a year and immutable, in every encoding', async () => {
    for (const accept of [undefined, 'gzip', 'br']) {
      const response = await get('/assets/index-AbCd1234.js', accept);
      expect(response.headers['cache-control'], String(accept)).toBe('public, max-age=31536000, immutable');
    }
  });

  it('index.html (at /, by name and as a deep link) and the favicon: no-cache, so a new release shows at once', async () => {
    for (const [url, accept] of [
      ['/', 'br'],
      ['/', undefined],
      ['/index.html', 'gzip'],
      ['/werkvoorraad', 'br'],
      ['/favicon.svg', undefined],
    ] as const) {
      const response = await get(url, accept);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], `${url} ${String(accept)}`).toBe('no-cache');
    }
  });

  it('the API is not touched: no immutable caching, no precompressed variants; the build manifest is not served', async () => {
    const api = await get('/api/health', 'br');
    expect(api.statusCode).toBe(200);
    expect(String(api.headers['cache-control'] ?? '')).not.toContain('immutable');
    expect(api.headers['content-encoding']).toBeUndefined();
    const manifest = await get('/.vite/manifest.json');
    expect(manifest.body).not.toBe('{}');
  });
});
