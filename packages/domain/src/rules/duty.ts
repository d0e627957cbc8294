// A1–A4: who has the inburgeringsplicht, in which target group, and under which regime.
// Readings (docs/adr/0016): fixed order of not-obliged reasons; nareizigers are target group asiel;
// Wi2013 regime when the duty arose before 1 January 2022.
import { addYears, formatDutchDate, isBefore, isOnOrAfter, type IsoDate } from './dates.ts';
import { explained, step, wi, bi, type Explained, type ExplanationStep } from './explanation.ts';
import { targetGroupLabel, type PermitType, type TargetGroup } from './types.ts';

/** EU, EEA and Swiss nationals (ISO 3166-1 alpha-2) — art. 3 lid 2 onderdeel a Wi2021. */
export const EU_EEA_CH_NATIONALITIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH',
];

export type StayPurpose = 'non-temporary' | 'temporary' | 'religious-worker';

export type NotObligedReason =
  | 'eu-national'
  | 'eu-family'
  | 'long-term-resident-integrated'
  | 'treaty-exemption'
  | 'temporary-purpose'
  | 'under-16'
  | 'aow-age';

export type Regime = 'Wi2021' | 'Wi2013';

/** The Wet inburgering 2021 entered into force on 1 January 2022 (art. 55; Stb. 2021, 406). */
export const WI2021_IN_FORCE: IsoDate = '2022-01-01';

export interface DutyInput {
  readonly birthDate: IsoDate;
  /** ISO 3166-1 alpha-2. */
  readonly nationality: string;
  readonly permit: PermitType;
  /** Regular permits only; absent means non-temporary. Ignored for an asylum permit (B2.2). */
  readonly purpose?: StayPurpose | null;
  /** Third-country family member with free-movement rights (W3.2 b). */
  readonly euFamilyMember?: boolean | null;
  /** Regular family member joining a holder of an asylum permit or EU long-term permit with protection (W13.1 b). */
  readonly joinsProtectedHolder?: boolean | null;
  /** Met an integration requirement for long-term residence in another member state (W3.2 c). */
  readonly longTermResidentIntegrated?: boolean | null;
  /** Treaty or decision of an international organisation bars the duty (W3.2 d), e.g. Turkish nationals. */
  readonly treatyExemption?: boolean | null;
  /** Day the person reaches AOW age (see aowDate in settings.ts). */
  readonly aowDate: IsoDate;
  readonly onDate: IsoDate;
  /** Day the duty arose (lawful residence obtained), to decide the regime; defaults to onDate. */
  readonly dutyArisenOn?: IsoDate | null;
}

export interface DutyResult {
  readonly obliged: boolean;
  readonly targetGroup: TargetGroup | null;
  readonly reason: NotObligedReason | null;
  /** Which law governs the duty; null when not obliged. */
  readonly regime: Regime | null;
}

// art. 54 lid 1 Wet inburgering 2021 — Wi2013 keeps applying to people obliged before 1 January 2022 (ondertussengroep)
export function dutyRegime(dutyArisenOn: IsoDate, assumed = false): Explained<Regime> {
  const regime: Regime = isBefore(dutyArisenOn, WI2021_IN_FORCE) ? 'Wi2013' : 'Wi2021';
  const arose = assumed
    ? `Geen datum van ontstaan van de plicht opgegeven; beoordeeld op ${formatDutchDate(dutyArisenOn)}`
    : `De plicht ontstond op ${formatDutchDate(dutyArisenOn)}`;
  const text =
    regime === 'Wi2021'
      ? `${arose}, op of na 1 januari 2022: Wet inburgering 2021.`
      : `${arose}, vóór 1 januari 2022: de Wet inburgering (2013) blijft van toepassing (ondertussengroep).`;
  return explained(regime, text, [step(text, wi('54', 1), wi('55'))]);
}

// art. 3 lid 1–3, art. 13 lid 1 en art. 19 Wet inburgering 2021; art. 2.2 Besluit inburgering 2021
export function determineDuty(input: DutyInput): Explained<DutyResult> {
  const on = formatDutchDate(input.onDate);
  const steps: ExplanationStep[] = [];
  const notObliged = (reason: NotObligedReason, text: string, ...articles: string[]): Explained<DutyResult> => {
    steps.push(step(text, ...articles));
    return explained({ obliged: false, targetGroup: null, reason, regime: null }, `Niet inburgeringsplichtig op ${on}: ${text}`, steps);
  };

  const nationality = input.nationality.toUpperCase();
  if (EU_EEA_CH_NATIONALITIES.includes(nationality)) {
    return notObliged('eu-national', `onderdaan van een EU/EER-staat of Zwitserland (${nationality}).`, wi('3', 2, 'a'));
  }
  if (input.euFamilyMember === true) {
    return notObliged('eu-family', 'familielid van een EU/EER/Zwitserse onderdaan met vrij verkeersrecht.', wi('3', 2, 'b'));
  }
  if (input.longTermResidentIntegrated === true) {
    return notObliged(
      'long-term-resident-integrated',
      'langdurig ingezetene die in een andere lidstaat al aan een inburgeringsvereiste voldeed.',
      wi('3', 2, 'c'),
    );
  }
  if (input.treatyExemption === true) {
    return notObliged('treaty-exemption', 'op grond van een verdrag kan geen inburgeringsplicht worden opgelegd.', wi('3', 2, 'd'));
  }
  const purpose: StayPurpose = input.permit === 'asiel' ? 'non-temporary' : (input.purpose ?? 'non-temporary');
  if (input.permit === 'regulier' && purpose === 'temporary') {
    return notObliged('temporary-purpose', 'verblijf voor een tijdelijk doel (reguliere vergunning met een tijdelijke beperking).', wi('3', 1, 'a'), bi('2.2'));
  }
  steps.push(
    step(
      input.permit === 'asiel'
        ? 'Verblijfsvergunning asiel: nooit een tijdelijk doel.'
        : purpose === 'religious-worker'
          ? 'Reguliere vergunning als geestelijke bedienaar: inburgeringsplichtig ongeacht het verblijfsdoel.'
          : 'Reguliere vergunning voor een niet-tijdelijk doel.',
      wi('3', 1),
      ...(purpose === 'religious-worker' ? [wi('3', 1, 'b')] : []),
    ),
  );
  const sixteenth = addYears(input.birthDate, 16);
  if (isBefore(input.onDate, sixteenth)) {
    return notObliged('under-16', `nog geen 16 jaar (16 op ${formatDutchDate(sixteenth)}).`, wi('3', 1));
  }
  if (isOnOrAfter(input.onDate, input.aowDate)) {
    return notObliged('aow-age', `AOW-leeftijd bereikt op ${formatDutchDate(input.aowDate)}.`, wi('3', 1));
  }
  steps.push(
    step(
      `16 jaar of ouder (16 op ${formatDutchDate(sixteenth)}) en AOW-leeftijd nog niet bereikt (op ${formatDutchDate(input.aowDate)}).`,
      wi('3', 1),
    ),
  );
  const asylum = input.permit === 'asiel' || input.joinsProtectedHolder === true;
  const targetGroup: TargetGroup = asylum ? 'asiel' : 'gezin-overig';
  steps.push(
    step(
      asylum
        ? input.permit === 'asiel'
          ? 'Verblijfsvergunning asiel: doelgroep asielstatushouder.'
          : 'Nareiziger (gezinslid bij een houder van een asielvergunning of EU-vergunning met bescherming): doelgroep asielstatushouder.'
        : 'Overige inburgeringsplichtige: doelgroep gezinsmigrant of overige migrant.',
      asylum ? wi('13', 1) : wi('19'),
    ),
  );
  const regime = dutyRegime(input.dutyArisenOn ?? input.onDate, (input.dutyArisenOn ?? null) === null);
  steps.push(...regime.explanation.steps);
  return explained(
    { obliged: true, targetGroup, reason: null, regime: regime.value },
    `Inburgeringsplichtig op ${on} als ${targetGroupLabel(targetGroup)} (${regime.value === 'Wi2021' ? 'Wet inburgering 2021' : 'Wet inburgering 2013'}).`,
    steps,
  );
}

export interface SocialGuidanceInput {
  readonly targetGroup: TargetGroup;
  /** BRP registration; for a temporary asylum permit: in the gemeente where housed (Huisvestingswet 2014 art. 28). */
  readonly registeredOn: IsoDate | null;
}

// art. 13 lid 1 en 3 Wet inburgering 2021 — maatschappelijke begeleiding for asielstatushouders, from BRP registration
export function socialGuidanceStart(input: SocialGuidanceInput): Explained<IsoDate | null> {
  if (input.targetGroup !== 'asiel') {
    return explained(null, 'Geen maatschappelijke begeleiding: alleen voor asielstatushouders.', [
      step('Maatschappelijke begeleiding is er voor asielstatushouders, nareizigers inbegrepen.', wi('13', 1)),
    ]);
  }
  if (input.registeredOn === null) {
    return explained(null, 'Maatschappelijke begeleiding start bij de inschrijving in de BRP.', [
      step('Nog niet ingeschreven in de BRP van de gemeente van huisvesting.', wi('13', 3)),
    ]);
  }
  const text = `Maatschappelijke begeleiding vanaf ${formatDutchDate(input.registeredOn)}, de dag van inschrijving in de BRP.`;
  return explained(input.registeredOn, text, [step(text, wi('13', 3))]);
}
