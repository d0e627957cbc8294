import { relative, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Hashed build output (Vite names every file in assets/ after its content): cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, favicon: the browser asks every time (a 304 when unchanged), so a new release shows at once. */
export const REVALIDATE = 'no-cache';

/**
 * Serves the built web app (packages/web/dist) with the gzip and brotli files the build wrote next
 * to each text file (`preCompressed`: the encoding the browser accepts, brotli first; the plain
 * file otherwise, with `Vary: Accept-Encoding`), and caching per kind of file (ADR 0151). Any other
 * GET outside /api/ gets index.html (client-side routes); /portaal and everything under it gets
 * the inburgeraar portal's own page, portaal.html (issue 17).
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const cacheControl = (reply: FastifyReply, path: string) => {
    const inAssets = relative(webDist, path).split(sep)[0] === 'assets';
    reply.header('cache-control', inAssets ? IMMUTABLE : REVALIDATE);
  };
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    preCompressed: true,
    // Source maps are published (open source), but the .vite folder with the build manifest is not.
    serveDotFiles: false,
    setHeaders: (reply, path) => cacheControl(reply, path),
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && isPortaalPath(request.url)) {
      return reply.type('text/html').sendFile('portaal.html');
    }
    if (request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: 'Deze pagina of dit adres bestaat niet.' } });
  });
}

/** The inburgeraar portal's client-side routes: /portaal, /portaal/, /portaal/afspraken, … */
export function isPortaalPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return path === '/portaal' || path.startsWith('/portaal/');
}
