import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intakeCompletionWithPerson, learnabilityTestExemption, nextIntakeStep, type InvitationOutcome } from '../src/rules/intake.ts';

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

describe('completing the brede intake with the person (art. 14 lid 1 en 3)', () => {
  it('needs an invitation the person appeared at, and no invitation still running', () => {
    expect(intakeCompletionWithPerson({ outcomes: [] }).value).toBe(false);
    expect(intakeCompletionWithPerson({ outcomes: [] }).explanation.summary).toContain('nog geen oproep');
    expect(intakeCompletionWithPerson({ outcomes: ['pending'] }).value).toBe(false);
    expect(intakeCompletionWithPerson({ outcomes: ['no-show'] }).value).toBe(false);
    expect(intakeCompletionWithPerson({ outcomes: ['no-show', 'insufficient-cooperation'] }).explanation.summary).toContain('geen enkele oproep verschenen');
    expect(intakeCompletionWithPerson({ outcomes: ['appeared'] }).value).toBe(true);
    expect(intakeCompletionWithPerson({ outcomes: ['no-show', 'appeared'] }).value).toBe(true);
    expect(intakeCompletionWithPerson({ outcomes: ['appeared', 'pending'] }).value).toBe(false);
  });

  it('allows it exactly when some invitation was attended and the last one has an outcome', () => {
    const outcome = fc.constantFrom<InvitationOutcome>('pending', 'appeared', 'no-show', 'insufficient-cooperation');
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 6 }), (outcomes) => {
        const allowed = intakeCompletionWithPerson({ outcomes }).value;
        expect(allowed).toBe(outcomes.includes('appeared') && outcomes.at(-1) !== 'pending');
        // Whenever the next step is to hold the intake, completing with the person is allowed.
        if (nextIntakeStep({ outcomes }).value.action === 'conduct-intake') expect(allowed).toBe(true);
      }),
    );
  });
});
