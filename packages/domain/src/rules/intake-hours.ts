// Hours of activities during the brede intake that the college counts towards the Z-route's
// activity norm (B3.14 lid 6): whole hours, and never more than the norm they are deducted from.
import { bi, explained, step, type Explained } from './explanation.ts';
import { Z_ACTIVITY_HOURS } from './z-route.ts';

export type IntakeActivityHoursError = 'not-whole-hours' | 'negative' | 'above-norm';

// art. 3.14 lid 6 Besluit inburgering 2021
export function checkIntakeActivityHours(hours: number | null): Explained<{ accepted: boolean; errors: IntakeActivityHoursError[] }> {
  if (hours === null) {
    return explained({ accepted: true, errors: [] }, 'Geen uren tijdens de brede intake vastgelegd.', [step('Zonder vastgelegde uren gaat er niets af van de urennorm voor activiteiten.', bi('3.14', 6))]);
  }
  const errors: IntakeActivityHoursError[] = [];
  if (!Number.isInteger(hours)) errors.push('not-whole-hours');
  if (hours < 0) errors.push('negative');
  if (hours > Z_ACTIVITY_HOURS) errors.push('above-norm');
  const accepted = errors.length === 0;
  return explained(
    { accepted, errors },
    accepted ? `${hours} uur activiteiten tijdens de brede intake gaan af van de urennorm voor activiteiten van de Z-route.` : 'De uren tijdens de brede intake kunnen zo niet worden vastgelegd.',
    [
      step('Uren van activiteiten tijdens de brede intake (ook in het kader van de Participatiewet of de maatschappelijke begeleiding) kunnen in mindering worden gebracht op de urennorm.', bi('3.14', 6)),
      step(`Hele uren, niet negatief en niet meer dan de norm van ${Z_ACTIVITY_HOURS} uur.`, bi('3.14', 2, 'b')),
    ],
  );
}
