// Configuration from the environment: a real installation cannot start with the development key.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.ts';

describe('KOERS_SECRET', () => {
  it('may be absent only for the demo on the embedded database', () => {
    expect(configFromEnv({ KOERS_DATA_DIR: '/tmp/koers-test' }).secret).toMatch(/ontwikkelsleutel/);
    expect(() => configFromEnv({ KOERS_DATA_DIR: '/tmp/koers-test', KOERS_DEMO: 'false' })).toThrow(/KOERS_SECRET is verplicht zonder demomodus/);
    expect(() => configFromEnv({ DATABASE_URL: 'postgres://koers@db/koers' })).toThrow(/KOERS_SECRET is verplicht bij een PostgreSQL-server/);
  });

  it('is used when given, and must be long enough', () => {
    const secret = 'een-echte-sleutel-voor-productie-2026';
    expect(configFromEnv({ KOERS_DEMO: 'false', KOERS_SECRET: secret }).secret).toBe(secret);
    expect(() => configFromEnv({ KOERS_SECRET: 'kort' })).toThrow(/minstens 32 tekens/);
  });

  it('takes a second login for requests only together with the owner\'s', () => {
    const secret = 'x'.repeat(40);
    const config = configFromEnv({ DATABASE_URL: 'postgres://koers@db/koers', DATABASE_APP_URL: 'postgres://koers_web@db/koers', KOERS_SECRET: secret });
    expect(config.database).toEqual({ kind: 'postgresql', url: 'postgres://koers@db/koers', appUrl: 'postgres://koers_web@db/koers' });
    expect(() => configFromEnv({ DATABASE_APP_URL: 'postgres://koers_web@db/koers', KOERS_SECRET: secret })).toThrow(/DATABASE_APP_URL/);
  });
});
