import { describe, expect, it } from 'vitest';
import { defaultSettings, intakeScenarioSchema, localSettingsSchema, parseSettings, settingsFor } from '../src/index.ts';

describe('intakeScenario (local setting, seed 002)', () => {
  it('accepts scenario 1, 2 and 3 and nothing else', () => {
    for (const s of [1, 2, 3]) expect(intakeScenarioSchema.safeParse(s).success).toBe(true);
    for (const s of [0, 4, '2', null]) expect(intakeScenarioSchema.safeParse(s).success).toBe(false);
  });

  it('is optional in the local settings and survives settingsFor', () => {
    expect(localSettingsSchema.partial().safeParse({ intakeScenario: 3 }).success).toBe(true);
    const settings = { ...defaultSettings, gemeenten: { '0148': { '2026': { intakeScenario: 2 as const } } } };
    expect(parseSettings(settings).ok).toBe(true);
    expect(settingsFor(settings, 2026, '0148').intakeScenario).toBe(2);
    expect(settingsFor(defaultSettings, 2026, '0148').intakeScenario).toBeUndefined();
  });

  it('names the field in Dutch when invalid', () => {
    const result = parseSettings({ ...defaultSettings, gemeenten: { '0148': { '2026': { intakeScenario: 4 } } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain('scenario start brede intake');
  });
});
