import { describe, expect, it } from 'vitest';
import { learnabilityTestExemption, nextIntakeStep } from '../src/rules/intake.ts';

describe('brede intake (B2)', () => {
  it('invites first, then waits', () => {
    expect(nextIntakeStep({ outcomes: [] }).value).toEqual({ action: 'invite', fineable: false });
    expect(nextIntakeStep({ outcomes: ['pending'] }).value.action).toBe('await-response');
    expect(nextIntakeStep({ outcomes: ['appeared'] }).value.action).toBe('conduct-intake');
  });

  it('warns and re-invites; a fine only after the repeat invitation (W22 lid 1)', () => {
    expect(nextIntakeStep({ outcomes: ['no-show'] }).value).toEqual({ action: 'warn-and-reinvite', fineable: false });
    expect(nextIntakeStep({ outcomes: ['no-show', 'insufficient-cooperation'] }).value).toEqual({ action: 'warn-and-reinvite', fineable: true });
  });

  it('completes in absence after three invitations (W14 lid 2)', () => {
    const r = nextIntakeStep({ outcomes: ['no-show', 'no-show', 'no-show'] });
    expect(r.value).toEqual({ action: 'complete-in-absence', fineable: true });
    expect(r.explanation.articles).toContain('art. 14 lid 2 Wet inburgering 2021');
  });

  it('exempts from the leerbaarheidstoets for visual, or auditory-and-unable (W14 lid 6)', () => {
    expect(learnabilityTestExemption({ visualImpairment: true, auditoryImpairment: false, unableToTakeTest: false }).value).toBe(true);
    expect(learnabilityTestExemption({ visualImpairment: false, auditoryImpairment: true, unableToTakeTest: true }).value).toBe(true);
    expect(learnabilityTestExemption({ visualImpairment: false, auditoryImpairment: true, unableToTakeTest: false }).value).toBe(false);
    expect(learnabilityTestExemption({ visualImpairment: false, auditoryImpairment: false, unableToTakeTest: true }).value).toBe(false);
  });
});
