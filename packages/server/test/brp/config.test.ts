// BRP settings from the environment: a real endpoint with configuration only, the stand-in in the demo.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { explainStartupFailure } from '../../src/startup-failure.ts';
import { BrpSpecError } from '@koers/brp';

const base = { KOERS_DATA_DIR: '/tmp/koers-test', KOERS_SECRET: 'test-geheim-'.padEnd(40, 'x') };
const real = { ...base, KOERS_DEMO: 'false', BRP_BASE_URL: 'https://brp.example.nl/haalcentraal/api/brp' };

describe('BRP configuration', () => {
  it('demo mode runs the stand-in embedded by default; off or without demo there is no BRP', () => {
    expect(configFromEnv({ ...base }).brp).toEqual({
      mode: 'embedded',
      baseUrl: undefined,
      apiKey: undefined,
      tls: undefined,
      timeoutMs: undefined,
    });
    expect(configFromEnv({ ...base, KOERS_DEMO: 'false' }).brp).toBeUndefined();
    expect(configFromEnv({ ...base, KOERS_BRP_STANDIN: 'off' }).brp).toBeUndefined();
    expect(configFromEnv({ ...base, KOERS_DEMO: 'false', KOERS_BRP_STANDIN: 'embedded' }).brp?.mode).toBe('embedded');
  });

  it('a real BRP with an API key, mutual TLS or both, and a time-out', () => {
    expect(configFromEnv({ ...real, BRP_API_KEY: 'sleutel', BRP_TIMEOUT_MS: '8000' }).brp).toEqual({
      mode: 'real',
      baseUrl: 'https://brp.example.nl/haalcentraal/api/brp',
      apiKey: 'sleutel',
      tls: undefined,
      timeoutMs: 8000,
    });
    expect(
      configFromEnv({ ...real, BRP_TLS_CERT: '/etc/koers/brp.crt', BRP_TLS_KEY: '/etc/koers/brp.key', BRP_TLS_CA: '/etc/koers/brp-ca.pem' })
        .brp,
    ).toMatchObject({
      mode: 'real',
      apiKey: undefined,
      tls: { certPath: '/etc/koers/brp.crt', keyPath: '/etc/koers/brp.key', caPath: '/etc/koers/brp-ca.pem' },
    });
    // A configured BRP wins over the demo default.
    expect(configFromEnv({ ...base, BRP_BASE_URL: real.BRP_BASE_URL, BRP_API_KEY: 'sleutel' }).brp?.mode).toBe('real');
    // A gateway on this machine may answer without authentication, over http.
    expect(configFromEnv({ ...base, KOERS_DEMO: 'false', BRP_BASE_URL: 'http://127.0.0.1:8090/haalcentraal/api/brp' }).brp?.mode).toBe(
      'real',
    );
  });

  it('refuses unsafe or incomplete settings with a Dutch message, never showing the key', () => {
    const refused = (env: Record<string, string>, pattern: RegExp) => {
      let message = '';
      try {
        configFromEnv(env);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, JSON.stringify(env)).toMatch(pattern);
      expect(message).not.toContain('geheime-sleutel');
    };
    refused({ ...real }, /BRP_BASE_URL vraagt ook BRP_API_KEY/);
    refused({ ...real, BRP_BASE_URL: 'http://brp.example.nl/api', BRP_API_KEY: 'geheime-sleutel' }, /moet met https:\/\/ beginnen/);
    refused(
      { ...real, BRP_API_KEY: 'geheime-sleutel', BRP_TLS_CERT: '/a.crt' },
      /BRP_TLS_CERT, BRP_TLS_KEY en BRP_TLS_CA horen bij elkaar/,
    );
    refused({ ...base, KOERS_DEMO: 'false', BRP_API_KEY: 'geheime-sleutel' }, /zonder BRP_BASE_URL/);
    refused({ ...real, BRP_API_KEY: 'geheime-sleutel', KOERS_BRP_STANDIN: 'embedded' }, /sluiten elkaar uit/);
    refused({ ...real, BRP_API_KEY: 'geheime-sleutel', BRP_TIMEOUT_MS: 'snel' }, /BRP_TIMEOUT_MS is geen getal/);
    refused({ ...real, BRP_API_KEY: 'geheime-sleutel', BRP_TIMEOUT_MS: '10' }, /BRP_TIMEOUT_MS is minstens 100/);
    refused({ ...base, BRP_BASE_URL: 'geen-url' }, /BRP_BASE_URL is geen geldige URL/);
    refused({ ...base, KOERS_BRP_STANDIN: 'aan' }, /KOERS_BRP_STANDIN is embedded of off/);
  });

  it('a broken specification stops the start with a Dutch explanation', () => {
    expect(explainStartupFailure(new BrpSpecError('De BRP-specificatie ontbreekt: /x/openapi.yaml.'))).toBe(
      'De specificatie van de BRP API kon niet worden gelezen: De BRP-specificatie ontbreekt: /x/openapi.yaml.',
    );
  });
});
