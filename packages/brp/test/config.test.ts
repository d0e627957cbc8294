import { describe, expect, it } from 'vitest';
import { BrpConfigError, isLoopbackUrl, parseBrpConfig } from '../src/config.ts';

describe('BRP client configuration', () => {
  it('accepts https, and http only to this machine', () => {
    expect(parseBrpConfig({ baseUrl: 'https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp', apiKey: 'k' })).toMatchObject({
      timeoutMs: 10_000,
    });
    expect(parseBrpConfig({ baseUrl: 'http://127.0.0.1:8090/haalcentraal/api/brp' }).baseUrl).toContain('127.0.0.1');
    expect(() => parseBrpConfig({ baseUrl: 'http://brp.example.nl/api' })).toThrow(/https:\/\//);
    expect(() => parseBrpConfig({ baseUrl: 'geen url' })).toThrow(BrpConfigError);
  });

  it('mutual TLS needs https; the time-out is bounded', () => {
    expect(() => parseBrpConfig({ baseUrl: 'http://localhost:1/x', tls: { certPath: 'a', keyPath: 'b', caPath: 'c' } })).toThrow(
      /mutual TLS/,
    );
    expect(() => parseBrpConfig({ baseUrl: 'https://brp.example.nl', timeoutMs: 0 })).toThrow(BrpConfigError);
    expect(() => parseBrpConfig({ baseUrl: 'https://brp.example.nl', timeoutMs: 500_000 })).toThrow(BrpConfigError);
  });

  it('knows loopback addresses', () => {
    expect(['http://127.0.0.1:1', 'http://localhost', 'http://[::1]:8080'].map(isLoopbackUrl)).toEqual([true, true, true]);
    expect(['http://10.0.0.1', 'http://127.0.0.1.example.nl', 'onzin'].map(isLoopbackUrl)).toEqual([false, false, false]);
  });
});
