// D1–D4: DUO's validation rules (duo-m2m/README.md), checked before sending so the gemeente
// hears about a refusal before DUO does.
// Reading (docs/adr/0018): 'Verwijtbaar: Nee' only until two months after the end of the termijn.
import { addMonths, formatDutchDate, isAfter, isBefore, isOnOrAfter, type IsoDate } from './dates.ts';
import { duo, explained, step, type Explanation, type ExplanationStep } from './explanation.ts';
import { routeLabel, type LanguageLevel, type LearningRoute, type TargetGroup } from './types.ts';

export interface DuoCheck<E extends string> {
  readonly accepted: boolean;
  /** Sorted error codes. */
  readonly errors: E[];
  /** Each refusal with its own explanation text, in the order the checks ran. */
  readonly findings: ReadonlyArray<{ readonly error: E; readonly text: string }>;
  readonly explanation: Explanation;
}

const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

function result<E extends string>(errors: E[], steps: ExplanationStep[], what: string): DuoCheck<E> {
  const sorted = [...new Set(errors)].sort();
  const accepted = sorted.length === 0;
  const e = explained(
    accepted,
    accepted ? `DUO accepteert ${what}.` : `DUO weigert ${what}: ${steps.map((s) => s.text).join('; ')}.`,
    accepted
      ? [step(`Alle controles van DUO voor ${what} zijn doorstaan.`, duo(what))]
      : steps.map((s) => ({ text: sentence(s.text), articles: s.articles })),
  );
  // Every check pushes its code and its step together, so they pair up by position.
  const findings = errors.map((error, i) => ({ error, text: sentence(steps[i]?.text ?? error) }));
  return { accepted, errors: sorted, findings, explanation: e.explanation };
}

// ── D1: PIP ────────────────────────────────────────────────────────────────────────────────────

export type DuoPipError =
  | 'before-duty-start'
  | 'before-settlement'
  | 'before-initial-pip'
  | 'before-current-pip'
  | 'a2-with-onderwijsroute'
  | 'b1-with-z-route'
  | 'a2-on-first-pip'
  | 'intensity-not-allowed';

export interface DuoPipInput {
  readonly dutyStart: IsoDate;
  /** Settled (vestiging) in this gemeente. */
  readonly settledOn: IsoDate;
  readonly issuedOn: IsoDate;
  readonly initialPipIssuedOn?: IsoDate | null;
  readonly currentPipIssuedOn?: IsoDate | null;
  readonly route: LearningRoute;
  /** null: DUO assumes B1 for the B1-route and onderwijsroute; no default for the Z-route. */
  readonly level?: LanguageLevel | null;
  /** This is the first PIP sent for the person, by any gemeente. */
  readonly firstPipEver: boolean;
  readonly targetGroup: TargetGroup;
  /** An estimated B1 intensity is sent. */
  readonly estimatedB1Intensity?: boolean | null;
}

/** The level DUO records: the given level, or B1 for the B1-route and onderwijsroute when none is sent. */
// DUO M2M PIP-regels (Niveau)
export function effectivePipLevel(route: LearningRoute, level: LanguageLevel | null): LanguageLevel | null {
  if (level !== null) return level;
  return route === 'Z' ? null : 'B1';
}

// DUO M2M PIP-regels (duo-m2m/README.md "Het aanleveren van een PIP"); art. 5.3 Besluit inburgering 2021
export function validatePipForDuo(input: DuoPipInput): DuoCheck<DuoPipError> {
  const errors: DuoPipError[] = [];
  const steps: ExplanationStep[] = [];
  const fail = (code: DuoPipError, text: string) => {
    errors.push(code);
    steps.push(step(text, duo('PIP')));
  };
  const issued = formatDutchDate(input.issuedOn);
  if (isBefore(input.issuedOn, input.dutyStart))
    fail('before-duty-start', `dagtekening ${issued} ligt vóór de start van de inburgeringsplicht (${formatDutchDate(input.dutyStart)})`);
  if (isBefore(input.issuedOn, input.settledOn))
    fail('before-settlement', `dagtekening ${issued} ligt vóór de vestiging in de gemeente (${formatDutchDate(input.settledOn)})`);
  if (input.initialPipIssuedOn && isBefore(input.issuedOn, input.initialPipIssuedOn))
    fail('before-initial-pip', `dagtekening ${issued} ligt vóór die van het initiële PIP (${formatDutchDate(input.initialPipIssuedOn)})`);
  if (input.currentPipIssuedOn && isBefore(input.issuedOn, input.currentPipIssuedOn))
    fail('before-current-pip', `dagtekening ${issued} ligt vóór die van het actuele PIP (${formatDutchDate(input.currentPipIssuedOn)})`);
  const level = input.level ?? null;
  if (level === 'A2' && input.route === 'Onderwijs') fail('a2-with-onderwijsroute', 'niveau A2 kan niet met de onderwijsroute');
  if (level === 'B1' && input.route === 'Z') fail('b1-with-z-route', 'niveau B1 kan niet met de Z-route');
  if (level === 'A2' && input.route === 'B1' && input.firstPipEver)
    fail('a2-on-first-pip', 'niveau A2 met de B1-route kan niet op het eerste PIP van de persoon');
  if (input.estimatedB1Intensity === true && !(input.route === 'B1' && input.targetGroup === 'asiel'))
    fail('intensity-not-allowed', `een geschatte intensiteit B1-route mag alleen bij de B1-route en asielmigranten (nu: ${routeLabel(input.route)})`);
  return result(errors, steps, 'het PIP');
}

// ── D2: withdrawing a PIP ──────────────────────────────────────────────────────────────────────

export type DuoPipWithdrawError = 'term-already-set' | 'course-hours-registered';

export interface DuoPipWithdrawInput {
  readonly termSet: boolean;
  /** Course hours registered for the current inburgeringsaanbod. */
  readonly courseHoursRegistered: boolean;
}

// DUO M2M PIP-regels ("Het verwijderen van een PIP")
export function validatePipWithdrawalForDuo(input: DuoPipWithdrawInput): DuoCheck<DuoPipWithdrawError> {
  const errors: DuoPipWithdrawError[] = [];
  const steps: ExplanationStep[] = [];
  if (input.termSet) {
    errors.push('term-already-set');
    steps.push(step('de inburgeringstermijn is al vastgesteld', duo('PIP verwijderen')));
  }
  if (input.courseHoursRegistered) {
    errors.push('course-hours-registered');
    steps.push(step('er zijn al cursusuren geregistreerd bij het actuele inburgeringsaanbod', duo('PIP verwijderen')));
  }
  return result(errors, steps, 'het intrekken van het PIP');
}

// ── D3: inburgeringsaanbod ─────────────────────────────────────────────────────────────────────

export type DuoPlacementError =
  | 'not-asylum'
  | 'no-pip'
  | 'provider-not-recognised'
  | 'before-current-pip'
  | 'bridging-before-course-end'
  | 'outside-term';

export interface DuoPlacementInput {
  readonly targetGroup: TargetGroup;
  readonly route: LearningRoute;
  readonly currentPipIssuedOn: IsoDate | null;
  /** The provider holds the Blik op Werk keurmerk. */
  readonly providerKeurmerk: boolean;
  /** The provider is a recognised taalschakel institution (TST). */
  readonly providerTaalschakel: boolean;
  readonly placementOn: IsoDate;
  /** verwachteStartdatumOpleiding: also a date of the aanbod (not before the PIP, within the termijn). */
  readonly courseStartOn?: IsoDate | null;
  readonly courseEndOn?: IsoDate | null;
  readonly bridgingStartOn?: IsoDate | null;
  readonly termStart?: IsoDate | null;
  readonly termEndExclusive?: IsoDate | null;
}

// DUO M2M inburgeringsaanbod-regels; art. 16 en 32 Wet inburgering 2021
export function validatePlacementForDuo(input: DuoPlacementInput): DuoCheck<DuoPlacementError> {
  const errors: DuoPlacementError[] = [];
  const steps: ExplanationStep[] = [];
  const fail = (code: DuoPlacementError, text: string) => {
    errors.push(code);
    steps.push(step(text, duo('Inburgeringsaanbod')));
  };
  if (input.targetGroup !== 'asiel') fail('not-asylum', 'een inburgeringsaanbod is alleen voor asielmigranten');
  if (input.currentPipIssuedOn === null) fail('no-pip', 'de persoon heeft geen PIP');
  const recognised = input.route === 'Onderwijs' ? input.providerTaalschakel || input.providerKeurmerk : input.providerKeurmerk;
  if (!recognised)
    fail('provider-not-recognised', input.route === 'Onderwijs' ? 'de instelling is geen erkende taalschakelinstelling of keurmerkhouder' : 'de instelling heeft geen keurmerk van Blik op Werk');
  const dates = [input.placementOn, input.courseStartOn ?? null, input.courseEndOn ?? null, input.bridgingStartOn ?? null].filter((d): d is IsoDate => d !== null);
  if (input.currentPipIssuedOn !== null && dates.some((d) => isBefore(d, input.currentPipIssuedOn ?? d)))
    fail('before-current-pip', `een datum ligt vóór de dagtekening van het actuele PIP (${formatDutchDate(input.currentPipIssuedOn)})`);
  const bridging = input.bridgingStartOn ?? null;
  if (bridging !== null && ((input.courseEndOn && isBefore(bridging, input.courseEndOn)) || isBefore(bridging, input.placementOn)))
    fail('bridging-before-course-end', 'de aanvang van het taalschakeltraject ligt vóór het einde van de cursus of de datum van het aanbod');
  const start = input.termStart ?? null;
  const end = input.termEndExclusive ?? null;
  if (start !== null && end !== null) {
    const inTerm = [input.courseStartOn ?? null, input.courseEndOn ?? null, bridging].filter((d): d is IsoDate => d !== null);
    if (inTerm.some((d) => isBefore(d, start) || isOnOrAfter(d, end))) fail('outside-term', 'de (verwachte) start of het einde van de opleiding ligt buiten de inburgeringstermijn');
  }
  return result(errors, steps, 'het inburgeringsaanbod');
}

// ── D4: MAP final-interview date / PVT signing date ───────────────────────────────────────────

export type DuoResultError =
  | 'no-current-pip'
  | 'before-term-start'
  | 'after-z-route-completion'
  | 'in-future'
  | 'culpable-missing'
  | 'culpable-not-allowed'
  // Product-only checks (not in the conformance vectors, FORMAT.md):
  | 'duty-met-via-z-route'
  | 'culpable-no-too-late'
  | 'withdraw-after-z-route-completion'
  | 'change-without-earlier-date';

export interface DuoResultInput {
  /** Date of the MAP final interview or PVT signing; null to withdraw an earlier date. */
  readonly date: IsoDate | null;
  /** Verwijtbaar Ja (true) / Nee (false) / not sent (null). */
  readonly culpable: boolean | null;
  readonly today: IsoDate;
  readonly termStart: IsoDate;
  readonly termEndExclusive: IsoDate;
  readonly zRouteCompletedOn: IsoDate | null;
  readonly hasCurrentPip: boolean;
  /** The duty has already been met via the Z-route. */
  readonly dutyMetViaZRoute?: boolean | null;
  /** This message changes an earlier date; then the gemeente must have sent that date itself. */
  readonly isChange?: boolean | null;
  readonly earlierDateSentByThisGemeente?: boolean | null;
}

export interface DuoResultOptions {
  /**
   * Also apply DUO's rules the conformance vectors leave out (FORMAT.md): "Nee" only when the
   * termijn ended within two months, not after the duty was met via the Z-route, no withdrawal
   * after Z-route completion, a change only of a date this gemeente sent. Default true.
   */
  readonly allDuoRules?: boolean;
}

export const CULPABLE_NO_WINDOW_MONTHS = 2;

// DUO M2M MAP- en PVT-regels (duo-m2m/README.md); art. 24 Wet inburgering 2021
export function validateResultDateForDuo(input: DuoResultInput, options: DuoResultOptions = {}): DuoCheck<DuoResultError> {
  const all = options.allDuoRules ?? true;
  const errors: DuoResultError[] = [];
  const steps: ExplanationStep[] = [];
  const fail = (code: DuoResultError, text: string) => {
    errors.push(code);
    steps.push(step(text, duo('MAP/PVT')));
  };
  if (!input.hasCurrentPip) fail('no-current-pip', 'de gemeente heeft geen actueel PIP voor deze persoon');
  if (input.date !== null) {
    const d = formatDutchDate(input.date);
    if (isBefore(input.date, input.termStart)) fail('before-term-start', `${d} ligt vóór de start van de inburgeringstermijn (${formatDutchDate(input.termStart)})`);
    if (input.zRouteCompletedOn !== null && isAfter(input.date, input.zRouteCompletedOn))
      fail('after-z-route-completion', `${d} ligt na de afronding van de Z-route (${formatDutchDate(input.zRouteCompletedOn)})`);
    if (isAfter(input.date, input.today)) fail('in-future', `${d} ligt in de toekomst`);
  }
  const reference = input.date ?? input.today;
  const exceeded = isOnOrAfter(reference, input.termEndExclusive);
  if (exceeded && input.culpable === null)
    fail('culpable-missing', `de termijn is overschreden (einde ${formatDutchDate(input.termEndExclusive)}): 'Verwijtbaar (Ja/Nee)' is verplicht`);
  if (!exceeded && input.culpable !== null)
    fail('culpable-not-allowed', `de termijn is niet overschreden: 'Verwijtbaar (Ja/Nee)' mag niet worden meegestuurd`);
  if (all) {
    if (input.dutyMetViaZRoute === true) fail('duty-met-via-z-route', 'de inburgeringsplicht is al voldaan via de Z-route');
    // Reading (ADR 0018): "Nee" only while the termijn ended at most two months before the reference date.
    if (exceeded && input.culpable === false && !isBefore(reference, addMonths(input.termEndExclusive, CULPABLE_NO_WINDOW_MONTHS)))
      fail('culpable-no-too-late', `'Verwijtbaar: Nee' mag alleen binnen twee maanden na het einde van de termijn (${formatDutchDate(input.termEndExclusive)})`);
    if (input.date === null && input.zRouteCompletedOn !== null)
      fail('withdraw-after-z-route-completion', 'de datum kan niet worden ingetrokken als de afronding van de Z-route is geregistreerd');
    if (input.isChange === true && input.earlierDateSentByThisGemeente !== true)
      fail('change-without-earlier-date', 'een wijziging kan alleen als deze gemeente de datum eerder heeft geleverd');
  }
  return result(errors, steps, 'de datum');
}
