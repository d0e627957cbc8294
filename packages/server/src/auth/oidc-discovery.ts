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
