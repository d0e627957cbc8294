import * as client from 'openid-client';

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** Only for a provider on loopback (demo, tests): allow plain HTTP. */
  allowInsecure: boolean;
}

/**
 * The provider's configuration, discovered at first use and cached, so Koers starts even when the
 * provider is down; a failed discovery is tried again next time. Shared by the employees' login
 * (oidc.ts) and the inburgeraar's DigiD login (digid.ts).
 */
export function cachedDiscovery(settings: OidcClientSettings): () => Promise<client.Configuration> {
  let discovered: Promise<client.Configuration> | undefined;
  return () => {
    discovered ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        settings.clientSecret ? undefined : client.None(),
        settings.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
}

export interface CodeFlowStart {
  url: string;
  codeVerifier: string;
  state: string;
  nonce: string;
}

/** The authorization request of the code flow with PKCE (S256), state and nonce. */
export async function startCodeFlow(configuration: () => Promise<client.Configuration>, redirectUri: string, scope: string): Promise<CodeFlowStart> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(await configuration(), {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, codeVerifier, state, nonce };
}

/** The token exchange of the callback, checked against what the start stored; an ID token is required. */
export async function finishCodeFlow(
  configuration: () => Promise<client.Configuration>,
  callbackUrl: URL,
  pending: { codeVerifier: string; state: string; nonce: string },
): Promise<{ tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>; claims: client.IDToken }> {
  const tokens = await client.authorizationCodeGrant(await configuration(), callbackUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('Geen ID-token ontvangen');
  return { tokens, claims };
}
