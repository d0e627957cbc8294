// A stand-in for a gemeente's DigiD broker, for the demo only (ADR 0153): an OpenID Connect provider
// on a loopback port where one picks a demo person instead of logging in with DigiD. The ID token
// carries the person's BSN in the claim `bsn`, as a broker does. Never started outside demo mode.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Configuration, default as OidcProvider } from 'oidc-provider';

export interface DemoPerson {
  readonly bsn: string;
  readonly name: string;
  readonly gemeente: string;
}

export interface DemoDigidBroker {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  close(): Promise<void>;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, persons: readonly DemoPerson[]): string {
  const rows = persons
    .map(
      (p) => `<li><form method="post" action="/interaction/${escapeHtml(uid)}"><input type="hidden" name="bsn" value="${escapeHtml(p.bsn)}">` +
        `<button type="submit">${escapeHtml(p.name)} <span>(${escapeHtml(p.gemeente)})</span></button></form></li>`,
    )
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo-DigiD — kies een persoon</title>
<style>body{font-family:system-ui,sans-serif;max-inline-size:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
ul{list-style:none;padding:0}li{margin-block:.5rem}button{min-block-size:44px;inline-size:100%;text-align:start;padding:.5rem 1rem;font:inherit;border:2px solid #154273;border-radius:4px;background:#fff;color:#154273;cursor:pointer}
button:focus-visible,button:hover{background:#154273;color:#fff}span{font-weight:normal}</style></head>
<body><main><h1>Demo-DigiD</h1><p>Dit is geen echte DigiD. In de demo kiest u hieronder als wie u inlogt.</p><ul>${rows}</ul></main></body></html>`;
}

async function formField(req: IncomingMessage, name: string): Promise<string | undefined> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) return undefined;
  }
  return new URLSearchParams(body).get(name) ?? undefined;
}

/**
 * oidc-provider prints "Unsupported runtime" on every Node release before 22 when it is loaded,
 * although it runs on Node 20 (Koers's minimum); the demo broker is its only user at run time, so
 * it is loaded here, on demand, without that one line.
 */
async function loadOidcProvider(): Promise<typeof OidcProvider> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('oidc-provider WARNING: Unsupported runtime')) return;
    warn(...args);
  };
  try {
    return (await import('oidc-provider')).default;
  } finally {
    console.warn = warn;
  }
}

export async function startDemoDigidBroker(options: { redirectUri: string; persons: readonly DemoPerson[] }): Promise<DemoDigidBroker> {
  const clientId = 'koers-demo-portaal';
  const clientSecret = randomBytes(24).toString('hex');
  const known = new Set(options.persons.map((p) => p.bsn));
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('DigiD-broker: geen TCP-poort');
  const issuer = `http://127.0.0.1:${address.port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub', 'bsn'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'demo', alg: 'RS256', use: 'sig' }] },
    findAccount: (_ctx, sub) => (known.has(sub) ? { accountId: sub, claims: () => ({ sub, bsn: sub }) } : undefined),
    // The portal is the broker's own client: no consent screen.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid');
      await grant.save();
      return grant;
    },
  };
  const Provider = await loadOidcProvider();
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'POST') {
        const bsn = await formField(req, 'bsn');
        if (bsn === undefined || !known.has(bsn)) {
          res.statusCode = 400;
          res.end('Onbekende persoon');
          return;
        }
        await provider.interactionFinished(req, res, { login: { accountId: bsn } }, { mergeWithLastSubmission: false });
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(loginPage(details.uid, options.persons));
    } catch {
      res.statusCode = 400;
      res.end('De inlogsessie is verlopen; begin opnieuw in het portaal.');
    }
  }

  handler = (req, res) => {
    if ((req.url ?? '').startsWith('/interaction/')) {
      void interaction(req, res);
      return;
    }
    void callback(req, res);
  };

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
