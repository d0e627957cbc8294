// DUO settings from the environment: go live with configuration only.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';

const base = { KOERS_DATA_DIR: '/tmp/koers-test', KOERS_SECRET: 'test-geheim-'.padEnd(40, 'x') };

describe('DUO configuration', () => {
  it('demo mode on the embedded database runs the DUO simulator embedded by default', () => {
    expect(configFromEnv({ ...base }).duo).toMatchObject({ mode: 'embedded' });
    expect(configFromEnv({ ...base, KOERS_DEMO: 'false' }).duo).toBeUndefined();
    expect(configFromEnv({ ...base, KOERS_DEMO: 'false', KOERS_DUO_SIMULATOR: 'embedded' }).duo).toMatchObject({ mode: 'embedded' });
    expect(configFromEnv({ ...base, KOERS_DUO_SIMULATOR: 'off' }).duo).toBeUndefined();
  });

  it('a real DUO: base URL, DUO OIN and the mutual-TLS files', () => {
    const duo = configFromEnv({
      ...base,
      KOERS_DEMO: 'false',
      DUO_BASE_URL: 'https://duo.example.nl:8443/v1',
      DUO_DOEL_OIN: '00000001800866472000',
      DUO_TLS_CERT: '/etc/koers/pkio.crt',
      DUO_TLS_KEY: '/etc/koers/pkio.key',
      DUO_TLS_CA: '/etc/koers/pkio-ca.pem',
      DUO_TIMEOUT_MS: '20000',
    }).duo;
    expect(duo).toEqual({
      mode: 'real',
      baseUrl: 'https://duo.example.nl:8443/v1',
      duoOin: '00000001800866472000',
      tls: { certPath: '/etc/koers/pkio.crt', keyPath: '/etc/koers/pkio.key', caPath: '/etc/koers/pkio-ca.pem' },
      timeoutMs: 20000,
    });
    // A configured DUO wins over the demo default.
    expect(configFromEnv({ ...base, DUO_BASE_URL: 'https://duo.example.nl/v1', DUO_DOEL_OIN: '00000001800866472000' }).duo?.mode).toBe('real');
  });

  it('refuses incomplete settings with a Dutch message', () => {
    expect(() => configFromEnv({ ...base, DUO_BASE_URL: 'https://duo.example.nl/v1' })).toThrow(/DUO_DOEL_OIN/);
    expect(() => configFromEnv({ ...base, DUO_DOEL_OIN: '123' })).toThrow(/OIN bestaat uit 20 cijfers/);
    expect(() => configFromEnv({ ...base, DUO_BASE_URL: 'https://duo.example.nl/api', DUO_DOEL_OIN: '00000001800866472000' })).toThrow(/major-versiepad/);
    expect(() => configFromEnv({ ...base, DUO_BASE_URL: 'https://duo.example.nl/v1', DUO_DOEL_OIN: '00000001800866472000', DUO_TLS_CERT: '/x.crt' })).toThrow(/alle drie/);
  });
});
