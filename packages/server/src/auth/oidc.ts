import * as client from 'openid-client';
import { cachedDiscovery, finishCodeFlow, startCodeFlow, type CodeFlowStart } from './oidc-discovery.ts';
import type { OidcConfig } from '../config.ts';

export type OidcStart = CodeFlowStart;

export interface OidcIdentity {
  subject: string;
  email: string | undefined;
}

/** Login through the organisation's identity provider: authorization code flow with PKCE. */
export interface OidcLogin {
  readonly label: string;
  start(): Promise<OidcStart>;
  finish(callbackUrl: URL, pending: { codeVerifier: string; state: string; nonce: string }): Promise<OidcIdentity>;
}

export function createOidcLogin(config: OidcConfig): OidcLogin {
  const configuration = cachedDiscovery(config);

  return {
    label: config.label,
    start: () => startCodeFlow(configuration, config.redirectUri, 'openid email profile'),
    async finish(callbackUrl, pending) {
      const { tokens, claims } = await finishCodeFlow(configuration, callbackUrl, pending);
      // Providers that follow the spec strictly put scope claims (email) only in the UserInfo
      // response when an access token is issued, not in the ID token: ask there when needed.
      let profile: Record<string, unknown> = { ...claims };
      if (typeof profile.email !== 'string' && tokens.access_token) {
        profile = await client.fetchUserInfo(await configuration(), tokens.access_token, claims.sub);
      }
      // An address the provider explicitly calls unverified must not link an account.
      const email = typeof profile.email === 'string' && profile.email_verified !== false ? profile.email : undefined;
      return { subject: claims.sub, email };
    },
  };
}
