// Login of the inburgeraar through the gemeente's DigiD broker (issue 17, ADR 0152): OIDC
// authorization code flow with PKCE, as for employees (oidc.ts); the BSN comes from a configurable
// claim of the ID token, or of UserInfo when the broker puts it there.
import * as client from 'openid-client';
import { cachedDiscovery, finishCodeFlow, startCodeFlow } from './oidc-discovery.ts';
import type { DigidConfig } from '../config.ts';
import type { OidcStart } from './oidc.ts';

export interface DigidLogin {
  start(): Promise<OidcStart>;
  /** The BSN of the person who signed in, or undefined when the broker sent none. */
  finish(callbackUrl: URL, pending: { codeVerifier: string; state: string; nonce: string }): Promise<string | undefined>;
}

export function createDigidLogin(config: DigidConfig): DigidLogin {
  const configuration = cachedDiscovery(config);

  return {
    start: () => startCodeFlow(configuration, config.redirectUri, 'openid'),
    async finish(callbackUrl, pending) {
      const { tokens, claims } = await finishCodeFlow(configuration, callbackUrl, pending);
      let value: unknown = claims[config.bsnClaim];
      if (value === undefined && tokens.access_token) {
        const info = await client.fetchUserInfo(await configuration(), tokens.access_token, claims.sub);
        value = info[config.bsnClaim];
      }
      if (typeof value === 'number') value = String(value).padStart(9, '0');
      return typeof value === 'string' && /^\d{9}$/.test(value) ? value : undefined;
    },
  };
}
