import { aowDate, defaultAowTable, determineDuty, dutyRegime, type Explanation, type PermitType, type StayPurpose } from '@koers/domain';

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

/** cases.duty_explanation: why the case is (not) obliged, as Koers assessed it or DUO decided it. */
export interface StoredDutyExplanation {
  duty: Explanation;
  /** Only when Koers assessed the duty (the AOW-age check). */
  aow?: Explanation;
  assessedOn: string;
  decidedBy?: 'DUO';
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

/** What DUO said about the duty (notification + raadpleging Inburgeringsplicht/Doelgroep). */
export interface DuoDuty {
  /** indicatorInburgeringsplicht; null when DUO gave no answer (yet). */
  obliged: boolean | null;
  targetGroup: 'asiel' | 'gezin-overig' | null;
  notObligedReason?: string | null;
  /** The DUO event code that carried it, e.g. 'SS101'. */
  eventCode: string;
}

export type DuoDutyColumns = Omit<DutyColumns, 'dutyExplanation' | 'obliged'> & { obliged: boolean | null; dutyExplanation: { duty: Explanation; assessedOn: string; decidedBy: 'DUO' } };

const duoArticle = 'DUO M2M-koppelvlak, Notificatie';

/**
 * DUO decides the duty and the target group (art. 3 Wi 2021: DUO stelt de inburgeringsplicht vast);
 * Koers stores that answer with an explanation citing the notification. Only the regime is the
 * rules core's (`dutyRegime`, art. 54–55 Wi 2021), from the day the duty arose.
 */
export function duoDutyColumns(duty: DuoDuty, dutyStartOn: string | null, today: string): DuoDutyColumns {
  const regime = dutyStartOn ? dutyRegime(dutyStartOn) : null;
  const answer =
    duty.obliged === null
      ? `DUO meldde ${duty.eventCode}; DUO gaf (nog) geen antwoord op de vraag of de persoon inburgeringsplichtig is.`
      : duty.obliged
        ? `Inburgeringsplichtig volgens DUO (melding ${duty.eventCode})${duty.targetGroup ? `, doelgroep ${duty.targetGroup}` : ''}.`
        : `Niet inburgeringsplichtig volgens DUO (melding ${duty.eventCode})${duty.notObligedReason ? `: ${duty.notObligedReason}` : ''}.`;
  return {
    obliged: duty.obliged,
    notObligedReason: duty.obliged === false ? (duty.notObligedReason ?? null) : null,
    targetGroup: duty.targetGroup,
    regime: regime?.value ?? null,
    dutyExplanation: {
      duty: {
        summary: `${answer}${regime ? ` ${regime.explanation.summary}` : ''}`,
        steps: [{ text: `DUO stelt de inburgeringsplicht vast en meldde die met ${duty.eventCode}; de plicht en de doelgroep zijn die van DUO.`, articles: [duoArticle] }, ...(regime?.explanation.steps ?? [])],
        articles: [duoArticle, ...(regime?.explanation.articles ?? [])],
      },
      assessedOn: dutyStartOn ?? today,
      decidedBy: 'DUO',
    },
  };
}
