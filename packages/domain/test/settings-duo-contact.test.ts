import { describe, expect, it } from 'vitest';
import { defaultSettings, duoTelefoonnummerSchema, localSettingsSchema, parseSettings } from '../src/index.ts';

describe('duoContactTelefoon (local setting) and DUO telefoonnummer pattern', () => {
  it('accepts the numbers DUO accepts', () => {
    for (const n of ['030 123 4567', '0301234567', '+31 30 1234567', '+31 (0)30 1234567', '06-12345678', '020 555 1234,123', '112']) {
      expect(duoTelefoonnummerSchema.safeParse(n).success, n).toBe(true);
    }
  });

  it('refuses what DUO would refuse, in Dutch', () => {
    for (const n of ['', '12', 'bel maar', '030/1234567', '+31 30 1234567 890 1234', '030 1234567,0']) {
      const r = duoTelefoonnummerSchema.safeParse(n);
      expect(r.success, n).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/^(moet|mag)/);
    }
  });

  it('is an optional local setting; a bad one names the field', () => {
    expect(localSettingsSchema.partial().safeParse({ duoContactTelefoon: '030 123 4567' }).success).toBe(true);
    const result = parseSettings({ ...defaultSettings, gemeenten: { '0148': { '2026': { duoContactTelefoon: 'geen' } } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('telefoonnummer team voor DUO');
  });
});
