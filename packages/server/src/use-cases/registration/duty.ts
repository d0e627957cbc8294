import { aowDate, defaultAowTable, determineDuty, type Explanation, type PermitType, type StayPurpose } from '@koers/domain';

export interface DutyFields {
  birthDate: string;
  nationality: string;
  permit: string;
  permitPurpose: string | null;
  euFamilyMember: boolean;
  joinsProtectedHolder: boolean;
  dutyStartOn: string | null;
  linkedOn: string | null;
}

export interface DutyColumns {
  obliged: boolean;
  notObligedReason: string | null;
  targetGroup: string | null;
  regime: string | null;
  dutyExplanation: { duty: Explanation; aow: Explanation; assessedOn: string };
}

const isPermit = (p: string): p is PermitType => p === 'asiel' || p === 'regulier';
const isPurpose = (p: string | null): p is StayPurpose => p === 'non-temporary' || p === 'temporary' || p === 'religious-worker';

/**
 * Duty, target group and regime from the rules core (A1–A4), with the Dutch explanation. Assessed on
 * the day the duty arose when known (dutyStartOn, else the linkage), otherwise on `today`.
 */
export function dutyColumns(fields: DutyFields, today: string): DutyColumns {
  const aow = aowDate(fields.birthDate, defaultAowTable);
  const assessedOn = fields.dutyStartOn ?? fields.linkedOn ?? today;
  const result = determineDuty({
    birthDate: fields.birthDate,
    nationality: fields.nationality,
    permit: isPermit(fields.permit) ? fields.permit : 'regulier',
    purpose: isPurpose(fields.permitPurpose) ? fields.permitPurpose : null,
    euFamilyMember: fields.euFamilyMember,
    joinsProtectedHolder: fields.joinsProtectedHolder,
    // No AOW row (birth date outside the table): far future, so the rule does not apply.
    aowDate: aow.value ?? '9999-12-31',
    onDate: assessedOn,
    dutyArisenOn: fields.dutyStartOn ?? fields.linkedOn,
  });
  return {
    obliged: result.value.obliged,
    notObligedReason: result.value.reason,
    targetGroup: result.value.targetGroup,
    regime: result.value.regime,
    dutyExplanation: { duty: result.explanation, aow: aow.explanation, assessedOn },
  };
}
