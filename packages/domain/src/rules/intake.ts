// B2: brede intake — invitations, written warning, completion in absence, leerbaarheidstoets exemption.
import { explained, step, wi, bi, type Explained } from './explanation.ts';

export const invitationOutcomeValues = ['pending', 'appeared', 'no-show', 'insufficient-cooperation'] as const;
export type InvitationOutcome = (typeof invitationOutcomeValues)[number];

export interface IntakeInvitationsInput {
  /** Outcomes of the invitations sent so far, oldest first (empty: none sent yet). */
  readonly outcomes: readonly InvitationOutcome[];
}

export const intakeActions = ['invite', 'await-response', 'conduct-intake', 'warn-and-reinvite', 'complete-in-absence'] as const;
export type IntakeAction = (typeof intakeActions)[number];

export interface IntakeStep {
  readonly action: IntakeAction;
  /** A fine under art. 22 may be imposed for the latest failure (only after a warning and repeat invitation). */
  readonly fineable: boolean;
}

/** After this many invitations without appearance or cooperation the college completes the intake alone. */
export const MAX_INTAKE_INVITATIONS = 3;

// art. 14 lid 1–2 en art. 22 lid 1 Wet inburgering 2021 — next step in inviting for the brede intake
export function nextIntakeStep(input: IntakeInvitationsInput): Explained<IntakeStep> {
  const n = input.outcomes.length;
  const last = input.outcomes[n - 1];
  if (last === undefined) {
    return explained({ action: 'invite', fineable: false }, 'Roep de inburgeringsplichtige op voor de brede intake, met een termijn.', [
      step('Het college roept op voor de brede intake en stelt daarbij een termijn.', wi('14', 1)),
    ]);
  }
  switch (last) {
    case 'pending':
      return explained({ action: 'await-response', fineable: false }, `Oproep ${n} loopt nog; wacht de termijn af.`, [
        step(`Oproep ${n} is verstuurd; de termijn loopt nog.`, wi('14', 1)),
      ]);
    case 'appeared':
      return explained({ action: 'conduct-intake', fineable: false }, 'De inburgeringsplichtige is verschenen en werkt mee: neem de brede intake af.', [
        step('Verschenen en voldoende meegewerkt.', wi('14', 3), bi('5.2')),
      ]);
    case 'no-show':
    case 'insufficient-cooperation': {
      const what = last === 'no-show' ? 'niet verschenen' : 'onvoldoende meegewerkt';
      // Art. 22 lid 1: fine for not appearing within the term of art. 14 lid 1, second sentence (the repeat invitation).
      const fineable = n >= 2;
      const fineStep = fineable
        ? [step(`Na waarschuwing en herhaalde oproep opnieuw ${what}: het college legt een boete van € 250 op.`, wi('22', 1), bi('7.1', 1))]
        : [];
      if (n >= MAX_INTAKE_INVITATIONS) {
        return explained(
          { action: 'complete-in-absence', fineable },
          `Na ${n} oproepen ${what}: het college voltooit de brede intake zonder de inburgeringsplichtige.`,
          [step(`Na drie oproepen ${what}: voltooien in afwezigheid.`, wi('14', 2)), ...fineStep],
        );
      }
      return explained(
        { action: 'warn-and-reinvite', fineable },
        `Oproep ${n}: ${what}. Geef een schriftelijke waarschuwing en roep opnieuw op met een nieuwe termijn.`,
        [step(`Oproep ${n}: ${what}; schriftelijke waarschuwing en herhaalde oproep met nieuwe termijn.`, wi('14', 1)), ...fineStep],
      );
    }
    default:
      return last satisfies never;
  }
}

// art. 14 lid 1 en 3 Wet inburgering 2021 — completing the brede intake with the person needs a conversation they were invited to and attended
export function intakeCompletionWithPerson(input: IntakeInvitationsInput): Explained<boolean> {
  const n = input.outcomes.length;
  const last = input.outcomes[n - 1];
  if (last === undefined) {
    return explained(false, 'Er is nog geen oproep voor de brede intake verstuurd: roep eerst op en leg vast dat de inburgeringsplichtige is verschenen.', [
      step('Het college roept op voor de brede intake; de intake is een gesprek met de inburgeringsplichtige.', wi('14', 1)),
    ]);
  }
  if (last === 'pending') {
    return explained(false, `Oproep ${n} loopt nog: leg eerst de uitkomst van de oproep vast.`, [step(`Oproep ${n} is verstuurd; de uitkomst is nog niet vastgelegd.`, wi('14', 1))]);
  }
  if (!input.outcomes.includes('appeared')) {
    return explained(
      false,
      'De inburgeringsplichtige is nog op geen enkele oproep verschenen: de intake kan pas met betrokkene worden afgerond na een gesprek, of zonder betrokkene na drie oproepen.',
      [step('Zonder gesprek is er geen brede intake met betrokkene; na drie oproepen zonder verschijnen voltooit het college haar zonder betrokkene.', wi('14', 1), wi('14', 2))],
    );
  }
  return explained(true, 'De inburgeringsplichtige is op een oproep verschenen: de brede intake kan met betrokkene worden afgerond.', [
    step('Verschenen op de oproep voor de brede intake.', wi('14', 3)),
  ]);
}

export interface LearnabilityExemptionInput {
  readonly visualImpairment: boolean;
  readonly auditoryImpairment: boolean;
  /** With an auditory impairment: the person is deemed unable to take the test. */
  readonly unableToTakeTest: boolean;
}

// art. 14 lid 6 Wet inburgering 2021 — ontheffing van de leerbaarheidstoets
export function learnabilityTestExemption(input: LearnabilityExemptionInput): Explained<boolean> {
  if (input.visualImpairment) {
    return explained(true, 'Ontheffing van de leerbaarheidstoets: visuele beperking.', [
      step('Visuele beperking: het college verleent ontheffing van de leerbaarheidstoets.', wi('14', 6, 'a')),
    ]);
  }
  if (input.auditoryImpairment && input.unableToTakeTest) {
    return explained(true, 'Ontheffing van de leerbaarheidstoets: auditieve beperking die de toets onmogelijk maakt.', [
      step('Auditieve beperking en niet in staat geacht de toets af te leggen: ontheffing.', wi('14', 6, 'b')),
    ]);
  }
  return explained(false, 'Geen grond voor ontheffing van de leerbaarheidstoets.', [
    step(
      input.auditoryImpairment
        ? 'Auditieve beperking, maar wel in staat geacht de toets af te leggen: geen ontheffing.'
        : 'Geen visuele of auditieve beperking: geen ontheffing.',
      wi('14', 6),
    ),
  ]);
}
