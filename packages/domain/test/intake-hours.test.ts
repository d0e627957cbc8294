// Intake hours in the Z-route ledger (B3.14 lid 6): checked as whole hours within the norm, and
// deducted from the activity norm with their own explained step and article.
import { describe, expect, it } from 'vitest';
import { checkIntakeActivityHours, zRouteHoursRemaining } from '../src/index.ts';

describe('hours of activities during the brede intake (art. 3.14 lid 6 Bi)', () => {
  it('accepts none, zero and whole hours up to the norm', () => {
    for (const hours of [null, 0, 1, 40, 800]) expect(checkIntakeActivityHours(hours).value, String(hours)).toEqual({ accepted: true, errors: [] });
    expect(checkIntakeActivityHours(40).explanation.summary).toBe('40 uur activiteiten tijdens de brede intake gaan af van de urennorm voor activiteiten van de Z-route.');
    expect(checkIntakeActivityHours(40).explanation.articles).toContain('art. 3.14 lid 6 Besluit inburgering 2021');
  });

  it('refuses parts of hours, negative hours and more than the norm', () => {
    expect(checkIntakeActivityHours(2.5).value.errors).toEqual(['not-whole-hours']);
    expect(checkIntakeActivityHours(-1).value.errors).toEqual(['negative']);
    expect(checkIntakeActivityHours(801).value).toEqual({ accepted: false, errors: ['above-norm'] });
  });

  it('the ledger deducts them from the activity norm with their own step and article', () => {
    const without = zRouteHoursRemaining({ targetGroup: 'asiel', courseHours: 0, activityHours: 100, mapHours: 20, pvtHours: 12, intakeHours: null });
    const withIntake = zRouteHoursRemaining({ targetGroup: 'asiel', courseHours: 0, activityHours: 100, mapHours: 20, pvtHours: 12, intakeHours: 30 });
    expect(without.value.activityHoursRemaining).toBe(668);
    expect(withIntake.value.activityHoursRemaining).toBe(638);
    expect(withIntake.explanation.steps.map((s) => s.text)).toContain('Activiteiten: 800 − 100 activiteiten − 20 MAP − 12 PVT − 30 tijdens de brede intake = nog 638.');
    expect(withIntake.explanation.articles).toContain('art. 3.14 lid 6 Besluit inburgering 2021');
    expect(without.explanation.articles).not.toContain('art. 3.14 lid 6 Besluit inburgering 2021');
  });

  it('do not apply to gezinsmigranten and overige migranten (no activity norm)', () => {
    expect(zRouteHoursRemaining({ targetGroup: 'gezin-overig', courseHours: 0, activityHours: 0, mapHours: 0, pvtHours: 0, intakeHours: 30 }).value.activityHoursRemaining).toBeNull();
  });
});
